#!/usr/bin/env node
/**
 * Composition root: configuration → knowledge → services → Discord bot (with `DISCORD_TOKEN`) or the
 * local console (without). Everything is wired here, explicitly; nothing below reads the environment.
 */
import { config as loadDotenv } from 'dotenv';
import { allCommands } from '../commands/index.js';
import { AnswerMemory } from './app/answerMemory.js';
import { createLogger } from './app/createLogger.js';
import { FeedbackStore } from './app/feedbackStore.js';
import { KnowledgeService } from './app/knowledgeService.js';
import type { Logger } from './app/logger.js';
import { RateLimiter } from './app/rateLimiter.js';
import { UnansweredLog } from './app/unansweredLog.js';
import { runConsole } from './cli/console.js';
import { parseConfig, type Config } from './config.js';
import { KnowledgeFolderError } from './domain/knowledge/loadKnowledge.js';
import { startBot, type RunningBot } from './discord/bot.js';
import type { AskDependencies } from './discord/handlers/ask.js';
import { createRoutes } from './discord/routes.js';

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
  const logger = createLogger(config.discordToken === null && config.logLevel === 'info' ? 'warn' : config.logLevel);

  let knowledge: KnowledgeService;
  try {
    knowledge = await KnowledgeService.open(config.knowledgeDir, logger);
  } catch (error) {
    if (!(error instanceof KnowledgeFolderError)) throw error;
    process.stderr.write(`Parley cannot start: ${error.message}. Set KNOWLEDGE_DIR or create the folder.\n`);
    process.exitCode = 1;
    return;
  }
  const deps = createDependencies(config, knowledge, logger);

  if (config.discordToken === null) {
    process.stderr.write('No DISCORD_TOKEN set: starting the local console (type /help, or just ask a question).\n');
    await runConsole({ knowledge: deps.knowledge, input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
    await Promise.all([deps.unanswered.flush(), deps.feedback.flush()]);
    return;
  }

  const bot = await startBot({
    token: config.discordToken,
    apiUrl: config.discordApiUrl,
    scope: config.discordGuildId === null ? 'global' : { guildId: config.discordGuildId },
    commands: allCommands,
    routes: createRoutes(deps),
    logger,
  });
  stopOnSignals(bot, deps, logger);
}

function createDependencies(config: Config, knowledge: KnowledgeService, logger: Logger): AskDependencies {
  return {
    knowledge: () => knowledge.current,
    limiter: new RateLimiter(config.askCooldown.questions, config.askCooldown.windowMs),
    answers: new AnswerMemory(),
    unanswered: new UnansweredLog(config.dataDir),
    feedback: new FeedbackStore(config.dataDir),
    logger,
  };
}

/** SIGINT/SIGTERM: stop taking interactions, finish writes, disconnect, exit 0 (forced after a deadline). */
function stopOnSignals(bot: RunningBot, deps: AskDependencies, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.warn({}, 'shutdown took too long; exiting');
      process.exit(0);
    }, SHUTDOWN_DEADLINE_MS).unref();
    bot
      .stop()
      .then(() => Promise.all([deps.unanswered.flush(), deps.feedback.flush()]))
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
