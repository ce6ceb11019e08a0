import type { Article } from '../knowledge/article.js';
import type { KnowledgeIndex } from '../search/knowledgeIndex.js';
import { expandConcepts, searchTermsOf } from './expand.js';
import { analyzeQuestion } from './question.js';

/** Most "close topics" offered with a decline. */
export const MAX_RELATED_ARTICLES = 3;

/**
 * The articles closest to a question Parley declined, for a "but I do know about..." list: those
 * with the best-matching paragraphs, one entry per article, best first. Empty when nothing matches.
 */
export function relatedArticles(index: KnowledgeIndex, question: string, limit = MAX_RELATED_ARTICLES): Article[] {
  const concepts = expandConcepts(index, analyzeQuestion(question).concepts);
  const related: Article[] = [];
  for (const { passage } of index.searchPassages(searchTermsOf(concepts), 50)) {
    if (!related.includes(passage.article)) related.push(passage.article);
    if (related.length === limit) break;
  }
  return related;
}
