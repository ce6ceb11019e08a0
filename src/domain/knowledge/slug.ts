import { foldText } from '../text/fold.js';
import { ARTICLE_ID_PATTERN } from './article.js';

/** Longest id derived from a title (room is left for a "-2" suffix on collision). */
const MAX_SLUG_LENGTH = 60;

/**
 * An article id from a date and a title: `2025-04-10` + "US, Russia meet in Istanbul" →
 * `2025-04-10-us-russia-meet-in-istanbul`. Always matches `ARTICLE_ID_PATTERN`.
 */
export function articleIdFor(title: string, published: string): string {
  const words = foldText(title)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  const date = /^\d{4}-\d{2}-\d{2}$/u.test(published) ? `${published}-` : '';
  const base = `${date}${words}`.slice(0, MAX_SLUG_LENGTH).replace(/-+$/u, '');
  return ARTICLE_ID_PATTERN.test(base) ? base : `article${date === '' ? '' : `-${date.slice(0, -1)}`}`;
}

/** `id`, or `id-2`, `id-3`... whichever is not taken. */
export function uniqueId(id: string, taken: (candidate: string) => boolean): string {
  if (!taken(id)) return id;
  for (let n = 2; ; n++) {
    const candidate = `${id.slice(0, 64 - String(n).length - 1)}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
