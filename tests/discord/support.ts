/**
 * Small real parts and hand-written fakes for the Discord-layer tests: articles and knowledge
 * snapshots built in memory, the seed knowledge folder, a recording logger, and interaction objects
 * that satisfy the `*InteractionLike` types (no mocks of our modules, no deep mocks of the Client).
 */
import type { APIButtonComponentWithCustomId, APIEmbed } from 'discord.js';
import type { KnowledgeSnapshot } from '../../src/app/knowledgeService.js';
import type { Logger } from '../../src/app/logger.js';
import type {
  AutocompleteInteractionLike,
  ButtonInteractionLike,
  CommandInteractionLike,
} from '../../src/discord/handlers/types.js';
import type { ReplyPayload } from '../../src/discord/render/payload.js';
import type { Article } from '../../src/domain/knowledge/article.js';
import type { AliasGroups } from '../../src/domain/search/aliases.js';
import { KnowledgeIndex } from '../../src/domain/search/knowledgeIndex.js';

/** The real seed knowledge folder of the repository. */
export const SEED_FOLDER = 'knowledge';
export const SEED_ID = '2025-04-10-istanbul-embassy-talks';
export const SEED_TITLE = 'US and Russian delegations meet in Istanbul to normalise embassy operations';

/** An article with sensible defaults. */
export function article(fields: Partial<Article> & { readonly id: string }): Article {
  return {
    title: `Headline of ${fields.id}`,
    source: 'Reuters',
    url: null,
    published: '2025-04-10',
    paragraphs: ['Placeholder text.'],
    ...fields,
  };
}

/** A snapshot over in-memory articles (fixed freshness so footers are predictable). */
export function snapshotOf(articles: readonly Article[], aliases: AliasGroups = [], lastModified: Date | null = new Date('2025-04-10T16:40:00Z')): KnowledgeSnapshot {
  return { index: new KnowledgeIndex(articles, aliases), lastModified, problems: [] };
}

/** One log call. */
export interface LogEntry {
  readonly level: 'error' | 'warn' | 'info' | 'debug';
  readonly fields: Record<string, unknown>;
  readonly message: string;
}

/** A logger that keeps what it was told. */
export function recordingLogger(): Logger & { readonly entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry['level']) =>
    (fields: object, message: string): void => {
      entries.push({ level, fields: fields as Record<string, unknown>, message });
    };
  const logger: Logger & { readonly entries: LogEntry[] } = {
    entries,
    error: at('error'),
    warn: at('warn'),
    info: at('info'),
    debug: at('debug'),
    child: () => logger,
  };
  return logger;
}

type OptionValue = string | boolean | { readonly id: string };

/** A `/command` interaction with options, recording its replies. */
export interface FakeCommand extends CommandInteractionLike {
  readonly replies: ReplyPayload[];
}

export function fakeCommand(
  commandName: string,
  values: Readonly<Record<string, OptionValue>> = {},
  who: { readonly id?: string; readonly userId?: string; readonly guildId?: string | null } = {},
): FakeCommand {
  const replies: ReplyPayload[] = [];
  function getString(name: string, required: true): string;
  function getString(name: string, required?: boolean): string | null;
  function getString(name: string, required?: boolean): string | null {
    const value = values[name];
    if (typeof value === 'string') return value;
    if (required === true) throw new Error(`required option ${name} missing`);
    return null;
  }
  return {
    id: who.id ?? '1000000000000000001',
    commandName,
    user: { id: who.userId ?? 'user-1' },
    guildId: who.guildId === undefined ? 'guild-1' : who.guildId,
    replies,
    options: {
      getString,
      getBoolean: (name) => {
        const value = values[name];
        return typeof value === 'boolean' ? value : null;
      },
      getUser: (name) => {
        const value = values[name];
        return typeof value === 'object' ? value : null;
      },
    },
    reply: (payload) => {
      replies.push(payload);
      return Promise.resolve();
    },
  };
}

/** A button press recording replies and in-place updates. */
export interface FakeButton extends ButtonInteractionLike {
  readonly replies: ReplyPayload[];
  readonly updates: Omit<ReplyPayload, 'flags'>[];
}

export function fakeButton(customId: string, who: { readonly userId?: string; readonly ownerId?: string | null } = {}): FakeButton {
  const replies: ReplyPayload[] = [];
  const updates: Omit<ReplyPayload, 'flags'>[] = [];
  const ownerId = who.ownerId === undefined ? (who.userId ?? 'user-1') : who.ownerId;
  return {
    id: '2000000000000000002',
    customId,
    user: { id: who.userId ?? 'user-1' },
    guildId: 'guild-1',
    message: { interactionMetadata: ownerId === null ? null : { user: { id: ownerId } } },
    replies,
    updates,
    reply: (payload) => {
      replies.push(payload);
      return Promise.resolve();
    },
    update: (payload) => {
      updates.push(payload);
      return Promise.resolve();
    },
  };
}

/** Typing in an autocomplete box, recording the choices offered. */
export interface FakeAutocomplete extends AutocompleteInteractionLike {
  readonly responses: { name: string; value: string }[][];
}

export function fakeAutocomplete(commandName: string, focused: string): FakeAutocomplete {
  const responses: { name: string; value: string }[][] = [];
  return {
    commandName,
    user: { id: 'user-1' },
    options: { getFocused: () => focused },
    responses,
    respond: (choices) => {
      responses.push(choices);
      return Promise.resolve();
    },
  };
}

/** The only element of a list, failing the test when there is not exactly one. */
export function only<T>(items: readonly T[]): T {
  if (items.length !== 1) throw new Error(`expected exactly one item, got ${items.length}`);
  return items[0] as T;
}

/** The first embed of a payload (fails when there is none). */
export function embedOf(payload: ReplyPayload | Omit<ReplyPayload, 'flags'>): APIEmbed {
  const embed = payload.embeds?.[0];
  if (embed === undefined) throw new Error('payload has no embed');
  return embed;
}

/** Characters Discord counts towards the 6000 limit across a message's embeds. */
export function embedCharacters(embeds: readonly APIEmbed[]): number {
  let total = 0;
  for (const embed of embeds) {
    total += (embed.title ?? '').length + (embed.description ?? '').length;
    total += (embed.footer?.text ?? '').length + (embed.author?.name ?? '').length;
    for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  }
  return total;
}

/** Every button of a payload, row by row. */
export function buttonsOf(payload: ReplyPayload | Omit<ReplyPayload, 'flags'>): APIButtonComponentWithCustomId[] {
  return (payload.components ?? []).flatMap((row) =>
    row.components.map((component) => {
      if (!('custom_id' in component)) throw new Error('a link or premium button has no custom id');
      return component;
    }),
  );
}
