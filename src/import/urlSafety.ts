import { lookup as dnsLookup } from 'node:dns';
import { lookup as dnsLookupAsync } from 'node:dns/promises';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import type { LookupFunction } from 'node:net';

/** One address a hostname resolves to, as `dns.lookup(..., { all: true })` reports it. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: number;
}

/** Resolves a hostname to all of its addresses (injectable for tests). */
export type HostLookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface UrlSafetyOptions {
  /** Skip the address checks (development and tests against a local server only). */
  readonly allowPrivate: boolean;
  /** Hostname resolver; defaults to `dns.lookup` with `all: true`. */
  readonly lookup?: HostLookup;
}

export type UrlCheckResult = { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly reason: string };

export const REASON_NOT_A_LINK = 'That does not look like a web link; it should start with https://.';
export const REASON_SCHEME = 'Parley only fetches http and https links.';
export const REASON_CREDENTIALS = 'That link contains a username or password, which Parley does not send.';
export const REASON_PRIVATE = 'That link points to a private network address, which Parley does not fetch.';

/** IPv4 ranges that are not the public internet. */
const BLOCKED_V4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this network", incl. the unspecified address
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (incl. cloud metadata 169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. broadcast 255.255.255.255
];

/** IPv6 ranges that are not the public internet (IPv4-mapped and NAT64 addresses are unwrapped separately). */
const BLOCKED_V6: ReadonlyArray<readonly [string, number]> = [
  ['::', 96], // unspecified ::, loopback ::1 and the deprecated IPv4-compatible ::a.b.c.d
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

const blockList = new BlockList();
for (const [network, prefix] of BLOCKED_V4) blockList.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of BLOCKED_V6) blockList.addSubnet(network, prefix, 'ipv6');

/**
 * True when `address` (a literal IPv4 or IPv6 address) is not a public internet address: private,
 * loopback, link-local, unique-local, CGNAT, multicast, unspecified or reserved, including IPv4 addresses
 * wrapped in IPv6 (`::ffff:a.b.c.d`, NAT64 `64:ff9b::a.b.c.d`). Anything unparseable counts as blocked.
 */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/%.*$/u, ''); // drop an IPv6 zone id (fe80::1%eth0)
  const family = isIP(bare);
  if (family === 4) return blockList.check(bare, 'ipv4');
  if (family !== 6) return true;
  const embedded = embeddedIPv4(bare);
  if (embedded === null) return true;
  if (embedded !== undefined) return blockList.check(embedded, 'ipv4');
  return blockList.check(bare, 'ipv6');
}

/**
 * The IPv4 address inside an IPv4-mapped (`::ffff:0:0/96`) or well-known NAT64 (`64:ff9b::/96`) IPv6
 * address; `undefined` when there is none; `null` when the address cannot be parsed.
 */
function embeddedIPv4(ipv6: string): string | undefined | null {
  const groups = expandIPv6(ipv6);
  if (groups === null) return null;
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  if (!mapped && !nat64) return undefined;
  const high = groups[6] ?? 0;
  const low = groups[7] ?? 0;
  return `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
}

/** The eight 16-bit groups of an IPv6 address (dotted IPv4 tails allowed), or `null`. */
function expandIPv6(ipv6: string): number[] | null {
  let text = ipv6.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/u.exec(text);
  if (dotted !== null) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string | undefined): number[] =>
    part === undefined || part === '' ? [] : part.split(':').map((g) => Number.parseInt(g, 16));
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...new Array<number>(halves.length === 1 ? 0 : missing).fill(0), ...tail];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const defaultLookup: HostLookup = (hostname) => dnsLookupAsync(hostname, { all: true, verbatim: true });

/**
 * Decides whether Parley may fetch `url` on a moderator's behalf. Refuses anything but http(s), links
 * with a username or password, and hosts that are (or resolve to) a non-public address — see
 * {@link isBlockedAddress}. Literal IP hosts are checked as the WHATWG URL parser normalises them, so
 * `http://2130706433/`, `http://0x7f.1/` and `http://[::ffff:127.0.0.1]/` are all recognised as loopback.
 * A host is refused when ANY of its addresses is blocked. With `allowPrivate`, only the scheme and
 * credential checks apply and no DNS lookup is made.
 *
 * This check alone does not stop DNS rebinding (the name may resolve differently when the connection is
 * made); see {@link createGuardedLookup} and `fetchPage`.
 */
export async function checkUrlAllowed(url: string, options: UrlSafetyOptions): Promise<UrlCheckResult> {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { ok: false, reason: REASON_NOT_A_LINK };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, reason: REASON_SCHEME };
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, reason: REASON_CREDENTIALS };
  if (options.allowPrivate) return { ok: true, url: parsed };

  const host = parsed.hostname.replace(/^\[|\]$/gu, '');
  if (isIP(host) !== 0) return isBlockedAddress(host) ? { ok: false, reason: REASON_PRIVATE } : { ok: true, url: parsed };

  const name = host.replace(/\.$/u, '').toLowerCase();
  // RFC 6761: localhost and *.localhost are loopback whatever DNS says.
  if (name === 'localhost' || name.endsWith('.localhost')) return { ok: false, reason: REASON_PRIVATE };

  let addresses: readonly ResolvedAddress[];
  try {
    addresses = await (options.lookup ?? defaultLookup)(host);
  } catch {
    return { ok: false, reason: unknownHostReason(name) };
  }
  if (addresses.length === 0) return { ok: false, reason: unknownHostReason(name) };
  if (addresses.some((a) => isBlockedAddress(a.address))) return { ok: false, reason: REASON_PRIVATE };
  return { ok: true, url: parsed };
}

function unknownHostReason(hostname: string): string {
  return `Parley could not find the website ${hostname}; check the link for typos.`;
}

/**
 * A `lookup` function for `net.connect` / `tls.connect` (and therefore for an undici `Agent`'s `connect`
 * option) that resolves with `dns.lookup` and fails the connection when any resolved address is blocked.
 * Because it runs at connect time, it closes the DNS-rebinding window left by {@link checkUrlAllowed}:
 * the address checked is the address connected to.
 */
export function createGuardedLookup(resolve: typeof dnsLookup = dnsLookup): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error !== null) {
        callback(error, '', undefined);
        return;
      }
      const blocked = addresses.find((a) => isBlockedAddress(a.address));
      if (blocked !== undefined || addresses.length === 0) {
        const refusal: NodeJS.ErrnoException = new Error(`${hostname} resolves to a non-public address`);
        refusal.code = 'EPRIVATEADDRESS';
        callback(refusal, '', undefined);
        return;
      }
      if (options.all === true) {
        callback(null, addresses);
        return;
      }
      const first = addresses[0];
      callback(null, first?.address ?? '', first?.family);
    });
  };
}
