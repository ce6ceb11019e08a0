import type { APIActionRowComponent, APIButtonComponent, APIEmbed, MessageFlags } from 'discord.js';

/** Mentions a reply may ping: nobody, or exactly the members listed. */
export interface AllowedMentions {
  readonly parse: [];
  readonly users?: string[];
}

/**
 * A reply as plain data, accepted by discord.js's `reply`, `editReply`, `followUp` and `update`.
 * Every renderer returns one, and every one carries `allowedMentions`: nothing an article, a
 * question or a member typed can ping anyone.
 */
export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: AllowedMentions;
  flags?: MessageFlags.Ephemeral;
}

/** No pings at all. */
export const NO_MENTIONS: AllowedMentions = { parse: [] };

/** Parley's embed colour (a calm blue) and the grey used when it declines or refuses. */
export const COLORS = { answer: 0x3b82f6, declined: 0x9ca3af, error: 0xef4444 } as const;
