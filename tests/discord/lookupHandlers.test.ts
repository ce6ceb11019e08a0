import { beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot, type KnowledgeSnapshot } from '../../src/app/knowledgeService.js';
import { customIds, parseCustomId } from '../../src/discord/customIds.js';
import {
  createArticleAutocomplete,
  createArticleHandler,
  createHelpHandler,
  createSearchHandler,
  createSearchPageHandler,
} from '../../src/discord/handlers/lookups.js';
import {
  SEED_FOLDER,
  SEED_ID,
  SEED_TITLE,
  article,
  buttonsOf,
  embedOf,
  fakeAutocomplete,
  fakeButton,
  fakeCommand,
  only,
  snapshotOf,
  type FakeButton,
} from './support.js';

/** Paragraph k mentions visas 8 - k times: seven matching paragraphs, ranked 1..7. */
const visaKnowledge = snapshotOf([
  article({
    id: 'visa-queues',
    title: 'Queues at the consulate',
    published: '2025-03-01',
    paragraphs: [1, 2, 3, 4, 5, 6, 7].map((k) => `${[...Array<string>(8 - k).fill('visa'), ...Array<string>(k).fill('filler')].join(' ')}.`),
  }),
]);

/** For autocomplete: an article whose id is a word other articles use in their headlines and text. */
const shelf = snapshotOf([
  article({ id: 'talks-istanbul', title: 'Envoys meet in Istanbul', published: '2025-04-10', paragraphs: ['The delegations discussed embassy staffing.'] }),
  article({ id: 'visa-row', title: 'Visa row deepens between envoys', published: '2025-05-01', paragraphs: ['Diplomats waited for months.'] }),
  article({ id: 'sanctions', title: 'New sanctions package', published: '2025-02-24', paragraphs: ['The package targets bank accounts of envoys.'] }),
  article({ id: 'envoys', title: 'A profile of the chief negotiators', published: '2024-01-01', paragraphs: ['Nothing else to say.'] }),
]);

let seed: KnowledgeSnapshot;
beforeAll(async () => {
  seed = await buildSnapshot(SEED_FOLDER);
});

describe('/search', () => {
  it('replies publicly with the first page and a Next button', async () => {
    const interaction = fakeCommand('search', { query: ' visa ' });
    await createSearchHandler(() => visaKnowledge)(interaction);
    const reply = only(interaction.replies);
    expect(reply.flags).toBeUndefined();
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(embedOf(reply).title).toBe('Search: “visa”');
    expect(embedOf(reply).footer?.text).toBe('Page 1 of 2 · 7 matching paragraphs');
    expect(buttonsOf(reply).map((b) => [b.label, b.disabled ?? false])).toEqual([
      ['Prev', true],
      ['Next', false],
    ]);
  });

  async function turn(who: { userId: string; ownerId: string | null }): Promise<FakeButton> {
    const id = parseCustomId(customIds.searchPage(1, 'visa'));
    if (id?.kind !== 'search-page') throw new Error('bad id');
    const interaction = fakeButton(customIds.searchPage(1, 'visa'), who);
    await createSearchPageHandler(() => visaKnowledge)(interaction, id);
    return interaction;
  }

  it('turns the page in place for the member who searched', async () => {
    const interaction = await turn({ userId: 'owner', ownerId: 'owner' });
    expect(interaction.replies).toEqual([]);
    const update = only(interaction.updates);
    expect(embedOf(update).footer?.text).toBe('Page 2 of 2 · 7 matching paragraphs');
    expect(update.allowedMentions).toEqual({ parse: [] });
    expect(buttonsOf(update).map((b) => [b.label, b.disabled ?? false])).toEqual([
      ['Prev', false],
      ['Next', true],
    ]);
  });

  it('shows another member the page privately instead of flipping the searcher’s results', async () => {
    const interaction = await turn({ userId: 'bystander', ownerId: 'owner' });
    expect(interaction.updates).toEqual([]);
    const reply = only(interaction.replies);
    expect(reply.flags).toBe(64);
    expect(embedOf(reply).footer?.text).toBe('Page 2 of 2 · 7 matching paragraphs');
  });

  it('turns the page in place when the message does not say who searched', async () => {
    const interaction = await turn({ userId: 'anyone', ownerId: null });
    expect(interaction.replies).toEqual([]);
    expect(interaction.updates).toHaveLength(1);
  });
});

describe('/article', () => {
  it('shows the article with the exact id', async () => {
    const interaction = fakeCommand('article', { id: SEED_ID });
    await createArticleHandler(() => seed)(interaction);
    const reply = only(interaction.replies);
    expect(embedOf(reply).title).toBe(SEED_TITLE);
    expect(reply.flags).toBeUndefined();
  });

  it('finds the article from headline words typed without picking from the list', async () => {
    const interaction = fakeCommand('article', { id: 'Visa row deepens' });
    await createArticleHandler(() => shelf)(interaction);
    expect(embedOf(only(interaction.replies)).title).toBe('Visa row deepens between envoys');
  });

  it('answers an unknown article with a private notice that escapes what was typed', async () => {
    const interaction = fakeCommand('article', { id: 'zebra *xylophone* @everyone' });
    await createArticleHandler(() => seed)(interaction);
    expect(only(interaction.replies)).toEqual({
      content:
        'I have no article “zebra \\*xylophone\\* @\u200beveryone”. Start typing a headline in the id box and pick one from the list.',
      allowedMentions: { parse: [] },
      flags: 64,
    });
  });
});

describe('/article autocomplete', () => {
  async function choices(typed: string, knowledge = shelf): Promise<{ name: string; value: string }[]> {
    const interaction = fakeAutocomplete('article', typed);
    await createArticleAutocomplete(() => knowledge)(interaction);
    return only(interaction.responses);
  }

  it('puts the exact id first, then headline matches (newest first), then text matches', async () => {
    expect(await choices('envoys')).toEqual([
      { name: 'A profile of the chief negotiators (Reuters, 1 Jan 2024)', value: 'envoys' },
      { name: 'Visa row deepens between envoys (Reuters, 1 May 2025)', value: 'visa-row' },
      { name: 'Envoys meet in Istanbul (Reuters, 10 Apr 2025)', value: 'talks-istanbul' },
      { name: 'New sanctions package (Reuters, 24 Feb 2025)', value: 'sanctions' },
    ]);
  });

  it('lists the newest articles for an empty box', async () => {
    expect((await choices('')).map((choice) => choice.value)).toEqual(['visa-row', 'talks-istanbul', 'sanctions', 'envoys']);
    expect((await choices('   ')).map((choice) => choice.value)).toEqual(['visa-row', 'talks-istanbul', 'sanctions', 'envoys']);
  });

  it('offers nothing when nothing matches', async () => {
    expect(await choices('zebra')).toEqual([]);
  });

  it('offers at most 25 choices with names of at most 100 characters', async () => {
    const many = snapshotOf(
      Array.from({ length: 30 }, (_, i) =>
        article({ id: `story-${String(i).padStart(2, '0')}`, title: `Envoys ${'meet again and again '.repeat(12)}${i}`, published: `2025-01-${String(i + 1).padStart(2, '0')}` }),
      ),
    );
    for (const typed of ['', 'envoys', 'story']) {
      const offered = await choices(typed, many);
      expect(offered).toHaveLength(25);
      for (const choice of offered) {
        expect(choice.name.length).toBeLessThanOrEqual(100);
        expect(choice.value.length).toBeLessThanOrEqual(100);
      }
    }
    expect((await choices('', many))[0]?.value).toBe('story-29');
  });
});

describe('/help', () => {
  it('replies privately with the size and freshness of the knowledge', async () => {
    const knowledge = snapshotOf([article({ id: 'a', paragraphs: ['One.', 'Two.'] }), article({ id: 'b' })]);
    const interaction = fakeCommand('help');
    await createHelpHandler(() => knowledge, false)(interaction);
    const reply = only(interaction.replies);
    expect(reply.flags).toBe(64);
    expect(embedOf(reply).title).toBe('Parley: answers with sources');
    expect(embedOf(reply).description?.split('\n').at(-1)).toBe('I know **2** articles (3 paragraphs), last updated <t:1744303200:R>.');
    expect(embedOf(reply).description).not.toContain('/knowledge');
  });
});
