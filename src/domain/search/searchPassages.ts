import { analyzeQuestion } from '../answer/question.js';
import { expandConcepts, searchTermsOf } from '../answer/expand.js';
import type { KnowledgeIndex, PassageHit } from './knowledgeIndex.js';

/** Passages per page of `/search` results. */
export const SEARCH_PAGE_SIZE = 5;

/** Most passages a search pages through. */
export const MAX_SEARCH_RESULTS = 50;

/** One page of passage search results. */
export interface SearchPage {
  readonly query: string;
  /** 0-based page number, clamped to the pages that exist. */
  readonly page: number;
  readonly pageCount: number;
  /** Number of matching passages (at most {@link MAX_SEARCH_RESULTS}). */
  readonly total: number;
  readonly hits: readonly PassageHit[];
}

/**
 * Finds the paragraphs matching a query, best first, a page at a time. The query is read like a
 * question (stop words dropped, typos corrected for unknown words, aliases added), so `/search` and
 * `/ask` agree on what matches.
 */
export function searchPassagePages(index: KnowledgeIndex, query: string, page: number, pageSize = SEARCH_PAGE_SIZE): SearchPage {
  const concepts = expandConcepts(index, analyzeQuestion(query).concepts);
  const hits = index.searchPassages(searchTermsOf(concepts), MAX_SEARCH_RESULTS);
  const pageCount = Math.max(1, Math.ceil(hits.length / pageSize));
  const current = Math.min(Math.max(0, Math.trunc(page)), pageCount - 1);
  return {
    query,
    page: current,
    pageCount,
    total: hits.length,
    hits: hits.slice(current * pageSize, (current + 1) * pageSize),
  };
}
