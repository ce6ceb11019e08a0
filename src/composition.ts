/**
 * The wiring of Parley, shared by the entry point (`main.ts`) and the end-to-end tests: services
 * from the configuration, and the Discord bot from the services. Everything is passed explicitly.
 */
import type { ClientOptions } from 'discord.js';
import { allCommands } from '../commands/index.js';
import { AnswerMemory } from './app/answerMemory.js';
import { FeedbackStore } from './app/feedbackStore.js';
import type { KnowledgeService } from './app/knowledgeService.js';
import type { Logger } from './app/logger.js';
import { RateLimiter } from './app/rateLimiter.js';
import { UnansweredLog } from './app/unansweredLog.js';
import type { Config } from './config.js';
import { startBot, type RunningBot } from './discord/bot.js';
import type { AskDependencies } from './discord/handlers/ask.js';
import { createRoutes } from './discord/routes.js';

/** The services every surface uses. */
export type Services = AskDependencies;

/** Builds the services for a configuration and a loaded knowledge service. */
export function createServices(config: Config, knowledge: KnowledgeService, logger: Logger): Services {
  return {
    knowledge: () => knowledge.current,
    limiter: new RateLimiter(config.askCooldown.questions, config.askCooldown.windowMs),
    answers: new AnswerMemory(),
    unanswered: new UnansweredLog(config.dataDir),
    feedback: new FeedbackStore(config.dataDir),
    logger,
  };
}

/** Waits for every pending write of the services. */
export async function flushServices(services: Services): Promise<void> {
  await Promise.all([services.unanswered.flush(), services.feedback.flush()]);
}

/**
 * Logs the bot in with the configuration's token and REST base, registers the commands (in the
 * configured guild, else globally) and serves them.
 */
export function startDiscord(config: Config & { discordToken: string }, services: Services, clientOptions?: Partial<ClientOptions>): Promise<RunningBot> {
  return startBot({
    token: config.discordToken,
    apiUrl: config.discordApiUrl,
    scope: config.discordGuildId === null ? 'global' : { guildId: config.discordGuildId },
    commands: allCommands,
    routes: createRoutes(services),
    logger: services.logger,
    ...(clientOptions === undefined ? {} : { clientOptions }),
  });
}
