/**
 * The gateway half of the fake: HELLO, heartbeat ACKs, IDENTIFY → READY + GUILD_CREATE per guild of the shard,
 * RESUME → replay of missed dispatches + RESUMED, dispatches routed by guild to the shard that owns it, and
 * optional zlib-stream transport compression.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import { constants as zlibConstants, createDeflate } from 'node:zlib';
import type { Deflate } from 'node:zlib';
import { WebSocket, WebSocketServer } from 'ws';
import type { RawData } from 'ws';
import { EventLog } from './eventLog.js';
import { shardForGuild } from './snowflake.js';
import type { FakeState } from './state.js';
import { isObject } from './state.js';
import type { IdentifyRecord, JsonObject, ResumeRecord } from './types.js';

/** A gateway session (created by IDENTIFY, continued by RESUME). */
export interface GatewaySession {
  id: string;
  shard: [number, number];
  seq: number;
  /** Dispatches sent in this session, replayed on RESUME after the client's `seq`. */
  history: JsonObject[];
  connection: GatewayConnection | null;
  /** False once superseded by a new IDENTIFY for the shard or invalidated. */
  live: boolean;
}

/** One op received from a client. */
export interface GatewayMessage {
  op: number;
  d: unknown;
  shard: [number, number] | null;
  time: number;
}

const HISTORY_LIMIT = 1000;

/** One WebSocket connection, with optional zlib-stream compression (one deflate context, sync flush per message). */
export class GatewayConnection {
  session: GatewaySession | null = null;
  #deflate: Deflate | null = null;
  #chunks: Buffer[] = [];
  #queue: Promise<void> = Promise.resolve();

  constructor(
    readonly ws: WebSocket,
    readonly path: string,
    readonly query: Record<string, string>,
  ) {
    if (query['compress'] === 'zlib-stream') {
      this.#deflate = createDeflate();
      this.#deflate.on('data', (chunk: Buffer) => this.#chunks.push(chunk));
    }
  }

  send(payload: JsonObject): void {
    const text = JSON.stringify(payload);
    const deflate = this.#deflate;
    if (!deflate) {
      if (this.ws.readyState === WebSocket.OPEN) this.ws.send(text);
      return;
    }
    this.#queue = this.#queue.then(
      () =>
        new Promise<void>((resolve) => {
          deflate.write(text);
          deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
            const frame = Buffer.concat(this.#chunks.splice(0));
            if (this.ws.readyState === WebSocket.OPEN) this.ws.send(frame);
            resolve();
          });
        }),
    );
  }

  dispose(): void {
    this.#deflate?.close();
  }
}

function parseShard(value: unknown): [number, number] | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [id, count] = value as unknown[];
  return typeof id === 'number' && typeof count === 'number' ? [id, count] : null;
}

export class FakeGateway {
  readonly identifies = new EventLog<IdentifyRecord>('IDENTIFYs', (r) => `shard ${JSON.stringify(r.shard)}`);
  readonly resumes = new EventLog<ResumeRecord>('RESUMEs', (r) => `session ${r.sessionId} seq ${r.seq} accepted ${r.accepted}`);
  readonly messages = new EventLog<GatewayMessage>('gateway ops', (m) => `op ${m.op} shard ${JSON.stringify(m.shard)}`);
  /** Sessions as they are created (READY sent). */
  readonly sessionLog = new EventLog<GatewaySession>('sessions', (s) => `${s.id} shard ${s.shard.join('/')} live ${s.live}`);
  readonly sessions = new Map<string, GatewaySession>();
  readonly connections = new Set<GatewayConnection>();
  readonly #wss: WebSocketServer;

  constructor(
    server: Server,
    private readonly state: FakeState,
    private readonly heartbeatIntervalMs: number,
  ) {
    this.#wss = new WebSocketServer({ server });
    this.#wss.on('connection', (ws, req) => this.#onConnection(ws, req));
  }

  /** The URL given in /gateway/bot. READY's `resume_gateway_url` is this plus `/resume`. */
  get url(): string {
    return `ws://127.0.0.1:${this.state.port}`;
  }

  #onConnection(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
    const connection = new GatewayConnection(ws, url.pathname, Object.fromEntries(url.searchParams));
    this.connections.add(connection);
    ws.on('close', () => {
      this.connections.delete(connection);
      if (connection.session?.connection === connection) connection.session.connection = null;
      connection.dispose();
    });
    ws.on('error', () => ws.terminate());
    const { encoding, v } = connection.query;
    if (encoding !== undefined && encoding !== 'json') {
      ws.close(4002, 'fake Discord speaks only encoding=json');
      return;
    }
    if (v !== undefined && v !== '10') {
      ws.close(4012, 'Invalid API version');
      return;
    }
    ws.on('message', (data: RawData) => this.#onMessage(connection, data));
    connection.send({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ['fake-discord'] }, s: null, t: null });
  }

  #onMessage(connection: GatewayConnection, data: RawData): void {
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8'));
    } catch {
      connection.ws.close(4002, 'Decode error');
      return;
    }
    if (!isObject(payload) || typeof payload['op'] !== 'number') {
      connection.ws.close(4001, 'Unknown opcode');
      return;
    }
    const op = payload['op'];
    const d = payload['d'];
    this.messages.push({ op, d, shard: connection.session?.shard ?? null, time: performance.now() });
    switch (op) {
      case 1:
        connection.send({ op: 11 });
        break;
      case 2:
        this.#identify(connection, isObject(d) ? d : {});
        break;
      case 6:
        this.#resume(connection, isObject(d) ? d : {});
        break;
      default:
        // Presence (3), voice state (4), request guild members (8)... are recorded and ignored.
        break;
    }
  }

  #identify(connection: GatewayConnection, d: JsonObject): void {
    const shard = parseShard(d['shard']);
    const token = typeof d['token'] === 'string' ? d['token'] : '';
    this.identifies.push({
      token,
      shard,
      intents: typeof d['intents'] === 'number' ? d['intents'] : 0,
      compress: d['compress'] === true,
      properties: isObject(d['properties']) ? d['properties'] : {},
      payload: d,
      query: connection.query,
      time: performance.now(),
    });
    if (token !== this.state.token) return connection.ws.close(4004, 'Authentication failed.');
    if (connection.session) return connection.ws.close(4005, 'Already authenticated.');
    const [shardId, shardCount] = shard ?? [0, 1];
    if (shardCount < 1 || shardId < 0 || shardId >= shardCount) return connection.ws.close(4010, 'Invalid shard.');

    for (const old of this.sessions.values()) {
      if (old.shard[0] === shardId || old.shard[1] !== shardCount) {
        old.live = false;
        this.sessions.delete(old.id);
      }
    }
    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      shard: [shardId, shardCount],
      seq: 0,
      history: [],
      connection,
      live: true,
    };
    this.sessions.set(session.id, session);
    connection.session = session;
    const guilds = this.state.guilds.filter((guild) => shardForGuild(guild.id, shardCount) === shardId);
    this.dispatch(session, 'READY', {
      v: 10,
      user: { ...this.state.botApiUser, verified: true, mfa_enabled: false, email: null },
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: `${this.url}/resume`,
      application: { id: this.state.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      ...(shard ? { shard } : {}),
      _trace: ['fake-discord'],
    });
    for (const guild of guilds) this.dispatch(session, 'GUILD_CREATE', this.state.guildCreatePayload(guild));
    this.sessionLog.push(session);
  }

  #resume(connection: GatewayConnection, d: JsonObject): void {
    const token = typeof d['token'] === 'string' ? d['token'] : '';
    const sessionId = typeof d['session_id'] === 'string' ? d['session_id'] : '';
    const seq = typeof d['seq'] === 'number' ? d['seq'] : 0;
    const session = this.sessions.get(sessionId);
    const accepted = token === this.state.token && session?.live === true;
    this.resumes.push({ token, sessionId, seq, accepted, path: connection.path, time: performance.now() });
    if (!session || !accepted) {
      connection.send({ op: 9, d: false });
      return;
    }
    const previous = session.connection;
    if (previous && previous !== connection) {
      previous.session = null;
      previous.ws.close(4000, 'Session resumed elsewhere');
    }
    session.connection = connection;
    connection.session = session;
    for (const event of session.history) {
      if (typeof event['s'] === 'number' && event['s'] > seq) connection.send(event);
    }
    this.dispatch(session, 'RESUMED', { _trace: ['fake-discord'] });
  }

  /** Sends a dispatch in a session (kept for replay; written now if the session has an open connection). */
  dispatch(session: GatewaySession, event: string, data: unknown): void {
    session.seq++;
    const payload: JsonObject = { op: 0, t: event, s: session.seq, d: data };
    session.history.push(payload);
    if (session.history.length > HISTORY_LIMIT) session.history.shift();
    session.connection?.send(payload);
  }

  /** The live session whose shard owns `guildId` (DMs: shard 0), newest first. */
  sessionFor(guildId: string | null): GatewaySession | undefined {
    return [...this.sessions.values()].reverse().find((session) => this.#owns(session, guildId));
  }

  /** Waits for a live session owning `guildId` (the client may still be connecting). */
  waitForSession(guildId: string | null, timeoutMs: number): Promise<GatewaySession> {
    const found = this.sessionFor(guildId);
    if (found) return Promise.resolve(found);
    return this.sessionLog.waitFor(
      (session) => this.#owns(session, guildId),
      timeoutMs,
      `a gateway session for ${guildId === null ? 'DMs' : `guild ${guildId}`}`,
    );
  }

  #owns(session: GatewaySession, guildId: string | null): boolean {
    if (!session.live) return false;
    const [shardId, shardCount] = session.shard;
    return guildId === null ? shardId === 0 : shardForGuild(guildId, shardCount) === shardId;
  }

  /**
   * Closes open connections with `code` and resolves once they are closed. Sessions survive (the client may
   * RESUME) unless `invalidateSessions`, which makes a RESUME get INVALID_SESSION.
   */
  async dropConnections(code: number, options: { shardId?: number; invalidateSessions?: boolean } = {}): Promise<void> {
    const targets = [...this.connections].filter(
      (connection) => options.shardId === undefined || connection.session?.shard[0] === options.shardId,
    );
    await Promise.all(
      targets.map(
        (connection) =>
          new Promise<void>((resolve) => {
            if (options.invalidateSessions === true && connection.session) {
              connection.session.live = false;
              this.sessions.delete(connection.session.id);
            }
            if (connection.ws.readyState === WebSocket.CLOSED) return resolve();
            const timer = setTimeout(() => connection.ws.terminate(), 1000);
            connection.ws.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
            connection.ws.close(code, 'fake Discord dropped the connection');
          }),
      ),
    );
  }

  /** Terminates every connection and stops accepting new ones. */
  async close(): Promise<void> {
    for (const connection of this.connections) connection.ws.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    for (const log of [this.identifies, this.resumes, this.messages, this.sessionLog]) log.close('fake Discord closed');
  }
}
