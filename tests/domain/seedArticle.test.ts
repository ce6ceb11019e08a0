import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { loadKnowledge } from '../../src/domain/knowledge/loadKnowledge.js';

it('holds the seed article exactly as written, one paragraph per line, credited to Reuters on 10 April 2025', async () => {
  const seed = await readFile('tests/fixtures/seed-article.txt', 'utf8');
  const { articles, problems } = await loadKnowledge('knowledge');
  expect(problems).toEqual([]);
  const article = articles.find((candidate) => candidate.id === '2025-04-10-istanbul-embassy-talks');
  expect(article).toMatchObject({ source: 'Reuters', published: '2025-04-10', url: null });
  expect(article?.paragraphs.join('\n')).toBe(seed);
  expect(article?.paragraphs).toHaveLength(9);
});
