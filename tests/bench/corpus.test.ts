import { describe, expect, it } from 'vitest';
import { generateCorpus, generateQuestions, mulberry32, passagesOf } from '../../src/bench/corpus.js';
import { isArticleId } from '../../src/domain/knowledge/article.js';
import { splitSentences } from '../../src/domain/text/sentences.js';

describe('generateCorpus', () => {
  const corpus = generateCorpus({ passages: 1000, seed: 7 });

  it('is deterministic: the same seed gives the same corpus, another seed another', () => {
    expect(generateCorpus({ passages: 1000, seed: 7 })).toEqual(corpus);
    expect(generateCorpus({ passages: 1000, seed: 8 })).not.toEqual(corpus);
  });

  it('has exactly the requested number of passages, about five per article', () => {
    expect(passagesOf(corpus)).toHaveLength(1000);
    expect(generateCorpus({ passages: 3, seed: 1 }).flatMap((article) => article.paragraphs)).toHaveLength(3);
    expect(corpus.length).toBeGreaterThan(150);
    expect(corpus.length).toBeLessThan(260);
  });

  it('writes valid, unique article ids and paragraphs of 2–4 sentences', () => {
    expect(new Set(corpus.map((article) => article.id)).size).toBe(corpus.length);
    for (const article of corpus) {
      expect(isArticleId(article.id)).toBe(true);
      for (const paragraph of article.paragraphs) {
        const sentences = splitSentences(paragraph);
        expect(sentences.length).toBeGreaterThanOrEqual(2);
        expect(sentences.length).toBeLessThanOrEqual(4);
      }
    }
  });

  it('has a skewed vocabulary: "said" in many paragraphs, most words in few', () => {
    const paragraphs = passagesOf(corpus).map((passage) => passage.text);
    expect(paragraphs.filter((text) => /\bsaid\b/u.test(text)).length).toBeGreaterThan(300);
  });
});

describe('generateQuestions', () => {
  const corpus = generateCorpus({ passages: 500, seed: 3 });
  const questions = generateQuestions({ corpus, count: 100, seed: 4 });

  it('is deterministic and gives the requested count', () => {
    expect(questions).toHaveLength(100);
    expect(generateQuestions({ corpus, count: 100, seed: 4 })).toEqual(questions);
  });

  it('references sentences that exist in the corpus', () => {
    const byId = new Map(corpus.map((article) => [article.id, article]));
    for (const question of questions) {
      const match = /^(.+)#(\d+)\.(\d+)$/u.exec(question.sentenceId);
      expect(match).not.toBeNull();
      const paragraph = byId.get(match?.[1] ?? '')?.paragraphs[Number(match?.[2]) - 1];
      expect(paragraph).toBeDefined();
      expect(splitSentences(paragraph ?? '')[Number(match?.[3]) - 1]).toBeDefined();
      expect(question.sentenceId.startsWith(`${question.passageId}.`)).toBe(true);
    }
  });

  it('mixes paraphrases, typos and unanswerable questions about unknown names', () => {
    const variants = new Map<string, number>();
    for (const question of questions) variants.set(question.variant, (variants.get(question.variant) ?? 0) + 1);
    expect(variants.get('paraphrase') ?? 0).toBeGreaterThan(60);
    expect(variants.get('typo') ?? 0).toBeGreaterThan(0);
    expect(variants.get('unknown-name') ?? 0).toBeGreaterThan(0);
    expect(questions.filter((question) => !question.answerable).every((question) => question.variant === 'unknown-name')).toBe(true);
  });
});

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
