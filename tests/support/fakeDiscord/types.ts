/** Public types of the fake Discord server (see ../fakeDiscord.ts). */

/** A JSON object as received or sent (values unchecked). */
export type JsonObject = { [key: string]: unknown };

/** A user as the fake puts it in payloads; missing fields get defaults. */
export interface FakeUser {
  id: string;
  username?: string;
  global_name?: string | null;
  avatar?: string | null;
  bot?: boolean;
}

/** An application command option in API form (as in `data.options` of an interaction). */
export interface ApiCommandOption {
  name: string;
  /** ApplicationCommandOptionType: 1 subcommand, 2 group, 3 string, 4 integer, 5 boolean, 6 user, 10 number... */
  type: number;
  value?: string | number | boolean;
  options?: ApiCommandOption[];
  focused?: boolean;
}

/**
 * What a test gives {@link FakeDiscord.injectInteraction}: the type and `data`, plus any field to override.
 * Everything else (ids, token, member, channel, locale, permissions, entitlements...) is filled in.
 */
export interface InteractionInit {
  /** InteractionType: 2 application command, 3 message component, 4 autocomplete, 5 modal submit. */
  type: number;
  /** The interaction's `data` (command name and options, custom_id...). */
  data?: JsonObject;
  id?: string;
  token?: string;
  /** Default: the fake's first guild. `null` makes a DM interaction (`user` instead of `member`, shard 0). */
  guild_id?: string | null;
  /** Default: the guild's first text channel (or a DM channel). */
  channel_id?: string;
  /** Merged over the default partial channel. */
  channel?: JsonObject;
  /** The invoking user (goes to `member.user` in a guild, `user` in a DM). Default: a fixed test user. */
  user?: FakeUser;
  /** Merged over the default member. */
  member?: JsonObject;
  /** Shortcut for `member.permissions` (the invoking member's permissions in the channel). */
  memberPermissions?: bigint | string;
  /** For components and modals from components: merged over a default message authored by the bot. */
  message?: JsonObject;
  locale?: string;
  guild_locale?: string;
  app_permissions?: string;
  /** InteractionContextType: 0 guild, 1 bot DM, 2 private channel. Default from guild_id. */
  context?: number;
  /** Any other top-level fields, merged last. */
  extra?: JsonObject;
}

/** A file part of a multipart/form-data request. */
export interface RecordedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

/** One REST request received by the fake. */
export interface RecordedRequest {
  /** Position in {@link FakeDiscord.requests}. */
  seq: number;
  method: string;
  /** Decoded path below the versioned API root, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  /** The URL as received, e.g. `/api/v10/webhooks/1/tok/messages/%40original?wait=true`. */
  url: string;
  /** The route that handled it, e.g. `POST /interactions/:id/:token/callback`; null for an unknown route. */
  route: string | null;
  /** Route parameters by name (`id`, `token`, `channelId`...). */
  params: Record<string, string>;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON body; for multipart, the parsed `payload_json` part; null without a body. */
  body: unknown;
  /** Files of a multipart body. */
  files: RecordedFile[];
  /** The HTTP status the fake answered (or is about to answer, after any artificial delay). */
  status: number;
  /** When it arrived: `performance.now()` ms (same clock as injection times). */
  time: number;
}

/** An interaction callback body as the bot sent it. */
export interface InteractionCallbackBody {
  /** InteractionResponseType: 4 message, 5 deferred message, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  type: number;
  data?: JsonObject;
}

/** The first callback the bot sent for an injected interaction. */
export interface CallbackRecord {
  interactionId: string;
  body: InteractionCallbackBody;
  /** Status the fake answered: 204/200, or the outage/validation error. */
  status: number;
  /** ms from the moment the interaction was sent over the gateway to the callback's arrival. */
  elapsedMs: number;
  request: RecordedRequest;
}

/** An IDENTIFY (op 2) received on the gateway. */
export interface IdentifyRecord {
  token: string;
  /** `[shard_id, num_shards]`, or null when the client sent none. */
  shard: [number, number] | null;
  intents: number;
  compress: boolean;
  properties: JsonObject;
  payload: JsonObject;
  /** Query string of the WebSocket URL (`v`, `encoding`, `compress`). */
  query: Record<string, string>;
  time: number;
}

/** A RESUME (op 6) received on the gateway. */
export interface ResumeRecord {
  token: string;
  sessionId: string;
  seq: number;
  /** Whether the fake accepted it (known session, right token) and sent RESUMED. */
  accepted: boolean;
  /** Path the client connected to (READY's `resume_gateway_url` points at `/resume`). */
  path: string;
  time: number;
}

/**
 * Which REST requests an outage or delay applies to: all, interaction callbacks, interaction webhooks
 * (follow-ups and @original edits), a RegExp tested against `"METHOD /path"`, or a predicate.
 */
export type RequestMatcher =
  | 'all'
  | 'callbacks'
  | 'webhooks'
  | RegExp
  | ((request: { method: string; path: string }) => boolean);

/** A simulated REST outage. */
export interface OutageOptions {
  /** Status to answer; default 503. 429 also sends `retry_after`/`Retry-After`. */
  status?: number;
  /** Default 'all'. */
  match?: RequestMatcher;
  /** Only fail this many matching requests, then recover by itself. Default: until `setOutage(false)`. */
  times?: number;
  /** For 429: seconds to ask the client to wait; default 1. */
  retryAfterSeconds?: number;
}
