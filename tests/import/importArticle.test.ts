import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { REASON_NO_TEXT } from '../../src/import/extractArticle.js';
import { importArticle } from '../../src/import/importArticle.js';
import { startLocalServer } from './localServer.js';
import type { LocalServer } from './localServer.js';

const HERALD = readFileSync(new URL('./fixtures/harbour-herald.html', import.meta.url));

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('importArticle', { timeout: 5000 }, () => {
  it('fetches, follows a redirect and extracts a draft based on the final URL', async () => {
    server = await startLocalServer((request, response) => {
      if (request.url === '/s/abc') response.writeHead(301, { location: '/news/bridge?utm_campaign=x' }).end();
      else if (request.url?.startsWith('/news/bridge') === true) response.writeHead(200, { 'content-type': 'text/html' }).end(HERALD);
      else response.writeHead(404).end();
    });
    const result = await importArticle(`${server.origin}/s/abc`, { allowPrivate: true, timeoutMs: 2000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft).toMatchObject({
      title: 'Council approves new harbour bridge after 10-year debate',
      source: 'The Harbour Herald',
      // The page's canonical URL is on another host (the fixture's real site), so the fetched URL is kept.
      url: `${server.origin}/news/bridge`,
      published: '2025-03-14',
    });
    expect(result.draft.paragraphs).toHaveLength(7);
    expect(server.requests).toEqual(['/s/abc', '/news/bridge?utm_campaign=x']);
  });

  it('passes on fetch refusals', async () => {
    expect(await importArticle('http://127.0.0.1:9/', { allowPrivate: false })).toEqual({
      ok: false,
      reason: 'That link points to a private network address, which Parley does not fetch.',
    });
  });

  it('passes on extraction failures', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><title>Login</title></head><body><form><input name="user"></form></body></html>');
    });
    expect(await importArticle(`${server.origin}/login`, { allowPrivate: true, timeoutMs: 2000 })).toEqual({
      ok: false,
      reason: REASON_NO_TEXT,
    });
  });
});
