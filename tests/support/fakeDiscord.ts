/**
 * A fake Discord (REST + gateway) on 127.0.0.1 that a real discord.js `Client` logs in to, so end-to-end tests
 * can inject interactions and assert on what the bot sends back.
 *
 * ```ts
 * const fake = await startFakeDiscord();
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], ...testClientOptions(fake) });
 * await client.login(fake.token);
 * const id = await fake.injectInteraction(chatInput('ask', { question: 'who?' }));
 * const { body, elapsedMs } = await fake.waitForCallback(id);
 * await client.destroy();
 * await fake.close();
 * ```
 *
 * Implementation: ./fakeDiscord/ (state, REST routes, gateway, payload builders, validation).
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { ClientOptions } from 'discord.js';
import { FakeGateway } from './fakeDiscord/gateway.js';
import type { GatewayMessage } from './fakeDiscord/gateway.js';
import { DEFAULT_TEST_USER } from './fakeDiscord/payloads.js';
import { FakeRest } from './fakeDiscord/rest.js';
import { buildRoutes } from './fakeDiscord/routes.js';
import { snowflake } from './fakeDiscord/snowflake.js';
import { guildIdForShard } from './fakeDiscord/snowflake.js';
import { FakeState, isObject } from './fakeDiscord/state.js';
import type {
  CallbackRecord,
  FakeUser,
  IdentifyRecord,
  InteractionInit,
  JsonObject,
  OutageOptions,
  RecordedRequest,
  RequestMatcher,
  ResumeRecord,
} from './fakeDiscord/types.js';

export {
  DEFAULT_TEST_USER,
  PERMISSIONS,
  autocomplete,
  button,
  chatInput,
  modalSubmit,
  stringSelect,
} from './fakeDiscord/payloads.js';
export { guildIdForShard, shardForGuild, snowflake } from './fakeDiscord/snowflake.js';
export type { GatewayMessage } from './fakeDiscord/gateway.js';
export type * from './fakeDiscord/types.js';

/** Options of {@link startFakeDiscord}; all optional. */
export interface FakeDiscordOptions {
  /** The bot token the fake accepts (REST `Authorization: Bot …` and IDENTIFY). Default `fake-bot-token`. */
  token?: string;
  /** Application id (also the bot user's id). Default: a fresh snowflake. */
  applicationId?: string;
  /** Bot username. Default `Parley`. */
  botUsername?: string;
  /** Guild ids the bot is in. Default: one guild per recommended shard, each on its own shard. */
  guilds?: string[];
  /** Extra text channels (each guild without one gets a `general` channel). */
  channels?: Array<{ id?: string; guildId: string; name?: string }>;
  /** Recommended shard count returned by /gateway/bot. Default 1. */
  shards?: number;
  /** `session_start_limit.max_concurrency` (discord.js's default identify throttle uses it). Default 1. */
  maxConcurrency?: number;
  /** HELLO's heartbeat interval. Default 41250 ms (as Discord). */
  heartbeatIntervalMs?: number;
  /** Artificial delay before every REST response. Default 0. See also {@link FakeDiscord.setDelay}. */
  delayMs?: number;
  /** Answer callbacks later than this after injection with 404 Unknown interaction (10062), like Discord's 3 s. Default: off. */
  callbackDeadlineMs?: number;
  /** Reject bodies beyond Discord's limits (content > 2000, > 25 choices, bad command names...). Default true. */
  validate?: boolean;
  /** The user interactions come from by default. Default {@link DEFAULT_TEST_USER}. */
  defaultUser?: FakeUser;
}

/** A callback waiter's or webhook waiter's options. */
export interface WaitOptions {
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 3000;

/** A running fake Discord. Create with {@link startFakeDiscord}; always {@link FakeDiscord.close} it. */
export class FakeDiscord {
  /** REST base to give discord.js: `new Client({ rest: { api: fake.apiUrl } })`. */
  readonly apiUrl: string;
  /** The gateway URL (also returned by /gateway/bot). */
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  /** The bot user (id = applicationId). */
  readonly botUser: FakeUser;
  /** Guild ids the bot is in. */
  readonly guildIds: readonly string[];

  readonly #server: Server;
  readonly #state: FakeState;
  readonly #rest: FakeRest;
  readonly #gateway: FakeGateway;
  #closed = false;

  /** @internal Use {@link startFakeDiscord}. */
  constructor(server: Server, state: FakeState, rest: FakeRest, gateway: FakeGateway) {
    this.#server = server;
    this.#state = state;
    this.#rest = rest;
    this.#gateway = gateway;
    this.apiUrl = `http://127.0.0.1:${state.port}/api`;
    this.gatewayUrl = gateway.url;
    this.token = state.token;
    this.applicationId = state.applicationId;
    this.botUser = state.botUser;
    this.guildIds = state.guilds.map((guild) => guild.id);
  }

  /** Every REST request received, oldest first (including unknown routes and failed ones). */
  get requests(): readonly RecordedRequest[] {
    return this.#rest.log.items;
  }

  /** Requests to routes the fake does not know (answered 404 `Unknown route`). */
  get unknownRequests(): RecordedRequest[] {
    return this.requests.filter((request) => request.route === null);
  }

  /** IDENTIFY payloads received, with their `shard`. */
  get identifies(): readonly IdentifyRecord[] {
    return this.#gateway.identifies.items;
  }

  /** RESUME payloads received. */
  get resumes(): readonly ResumeRecord[] {
    return this.#gateway.resumes.items;
  }

  /** Every op a client sent on the gateway (heartbeats are op 1). */
  get gatewayMessages(): readonly GatewayMessage[] {
    return this.#gateway.messages.items;
  }

  /** Open gateway connections. */
  get connectionCount(): number {
    return this.#gateway.connections.size;
  }

  /** The first text channel of a guild (default: the first guild): where interactions come from by default. */
  channelId(guildId: string | undefined = this.guildIds[0]): string {
    if (guildId === undefined) throw new Error('fake Discord has no guild');
    return this.#state.defaultChannelId(guildId);
  }

  /**
   * Sends an INTERACTION_CREATE to the shard that owns its guild and resolves with the interaction id.
   * Defaults fill everything the test leaves out (see {@link InteractionInit}). Waits up to `timeoutMs` for a
   * client session owning the guild; while the session is disconnected the event is buffered and replayed on
   * RESUME.
   */
  async injectInteraction(init: InteractionInit, options: WaitOptions = {}): Promise<string> {
    const interaction = this.#state.addInteraction(init);
    const session = await this.#gateway.waitForSession(interaction.guildId, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    interaction.injectedAt = performance.now();
    this.#gateway.dispatch(session, 'INTERACTION_CREATE', interaction.payload);
    return interaction.id;
  }

  /** The full INTERACTION_CREATE payload sent for an injected interaction. */
  interactionPayload(interactionId: string): JsonObject {
    return this.#interaction(interactionId).payload;
  }

  /** The webhook token of an injected interaction (for follow-ups and `@original`). */
  interactionToken(interactionId: string): string {
    return this.#interaction(interactionId).token;
  }

  /**
   * Sends any dispatch event to the shard owning `guildId` (or shard `shardId`; default: the first guild).
   * E.g. `dispatch('GUILD_DELETE', { id, unavailable: false }, { guildId: id })`.
   */
  async dispatch(
    event: string,
    data: unknown,
    target: { guildId?: string | null; shardId?: number } = {},
  ): Promise<void> {
    const guildId = target.guildId === undefined ? (this.guildIds[0] ?? null) : target.guildId;
    const session =
      target.shardId !== undefined
        ? [...this.#gateway.sessions.values()].find((s) => s.live && s.shard[0] === target.shardId)
        : await this.#gateway.waitForSession(guildId, DEFAULT_TIMEOUT_MS);
    if (!session) throw new Error(`fake Discord: no session for shard ${String(target.shardId)}`);
    this.#gateway.dispatch(session, event, data);
  }

  /**
   * The first recorded request matching `predicate` (already received or arriving within `timeoutMs`).
   * To wait for a later one, filter on `request.seq` or `request.time`.
   */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    description = 'a matching REST request',
  ): Promise<RecordedRequest> {
    return this.#rest.log.waitFor(predicate, timeoutMs, description);
  }

  /**
   * The first callback (`POST /interactions/{id}/{token}/callback`) for an injected interaction, with its parsed
   * body and the ms between injection and its arrival. Resolves for rejected callbacks too (see `status`).
   */
  async waitForCallback(interactionId: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<CallbackRecord> {
    const interaction = this.#interaction(interactionId);
    const request = await this.waitForRequest(
      (r) => r.route === 'POST /interactions/:id/:token/callback' && r.params['id'] === interactionId,
      timeoutMs,
      `the callback of interaction ${interactionId}`,
    );
    const body = isObject(request.body) && typeof request.body['type'] === 'number' ? request.body : { type: -1 };
    return {
      interactionId,
      body: {
        type: body['type'] as number,
        ...(isObject(body['data']) ? { data: body['data'] } : {}),
      },
      status: request.status,
      elapsedMs: request.time - (interaction.injectedAt ?? request.time),
      request,
    };
  }

  /**
   * The first interaction-webhook request (follow-up POST, `@original` GET/PATCH/DELETE...) for a token or an
   * injected interaction's id. `method` and `messageId` (`'@original'`, a message id, or null for the follow-up
   * POST itself) narrow it; `afterSeq` skips requests up to that `seq`.
   */
  waitForWebhook(
    tokenOrInteractionId: string,
    options: WaitOptions & { method?: string; messageId?: string | null; afterSeq?: number } = {},
  ): Promise<RecordedRequest> {
    const token = this.#state.interactions.get(tokenOrInteractionId)?.token ?? tokenOrInteractionId;
    return this.waitForRequest(
      (r) =>
        r.path.startsWith('/webhooks/') &&
        r.params['token'] === token &&
        (options.method === undefined || r.method === options.method.toUpperCase()) &&
        (options.messageId === undefined || (r.params['messageId'] ?? null) === options.messageId) &&
        (options.afterSeq === undefined || r.seq > options.afterSeq),
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      `a webhook request for token ${token} ${JSON.stringify({ method: options.method, messageId: options.messageId })}`,
    );
  }

  /** The first `POST /channels/{channelId}/messages` (e.g. a mod-log post), optionally after request `afterSeq`. */
  waitForChannelMessage(channelId: string, options: WaitOptions & { afterSeq?: number } = {}): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) =>
        r.route === 'POST /channels/:channelId/messages' &&
        r.params['channelId'] === channelId &&
        (options.afterSeq === undefined || r.seq > options.afterSeq),
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      `a message posted to channel ${channelId}`,
    );
  }

  /** The first IDENTIFY matching `predicate` (default: any). */
  waitForIdentify(predicate: (identify: IdentifyRecord) => boolean = () => true, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<IdentifyRecord> {
    return this.#gateway.identifies.waitFor(predicate, timeoutMs, 'an IDENTIFY');
  }

  /** The first RESUME matching `predicate` (default: any). */
  waitForResume(predicate: (resume: ResumeRecord) => boolean = () => true, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ResumeRecord> {
    return this.#gateway.resumes.waitFor(predicate, timeoutMs, 'a RESUME');
  }

  /**
   * Closes the gateway connections (all, or one shard's) with `code` and resolves once closed. 4000 makes
   * discord.js reconnect to READY's `resume_gateway_url` and RESUME. `invalidateSessions` makes that RESUME
   * fail (op 9), forcing a new IDENTIFY.
   */
  dropConnections(code = 4000, options: { shardId?: number; invalidateSessions?: boolean } = {}): Promise<void> {
    return this.#gateway.dropConnections(code, options);
  }

  /**
   * Simulates a REST outage: matching requests (default all) are answered with `status` (default 503), for
   * `times` requests or until `setOutage(false)`. Requests are still recorded. Note discord.js retries 5xx
   * three times before rejecting.
   */
  setOutage(options: OutageOptions | false): void {
    this.#rest.setOutage(options);
  }

  /** Delays REST responses matching `match` (default all) by `ms`; 0 turns it off. */
  setDelay(ms: number, match: RequestMatcher = 'all'): void {
    this.#rest.setDelay(ms, match);
  }

  /** Application commands the bot registered: global ones, or a guild's. */
  registeredCommands(guildId?: string): JsonObject[] {
    return [...(this.#state.commands.get(guildId ?? 'global') ?? [])];
  }

  /** A message the bot created (reply, follow-up, channel post), as it is now; undefined if unknown/deleted. */
  message(messageId: string): JsonObject | undefined {
    return this.#state.messages.get(messageId);
  }

  /** The message `@original` currently refers to for an interaction (its reply or its component's message). */
  originalMessage(interactionId: string): JsonObject | undefined {
    const id = this.#interaction(interactionId).originalMessageId;
    return id === null ? undefined : this.#state.messages.get(id);
  }

  /** Stops the server: terminates sockets, drops pending responses, rejects pending waits. Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#rest.close();
    await this.#gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #interaction(interactionId: string) {
    const interaction = this.#state.interactions.get(interactionId);
    if (!interaction) throw new Error(`fake Discord: no injected interaction ${interactionId}`);
    return interaction;
  }
}

/** Starts a fake Discord on 127.0.0.1 (OS-chosen port). */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const applicationId = options.applicationId ?? snowflake();
  const shards = Math.max(1, options.shards ?? 1);
  const guildIds = options.guilds ?? Array.from({ length: shards }, (_, shard) => guildIdForShard(shard, shards));
  const state = new FakeState({
    token: options.token ?? 'fake-bot-token',
    applicationId,
    botUser: { id: applicationId, username: options.botUsername ?? 'Parley', bot: true },
    guildIds,
    channels: options.channels ?? [],
    defaultUser: options.defaultUser ?? DEFAULT_TEST_USER,
  });
  const server = createServer();
  const gateway = new FakeGateway(server, state, options.heartbeatIntervalMs ?? 41_250);
  const routes = buildRoutes(state, {
    validate: options.validate ?? true,
    callbackDeadlineMs: options.callbackDeadlineMs ?? null,
    gatewayInfo: () => ({
      url: gateway.url,
      shards,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: options.maxConcurrency ?? 1 },
    }),
  });
  const rest = new FakeRest(routes, state.token, options.delayMs ?? 0);
  server.on('request', (req, res) => rest.handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake Discord: no TCP address');
  state.port = address.port;
  return new FakeDiscord(server, state, rest, gateway);
}

/**
 * discord.js client options for a fake: its REST base and no identify throttling (discord.js otherwise waits
 * ~5 s between shard IDENTIFYs). Spread into `new Client({ intents, ...testClientOptions(fake) })`.
 */
export function testClientOptions(fake: FakeDiscord): Pick<ClientOptions, 'rest' | 'ws'> {
  return {
    rest: { api: fake.apiUrl },
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: () => Promise.resolve() }) },
  };
}
