/**
 * The wiring of Parley, shared by the entry point (`main.ts`) and the end-to-end tests: services
 * from the configuration, and the Discord bot from the services. Everything is passed explicitly.
 */
import { Routes, type Client, type ClientOptions } from 'discord.js';
import { Agent } from 'undici';
import { allCommands } from '../commands/index.js';
import { AnswerMemory } from './app/answerMemory.js';
import { Curation, type ChangeNotice } from './app/curation.js';
import { FeedbackStore } from './app/feedbackStore.js';
import { ImportDrafts } from './app/importDrafts.js';
import type { KnowledgeService } from './app/knowledgeService.js';
import type { Logger } from './app/logger.js';
import { RateLimiter } from './app/rateLimiter.js';
import { UnansweredLog } from './app/unansweredLog.js';
import type { Config } from './config.js';
import { startBot, type RunningBot } from './discord/bot.js';
import type { AskDependencies } from './discord/handlers/ask.js';
import type { Importer } from './discord/handlers/knowledge.js';
import { renderModLog } from './discord/render/curation.js';
import { createRoutes } from './discord/routes.js';
import { KnowledgeStore } from './domain/knowledge/knowledgeStore.js';
import { importArticle } from './import/importArticle.js';
import { createGuardedLookup } from './import/urlSafety.js';

/** The services every surface uses. */
export interface Services extends AskDependencies {
  readonly knowledgeService: KnowledgeService;
  readonly store: KnowledgeStore;
  readonly curation: Curation;
  readonly drafts: ImportDrafts;
  readonly importer: Importer;
  /** Where change notices go once the bot is connected (set by `startDiscord`). */
  readonly modLog: { post: ((notice: ChangeNotice) => Promise<void>) | null };
}

/** Builds the services for a configuration and a loaded knowledge service. */
export function createServices(config: Config, knowledge: KnowledgeService, logger: Logger): Services {
  const unanswered = new UnansweredLog(config.dataDir);
  const store = new KnowledgeStore({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir });
  const modLog: Services['modLog'] = { post: null };
  const curation = new Curation({
    store,
    knowledge,
    unanswered,
    logger,
    announce: async (notice) => {
      await modLog.post?.(notice);
    },
  });
  return {
    knowledge: () => knowledge.current,
    knowledgeService: knowledge,
    limiter: new RateLimiter(config.askCooldown.questions, config.askCooldown.windowMs),
    answers: new AnswerMemory(),
    unanswered,
    feedback: new FeedbackStore(config.dataDir),
    logger,
    store,
    curation,
    drafts: new ImportDrafts(),
    importer: createImporter(config.allowPrivateUrls),
    modLog,
  };
}

/**
 * URL import. Unless private addresses are allowed (tests), connections go through an undici agent
 * whose DNS lookup refuses private addresses, so a host that resolves to a public address when
 * checked and a private one when connecting (DNS rebinding) is still refused.
 */
function createImporter(allowPrivate: boolean): Importer {
  const dispatcher = allowPrivate ? undefined : new Agent({ connect: { lookup: createGuardedLookup() } });
  return (url) => importArticle(url, { allowPrivate, ...(dispatcher === undefined ? {} : { dispatcher }) });
}

/** Waits for every pending write of the services. */
export async function flushServices(services: Services): Promise<void> {
  await Promise.all([services.unanswered.flush(), services.feedback.flush(), services.store.flush()]);
}

/**
 * Logs the bot in with the configuration's token and REST base, registers the commands (in the
 * configured guild, else globally), serves them, and posts knowledge changes to the mod-log channel
 * when one is configured.
 */
export async function startDiscord(config: Config & { discordToken: string }, services: Services, clientOptions?: Partial<ClientOptions>): Promise<RunningBot> {
  const bot = await startBot({
    token: config.discordToken,
    apiUrl: config.discordApiUrl,
    scope: config.discordGuildId === null ? 'global' : { guildId: config.discordGuildId },
    commands: allCommands,
    routes: createRoutes({
      ask: services,
      curation: {
        curation: services.curation,
        policy: { guildId: config.discordGuildId, roleIds: config.moderatorRoleIds },
        importer: services.importer,
        drafts: services.drafts,
      },
    }),
    logger: services.logger,
    ...(clientOptions === undefined ? {} : { clientOptions }),
  });
  const channelId = config.modLogChannelId;
  if (channelId !== null) services.modLog.post = (notice) => postModLog(bot.client, channelId, notice);
  return bot;
}

async function postModLog(client: Client, channelId: string, notice: ChangeNotice): Promise<void> {
  const { embeds, allowedMentions } = renderModLog(notice);
  await client.rest.post(Routes.channelMessages(channelId), { body: { embeds, allowed_mentions: allowedMentions } });
}
