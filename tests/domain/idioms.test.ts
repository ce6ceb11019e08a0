// Everyday idioms read as the plain word news prose uses.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/domain/answer/answer.js';
import { analyzeQuestion } from '../../src/domain/answer/question.js';
import { loadKnowledge } from '../../src/domain/knowledge/loadKnowledge.js';
import { KnowledgeIndex } from '../../src/domain/search/knowledgeIndex.js';
import { idiomAt } from '../../src/domain/text/idioms.js';

const seed = await loadKnowledge('knowledge');
const seedIndex = new KnowledgeIndex(seed.articles, seed.aliases);
const SEED = '2025-04-10-istanbul-embassy-talks';

function firstOnSeed(question: string): string | false {
  const result = answerQuestion(seedIndex, question);
  return result.kind === 'answered' && (result.answers[0]?.sentenceId ?? false);
}

describe('idiomAt', () => {
  it.each([
    ['who was calling the shots for moscow', 2, { word: 'lead', lastAt: 4 }],
    ['what poured extra fuel on the fire', 1, { word: 'worsen', lastAt: 6 }],
    ['what poured fuel to the fire', 1, { word: 'worsen', lastAt: 5 }],
    ['working with one hand tied behind their back', 3, { word: 'restrict', lastAt: 7 }],
    ['was ukraine even on the menu', 3, { word: 'agenda', lastAt: 5 }],
    ["what do both sides say they've been on the receiving end of", 7, { word: 'accuse', lastAt: 10 }],
    ['all the mudslinging between them', 2, { word: 'accuse', lastAt: 2 }],
  ])('%s', (question, position, idiom) => {
    expect(idiomAt(question.split(' '), position)).toEqual(idiom);
  });

  it('needs every word that is not optional', () => {
    expect(idiomAt('who called the meeting'.split(' '), 1)).toBeUndefined();
    expect(idiomAt('what fuel prices'.split(' '), 1)).toBeUndefined();
  });
});

describe('questions in idioms', () => {
  it('reads being on the receiving end as being accused, and answers from the accusations', () => {
    const result = answerQuestion(seedIndex, "what do both sides say they've been on the receiving end of?");
    const quoted = result.kind === 'answered' ? [...result.answers, ...result.more].slice(0, 3).map((answer) => answer.sentenceId) : [];
    expect(quoted.some((id) => id === `${SEED}#8.2` || id === `${SEED}#4.1`)).toBe(true);
  });

  it('read the idiom as one concept, not its picture', () => {
    const concepts = analyzeQuestion('who was calling the shots for Moscow at the table?').concepts.map((concept) => concept.surface);
    expect(concepts).toContain('calling the shots');
    expect(concepts).not.toContain('shots');
  });

  it.each([
    ['who was calling the shots for Moscow?', `${SEED}#3.1`],
    ['was ukraine even on the menu', `${SEED}#5.1`],
    ['what poured extra fuel on the fire in bilateral relations', `${SEED}#4.1`],
    ['What type of paperwork has been like pulling teeth for diplomats on both sides?', `${SEED}#7.1`],
    // A captain leads.
    ['who captained the american side in istanbul', `${SEED}#3.1`],
    // An idiom after a verb and its object wins over the verb's particle ("getting ... back").
    ['Which two capitals had already said the focus was getting diplomatic work back on track?', `${SEED}#4.1`],
    ['what did moscow and washington say they wanted to get back up and running', `${SEED}#4.1`],
    // Someone who just started is new.
    ['is darchiev a long-serving envoy or did he just start?', `${SEED}#3.1`],
    ['is darchiev a long-time ambassador or did he just get the job', `${SEED}#3.1`],
    ['what\'s the biggest bone of contention in all this', `${SEED}#9.1`],
  ])('%s', (question, sentenceId) => {
    expect(firstOnSeed(question)).toBe(sentenceId);
  });
});
