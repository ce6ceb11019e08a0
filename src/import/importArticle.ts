import { extractArticle } from './extractArticle.js';
import type { ArticleDraft } from './extractArticle.js';
import { fetchPage } from './fetchPage.js';
import type { FetchPageOptions } from './fetchPage.js';

export type ImportArticleOptions = FetchPageOptions;

export type ImportArticleResult =
  | { readonly ok: true; readonly draft: ArticleDraft }
  | { readonly ok: false; readonly reason: string };

/**
 * Fetches a news page (safely: see `fetchPage` and `checkUrlAllowed`) and extracts an article draft from
 * it, for the moderator to preview before publishing. The draft's `url` is based on the final URL after
 * redirects. Never throws: failures come back as a moderator-friendly `reason`.
 */
export async function importArticle(url: string, options: ImportArticleOptions): Promise<ImportArticleResult> {
  const page = await fetchPage(url, options);
  if (!page.ok) return page;
  return extractArticle(page.html, page.finalUrl);
}
