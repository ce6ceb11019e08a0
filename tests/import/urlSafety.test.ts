import { createServer } from 'node:net';
import type { AddressInfo, LookupFunction, Server } from 'node:net';
import { connect } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { afterEach, describe, expect, it } from 'vitest';
import {
  REASON_CREDENTIALS,
  REASON_NOT_A_LINK,
  REASON_PRIVATE,
  REASON_SCHEME,
  checkUrlAllowed,
  createGuardedLookup,
  isBlockedAddress,
} from '../../src/import/urlSafety.js';
import type { HostLookup, ResolvedAddress } from '../../src/import/urlSafety.js';

/** A lookup that must not be consulted (literal IPs and refused schemes need no DNS). */
const noDns: HostLookup = (hostname) => Promise.reject(new Error(`unexpected DNS lookup of ${hostname}`));

function fixedLookup(table: Record<string, readonly ResolvedAddress[]>): HostLookup & { calls: string[] } {
  const calls: string[] = [];
  const lookup = (hostname: string): Promise<readonly ResolvedAddress[]> => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (addresses === undefined) {
      return Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
    }
    return Promise.resolve(addresses);
  };
  return Object.assign(lookup, { calls });
}

describe('checkUrlAllowed', () => {
  it.each([
    ['file:///etc/passwd', REASON_SCHEME],
    ['ftp://example.com/file.html', REASON_SCHEME],
    ['javascript:alert(1)', REASON_SCHEME],
    ['data:text/html,<p>hi</p>', REASON_SCHEME],
    ['http://user:pass@example.com/', REASON_CREDENTIALS],
    ['https://user@example.com/', REASON_CREDENTIALS],
    ['not a link', REASON_NOT_A_LINK],
    ['http://127.0.0.1/', REASON_PRIVATE],
    ['http://127.0.0.1:8080/admin', REASON_PRIVATE],
    ['http://2130706433/', REASON_PRIVATE], // decimal 127.0.0.1
    ['http://0x7f.1/', REASON_PRIVATE], // hex + short form
    ['http://0177.0.0.1/', REASON_PRIVATE], // octal
    ['http://[::1]/', REASON_PRIVATE],
    ['http://[::]/', REASON_PRIVATE],
    ['http://[::ffff:127.0.0.1]/', REASON_PRIVATE],
    ['http://[::ffff:a9fe:a9fe]/', REASON_PRIVATE], // mapped 169.254.169.254
    ['http://[64:ff9b::10.0.0.1]/', REASON_PRIVATE], // NAT64 of a private address
    ['http://10.0.0.5/', REASON_PRIVATE],
    ['http://169.254.169.254/latest/meta-data/', REASON_PRIVATE],
    ['http://192.168.1.1/', REASON_PRIVATE],
    ['http://172.16.0.1/', REASON_PRIVATE],
    ['http://172.31.255.255/', REASON_PRIVATE],
    ['http://100.64.0.1/', REASON_PRIVATE],
    ['http://0.0.0.0/', REASON_PRIVATE],
    ['http://224.0.0.1/', REASON_PRIVATE],
    ['http://255.255.255.255/', REASON_PRIVATE],
    ['http://[fd00::1]/', REASON_PRIVATE],
    ['http://[fc00::1]/', REASON_PRIVATE],
    ['http://[fe80::1]/', REASON_PRIVATE],
    ['http://[ff02::1]/', REASON_PRIVATE],
    ['http://localhost:3000/', REASON_PRIVATE],
    ['http://api.localhost./', REASON_PRIVATE],
  ])('refuses %s', async (url, reason) => {
    expect(await checkUrlAllowed(url, { allowPrivate: false, lookup: noDns })).toEqual({ ok: false, reason });
  });

  it.each([
    ['http://93.184.215.14/', 'http://93.184.215.14/'],
    ['https://172.32.0.1/', 'https://172.32.0.1/'], // just outside 172.16/12
    ['https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/news', 'https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/news'],
    ['http://[64:ff9b::93.184.215.14]/', 'http://[64:ff9b::5db8:d70e]/'], // NAT64 of a public address
  ])('allows the public address %s', async (url, href) => {
    const result = await checkUrlAllowed(url, { allowPrivate: false, lookup: noDns });
    expect(result.ok && result.url.href).toBe(href);
  });

  it('allows a hostname that resolves only to public addresses', async () => {
    const lookup = fixedLookup({
      'news.example': [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
      ],
    });
    const result = await checkUrlAllowed('  https://News.Example/story?id=1  ', { allowPrivate: false, lookup });
    expect(result.ok && result.url.href).toBe('https://news.example/story?id=1');
    expect(lookup.calls).toEqual(['news.example']);
  });

  it.each([
    [[{ address: '10.1.2.3', family: 4 }]],
    [[{ address: '93.184.215.14', family: 4 }, { address: '127.0.0.1', family: 4 }]], // any private address refuses
    [[{ address: '::ffff:192.168.0.1', family: 6 }]],
    [[{ address: 'fe80::1%eth0', family: 6 }]],
  ])('refuses a hostname that resolves to %j', async (addresses) => {
    const lookup = fixedLookup({ 'intranet.example': addresses });
    expect(await checkUrlAllowed('https://intranet.example/', { allowPrivate: false, lookup })).toEqual({
      ok: false,
      reason: REASON_PRIVATE,
    });
  });

  it('explains an unknown hostname', async () => {
    const result = await checkUrlAllowed('https://no-such-site.example/', { allowPrivate: false, lookup: fixedLookup({}) });
    expect(result).toEqual({ ok: false, reason: 'Parley could not find the website no-such-site.example; check the link for typos.' });
  });

  it('with allowPrivate, lets private addresses through without DNS but still checks scheme and credentials', async () => {
    const local = await checkUrlAllowed('http://127.0.0.1:8080/page', { allowPrivate: true, lookup: noDns });
    expect(local.ok && local.url.href).toBe('http://127.0.0.1:8080/page');
    expect(await checkUrlAllowed('file:///etc/passwd', { allowPrivate: true })).toEqual({ ok: false, reason: REASON_SCHEME });
    expect(await checkUrlAllowed('http://a:b@127.0.0.1/', { allowPrivate: true })).toEqual({ ok: false, reason: REASON_CREDENTIALS });
  });

  it('gives one-sentence reasons', () => {
    for (const reason of [REASON_SCHEME, REASON_CREDENTIALS, REASON_PRIVATE, REASON_NOT_A_LINK]) {
      expect(reason.split(/[.!?]\s/u)).toHaveLength(1);
      expect(reason).toMatch(/\.$/u);
    }
  });
});

describe('isBlockedAddress', () => {
  it.each([
    ['8.8.8.8', false],
    ['1.1.1.1', false],
    ['2001:4860:4860::8888', false],
    ['::ffff:8.8.8.8', false],
    ['127.0.0.53', true],
    ['::ffff:7f00:1', true],
    ['0:0:0:0:0:ffff:10.0.0.1', true],
    ['::127.0.0.1', true], // deprecated IPv4-compatible form
    ['fe80::1%eth0', true],
    ['not-an-address', true],
  ])('%s → %s', (address, blocked) => {
    expect(isBlockedAddress(address)).toBe(blocked);
  });
});

describe('createGuardedLookup', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
    server = undefined;
  });

  it('makes a connection to a name that resolves to loopback fail, even though a server is listening', async () => {
    server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const loopbackResolver = ((_hostname: string, _options: unknown, callback: (error: null, addresses: LookupAddress[]) => void) => {
      callback(null, [{ address: '127.0.0.1', family: 4 }]);
    }) as unknown as Parameters<typeof createGuardedLookup>[0];

    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const socket = connect({ host: 'rebinding.example', port, lookup: createGuardedLookup(loopbackResolver), timeout: 2000 });
      socket.on('connect', () => {
        socket.destroy();
        resolve(null);
      });
      socket.on('error', (e: NodeJS.ErrnoException) => resolve(e));
    });
    expect(error?.code).toBe('EPRIVATEADDRESS');
  });

  it('passes public addresses through in both callback shapes', async () => {
    const publicResolver = ((_hostname: string, _options: unknown, callback: (error: null, addresses: LookupAddress[]) => void) => {
      callback(null, [{ address: '93.184.215.14', family: 4 }]);
    }) as unknown as Parameters<typeof createGuardedLookup>[0];
    const lookup: LookupFunction = createGuardedLookup(publicResolver);

    const all = await new Promise<unknown>((resolve) => lookup('news.example', { all: true }, (error, addresses) => resolve(error ?? addresses)));
    expect(all).toEqual([{ address: '93.184.215.14', family: 4 }]);
    const one = await new Promise<unknown>((resolve) =>
      lookup('news.example', {}, (error, address, family) => resolve(error ?? [address, family])),
    );
    expect(one).toEqual(['93.184.215.14', 4]);
  });
});
