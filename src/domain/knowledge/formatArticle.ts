import { stringify } from 'yaml';
import type { Article } from './article.js';

/**
 * The knowledge-file text of an article: front matter, then one paragraph per blank-line block.
 * `parseArticle(formatArticle(a))` gives back `a`.
 */
export function formatArticle(article: Article): string {
  const fields: Record<string, string> = { title: article.title, source: article.source };
  if (article.url !== null) fields.url = article.url;
  fields.published = article.published;
  const frontMatter = stringify(fields, { lineWidth: 0 });
  return `---\n${frontMatter}---\n${article.paragraphs.join('\n\n')}\n`;
}
