import { Events, type Client, type ClientOptions, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Logger } from '../app/logger.js';
import { createClient } from './client.js';
import { syncCommands, type CommandScope } from './commandRegistration.js';
import { createInteractionRouter, type RouteTable } from './router.js';

/** What the bot needs to run. */
export interface BotOptions {
  readonly token: string;
  readonly apiUrl: string | null;
  readonly scope: CommandScope;
  readonly commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
  readonly routes: RouteTable;
  readonly logger: Logger;
  /** Extra discord.js client options (tests, sharding). */
  readonly clientOptions?: Partial<ClientOptions>;
}

/** A running bot. */
export interface RunningBot {
  readonly client: Client;
  /** Resolves when the client is ready and the commands are registered (or registration failed, logged). */
  readonly ready: Promise<void>;
  /** Stops taking interactions, waits for those in flight, and disconnects. */
  stop(): Promise<void>;
}

/**
 * Logs in, registers the commands when they differ from Discord's, and routes every interaction
 * through the one router. Login errors reject (with discord.js's message, never the token).
 */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { logger } = options;
  const client = createClient({ apiUrl: options.apiUrl, ...(options.clientOptions === undefined ? {} : { overrides: options.clientOptions }) });
  const router = createInteractionRouter(options.routes, logger);

  const ready = new Promise<void>((resolve) => {
    client.once(Events.ClientReady, (readyClient) => {
      logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'connected to Discord');
      // Commands belong to the application, not to a shard: under a ShardingManager only shard 0 checks them.
      if (client.shard !== null && !client.shard.ids.includes(0)) return resolve();
      syncCommands(client.rest, readyClient.application.id, options.scope, options.commands)
        .then((outcome) => logger.info({ outcome, scope: options.scope === 'global' ? 'global' : 'guild' }, 'slash commands checked'))
        .catch((error: unknown) => logger.error({ err: error }, 'could not register the slash commands'))
        .finally(resolve);
    });
  });
  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.Warn, (message) => logger.warn({}, message));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ code: event.code, shardId }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'gateway resumed'));

  try {
    await client.login(options.token);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  return {
    client,
    ready,
    async stop() {
      await router.close();
      await client.destroy();
    },
  };
}
