import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ChatInputCommandInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.js';
import { KnowledgeService } from '../../src/app/knowledgeService.js';
import { createServices } from '../../src/composition.js';
import { parseConfig } from '../../src/config.js';
import { customIds, parseCustomId, type ParsedCustomId } from '../../src/discord/customIds.js';
import { MODAL_KINDS, type RouteTable } from '../../src/discord/router.js';
import { createRoutes } from '../../src/discord/routes.js';
import { SEED_FOLDER, embedOf, fakeCommand, only, recordingLogger } from './support.js';

/** One custom id of every kind: a kind added without a sample here does not compile. */
const ONE_OF_EACH_KIND: Record<ParsedCustomId['kind'], string> = {
  'ask-more': customIds.askMore('1'),
  'ask-context': customIds.askContext('a#1.1'),
  'ask-vote': customIds.askVote('up', '1'),
  'article-show': customIds.articleShow('a'),
  'search-page': customIds.searchPage(1, 'visas'),
  'kn-remove': customIds.knowledgeRemove('a', 1),
  'kn-cancel': customIds.knowledgeCancel(),
  'kn-publish': customIds.knowledgePublish('d'),
  'kn-discard': customIds.knowledgeDiscard('d'),
  'kn-list': customIds.knowledgeList(0),
  'kn-add-form': customIds.knowledgeAddForm(),
  'kn-edit-form': customIds.knowledgeEditForm('a'),
};

interface OptionLike {
  readonly autocomplete?: boolean;
  readonly options?: readonly OptionLike[];
}

/** Whether a command has an option with autocomplete anywhere (subcommands included). */
function usesAutocomplete(options: readonly OptionLike[] | undefined): boolean {
  return (options ?? []).some((option) => option.autocomplete === true || usesAutocomplete(option.options));
}

let dir: string;
let table: RouteTable;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parley-routes-'));
  const knowledgeDir = path.join(dir, 'knowledge');
  await cp(SEED_FOLDER, knowledgeDir, { recursive: true });
  const parsed = parseConfig({ KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: path.join(dir, 'data') });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const logger = recordingLogger();
  const services = createServices(parsed.config, await KnowledgeService.open(knowledgeDir, logger), logger);
  table = createRoutes({
    ask: services,
    curation: { curation: services.curation, policy: { guildId: null, roleIds: [] }, importer: services.importer, drafts: services.drafts },
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createRoutes', () => {
  it('has exactly one handler per command definition, and none without a definition', () => {
    const names = allCommands.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...table.commands.keys()].sort()).toEqual([...names].sort());
  });

  it('has an autocomplete handler for every command with an autocomplete option, and no other', () => {
    const autocompleted = allCommands
      .filter((command) => usesAutocomplete('options' in command ? (command.options as readonly OptionLike[]) : undefined))
      .map((command) => command.name);
    expect(autocompleted).toContain('article');
    expect([...table.autocompletes.keys()].sort()).toEqual([...autocompleted].sort());
  });

  it.each(Object.entries(ONE_OF_EACH_KIND))('routes custom ids of kind %s to exactly one handler', (kind, id) => {
    expect(parseCustomId(id)?.kind).toBe(kind);
    const isModal = (MODAL_KINDS as readonly string[]).includes(kind);
    const key = kind as ParsedCustomId['kind'];
    expect([table.buttons.has(key), table.modals.has(key)]).toEqual([!isModal, isModal]);
  });

  it('wires the command names to the right handlers', async () => {
    const help = table.commands.get('help');
    if (help === undefined) throw new Error('no /help handler');
    const interaction = fakeCommand('help');
    await help(interaction as unknown as ChatInputCommandInteraction);
    expect(embedOf(only(interaction.replies)).title).toBe('Parley: answers with sources');

    const ask = table.commands.get('ask');
    if (ask === undefined) throw new Error('no /ask handler');
    const question = fakeCommand('ask', { question: 'Who led the Russian delegation?' });
    await ask(question as unknown as ChatInputCommandInteraction);
    expect(embedOf(only(question.replies)).title).toBe('“Who led the Russian delegation?”');
  });
});
