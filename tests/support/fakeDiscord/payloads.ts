/**
 * Payload builders for tests (`chatInput`, `autocomplete`, `button`, `stringSelect`, `modalSubmit`) and the
 * default API objects the fake puts around them (users, members, channels, guilds, messages).
 */
import { PermissionFlagsBits } from 'discord.js';
import type { ApiCommandOption, FakeUser, InteractionInit, JsonObject } from './types.js';

function permissionString(...flags: bigint[]): string {
  return flags.reduce((all, flag) => all | flag, 0n).toString();
}

/** Permission bitfields (decimal strings) for `memberPermissions` / `app_permissions`. */
export const PERMISSIONS = {
  /** An ordinary member: read, write, use commands. */
  member: permissionString(
    PermissionFlagsBits.ViewChannel,
    PermissionFlagsBits.SendMessages,
    PermissionFlagsBits.ReadMessageHistory,
    PermissionFlagsBits.AddReactions,
    PermissionFlagsBits.EmbedLinks,
    PermissionFlagsBits.AttachFiles,
    PermissionFlagsBits.UseApplicationCommands,
  ),
  /** A moderator: member + Manage Messages, Manage Guild, Moderate Members. */
  moderator: permissionString(
    PermissionFlagsBits.ViewChannel,
    PermissionFlagsBits.SendMessages,
    PermissionFlagsBits.ReadMessageHistory,
    PermissionFlagsBits.AddReactions,
    PermissionFlagsBits.EmbedLinks,
    PermissionFlagsBits.AttachFiles,
    PermissionFlagsBits.UseApplicationCommands,
    PermissionFlagsBits.ManageMessages,
    PermissionFlagsBits.ManageGuild,
    PermissionFlagsBits.ModerateMembers,
  ),
  /** Administrator. */
  admin: permissionString(PermissionFlagsBits.Administrator),
  /** What the bot gets in `app_permissions` by default. */
  bot: permissionString(
    PermissionFlagsBits.ViewChannel,
    PermissionFlagsBits.SendMessages,
    PermissionFlagsBits.SendMessagesInThreads,
    PermissionFlagsBits.ReadMessageHistory,
    PermissionFlagsBits.EmbedLinks,
    PermissionFlagsBits.AttachFiles,
    PermissionFlagsBits.UseExternalEmojis,
  ),
} as const;

/** The user interactions come from when a test names none. */
export const DEFAULT_TEST_USER: FakeUser = { id: '100000000000000001', username: 'tester', global_name: 'Tester' };

/** A full API user object. */
export function apiUser(user: FakeUser): JsonObject {
  return {
    id: user.id,
    username: user.username ?? `user${user.id.slice(-4)}`,
    discriminator: '0',
    global_name: user.global_name === undefined ? null : user.global_name,
    avatar: user.avatar ?? null,
    bot: user.bot ?? false,
    system: false,
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
  };
}

/** A full API guild member object. */
export function apiMember(user: FakeUser, permissions: string, joinedAt: string): JsonObject {
  return {
    user: apiUser(user),
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    permissions,
    communication_disabled_until: null,
  };
}

/** A guild text channel (type 0). */
export function apiTextChannel(id: string, guildId: string, name: string, position: number): JsonObject {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name,
    position,
    permission_overwrites: [],
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0,
  };
}

/** The GUILD_CREATE dispatch data for a guild the bot is in. */
export function guildCreatePayload(
  guild: { id: string; name: string; ownerId: string },
  channels: JsonObject[],
  botMember: JsonObject,
  joinedAt: string,
): JsonObject {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    features: [],
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    max_members: 500_000,
    roles: [
      {
        id: guild.id,
        name: '@everyone',
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: PERMISSIONS.member,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    members: [botMember],
    channels,
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A message as the API returns it; `fields` (content, embeds, components, flags...) override the defaults. */
export function apiMessage(base: {
  id: string;
  channelId: string;
  guildId: string | null;
  author: JsonObject;
  type?: number;
  fields?: JsonObject;
}): JsonObject {
  return {
    id: base.id,
    channel_id: base.channelId,
    ...(base.guildId === null ? {} : { guild_id: base.guildId }),
    author: base.author,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: base.type ?? 0,
    flags: 0,
    components: [],
    ...base.fields,
  };
}

/** Turns `{ question: 'why?', limit: 3 }` into API options; arrays pass through unchanged. */
function toApiOptions(options: Record<string, string | number | boolean> | ApiCommandOption[]): ApiCommandOption[] {
  if (Array.isArray(options)) return options;
  return Object.entries(options).map(([name, value]) => ({ name, type: optionType(value), value }));
}

function optionType(value: string | number | boolean): number {
  if (typeof value === 'string') return 3;
  if (typeof value === 'boolean') return 5;
  return Number.isInteger(value) ? 4 : 10;
}

function withUser(init: InteractionInit, user: FakeUser | undefined): InteractionInit {
  return user === undefined ? init : { ...init, user };
}

/**
 * A slash command (type 2, chat input). Options as `{ name: value }` (strings → type 3, integers → 4, other
 * numbers → 10, booleans → 5) or as API option objects (for subcommands, users, channels...).
 * `data.id` is filled from the registered command of that name when the bot registered one.
 */
export function chatInput(
  name: string,
  options: Record<string, string | number | boolean> | ApiCommandOption[] = {},
  user?: FakeUser,
): InteractionInit {
  const apiOptions = toApiOptions(options);
  return withUser({ type: 2, data: { name, type: 1, ...(apiOptions.length > 0 ? { options: apiOptions } : {}) } }, user);
}

/**
 * An autocomplete request (type 4) for command `name`, with `focused` the option being typed
 * (string unless `type` says otherwise) and `others` the options already filled in.
 */
export function autocomplete(
  name: string,
  focused: { name: string; value: string | number; type?: number },
  others: Record<string, string | number | boolean> | ApiCommandOption[] = {},
  user?: FakeUser,
): InteractionInit {
  const focusedOption: ApiCommandOption = {
    name: focused.name,
    type: focused.type ?? (typeof focused.value === 'string' ? 3 : optionType(focused.value)),
    value: focused.value,
    focused: true,
  };
  return withUser({ type: 4, data: { name, type: 1, options: [...toApiOptions(others), focusedOption] } }, user);
}

/** A default message carrying one button / select with `customId`, authored by the bot (filled in on injection). */
function componentMessage(component: JsonObject): JsonObject {
  return { content: 'message with components', components: [{ type: 1, components: [component] }] };
}

/**
 * A button press (type 3, component_type 2). `message` is merged over a default bot message holding the button;
 * pass the message the bot actually sent (e.g. from a callback body) to make `interaction.message` realistic.
 */
export function button(customId: string, message?: JsonObject, user?: FakeUser): InteractionInit {
  return withUser(
    {
      type: 3,
      data: { custom_id: customId, component_type: 2 },
      message: message ?? componentMessage({ type: 2, style: 1, custom_id: customId, label: customId }),
    },
    user,
  );
}

/** A string select choice (type 3, component_type 3) with the selected `values`. */
export function stringSelect(customId: string, values: string[], message?: JsonObject, user?: FakeUser): InteractionInit {
  return withUser(
    {
      type: 3,
      data: { custom_id: customId, component_type: 3, values },
      message:
        message ??
        componentMessage({
          type: 3,
          custom_id: customId,
          options: values.map((value) => ({ label: value, value })),
        }),
    },
    user,
  );
}

/**
 * A modal submission (type 5): `fields` maps each text input's custom_id to its value. Sent as label components
 * (type 18) wrapping text inputs, the shape Discord uses for modals built with labels; set `actionRows` for the
 * legacy action-row shape. discord.js's `interaction.fields.getTextInputValue(id)` reads both.
 */
export function modalSubmit(
  customId: string,
  fields: Record<string, string>,
  user?: FakeUser,
  options: { actionRows?: boolean } = {},
): InteractionInit {
  const components = Object.entries(fields).map(([fieldId, value], index) =>
    options.actionRows === true
      ? { type: 1, id: index * 2 + 1, components: [{ type: 4, id: index * 2 + 2, custom_id: fieldId, value }] }
      : { type: 18, id: index * 2 + 1, component: { type: 4, id: index * 2 + 2, custom_id: fieldId, value } },
  );
  return withUser({ type: 5, data: { custom_id: customId, components } }, user);
}
