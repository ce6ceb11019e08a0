/**
 * The engines the benchmark compares, each built over the same synthetic passages: Parley's whole
 * answer (`answerQuestion`), and the retrieval of plain MiniSearch and FlexSearch.
 */
import { Index as FlexIndex } from 'flexsearch';
import MiniSearch from 'minisearch';
import { answerQuestion } from '../domain/answer/answer.js';
import type { Article } from '../domain/knowledge/article.js';
import { KnowledgeIndex } from '../domain/search/knowledgeIndex.js';
import type { BenchPassage } from './corpus.js';

export const ENGINE_NAMES = ['parley', 'minisearch', 'minisearch-fuzzy', 'flexsearch'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** How each engine is labelled in the tables. */
export const ENGINE_LABELS: Readonly<Record<EngineName, string>> = {
  parley: 'Parley (whole answer)',
  minisearch: 'MiniSearch default',
  'minisearch-fuzzy': 'MiniSearch fuzzy 0.2 + prefix',
  flexsearch: 'FlexSearch Index',
};

/** Results the baselines return per question, as in `src/eval/engines.ts`. */
export const BASELINE_LIMIT = 20;

/** What a query produced, enough to score it against the question's source sentence. */
export interface QueryOutcome {
  /** False when Parley declined or a baseline found nothing. */
  readonly answered: boolean;
  /** `<article>#<paragraph>` of the best result. */
  readonly topPassageId: string | null;
  /** `<article>#<paragraph>.<sentence>` of the best sentence (Parley only). */
  readonly topSentenceId: string | null;
}

export interface BenchEngine {
  query(question: string): QueryOutcome;
}

/** Builds an engine over the corpus (the timed part of "build"). */
export function buildEngine(name: EngineName, corpus: readonly Article[], passages: readonly BenchPassage[]): BenchEngine {
  switch (name) {
    case 'parley':
      return parleyEngine(corpus);
    case 'minisearch':
      return miniSearchEngine(passages, {});
    case 'minisearch-fuzzy':
      return miniSearchEngine(passages, { fuzzy: 0.2, prefix: true });
    case 'flexsearch':
      return flexSearchEngine(passages);
  }
}

function parleyEngine(corpus: readonly Article[]): BenchEngine {
  const index = new KnowledgeIndex(corpus, []);
  return {
    query(question) {
      const result = answerQuestion(index, question);
      if (result.kind === 'declined') return { answered: false, topPassageId: null, topSentenceId: null };
      const best = result.answers[0];
      if (best === undefined) return { answered: false, topPassageId: null, topSentenceId: null };
      return { answered: true, topPassageId: `${best.article.id}#${best.paragraph}`, topSentenceId: best.sentenceId };
    },
  };
}

/** MiniSearch with its default options over the passages' text; `search(question)`, top 20. */
function miniSearchEngine(passages: readonly BenchPassage[], searchOptions: { fuzzy?: number; prefix?: boolean }): BenchEngine {
  const miniSearch = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], searchOptions });
  miniSearch.addAll(passages.map((passage) => ({ id: passage.key, text: passage.text })));
  return {
    query(question) {
      const top = miniSearch.search(question).slice(0, BASELINE_LIMIT);
      const first = top[0];
      const passage = first === undefined ? undefined : passages[first.id as number];
      return { answered: top.length > 0, topPassageId: passage?.id ?? null, topSentenceId: null };
    },
  };
}

/**
 * FlexSearch's `Index` with its default options over the passages' text. Queries use `suggest: true`:
 * by default FlexSearch returns only passages containing every query word, which for a question
 * ("What did … say about …") is almost always nothing.
 */
function flexSearchEngine(passages: readonly BenchPassage[]): BenchEngine {
  const index = new FlexIndex();
  for (const passage of passages) index.add(passage.key, passage.text);
  return {
    query(question) {
      const ids = index.search(question, { limit: BASELINE_LIMIT, suggest: true });
      const first = ids[0];
      const passage = first === undefined ? undefined : passages[Number(first)];
      return { answered: ids.length > 0, topPassageId: passage?.id ?? null, topSentenceId: null };
    },
  };
}
