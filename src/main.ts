#!/usr/bin/env node
/**
 * Entry point: configuration → knowledge → services → Discord bot (with `DISCORD_TOKEN`) or the
 * local console (without). The wiring itself is in `composition.ts`; nothing below reads the
 * environment.
 */
import { config as loadDotenv } from 'dotenv';
import { createLogger } from './app/createLogger.js';
import { KnowledgeService } from './app/knowledgeService.js';
import type { Logger } from './app/logger.js';
import { ShardLink, shardFromEnv, stopWhenManagerGone } from './app/shardSync.js';
import { runConsole } from './cli/console.js';
import { createServices, flushServices, startDiscord, type Services } from './composition.js';
import { indexDirFor, parseConfig } from './config.js';
import type { RunningBot } from './discord/bot.js';
import { KnowledgeFolderError } from './domain/knowledge/loadKnowledge.js';

/** How long shutdown may take before the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 5_000;

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    process.stderr.write(`Parley cannot start; fix these settings (see .env.example):\n${parsed.problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
    process.exitCode = 1;
    return;
  }
  const config = parsed.config;
  // Under `npm run start:sharded` (shard.ts) this process is one shard: its logs say which.
  const shard = shardFromEnv(process.env);
  // The console is for people: only warnings and errors from the logger, unless asked for more.
  const rootLogger = createLogger(config.discordToken === null && config.logLevel === 'info' ? 'warn' : config.logLevel);
  const logger = shard === null ? rootLogger : rootLogger.child({ shard: shard.ids });
  // SHARD_COUNT is for start:sharded (maybe `auto`); discord.js reads it too, so a plain start drops it.
  if (shard === null) delete process.env.SHARD_COUNT;
  // A shard hears about knowledge changes in other shards from now on, before it loads (shardSync.ts).
  const shardLink = shard === null ? null : ShardLink.join(process, shard.ids, logger);
  if (shard !== null) stopWhenManagerGone(process, logger);

  let knowledge: KnowledgeService;
  try {
    knowledge = await KnowledgeService.open(config.knowledgeDir, logger, { indexDir: indexDirFor(config.dataDir, config.knowledgeDir) });
  } catch (error) {
    if (!(error instanceof KnowledgeFolderError)) throw error;
    process.stderr.write(`Parley cannot start: ${error.message}. Set KNOWLEDGE_DIR or create the folder.\n`);
    process.exitCode = 1;
    return;
  }
  const services = createServices(config, knowledge, logger);
  knowledge.watch();
  shardLink?.attach({ curation: services.curation, knowledge });

  if (config.discordToken === null) {
    process.stderr.write('No DISCORD_TOKEN set: starting the local console (type /help, or just ask a question).\n');
    await runConsole({ knowledge: services.knowledge, input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
    await flushServices(services);
    return;
  }
  // Signals are handled from before login: a Ctrl-C while the bot is still starting (or between
  // its ready event and the end of start-up, when a shard manager already counts it as up) still
  // finishes writes and exits 0 instead of dying mid-write.
  let bot: RunningBot | null = null;
  stopOnSignals(() => bot, services, logger);
  bot = await startDiscord({ ...config, discordToken: config.discordToken }, services);
}

/**
 * SIGINT/SIGTERM: stop taking interactions, finish writes, disconnect (when the bot is up), exit 0
 * (forced after a deadline).
 */
function stopOnSignals(runningBot: () => RunningBot | null, services: Services, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.warn({}, 'shutdown took too long; exiting');
      process.exit(0);
    }, SHUTDOWN_DEADLINE_MS).unref();
    (runningBot()?.stop() ?? Promise.resolve())
      .then(() => flushServices(services))
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'error while shutting down');
          process.exit(0);
        },
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Parley stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
