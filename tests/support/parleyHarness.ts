// Starts the fake Discord and Parley's real wiring against it, with temporary knowledge and data folders.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { KnowledgeService } from '../../src/app/knowledgeService.js';
import { createServices, startDiscord, type Services } from '../../src/composition.js';
import { parseConfig, type Config } from '../../src/config.js';
import type { RunningBot } from '../../src/discord/bot.js';
import { startFakeDiscord, testClientOptions, type FakeDiscord } from './fakeDiscord.js';
import { recordingLogger, type LogEntry } from './recordingLogger.js';

/** A syntactically valid bot token (the config rejects obviously wrong ones). */
export const TOKEN = `${'M'.repeat(24)}.${'x'.repeat(6)}.${'y'.repeat(38)}`;

export interface Parley {
  readonly fake: FakeDiscord;
  readonly bot: RunningBot;
  readonly services: Services;
  readonly config: Config & { discordToken: string };
  readonly logs: LogEntry[];
  readonly knowledgeDir: string;
  readonly dataDir: string;
  /** Stops the bot, closes the fake, removes the folders. */
  stop(): Promise<void>;
}

export interface ParleyOptions {
  /** Extra environment (e.g. MOD_LOG_CHANNEL_ID, ALLOW_PRIVATE_URLS), possibly read off the fake. */
  readonly env?: Record<string, string> | ((fake: FakeDiscord) => Record<string, string>);
  /** Work on a temporary copy of the project's knowledge folder instead of the folder itself. */
  readonly copyKnowledge?: boolean;
  /** Adjust the services before the bot starts (e.g. to make a handler fail). */
  readonly adjust?: (services: Services) => Services;
  /** Watch the knowledge folder for hand edits, as `npm start` does. */
  readonly watch?: boolean;
}

/** Starts the fake and Parley; the caller must `stop()` it. */
export async function startParley(options: ParleyOptions = {}): Promise<Parley> {
  const fake = await startFakeDiscord({ token: TOKEN });
  const root = await mkdtemp(path.join(os.tmpdir(), 'parley-e2e-'));
  const dataDir = path.join(root, 'data');
  let knowledgeDir = 'knowledge';
  if (options.copyKnowledge === true) {
    knowledgeDir = path.join(root, 'knowledge');
    await cp('knowledge', knowledgeDir, { recursive: true });
  }
  const parsed = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_GUILD_ID: fake.guildIds[0],
    DATA_DIR: dataDir,
    KNOWLEDGE_DIR: knowledgeDir,
    ...(typeof options.env === 'function' ? options.env(fake) : options.env),
  });
  if (!parsed.ok || parsed.config.discordToken === null) throw new Error(`bad test config: ${parsed.ok ? 'no token' : parsed.problems.join('; ')}`);
  const config = { ...parsed.config, discordToken: parsed.config.discordToken };
  const logger = recordingLogger();
  const knowledge = await KnowledgeService.open(knowledgeDir, logger);
  if (options.watch === true) knowledge.watch(100);
  const services = (options.adjust ?? ((s: Services) => s))(createServices(config, knowledge, logger));
  const bot = await startDiscord(config, services, testClientOptions(fake));
  await bot.ready;
  return {
    fake,
    bot,
    services,
    config,
    logs: logger.entries,
    knowledgeDir,
    dataDir,
    async stop() {
      await bot.stop();
      await knowledge.close();
      await fake.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
