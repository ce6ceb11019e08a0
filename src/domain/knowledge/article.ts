/** An article of the knowledge base, as loaded from `knowledge/<id>.md`. */
export interface Article {
  /** The file name without `.md`; see {@link ARTICLE_ID_PATTERN}. */
  readonly id: string;
  /** The headline shown in replies. */
  readonly title: string;
  /** The outlet credited in replies, e.g. `Reuters`. */
  readonly source: string;
  /** Link to the original story, http(s) only, or `null` when the file has none. */
  readonly url: string | null;
  /** Publication date, ISO `YYYY-MM-DD`. */
  readonly published: string;
  /** The body, one entry per blank-line-separated block, in order (paragraph numbers are 1-based). */
  readonly paragraphs: readonly string[];
}

/** Lowercase letters, digits and hyphens, 1–64 characters, starting with a letter or digit. */
export const ARTICLE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/u;

/** Largest knowledge file accepted, in bytes (1 MiB): a whole long-read fits several times over. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** Longest headline: Discord's limit for an embed title. */
export const MAX_TITLE_LENGTH = 256;

/** Longest outlet name: it appears on every source line, so keep it short. */
export const MAX_SOURCE_LENGTH = 100;

/** True when `id` is a valid article id (and therefore a safe file name inside the knowledge folder). */
export function isArticleId(id: string): boolean {
  return ARTICLE_ID_PATTERN.test(id);
}

/** The file name of an article: `<id>.md`. */
export function articleFileName(id: string): string {
  return `${id}.md`;
}

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-04-10` → `10 Apr 2025`: unambiguous for readers on both sides of the Atlantic. */
export function formatPublished(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  const monthName = MONTH_ABBREVIATIONS[Number(month) - 1];
  return monthName === undefined || day === undefined ? isoDate : `${Number(day)} ${monthName} ${year ?? ''}`;
}
