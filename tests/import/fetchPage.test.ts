import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { REASON_REDIRECT_PRIVATE, fetchPage } from '../../src/import/fetchPage.js';
import type { HostLookup } from '../../src/import/urlSafety.js';
import { startLocalServer } from './localServer.js';
import type { LocalServer } from './localServer.js';

const PAGE = '<!doctype html><html><head><title>Hello</title></head><body><p>Hello, world.</p></body></html>';

let servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function serve(...args: Parameters<typeof startLocalServer>): Promise<LocalServer> {
  const server = await startLocalServer(...args);
  servers.push(server);
  return server;
}

describe('fetchPage', { timeout: 5000 }, () => {
  it('returns the HTML and the final URL', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    });
    expect(await fetchPage(`${server.origin}/story#top`, { allowPrivate: true })).toEqual({
      ok: true,
      html: PAGE,
      finalUrl: `${server.origin}/story`,
    });
  });

  it('accepts XHTML and decodes with the header charset, else the meta charset', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/header') {
        response.writeHead(200, { 'content-type': 'application/xhtml+xml; charset="ISO-8859-1"' });
        response.end(Buffer.from('<p>na\u00efve</p>', 'latin1'));
      } else {
        response.writeHead(200, { 'content-type': 'text/html' });
        // windows-1252: é is E9, curly quotes are 93 and 94 (Node 20 decodes those two wrongly by itself).
        const before = Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf');
        const after = Buffer.from('</p></body></html>');
        response.end(Buffer.concat([before, Buffer.from([0xe9, 0x20, 0x93]), Buffer.from('quotes'), Buffer.from([0x94]), after]));
      }
    });
    const header = await fetchPage(`${server.origin}/header`, { allowPrivate: true });
    expect(header.ok && header.html).toBe('<p>na\u00efve</p>');
    const meta = await fetchPage(`${server.origin}/meta`, { allowPrivate: true });
    expect(meta.ok && meta.html).toContain('<p>Caf\u00e9 \u201cquotes\u201d</p>');
  });

  it.each([
    ['application/pdf', 'That link is not a web page (it is application/pdf), so Parley cannot import it.'],
    ['application/json; charset=utf-8', 'That link is not a web page (it is application/json), so Parley cannot import it.'],
    ['image/png', 'That link is not a web page (it is image/png), so Parley cannot import it.'],
  ])('refuses %s', async (contentType, reason) => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': contentType });
      response.end('%PDF-1.7');
    });
    expect(await fetchPage(`${server.origin}/file`, { allowPrivate: true })).toEqual({ ok: false, reason });
  });

  it('refuses an HTTP error status', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<p>Not found</p>');
    });
    expect(await fetchPage(`${server.origin}/gone`, { allowPrivate: true })).toEqual({
      ok: false,
      reason: 'The website answered with an error (HTTP 404) instead of the page.',
    });
  });

  it('stops reading a body larger than the limit', async () => {
    const planned = 64 * 1024 * 1024;
    let written = 0;
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }); // no Content-Length: chunked
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = (): void => {
        while (written < planned && !response.destroyed) {
          written += chunk.length;
          if (!response.write(chunk)) {
            response.once('drain', pump);
            return;
          }
        }
        response.end();
      };
      pump();
    });
    const result = await fetchPage(`${server.origin}/huge`, { allowPrivate: true });
    expect(result).toEqual({ ok: false, reason: 'The page is larger than 2 MB, which is more than Parley imports.' });
    expect(written).toBeLessThan(planned / 4);
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5000) });
      response.end('x'.repeat(5000));
    });
    expect(await fetchPage(`${server.origin}/big`, { allowPrivate: true, maxBytes: 4096 })).toEqual({
      ok: false,
      reason: 'The page is larger than 4 KB, which is more than Parley imports.',
    });
  });

  it.each([
    ['never answers', (): void => undefined],
    [
      'sends headers, then trickles the body',
      (response: ServerResponse): void => {
        response.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => response.write('<p>.</p>'), 50);
        response.on('close', () => clearInterval(timer));
      },
    ],
  ])('gives up on a server that %s', async (_name, behave) => {
    const server = await serve((_request, response) => behave(response));
    const started = performance.now();
    const result = await fetchPage(`${server.origin}/slow`, { allowPrivate: true, timeoutMs: 300 });
    expect(result).toEqual({ ok: false, reason: 'The website did not respond within 0.3 seconds, so Parley gave up.' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('follows redirects (relative and absolute), re-checking each hop', async () => {
    const server = await serve((request, response, self) => {
      if (request.url === '/a') response.writeHead(301, { location: '/b?x=1' }).end();
      else if (request.url === '/b?x=1') response.writeHead(307, { location: `${self.origin}/c` }).end();
      else response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    });
    const result = await fetchPage(`${server.origin}/a`, { allowPrivate: true });
    expect(result).toEqual({ ok: true, html: PAGE, finalUrl: `${server.origin}/c` });
    expect(server.requests).toEqual(['/a', '/b?x=1', '/c']);
  });

  it('gives up after five redirects', async () => {
    const server = await serve((request, response) => {
      const n = Number(request.url?.slice(1));
      response.writeHead(302, { location: `/${n + 1}` }).end();
    });
    expect(await fetchPage(`${server.origin}/0`, { allowPrivate: true })).toEqual({
      ok: false,
      reason: 'That link redirects too many times, so Parley gave up.',
    });
    expect(server.requests).toEqual(['/0', '/1', '/2', '/3', '/4', '/5']);
  });

  describe('without allowPrivate', () => {
    /** "public.test" resolves (for the checks) to a public address; the fetch itself is sent to the local server. */
    const lookup: HostLookup = (hostname) =>
      hostname === 'public.test'
        ? Promise.resolve([{ address: '93.184.215.14', family: 4 }])
        : hostname === 'intranet.test'
          ? Promise.resolve([{ address: '10.0.0.7', family: 4 }])
          : Promise.reject(new Error('ENOTFOUND'));
    const viaLocal =
      (server: LocalServer): typeof fetch =>
      (input, init) =>
        fetch((input instanceof Request ? input.url : input.toString()).replace('http://public.test/', `${server.origin}/`), init);

    it('refuses a public link that redirects to 127.0.0.1', async () => {
      const server = await serve((request, response, self) => {
        if (request.url === '/start') response.writeHead(302, { location: `${self.origin}/secret` }).end();
        else response.writeHead(200, { 'content-type': 'text/html' }).end('<p>internal admin page</p>');
      });
      const result = await fetchPage('http://public.test/start', { allowPrivate: false, lookup, fetch: viaLocal(server) });
      expect(result).toEqual({ ok: false, reason: REASON_REDIRECT_PRIVATE });
      expect(server.requests).toEqual(['/start']);
    });

    it('refuses a redirect to a hostname that resolves to a private address', async () => {
      const server = await serve((_request, response) => {
        response.writeHead(303, { location: 'http://intranet.test/wiki' }).end();
      });
      const result = await fetchPage('http://public.test/start', { allowPrivate: false, lookup, fetch: viaLocal(server) });
      expect(result).toEqual({ ok: false, reason: REASON_REDIRECT_PRIVATE });
    });

    it('refuses 127.0.0.1 itself before connecting', async () => {
      const server = await serve((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
      const result = await fetchPage(`${server.origin}/`, { allowPrivate: false, lookup });
      expect(result).toEqual({ ok: false, reason: 'That link points to a private network address, which Parley does not fetch.' });
      expect(server.requests).toEqual([]);
    });
  });

  it('explains a refused connection', async () => {
    const server = await startLocalServer(() => undefined);
    const origin = server.origin;
    await server.close();
    expect(await fetchPage(`${origin}/`, { allowPrivate: true })).toEqual({
      ok: false,
      reason: 'Parley could not reach that website (the connection was refused).',
    });
  });

  it('sends manual-redirect requests with a timeout signal and the given dispatcher', async () => {
    const dispatcher = { marker: 'dispatcher' };
    const seen: RequestInit[] = [];
    const fakeFetch: typeof fetch = (_input, init) => {
      if (init !== undefined) seen.push(init);
      return Promise.resolve(new Response(PAGE, { headers: { 'content-type': 'text/html' } }));
    };
    const result = await fetchPage('http://127.0.0.1/', { allowPrivate: true, fetch: fakeFetch, dispatcher });
    expect(result.ok).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.redirect).toBe('manual');
    expect(seen[0]?.signal).toBeInstanceOf(AbortSignal);
    expect(seen[0]?.dispatcher).toBe(dispatcher);
  });
});
