import type { Article } from '../knowledge/article.js';
import { foldText } from '../text/fold.js';
import { termsOf } from '../text/terms.js';
import type { KnowledgeIndex } from './knowledgeIndex.js';

/** Most suggestions Discord shows in an autocomplete list. */
export const MAX_SUGGESTIONS = 25;

/**
 * Articles for an id box, best first: an exact id, then ids starting with the text, then articles
 * whose headline contains all the typed words, then articles whose text matches. With nothing typed,
 * the newest articles.
 */
export function suggestArticles(index: KnowledgeIndex, typed: string, limit = MAX_SUGGESTIONS): Article[] {
  const articles = [...index.articles.values()];
  const text = foldText(typed.trim());
  if (text === '') return newestFirst(articles).slice(0, limit);

  const chosen = new Set<Article>();
  const take = (candidates: Iterable<Article>): void => {
    for (const article of candidates) if (chosen.size < limit) chosen.add(article);
  };
  take(articles.filter((article) => article.id === text));
  take(newestFirst(articles.filter((article) => article.id.startsWith(text))));
  const words = termsOf(typed);
  if (words.length > 0) {
    take(
      newestFirst(
        articles.filter((article) => {
          const title = index.titleTermsOf(article);
          return words.every((word) => title.has(word));
        }),
      ),
    );
    take(newestFirst(articles.filter((article) => article.id.includes(text))));
    const weighted = words.map((term) => ({ term, weight: 1 }));
    take(index.searchPassages(weighted, limit * 4).map((hit) => hit.passage.article));
  }
  return [...chosen];
}

/** Newest first; same day: by id. */
export function newestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
}
