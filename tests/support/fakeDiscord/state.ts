/**
 * What the fake Discord knows: the bot, its guilds and channels, the messages it posted, the interactions a test
 * injected, the commands it registered. Shared by the REST routes and the gateway.
 */
import { PERMISSIONS, apiMember, apiMessage, apiTextChannel, apiUser, guildCreatePayload } from './payloads.js';
import { snowflake } from './snowflake.js';
import type { FakeUser, InteractionInit, JsonObject, RecordedFile } from './types.js';

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
}

export interface FakeChannel {
  id: string;
  guildId: string;
  name: string;
}

/** An injected interaction and what the bot has done with it so far. */
export interface InteractionState {
  id: string;
  token: string;
  type: number;
  payload: JsonObject;
  guildId: string | null;
  channelId: string;
  user: FakeUser;
  /** `performance.now()` when it was written to the gateway; null while waiting for a session. */
  injectedAt: number | null;
  /** Type of the accepted callback; null until acknowledged. */
  callbackType: number | null;
  /** The message `@original` refers to: the reply, the deferred placeholder, or the component's message. */
  originalMessageId: string | null;
  /** Follow-up messages sent through the interaction webhook. */
  followUpIds: Set<string>;
}

export interface StateOptions {
  token: string;
  applicationId: string;
  botUser: FakeUser;
  guildIds: string[];
  channels: Array<{ id?: string; guildId: string; name?: string }>;
  defaultUser: FakeUser;
}

const OWNER_ID = '100000000000000002';

export class FakeState {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly defaultUser: FakeUser;
  readonly guilds: FakeGuild[];
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, JsonObject>();
  readonly interactions = new Map<string, InteractionState>();
  readonly interactionsByToken = new Map<string, InteractionState>();
  /** Registered application commands: key `global` or a guild id. */
  readonly commands = new Map<string, JsonObject[]>();
  readonly joinedAt = new Date().toISOString();
  readonly #dmChannels = new Map<string, string>();
  /** The HTTP/WebSocket port, once listening. */
  port = 0;

  constructor(options: StateOptions) {
    this.token = options.token;
    this.applicationId = options.applicationId;
    this.botUser = options.botUser;
    this.defaultUser = options.defaultUser;
    this.guilds = options.guildIds.map((id, i) => ({ id, name: `Test Guild ${i + 1}`, ownerId: OWNER_ID }));
    for (const guild of this.guilds) {
      if (!options.channels.some((channel) => channel.guildId === guild.id)) {
        const id = snowflake();
        this.channels.set(id, { id, guildId: guild.id, name: 'general' });
      }
    }
    for (const channel of options.channels) {
      const id = channel.id ?? snowflake();
      this.channels.set(id, { id, guildId: channel.guildId, name: channel.name ?? `channel-${id.slice(-4)}` });
    }
  }

  get botApiUser(): JsonObject {
    return apiUser({ ...this.botUser, bot: true });
  }

  guild(id: string): FakeGuild | undefined {
    return this.guilds.find((guild) => guild.id === id);
  }

  guildChannels(guildId: string): FakeChannel[] {
    return [...this.channels.values()].filter((channel) => channel.guildId === guildId);
  }

  /** The first text channel of a guild (where interactions come from by default). */
  defaultChannelId(guildId: string): string {
    return this.guildChannels(guildId)[0]?.id ?? snowflake();
  }

  /** The DM channel between the bot and a user (one stable id per user). */
  dmChannelId(userId: string): string {
    let id = this.#dmChannels.get(userId);
    if (id === undefined) {
      id = snowflake();
      this.#dmChannels.set(userId, id);
    }
    return id;
  }

  channelPayload(channel: FakeChannel): JsonObject {
    const position = this.guildChannels(channel.guildId).indexOf(channel);
    return apiTextChannel(channel.id, channel.guildId, channel.name, Math.max(position, 0));
  }

  guildCreatePayload(guild: FakeGuild): JsonObject {
    return guildCreatePayload(
      guild,
      this.guildChannels(guild.id).map((channel) => this.channelPayload(channel)),
      apiMember({ ...this.botUser, bot: true }, PERMISSIONS.bot, this.joinedAt),
      this.joinedAt,
    );
  }

  applicationPayload(): JsonObject {
    return {
      id: this.applicationId,
      name: this.botUser.username ?? 'Fake Bot',
      icon: null,
      description: '',
      bot_public: true,
      bot_require_code_grant: false,
      bot: this.botApiUser,
      flags: 0,
      verify_key: '0'.repeat(64),
      team: null,
      owner: apiUser({ id: OWNER_ID, username: 'owner' }),
      approximate_guild_count: this.guilds.length,
    };
  }

  /** Stores and returns a new message authored by the bot. */
  createMessage(options: {
    channelId: string;
    guildId: string | null;
    body: unknown;
    files: RecordedFile[];
    interaction?: InteractionState;
    extraFlags?: number;
  }): JsonObject {
    const { interaction } = options;
    const fields = messageFields(options.body, options.files, []);
    const flags = (typeof fields['flags'] === 'number' ? fields['flags'] : 0) | (options.extraFlags ?? 0);
    const message = apiMessage({
      id: snowflake(),
      channelId: options.channelId,
      guildId: options.guildId,
      author: this.botApiUser,
      type: interaction?.type === 2 ? 20 : 0,
      fields: {
        ...fields,
        flags,
        ...(interaction
          ? {
              webhook_id: this.applicationId,
              application_id: this.applicationId,
              interaction_metadata: {
                id: interaction.id,
                type: interaction.type,
                user: apiUser(interaction.user),
                authorizing_integration_owners: {},
              },
            }
          : {}),
      },
    });
    this.messages.set(String(message['id']), message);
    return message;
  }

  /** Applies an edit to a stored message; clears the "loading" flag of a deferred reply. */
  editMessage(id: string, body: unknown, files: RecordedFile[]): JsonObject | undefined {
    const existing = this.messages.get(id);
    if (!existing) return undefined;
    const fields = messageFields(body, files, asArray(existing['attachments']).filter(isObject));
    delete fields['flags']; // ephemerality cannot change; other flag edits are not modelled
    const flags = (typeof existing['flags'] === 'number' ? existing['flags'] : 0) & ~128;
    const edited = { ...existing, ...fields, flags, edited_timestamp: new Date().toISOString() };
    this.messages.set(id, edited);
    return edited;
  }

  /** Builds the full INTERACTION_CREATE payload for what a test injects and registers the interaction. */
  addInteraction(init: InteractionInit): InteractionState {
    const id = init.id ?? snowflake();
    const token = init.token ?? `fake-interaction-token.${id}`;
    const guildId = init.guild_id === undefined ? (this.guilds[0]?.id ?? null) : init.guild_id;
    const user = init.user ?? this.defaultUser;
    const channelId = init.channel_id ?? (guildId === null ? this.dmChannelId(user.id) : this.defaultChannelId(guildId));
    const channel: JsonObject =
      guildId === null
        ? { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [apiUser(user)] }
        : this.channelPayload(this.channels.get(channelId) ?? { id: channelId, guildId, name: 'unknown' });
    const data: JsonObject = { ...init.data };
    if ((init.type === 2 || init.type === 4) && data['id'] === undefined) {
      data['id'] = this.commandId(String(data['name']), guildId) ?? snowflake();
    }
    let message: JsonObject | undefined;
    if (init.message !== undefined) {
      message = apiMessage({
        id: typeof init.message['id'] === 'string' ? init.message['id'] : snowflake(),
        channelId,
        guildId,
        author: this.botApiUser,
        fields: init.message,
      });
      this.messages.set(String(message['id']), message);
    }
    const permissions = init.memberPermissions === undefined ? PERMISSIONS.member : String(init.memberPermissions);
    const payload: JsonObject = {
      id,
      application_id: this.applicationId,
      type: init.type,
      data,
      token,
      version: 1,
      channel_id: channelId,
      channel: { ...channel, ...init.channel },
      app_permissions: init.app_permissions ?? PERMISSIONS.bot,
      locale: init.locale ?? 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guildId ?? '0' },
      context: init.context ?? (guildId === null ? 1 : 0),
      attachment_size_limit: 10 * 1024 * 1024,
      ...(guildId === null
        ? { user: apiUser(user) }
        : {
            guild_id: guildId,
            guild: { id: guildId, locale: 'en-US', features: [] },
            guild_locale: init.guild_locale ?? 'en-US',
            member: { ...apiMember(user, permissions, this.joinedAt), ...init.member },
          }),
      ...(message ? { message } : {}),
      ...init.extra,
    };
    const interaction: InteractionState = {
      id,
      token,
      type: init.type,
      payload,
      guildId,
      channelId,
      user,
      injectedAt: null,
      callbackType: null,
      originalMessageId: message ? String(message['id']) : null,
      followUpIds: new Set(),
    };
    this.interactions.set(id, interaction);
    this.interactionsByToken.set(token, interaction);
    return interaction;
  }

  /** Id of the registered command `name` (guild commands first), if the bot registered it. */
  commandId(name: string, guildId: string | null): string | undefined {
    const scopes = guildId === null ? ['global'] : [guildId, 'global'];
    for (const scope of scopes) {
      const found = this.commands.get(scope)?.find((command) => command['name'] === name);
      if (found) return String(found['id']);
    }
    return undefined;
  }

  /** Normalises a command as the API returns it (ids, version, defaults), keeping the id of a same-named one. */
  storeCommand(scope: string, command: JsonObject, existing: JsonObject[]): JsonObject {
    const type = typeof command['type'] === 'number' ? command['type'] : 1;
    const previous = existing.find((c) => c['name'] === command['name'] && (c['type'] ?? 1) === type);
    return {
      default_member_permissions: null,
      nsfw: false,
      contexts: null,
      integration_types: [0],
      description: '',
      ...command,
      type,
      id: previous?.['id'] ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      ...(scope === 'global' ? {} : { guild_id: scope }),
    };
  }
}

/**
 * The message fields a create/edit body sets (content, embeds, components, flags, attachments...).
 * Attachments: uploaded files become new attachments; existing ones are kept when listed in `attachments`.
 */
function messageFields(body: unknown, files: RecordedFile[], existing: JsonObject[]): JsonObject {
  const source = isObject(body) ? body : {};
  const fields: JsonObject = {};
  for (const key of ['content', 'embeds', 'components', 'flags', 'tts', 'poll']) {
    if (source[key] !== undefined && source[key] !== null) fields[key] = source[key];
  }
  if (files.length > 0 || source['attachments'] !== undefined) {
    const listed = asArray(source['attachments']).filter(isObject);
    const kept = existing.filter((attachment) => listed.some((entry) => String(entry['id']) === String(attachment['id'])));
    const added = files.map((file) => {
      const index = /\[(\d+)\]/.exec(file.field)?.[1];
      const entry = listed.find((candidate) => String(candidate['id']) === index);
      const id = snowflake();
      const url = `https://cdn.fake.invalid/attachments/${id}/${encodeURIComponent(file.filename)}`;
      return {
        id,
        filename: file.filename,
        size: file.size,
        url,
        proxy_url: url,
        content_type: file.contentType,
        ...(entry && typeof entry['description'] === 'string' ? { description: entry['description'] } : {}),
      };
    });
    fields['attachments'] = [...kept, ...added];
  }
  return fields;
}
