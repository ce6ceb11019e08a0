/**
 * The REST half of the fake: decodes each request under `/api/v{n}`, records it, applies a simulated outage or
 * delay, and answers from the routes in routes.ts (404 `Unknown route` for anything else).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { EventLog } from './eventLog.js';
import { parseBody, readRaw } from './httpBody.js';
import type { Route, RouteResult } from './routes.js';
import { matchRoute } from './routes.js';
import type { OutageOptions, RecordedRequest, RequestMatcher } from './types.js';

/** Does `matcher` select this request? */
export function matchesRequest(matcher: RequestMatcher, request: { method: string; path: string }): boolean {
  if (matcher === 'all') return true;
  if (matcher === 'callbacks') return /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(request.path);
  if (matcher === 'webhooks') return request.path.startsWith('/webhooks/');
  if (matcher instanceof RegExp) return matcher.test(`${request.method} ${request.path}`);
  return matcher(request);
}

function describe(request: RecordedRequest): string {
  return `${request.method} ${request.path} → ${request.status}`;
}

export class FakeRest {
  /** Every request, in arrival order. */
  readonly log = new EventLog<RecordedRequest>('REST requests', describe);
  #outage: { options: OutageOptions; remaining: number } | null = null;
  #delay: { ms: number; match: RequestMatcher } | null = null;
  readonly #timers = new Set<NodeJS.Timeout>();
  #closed = false;

  constructor(
    private readonly routes: Route[],
    private readonly token: string,
    delayMs: number,
  ) {
    if (delayMs > 0) this.#delay = { ms: delayMs, match: 'all' };
  }

  setOutage(options: OutageOptions | false): void {
    this.#outage = options === false ? null : { options, remaining: options.times ?? Number.POSITIVE_INFINITY };
  }

  setDelay(ms: number, match: RequestMatcher = 'all'): void {
    this.#delay = ms > 0 ? { ms, match } : null;
  }

  /** Node `request` listener. */
  handle(req: IncomingMessage, res: ServerResponse): void {
    this.#handle(req, res).catch((error: unknown) => {
      console.error('fake Discord: REST handler failed', error);
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'fake Discord internal error', code: 0 }));
      }
    });
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const time = performance.now();
    const raw = await readRaw(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = /^\/api(?:\/v\d+)?(\/.*)?$/.exec(url.pathname);
    const rawSegments = (api ? (api[1] ?? '/') : url.pathname).split('/').slice(1);
    const segments = rawSegments.map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
    const path = `/${segments.join('/')}`;
    const { body, files } = await parseBody(raw, req.headers['content-type']);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }

    const match = api ? matchRoute(this.routes, method, segments) : null;
    let result: RouteResult;
    if (this.#outage && this.#outage.remaining > 0 && matchesRequest(this.#outage.options.match ?? 'all', { method, path })) {
      this.#outage.remaining--;
      result = outageResult(this.#outage.options);
    } else if (!match) {
      result = { status: 404, body: { message: 'Unknown route', code: 0 } };
    } else if (match.route.auth && headers['authorization'] !== `Bot ${this.token}`) {
      result = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    } else {
      result = match.route.handler({ params: match.params, query: url.searchParams, body, files });
    }

    const record: RecordedRequest = {
      seq: this.log.items.length,
      method,
      path,
      url: req.url ?? '/',
      route: match ? `${method} ${match.route.pattern}` : null,
      params: match?.params ?? {},
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
      files,
      status: result.status,
      time,
    };
    this.log.push(record);

    const delay = this.#delay;
    if (delay && matchesRequest(delay.match, { method, path })) await this.#sleep(delay.ms);
    if (this.#closed || res.destroyed) return;
    const responseHeaders: Record<string, string> = { ...result.headers };
    if (result.status === 204 || result.body === undefined) {
      res.writeHead(result.status, responseHeaders);
      res.end();
      return;
    }
    responseHeaders['content-type'] = 'application/json';
    res.writeHead(result.status, responseHeaders);
    res.end(JSON.stringify(result.body));
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        resolve();
      }, ms);
      this.#timers.add(timer);
    });
  }

  /** Stops answering (pending delayed responses are dropped) and rejects pending waiters. */
  close(): void {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.log.close('fake Discord closed');
  }
}

function outageResult(options: OutageOptions): RouteResult {
  const status = options.status ?? 503;
  if (status === 429) {
    const retryAfter = options.retryAfterSeconds ?? 1;
    return {
      status,
      headers: { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
    };
  }
  return { status, body: { message: `${status}: simulated outage`, code: 0 } };
}
