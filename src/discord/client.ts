import { Client, GatewayIntentBits, type ClientOptions } from 'discord.js';

/** Connection settings for the Discord client. */
export interface ClientSettings {
  /** REST base (`rest.api`), e.g. a proxy or the tests' fake Discord; null uses Discord's. */
  readonly apiUrl: string | null;
  /** Extra discord.js options (tests replace the identify throttler; sharding sets shards). */
  readonly overrides?: Partial<ClientOptions>;
}

/**
 * A discord.js client with only the `Guilds` intent (slash commands need nothing more) and
 * mentions suppressed by default, on top of the `allowedMentions` every reply sets.
 */
export function createClient(settings: ClientSettings): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(settings.apiUrl === null ? {} : { rest: { api: settings.apiUrl } }),
    ...settings.overrides,
  });
}
