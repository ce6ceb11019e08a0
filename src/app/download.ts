/** Largest attachment Parley downloads (the knowledge file limit). */
export const MAX_DOWNLOAD_BYTES = 1024 * 1024;

/** How long an attachment download may take. */
export const DOWNLOAD_TIMEOUT_MS = 10_000;

/**
 * Downloads an attachment Discord handed us (its CDN URL), refusing anything over `maxBytes`
 * without reading it all, and giving up after `timeoutMs`. Failures are friendly reasons.
 */
export async function downloadAttachment(
  url: string,
  options: { maxBytes?: number; timeoutMs?: number; fetch?: typeof fetch } = {},
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  const maxBytes = options.maxBytes ?? MAX_DOWNLOAD_BYTES;
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { ok: false, reason: timedOut ? 'Downloading the attachment took too long; please try again.' : 'I could not download the attachment; please try again.' };
  }
  if (!response.ok) return { ok: false, reason: `I could not download the attachment (HTTP ${response.status}).` };
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    return { ok: false, reason: `The attachment is larger than ${Math.round(maxBytes / 1024)} KB.` };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array> | undefined;
  if (reader === undefined) return { ok: true, bytes: new Uint8Array() };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: `The attachment is larger than ${Math.round(maxBytes / 1024)} KB.` };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
