import { beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot, type KnowledgeSnapshot } from '../../src/app/knowledgeService.js';
import { parseCustomId } from '../../src/discord/customIds.js';
import type { KnowledgeFacts } from '../../src/discord/render/answer.js';
import { renderArticleCard, renderContext, renderHelp, renderSearchPage } from '../../src/discord/render/lookups.js';
import { KnowledgeIndex } from '../../src/domain/search/knowledgeIndex.js';
import { searchPassagePages } from '../../src/domain/search/searchPassages.js';
import { SEED_FOLDER, SEED_ID, SEED_TITLE, article, buttonsOf, embedCharacters, embedOf } from './support.js';

const facts: KnowledgeFacts = { articleCount: 1, lastModified: new Date('2025-04-10T16:40:00Z') };

/** Seven paragraphs mention visas, paragraph k with 8 - k of them (so the ranking is 1, 2, ... 7), and one does not. */
const visaArticle = article({
  id: 'visa-queues',
  title: 'Queues at the consulate',
  paragraphs: [
    ...[1, 2, 3, 4, 5, 6, 7].map((k) => `${[...Array<string>(8 - k).fill('visa'), ...Array<string>(k).fill('filler')].join(' ')}.`),
    'Nothing relevant here at all.',
  ],
});
const visaIndex = new KnowledgeIndex([visaArticle]);

/** The "**n.**" numbers and paragraph numbers of a rendered search page. */
function numbering(description: string): [number, number][] {
  return [...description.matchAll(/^\*\*(\d+)\.\*\* .*, ¶(\d+)$/gmu)].map((m) => [Number(m[1]), Number(m[2])]);
}

let seed: KnowledgeSnapshot;
beforeAll(async () => {
  seed = await buildSnapshot(SEED_FOLDER);
});

describe('renderSearchPage', () => {
  it('shows five paragraphs a page with article, date and paragraph, Prev disabled on the first page', () => {
    const payload = renderSearchPage(searchPassagePages(visaIndex, 'visa', 0), facts);
    const embed = embedOf(payload);
    expect(embed.title).toBe('Search: “visa”');
    expect(numbering(embed.description ?? '')).toEqual([[1, 1], [2, 2], [3, 3], [4, 4], [5, 5]]);
    expect((embed.description ?? '').split('\n\n')[0]).toBe(
      '**1.** *Queues at the consulate* · Reuters, 10 Apr 2025, ¶1\n> visa visa visa visa visa visa visa filler.',
    );
    expect(embed.footer?.text).toBe('Page 1 of 2 · 7 matching paragraphs');
    expect(buttonsOf(payload).map((b) => [b.label, b.disabled ?? false, parseCustomId(b.custom_id)])).toEqual([
      ['Prev', true, null],
      ['Next', false, { kind: 'search-page', page: 1, query: 'visa' }],
    ]);
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.flags).toBeUndefined();
  });

  it('disables Next on the last page and points Prev at the page before', () => {
    const payload = renderSearchPage(searchPassagePages(visaIndex, 'visa', 1), facts);
    expect(embedOf(payload).footer?.text).toBe('Page 2 of 2 · 7 matching paragraphs');
    expect(buttonsOf(payload).map((b) => [b.label, b.disabled ?? false, parseCustomId(b.custom_id)])).toEqual([
      ['Prev', false, { kind: 'search-page', page: 0, query: 'visa' }],
      ['Next', true, { kind: 'search-page', page: 2, query: 'visa' }],
    ]);
  });

  // Was a bug (fixed): renderSearchPage numbers results from `page.page * page.hits.length`, i.e. from the size of
  // the *current* page, so a short last page is numbered wrongly: with 7 results, page 2 shows
  // "**3.**" and "**4.**" for results 6 and 7 (it should use SEARCH_PAGE_SIZE).
  it('numbers the results of a short last page after those of the full pages', () => {
    const payload = renderSearchPage(searchPassagePages(visaIndex, 'visa', 1), facts);
    expect(numbering(embedOf(payload).description ?? '')).toEqual([[6, 6], [7, 7]]);
  });

  it('has no buttons when everything fits on one page', () => {
    const page = searchPassagePages(seed.index, 'Pioneer Point', 0);
    expect(page.pageCount).toBe(1);
    const payload = renderSearchPage(page, facts);
    expect(payload.components).toEqual([]);
    expect(numbering(embedOf(payload).description ?? '')).toEqual([[1, 9]]);
    expect(embedOf(payload).footer?.text).toBe('Page 1 of 1 · 1 matching paragraph');
  });

  it('says so when nothing matches, without buttons', () => {
    const payload = renderSearchPage(searchPassagePages(seed.index, 'zebra xylophone', 0), facts);
    expect(embedOf(payload).description).toBe('No paragraph of my articles matches those words. Try fewer or different words, or `/help`.');
    expect(embedOf(payload).footer?.text).toBe('Searched 1 article · knowledge updated 2025-04-10 16:40 UTC');
    expect(payload.components).toBeUndefined();
  });

  it('escapes article text and stays within the limits for long paragraphs', () => {
    const long = (id: string): ReturnType<typeof article> =>
      article({ id, title: `Visa *row* ${id}`, paragraphs: [`Visa _queues_ @everyone <@1> [x](https://evil.example) ${'word '.repeat(400)}end.`] });
    const index = new KnowledgeIndex(['a', 'b', 'c', 'd', 'e'].map(long));
    const payload = renderSearchPage(searchPassagePages(index, 'visa', 0), facts);
    const description = embedOf(payload).description ?? '';
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(embedCharacters(payload.embeds ?? [])).toBeLessThanOrEqual(6000);
    expect(numbering(description).map(([n]) => n)).toEqual([1, 2, 3, 4, 5]);
    expect(description).not.toContain('@everyone');
    expect(description).not.toMatch(/<@/u);
    expect(description).toContain('Visa \\_queues\\_');
    expect(description).toContain('\\[x](https://evil.example)');
    expect(description).toContain('*Visa \\*row\\* a*');
  });
});

describe('renderArticleCard', () => {
  it('shows headline, outlet, date, opening paragraph, paragraph count and id', () => {
    const seedArticle = seed.index.articles.get(SEED_ID);
    if (seedArticle === undefined) throw new Error('seed article missing');
    const payload = renderArticleCard(seedArticle);
    expect(payload).toEqual({
      embeds: [
        {
          color: 0x3b82f6,
          author: { name: 'Reuters' },
          title: SEED_TITLE,
          description: seedArticle.paragraphs[0],
          fields: [
            { name: 'Published', value: '10 Apr 2025', inline: true },
            { name: 'Paragraphs', value: '9', inline: true },
            { name: 'Id', value: `\`${SEED_ID}\``, inline: true },
          ],
          footer: { text: 'Ask about it with /ask' },
        },
      ],
      allowedMentions: { parse: [] },
    });
  });

  it('links the headline when there is a URL, and can be private', () => {
    const payload = renderArticleCard(article({ id: 'x', url: 'https://example.org/x' }), true);
    expect(embedOf(payload).url).toBe('https://example.org/x');
    expect(payload.flags).toBe(64);
  });

  it('escapes the opening paragraph and cuts a huge one within the limits', () => {
    const huge = article({ id: 'huge', paragraphs: [`*Bold* claim @everyone. ${'More words here. '.repeat(500)}`] });
    const payload = renderArticleCard(huge);
    const description = embedOf(payload).description ?? '';
    expect(description.startsWith('\\*Bold\\* claim @\u200beveryone. More words here.')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(embedCharacters(payload.embeds ?? [])).toBeLessThanOrEqual(6000);
  });

  // Was a bug (fixed): renderArticleCard truncates the opening paragraph with the note " … *(continued)*" and only
  // then escapes the whole text, so the note's italics are escaped too: members see the literal
  // "\*(continued)\*" markup, i.e. "*(continued)*" with asterisks, instead of an italic note.
  it('ends a cut opening paragraph with an italic "(continued)" note', () => {
    const huge = article({ id: 'huge', paragraphs: ['More words here. '.repeat(500)] });
    expect(embedOf(renderArticleCard(huge)).description?.endsWith(' … *(continued)*')).toBe(true);
  });
});

describe('renderContext', () => {
  it('shows the whole paragraph privately with the quoted sentence in bold', () => {
    const found = seed.index.findSentence(`${SEED_ID}#8.2`);
    if (found === null) throw new Error('seed sentence missing');
    const payload = renderContext(found.passage, found.sentence.text);
    expect(payload).toEqual({
      embeds: [
        {
          color: 0x3b82f6,
          title: SEED_TITLE,
          description:
            "Russia said that paying salaries to diplomats is Hampered by Western sanctions, while the US reflected that the country's diplomats are restricted from traveling in Russia. **Both sides have been accused of being pressured and threatened.**",
          footer: { text: 'Reuters, 10 Apr 2025, paragraph 8 of 9' },
        },
      ],
      allowedMentions: { parse: [] },
      flags: 64,
    });
  });

  it('escapes the paragraph and cuts a huge one within 4096 characters', () => {
    const index = new KnowledgeIndex([article({ id: 'big', paragraphs: [`First *one* @everyone. ${'Filler sentence here. '.repeat(400)}`] })]);
    const found = index.findSentence('big#1.1');
    if (found === null) throw new Error('sentence missing');
    const description = embedOf(renderContext(found.passage, found.sentence.text)).description ?? '';
    expect(description.startsWith('**First \\*one\\* @\u200beveryone.** Filler sentence here.')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(description.endsWith('\n*(cut to fit Discord)*')).toBe(true);
  });
});

describe('renderHelp', () => {
  it('lists the commands with examples and the size and freshness of the knowledge, privately', () => {
    const payload = renderHelp({ articleCount: 7, passageCount: 42, lastModified: new Date('2025-04-10T16:40:00Z') }, false);
    expect(payload.flags).toBe(64);
    expect(payload.allowedMentions).toEqual({ parse: [] });
    const description = embedOf(payload).description ?? '';
    expect(description).toContain('`/ask question: Who led the Russian delegation?`');
    expect(description).toContain('`/search query: visas diplomats`');
    expect(description).toContain('**`/article`**');
    expect(description).not.toContain('/knowledge');
    expect(description.split('\n').at(-1)).toBe('I know **7** articles (42 paragraphs), last updated <t:1744303200:R>.');
  });

  it('mentions the moderator commands only when they exist, and "never" for empty knowledge', () => {
    const payload = renderHelp({ articleCount: 1, passageCount: 3, lastModified: null }, true);
    const description = embedOf(payload).description ?? '';
    expect(description).toContain('**`/knowledge`** (moderators)');
    expect(description.split('\n').at(-1)).toBe('I know **1** article (3 paragraphs), last updated never.');
  });
});
