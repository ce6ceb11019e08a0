import { describe, expect, it } from 'vitest';
import { customIds, parseCustomId, type ParsedCustomId } from '../../src/discord/customIds.js';

const LONGEST_ARTICLE_ID = `a${'-'.repeat(63)}`;

describe('customIds', () => {
  /** One sample per builder: a builder added without a sample here does not compile. */
  const samples: Record<keyof typeof customIds, readonly [string, ParsedCustomId]> = {
    askMore: [customIds.askMore('1234567890123456789'), { kind: 'ask-more', answerKey: '1234567890123456789' }],
    askContext: [
      customIds.askContext('2025-04-10-istanbul-embassy-talks#3.1'),
      { kind: 'ask-context', sentenceId: '2025-04-10-istanbul-embassy-talks#3.1' },
    ],
    askVote: [customIds.askVote('down', '42'), { kind: 'ask-vote', vote: 'down', answerKey: '42' }],
    articleShow: [customIds.articleShow('visa-row'), { kind: 'article-show', articleId: 'visa-row' }],
    searchPage: [customIds.searchPage(3, 'visas diplomats'), { kind: 'search-page', page: 3, query: 'visas diplomats' }],
    knowledgeRemove: [customIds.knowledgeRemove('visa-row', 1_744_300_000_000), { kind: 'kn-remove', articleId: 'visa-row', expiresAt: 1_744_300_000_000 }],
    knowledgeCancel: [customIds.knowledgeCancel(), { kind: 'kn-cancel' }],
    knowledgePublish: [customIds.knowledgePublish('draft7'), { kind: 'kn-publish', draftKey: 'draft7' }],
    knowledgeDiscard: [customIds.knowledgeDiscard('draft7'), { kind: 'kn-discard', draftKey: 'draft7' }],
    knowledgeList: [customIds.knowledgeList(2), { kind: 'kn-list', page: 2 }],
    knowledgeAddForm: [customIds.knowledgeAddForm(), { kind: 'kn-add-form' }],
    knowledgeEditForm: [customIds.knowledgeEditForm('visa-row'), { kind: 'kn-edit-form', articleId: 'visa-row' }],
  };

  it.each(Object.entries(samples))('%s round-trips through parseCustomId', (_builder, [id, parsed]) => {
    expect(parseCustomId(id)).toEqual(parsed);
    expect(id.length).toBeLessThanOrEqual(100);
  });

  it.each<[string, string, ParsedCustomId]>([
    ['askVote up', customIds.askVote('up', '42'), { kind: 'ask-vote', vote: 'up', answerKey: '42' }],
    ['searchPage with a colon in the query', customIds.searchPage(0, 'time: 10:30'), { kind: 'search-page', page: 0, query: 'time: 10:30' }],
  ])('%s round-trips too', (_case, id, parsed) => {
    expect(parseCustomId(id)).toEqual(parsed);
  });

  it('keeps the longest real arguments within 100 characters', () => {
    for (const id of [
      customIds.askMore('18446744073709551615'),
      customIds.askVote('down', '18446744073709551615'),
      customIds.askContext(`${LONGEST_ARTICLE_ID}#999.99`),
      customIds.articleShow(LONGEST_ARTICLE_ID),
      customIds.searchPage(9, 'q'.repeat(80)),
      customIds.knowledgeRemove(LONGEST_ARTICLE_ID, 9_999_999_999_999),
      customIds.knowledgeEditForm(LONGEST_ARTICLE_ID),
    ]) {
      expect(id.length).toBeLessThanOrEqual(100);
      expect(parseCustomId(id)).not.toBeNull();
    }
  });

  it('truncates a long search query so the id stays within 100 characters and still parses', () => {
    const id = customIds.searchPage(12, 'word '.repeat(40));
    expect(id).toHaveLength(100);
    expect(parseCustomId(id)).toEqual({ kind: 'search-page', page: 12, query: 'word '.repeat(40).slice(0, 100 - 'search:page:12:'.length) });
  });

  it.each([
    '',
    'garbage',
    'ask',
    'ask:more',
    'ask:more:',
    'ask:context:',
    'ask:vote:sideways:42',
    'ask:vote:up',
    'ask:vote:up:',
    'ask:unknown:42',
    'article:show:',
    'article:delete:x',
    'search:page:-1:visas',
    'search:page:1.5:visas',
    'search:page:two:visas',
    'search:page:1',
    'other-bot:page:1:x',
    'knowledge:undo:42',
    'kn:remove:soon:visa-row',
    'kn:remove:1744300000000',
    'kn:publish:',
    'kn:list:-1',
    'kn:list:next',
    'kn:edit-form:',
    'kn:unknown',
  ])('parses the foreign or broken id %j to null', (id) => {
    expect(parseCustomId(id)).toBeNull();
  });
});
