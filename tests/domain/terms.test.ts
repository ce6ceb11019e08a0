import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/domain/text/fold.js';
import { termOf, termsOf } from '../../src/domain/text/terms.js';
import { tokenize } from '../../src/domain/text/tokens.js';

describe('foldText', () => {
  it.each([
    ['Türkiye', 'turkiye'],
    ['Ünal São Paulo', 'unal sao paulo'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['ISTANBUL', 'istanbul'],
  ])('%s → %s', (text, folded) => expect(foldText(text)).toBe(folded));
});

describe('tokenize', () => {
  it('keeps dotted acronyms as one token without dots', () => {
    expect(tokenize('the U.S. and the US').map((token) => token.folded)).toEqual(['the', 'us', 'and', 'the', 'us']);
  });

  it('splits hyphenated words and drops possessives', () => {
    expect(tokenize("US-Russia relations, Russia's envoy").map((token) => token.folded)).toEqual([
      'us', 'russia', 'relations', 'russia', 'envoy',
    ]);
  });

  it('keeps numbers with their separators normalised', () => {
    expect(tokenize('1,000 diplomats, 3.5 percent, in 2022').map((token) => token.folded)).toEqual([
      '1000', 'diplomats', '3.5', 'percent', 'in', '2022',
    ]);
  });

  it('records where each token is', () => {
    const text = 'Ms. Bruce said';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.surface);
  });
});

describe('termsOf', () => {
  it('folds accents so Türkiye and Turkiye meet', () => {
    expect(termsOf('Türkiye')).toEqual(termsOf('Turkiye'));
  });

  it('makes "US" and "U.S." one term and never drops it as a stop word', () => {
    expect(termsOf('U.S.')).toEqual(['us']);
    expect(termsOf('US')).toEqual(['us']);
    expect(termsOf('us')).toEqual(['us']);
  });

  it('reads no word ending in "ss" as a plural: discuss meets discussed and discussions', () => {
    expect(termsOf('discuss')).toEqual(termsOf('discussed'));
    expect(termsOf('discuss')).toEqual(termsOf('discussions'));
    expect(termsOf('pass')).toEqual(termsOf('passed'));
    expect(termsOf('discus')).not.toEqual(termsOf('discuss'));
  });

  it('drops stop words', () => {
    expect(termsOf('What was the purpose of the talks?')).toEqual(['purpos', 'talk']);
  });

  it.each([
    ['led', 'lead'],
    ['met', 'meeting'],
    ['held', 'holds'],
    ['headed', 'heads'],
    ['negotiations', 'negotiate'],
    ['normalise', 'normalization'],
    ['normalize', 'normalised'],
    ['centre', 'center'],
    ['diplomats', 'diplomatic'],
    ['thorniest', 'thorny'],
    ['biggest', 'big'],
    ['worse', 'bad'],
    ['earliest', 'early'],
  ])('%s and %s share a term', (a, b) => {
    expect(termOf(a)).toBe(termOf(b));
  });

  it('keeps distinct words apart', () => {
    expect(termOf('russia')).not.toBe(termOf('rush'));
    expect(termOf('embassy')).not.toBe(termOf('ambassador'));
  });

  it('returns nothing for a text of stop words and punctuation', () => {
    expect(termsOf('Who is it? -- ...')).toEqual([]);
  });
});

describe('typo tolerance', async () => {
  const { KnowledgeIndex, editDistance } = await import('../../src/domain/search/knowledgeIndex.js');
  const { loadKnowledge } = await import('../../src/domain/knowledge/loadKnowledge.js');
  const { answerQuestion } = await import('../../src/domain/answer/answer.js');
  const { articles, aliases } = await loadKnowledge('knowledge');
  const index = new KnowledgeIndex(articles, aliases);

  it.each([
    ['russain', 'russian', 1],
    ['delegaton', 'delegation', 1],
    ['negociations', 'negotiations', 1],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
  ])('counts %s → %s as %i edit(s), a swap as one', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it.each([
    ['Who led the Russain delegaton?', '#3.1'],
    ['When did the delegations meet in Istambul?', '#1.1'],
    ['What did Tamy Bruce say about Ukraine?', '#5.1'],
    ['Where is Pionner Point?', '#9.2'],
  ])('corrects the words of %j', (question, sentence) => {
    const result = answerQuestion(index, question);
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe(`2025-04-10-istanbul-embassy-talks${sentence}`);
  });

  it('leaves dictionary words alone: "tales" is a word, not a misspelling of "talks"', async () => {
    const { analyzeQuestion } = await import('../../src/domain/answer/question.js');
    const { expandConcepts } = await import('../../src/domain/answer/expand.js');
    expect(index.similarTerms('tales', 1).map((match) => match.term)).toContain('talk');
    const [tales] = expandConcepts(index, analyzeQuestion('tales').concepts);
    expect(tales?.status).toBe('unknown');
    const [talkz] = expandConcepts(index, analyzeQuestion('talkz').concepts);
    expect(talkz?.status).toBe('typo');
  });
});

describe('the month May', () => {
  it('is a term beside a number or after "in", "since", "early" …, and a stop word as the verb', () => {
    expect(termsOf('They met in Istanbul in May.')).toContain('may');
    expect(termsOf('The round ended on May 5.')).toContain('may');
    expect(termsOf('They met on 5 May.')).toContain('may');
    expect(termsOf('The talks May resume.')).not.toContain('may');
    expect(termsOf('Officials may meet again.')).not.toContain('may');
  });
});

describe('words the lemmatiser would take for a past tense', () => {
  it('keeps "rent", "ground" and "bound" as words of their own', () => {
    expect(termOf('rent')).toBe(termOf('rents'));
    expect(termOf('rent')).not.toBe(termOf('rend'));
    expect(termOf('ground')).toBe(termOf('grounds'));
    expect(termOf('led')).toBe(termOf('lead')); // irregular pasts still meet their verbs
  });
});
