import type { Article } from '../knowledge/article.js';

/** A paragraph of an article: the unit `/search` returns and the first stage of `/ask` retrieves. */
export interface Passage {
  /** Position in the index's passage list (stable for the life of one index snapshot). */
  readonly key: number;
  readonly article: Article;
  /** 1-based paragraph number within the article. */
  readonly paragraph: number;
  readonly text: string;
  /** Keys of this paragraph's sentences, in reading order. */
  readonly sentenceKeys: readonly number[];
  /** Number of terms in the paragraph (for BM25 length normalisation). */
  readonly length: number;
}

/** A sentence of a passage: the unit `/ask` quotes. */
export interface Sentence {
  readonly key: number;
  readonly passageKey: number;
  /** 0-based position within its paragraph. */
  readonly position: number;
  readonly text: string;
  /** Where the sentence starts and ends in its paragraph. */
  readonly start: number;
  readonly end: number;
  /** The sentence's search terms, in order, duplicates kept. */
  readonly terms: readonly string[];
}

/** `2025-04-10-istanbul-embassy-talks#3.2`: article, paragraph and 1-based sentence, stable across rebuilds. */
export function sentenceId(passage: Passage, sentence: Sentence): string {
  return `${passage.article.id}#${passage.paragraph}.${sentence.position + 1}`;
}
