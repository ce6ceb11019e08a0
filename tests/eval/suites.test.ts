// The question sets themselves: a gold string that names no sentence (a typo, an edited article) or
// several (too short to tell them apart) would make `npm run eval` count right answers as wrong or
// wrong ones as right, silently.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/domain/knowledge/loadKnowledge.js';
import { splitSentences } from '../../src/domain/text/sentences.js';
import { readQuestionSet } from '../../src/eval/questionSet.js';
import { STANDARD_SUITES } from '../../src/eval/suites.js';

describe.each(STANDARD_SUITES)('question set $name', (suite) => {
  it('loads its knowledge without problems, and every gold string names exactly one sentence', async () => {
    const sentences: string[] = [];
    for (const folder of suite.knowledge) {
      const loaded = await loadKnowledge(folder);
      expect(loaded.problems).toEqual([]);
      for (const article of loaded.articles) for (const paragraph of article.paragraphs) sentences.push(...splitSentences(paragraph).map((span) => span.text));
    }
    const questions = await readQuestionSet(suite.questions);
    const ids = questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    const misfits = questions.flatMap((question) => {
      const problems = question.gold.flatMap((gold) => {
        const count = sentences.filter((sentence) => sentence.includes(gold)).length;
        return count === 1 ? [] : [`${question.id}: "${gold}" is in ${count} sentences`];
      });
      if (question.answerable && question.gold.length === 0) problems.push(`${question.id}: answerable but no gold`);
      if (!question.answerable && question.gold.length > 0) problems.push(`${question.id}: unanswerable with gold`);
      return problems;
    });
    expect(misfits).toEqual([]);
  });
});
