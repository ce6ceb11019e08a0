import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/domain/answer/answer.js';
import type { Article } from '../../src/domain/knowledge/article.js';
import { loadKnowledge } from '../../src/domain/knowledge/loadKnowledge.js';
import { ImpactIndex, bm25Idf } from '../../src/domain/search/impactIndex.js';
import { COMPACTION_MIN_DELTA, KnowledgeIndex } from '../../src/domain/search/knowledgeIndex.js';
import { INDEX_FORMAT_VERSION, decodeIndex, encodeIndex } from '../../src/domain/search/persistedIndex.js';

const { articles: seed } = await loadKnowledge('knowledge');
const story = (id: string, paragraphs: string[]): Article => ({ id, title: `Story ${id}`, source: 'AP', url: null, published: '2025-05-01', paragraphs });
const ferry = story('ferry', ['Ferry crews on the Bosphorus ended a three-day strike on Saturday.', 'Commuters used the Marmaray tunnel instead.']);
const QUESTIONS = ['Who led the Russian delegation?', 'When did the ferry strike end?', 'Where is Pioneer Point?', 'What did Tammy Bruce say about Ukraine?', 'How do I bake bread?'];

/** What each question is answered with: the first quote, or the decline reason. */
function answers(index: KnowledgeIndex): string[] {
  return QUESTIONS.map((question) => {
    const result = answerQuestion(index, question);
    return result.kind === 'answered' ? `${result.answers[0]?.sentenceId ?? ''} ${result.answers[0]?.score ?? 0}` : `declined:${result.reason.kind}`;
  });
}

describe('KnowledgeIndex changes in place', () => {
  it('answers from an added article, a replaced one, and no longer from a removed one', () => {
    const index = new KnowledgeIndex(seed);
    expect(answerQuestion(index, 'When did the ferry strike end?').kind).toBe('declined');
    index.upsertArticle(ferry);
    expect(answerQuestion(index, 'When did the ferry strike end?')).toMatchObject({ kind: 'answered', answers: [{ sentenceId: 'ferry#1.1' }] });
    index.upsertArticle({ ...ferry, paragraphs: ['The ferry strike ended on Sunday after talks.'] });
    expect(answerQuestion(index, 'When did the ferry strike end?')).toMatchObject({ answers: [{ text: 'The ferry strike ended on Sunday after talks.' }] });
    expect(index.findSentence('ferry#2.1')).toBeNull();
    index.removeArticle('ferry');
    expect(answerQuestion(index, 'When did the ferry strike end?').kind).toBe('declined');
    expect(index.passageCount).toBe(9);
    expect(index.documentFrequencyOf('ferri')).toBe(0);
  });

  it('keeps the list of outlets current, also after a save and load', () => {
    const index = new KnowledgeIndex(seed);
    expect(index.outlets()).toEqual(['Reuters']);
    index.upsertArticle(ferry);
    expect([...index.outlets()].sort()).toEqual(['AP', 'Reuters']);
    const { header, body } = encodeIndex(index.toData());
    const data = decodeIndex(header, body);
    expect(data).not.toBeNull();
    if (data !== null) expect([...KnowledgeIndex.fromData(data).outlets()].sort()).toEqual(['AP', 'Reuters']);
    index.upsertArticle({ ...ferry, source: 'BBC News' });
    expect([...index.outlets()].sort()).toEqual(['BBC News', 'Reuters']);
    index.removeArticle('ferry');
    expect(index.outlets()).toEqual(['Reuters']);
  });

  it('knows the months its articles were published in, also after a save and load', () => {
    const index = new KnowledgeIndex(seed);
    expect(index.isPublicationMonth('may')).toBe(false);
    index.upsertArticle(ferry); // published 2025-05-01
    expect(index.isPublicationMonth('may')).toBe(true);
    const { header, body } = encodeIndex(index.toData());
    const data = decodeIndex(header, body);
    if (data !== null) expect(KnowledgeIndex.fromData(data).isPublicationMonth('may')).toBe(true);
    index.upsertArticle({ ...ferry, published: '2025-07-09' });
    expect(index.isPublicationMonth('may')).toBe(false);
    expect(index.isPublicationMonth('juli')).toBe(true);
    index.removeArticle('ferry');
    expect(index.isPublicationMonth('juli')).toBe(false);
  });

  it('gives the same answers as a fresh build after changes and compaction', async () => {
    const changed = new KnowledgeIndex(seed);
    changed.upsertArticle(story('scratch', ['A passage about nothing in particular.']));
    changed.upsertArticle(ferry);
    changed.removeArticle('scratch');
    const fresh = new KnowledgeIndex([...seed, ferry]);
    expect(answers(changed)).toEqual(answers(fresh));
    expect(changed.compactions).toBe(0);
    await changed.compact();
    expect(changed.compactions).toBe(1);
    expect(answers(changed)).toEqual(answers(fresh));
  });

  it('keeps answering, and keeps every change, when articles change while a compaction runs', async () => {
    const index = new KnowledgeIndex(seed);
    // Enough postings (about 6 per passage) for the build to pause several times.
    for (let i = 0; i < 2000; i++) index.upsertArticle(story(`before-${i}`, [`Harbour pilots in port number${i} stopped work.`]));
    let pauses = 0;
    // Each pause of the compaction adds one article and removes an earlier one, as moderators might.
    await index.compact(async () => {
      pauses++;
      index.upsertArticle(story(`during-${pauses}`, [`Lighthouse keepers at station${pauses} went on strike.`]));
      index.removeArticle(`before-${pauses}`);
      expect(answerQuestion(index, 'Who led the Russian delegation?').kind).toBe('answered');
      await new Promise((resolve) => setTimeout(resolve, 1));
    });
    expect(pauses).toBeGreaterThan(2);
    for (let i = 1; i <= pauses; i++) {
      expect(answerQuestion(index, `Who went on strike at station${i}?`)).toMatchObject({ answers: [{ sentenceId: `during-${i}#1.1` }] });
      expect(index.articles.has(`before-${i}`)).toBe(false);
    }
    expect(answerQuestion(index, `What did the harbour pilots in port number${pauses + 1} do?`)).toMatchObject({ answers: [{ sentenceId: `before-${pauses + 1}#1.1` }] });
    const fresh = new KnowledgeIndex([...index.articles.values()]);
    expect(answers(index)).toEqual(answers(fresh));
  });

  it('counts passages added and removed again towards compaction, and compaction drops them', async () => {
    const index = new KnowledgeIndex(seed);
    const addAndRemove = (i: number): void => {
      index.upsertArticle(story(`draft-${i}`, [`Draft number${i} was withdrawn.`]));
      index.removeArticle(`draft-${i}`);
    };
    for (let i = 0; i < COMPACTION_MIN_DELTA; i++) addAndRemove(i);
    expect(index.compactionDue).toBe(false);
    addAndRemove(COMPACTION_MIN_DELTA);
    expect(index.compactionDue).toBe(true);
    await index.compact();
    expect(index.compactionDue).toBe(false);
    expect(answers(index)).toEqual(answers(new KnowledgeIndex(seed)));
  });

  it('round-trips through storage without analysing text again', () => {
    const original = new KnowledgeIndex(seed);
    original.upsertArticle(ferry);
    original.upsertArticle(story('gone', ['Soon removed.']));
    original.removeArticle('gone');
    const { header, body } = encodeIndex(original.toData());
    const data = decodeIndex(header, body);
    expect(data).not.toBeNull();
    if (data === null) return;
    const restored = KnowledgeIndex.fromData(data);
    expect([...restored.articles.keys()]).toEqual([...original.articles.keys()]);
    expect(answers(restored)).toEqual(answers(original));
    expect(restored.speakerOf(restored.findSentence('2025-04-10-istanbul-embassy-talks#6.1')?.sentence ?? restored.sentence(0))?.name).toBe('Tammy Bruce');
    // How the knowledge writes its words survives storage: Istanbul is a name, an embassy is not.
    expect(['istanbul', 'killenworth', 'embassy', 'diplomats'].map((word) => [original.isProperWord(word), restored.isProperWord(word)])).toEqual([
      [true, true],
      [true, true],
      [false, false],
      [false, false],
    ]);
  });

  it('refuses stored data of another format version', () => {
    const { header, body } = encodeIndex(new KnowledgeIndex(seed).toData());
    expect(decodeIndex(header.replace(`"version":${INDEX_FORMAT_VERSION}`, '"version":999'), body)).toBeNull();
    expect(decodeIndex('{broken', body)).toBeNull();
  });
});

describe('ImpactIndex', () => {
  // Three passages; term 0 is common, term 1 rare, term 2 in one long passage.
  const passages = [
    { key: 0, frequencies: new Map([[0, 1], [1, 2]]), length: 4 },
    { key: 1, frequencies: new Map([[0, 3]]), length: 6 },
    { key: 2, frequencies: new Map([[0, 1], [2, 1]]), length: 20 },
  ];
  const stats = { passageCount: 3, averageLength: 10, documentFrequency: (term: number) => [3, 1, 1][term] ?? 0 };

  it('builds the same arrays in steps as at once, pausing between steps', async () => {
    // Enough postings for several steps: 3,000 passages of 5 terms.
    const many = Array.from({ length: 3000 }, (_, key) => ({ key, frequencies: new Map([0, 1, 2, 3, 4].map((t) => [(key * 7 + t * 13) % 50, 1 + ((key + t) % 3)])), length: 5 + (key % 9) }));
    const manyStats = { passageCount: 3000, averageLength: 9, documentFrequency: () => 300 };
    let pauses = 0;
    const stepped = await ImpactIndex.buildInSteps(many, 50, manyStats, () => {
      pauses++;
      return Promise.resolve();
    });
    expect(pauses).toBeGreaterThan(2);
    expect(stepped.arrays).toEqual(ImpactIndex.build(many, 50, manyStats).arrays);
  });

  it('ranks exactly as BM25 when the budget covers the postings', () => {
    const index = ImpactIndex.build(passages, 3, stats);
    const hits = index.topK([{ termId: 0, weight: 1 }, { termId: 1, weight: 1 }], 3, 100, () => true);
    // Passage 0 has the rare term twice; passage 1 the common one three times; passage 2 is long.
    expect(hits.map((hit) => hit.key)).toEqual([0, 1, 2]);
    const bm25 = (tf: number, length: number, df: number): number => bm25Idf(3, df) * ((tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * length) / 10)));
    expect(hits[0]?.score).toBeCloseTo(bm25(1, 4, 3) + bm25(2, 4, 1), 5);
  });

  it('reads only the best postings of a term within the budget, and skips dead passages', () => {
    const index = ImpactIndex.build(passages, 3, stats);
    expect(index.topK([{ termId: 0, weight: 1 }], 3, 1, () => true).map((hit) => hit.key)).toEqual([1]);
    expect(index.topK([{ termId: 0, weight: 1 }], 3, 100, (key) => key !== 1).map((hit) => hit.key)).toEqual([0, 2]);
  });
});
