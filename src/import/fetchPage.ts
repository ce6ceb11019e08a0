import { checkUrlAllowed, REASON_PRIVATE } from './urlSafety.js';
import type { HostLookup } from './urlSafety.js';

export interface FetchPageOptions {
  /** Skip the private-address checks (development and tests against a local server only). */
  readonly allowPrivate: boolean;
  /** Budget for the whole fetch — every redirect hop, DNS lookups and the body. Default 10 s. */
  readonly timeoutMs?: number;
  /** Largest body read, in bytes. Default 2 MiB. */
  readonly maxBytes?: number;
  /** The fetch implementation; defaults to the global one. */
  readonly fetch?: typeof fetch;
  /** Hostname resolver for the address checks; defaults to `dns.lookup`. */
  readonly lookup?: HostLookup;
  /**
   * Passed to fetch as `dispatcher`: e.g. an undici `Agent({ connect: { lookup: createGuardedLookup() } })`
   * so the connection itself refuses non-public addresses (closes the DNS-rebinding window; see below).
   * Typed loosely because the `undici` package's types and the `undici-types` behind global fetch differ
   * slightly (an `Agent` from one is not assignable to the other's `Dispatcher` under strict options).
   */
  readonly dispatcher?: object;
}

export type FetchPageResult =
  | { readonly ok: true; readonly html: string; readonly finalUrl: string }
  | { readonly ok: false; readonly reason: string };

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
export const REASON_REDIRECT_PRIVATE =
  'That link redirects to a private network address, which Parley does not fetch.';
/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 5;

type Dispatcher = NonNullable<RequestInit['dispatcher']>;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const USER_AGENT = 'Mozilla/5.0 (compatible; ParleyBot/0.1; knowledge import)';

/**
 * Downloads the HTML of a web page for import, defensively:
 *
 * - every URL, including each redirect hop (followed manually, at most {@link MAX_REDIRECTS}), must pass
 *   `checkUrlAllowed`, so a public link cannot redirect Parley to `http://127.0.0.1/` or a metadata service;
 * - one `timeoutMs` budget covers the whole exchange;
 * - only `text/html` and `application/xhtml+xml` responses are read;
 * - the body is streamed and abandoned as soon as it exceeds `maxBytes`;
 * - it is decoded with the charset of the Content-Type header, else of a `<meta charset>` near the top,
 *   else UTF-8.
 *
 * DNS rebinding: `checkUrlAllowed` resolves the hostname, then fetch resolves it again to connect; a
 * hostile DNS server can answer with a public address the first time and a private one the second.
 * Global fetch offers no way to pin the checked address. The window is closed by passing a `dispatcher`
 * whose connections use `createGuardedLookup()` (undici `Agent`'s `connect.lookup`); without one, the
 * pre-connect check is the only protection.
 *
 * Never throws: every failure comes back as a moderator-friendly `reason`.
 */
export async function fetchPage(url: string, options: FetchPageOptions): Promise<FetchPageResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const signal = AbortSignal.timeout(timeoutMs);
  const safety = {
    allowPrivate: options.allowPrivate,
    ...(options.lookup === undefined ? {} : { lookup: options.lookup }),
  };

  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const check = await untilAborted(checkUrlAllowed(current, safety), signal);
      if (!check.ok) {
        const redirectedToPrivate = hop > 0 && check.reason === REASON_PRIVATE;
        return { ok: false, reason: redirectedToPrivate ? REASON_REDIRECT_PRIVATE : check.reason };
      }
      const target = check.url;
      target.hash = '';

      const response = await fetchImpl(target.href, {
        redirect: 'manual',
        signal,
        headers: {
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
          'accept-language': 'en;q=1, *;q=0.5',
          'user-agent': USER_AGENT,
        },
        ...(options.dispatcher === undefined ? {} : { dispatcher: options.dispatcher as Dispatcher }),
      });

      if (REDIRECT_STATUSES.has(response.status)) {
        await discard(response);
        const location = response.headers.get('location');
        if (location === null || location.trim() === '') {
          return { ok: false, reason: 'The website sent a redirect without saying where to, so Parley stopped.' };
        }
        if (hop >= MAX_REDIRECTS) return { ok: false, reason: 'That link redirects too many times, so Parley gave up.' };
        try {
          current = new URL(location.trim(), target).href;
        } catch {
          return { ok: false, reason: 'The website redirected to an invalid address, so Parley stopped.' };
        }
        continue;
      }

      if (!response.ok) {
        await discard(response);
        return { ok: false, reason: `The website answered with an error (HTTP ${response.status}) instead of the page.` };
      }

      const contentType = response.headers.get('content-type') ?? '';
      const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
      if (!HTML_TYPES.has(mediaType)) {
        await discard(response);
        return {
          ok: false,
          reason:
            mediaType === ''
              ? 'The website did not say what kind of file that link is, so Parley did not read it.'
              : `That link is not a web page (it is ${mediaType}), so Parley cannot import it.`,
        };
      }

      const tooLarge = `The page is larger than ${formatSize(maxBytes)}, which is more than Parley imports.`;
      const declaredLength = Number(response.headers.get('content-length') ?? Number.NaN);
      if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        await discard(response);
        return { ok: false, reason: tooLarge };
      }

      const bytes = await readAtMost(response, maxBytes);
      if (bytes === null) return { ok: false, reason: tooLarge };
      return { ok: true, html: decode(bytes, charsetOf(contentType)), finalUrl: target.href };
    }
  } catch (error) {
    if (signal.aborted) {
      return { ok: false, reason: `The website did not respond within ${formatSeconds(timeoutMs)}, so Parley gave up.` };
    }
    return { ok: false, reason: `Parley could not reach that website (${describeNetworkError(error)}).` };
  }
}

/** `promise`, or a rejection as soon as `signal` aborts (DNS lookups cannot be cancelled, only abandoned). */
async function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** Releases a response body we will not read (frees the connection). */
async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing useful to do: the body is being thrown away.
  }
}

/** The body, or `null` as soon as it grows past `maxBytes` (the rest is never downloaded). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (response.body === null) return new Uint8Array(0);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The `charset` parameter of a Content-Type header, if any. */
function charsetOf(contentType: string): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/iu.exec(contentType);
  return match?.[1];
}

/** Decodes with the header charset, else a `<meta charset>` in the first 1024 bytes, else UTF-8. */
function decode(bytes: Uint8Array, headerCharset: string | undefined): string {
  const charset = headerCharset ?? sniffMetaCharset(bytes) ?? 'utf-8';
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown charset label
  }
  const text = decoder.decode(bytes);
  // Node 20's windows-1252 decoder (also used for every latin1 / iso-8859-1 label) is plain Latin-1: it turns
  // bytes 0x80-0x9F, such as curly quotes, into C1 control characters. Map them as the Encoding Standard does.
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/gu, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** Characters of windows-1252 bytes 0x80-0x9F (`undefined` where the byte is unassigned). */
const WINDOWS_1252_C1: readonly (string | undefined)[] = [
  '\u20ac', undefined, '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021',
  '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', undefined, '\u017d', undefined,
  undefined, '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014',
  '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', undefined, '\u017e', '\u0178',
];

function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head);
  return match?.[1];
}

function formatSize(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  if (mib >= 1) return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MB`;
  const kib = bytes / 1024;
  return kib >= 1 ? `${Math.round(kib)} KB` : `${bytes} bytes`;
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  if (seconds === 1) return '1 second';
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} seconds`;
}

/** A short, non-technical-ish hint from a fetch network error (`TypeError: fetch failed` + cause). */
function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'its name could not be found';
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was cut off';
    case 'EPRIVATEADDRESS':
      return 'it points to a private network address';
    default:
      return code.startsWith('ERR_TLS') || code.includes('CERT') ? 'its security certificate is not valid' : 'network error';
  }
}
