import {
  MAX_ARTICLE_BYTES,
  MAX_SOURCE_LENGTH,
  MAX_TITLE_LENGTH,
  isArticleId,
  type Article,
} from './article.js';
import { splitFrontMatter } from './frontMatter.js';
import type { KnowledgeProblem } from './problem.js';

/** A knowledge file read into an article, or every problem found in it. */
export type ParsedArticle =
  | { readonly kind: 'ok'; readonly article: Article }
  | { readonly kind: 'invalid'; readonly problems: readonly KnowledgeProblem[] };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const PARAGRAPH_BREAK = /\r?\n[ \t]*\r?\n/u;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Validates and parses one knowledge file. This is the single validator behind start-up, reload,
 * `knowledge validate` and every moderator write.
 *
 * @param id the article id the file will have (its name without `.md`)
 * @param content the file's bytes, or text already decoded
 * @param displayName how problems name the file, e.g. `knowledge/foo.md`
 */
export function parseArticle(id: string, content: Uint8Array | string, displayName: string): ParsedArticle {
  const problems: KnowledgeProblem[] = [];
  const problem = (message: string, field?: string): void => {
    problems.push(field === undefined ? { file: displayName, message } : { file: displayName, field, message });
  };

  if (!isArticleId(id)) {
    problem(
      `the file name must be an article id: lowercase letters, digits and hyphens, 1–64 characters, starting with a letter or digit (got "${truncateForMessage(id)}")`,
    );
  }
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  if (size > MAX_ARTICLE_BYTES) {
    problem(oversizeMessage(size));
    return { kind: 'invalid', problems };
  }
  const text = decode(content);
  if (text === null) {
    problem('the file is not UTF-8 text');
    return { kind: 'invalid', problems };
  }

  const split = splitFrontMatter(text);
  switch (split.kind) {
    case 'missing':
      problem('front matter is missing: the file must start with a "---" line, the fields, and another "---" line');
      return { kind: 'invalid', problems };
    case 'unclosed':
      problem('front matter is not closed: add a "---" line after the fields');
      return { kind: 'invalid', problems };
    case 'invalid-yaml':
      problem(`front matter is not valid YAML: ${split.reason}`);
      return { kind: 'invalid', problems };
    case 'ok':
      break;
  }
  if (typeof split.data !== 'object' || split.data === null || Array.isArray(split.data)) {
    problem('front matter must be a list of "field: value" lines');
    return { kind: 'invalid', problems };
  }
  const fields = split.data as Record<string, unknown>;

  const title = requiredText(fields, 'title', MAX_TITLE_LENGTH, problem);
  const source = requiredText(fields, 'source', MAX_SOURCE_LENGTH, problem);
  const published = isoDate(fields, problem);
  const url = optionalUrl(fields, problem);
  const paragraphs = splitParagraphs(split.body);
  if (paragraphs.length === 0) problem('the article has no text after the front matter');

  if (problems.length > 0 || title === null || source === null || published === null || url === undefined) {
    return { kind: 'invalid', problems };
  }
  return { kind: 'ok', article: { id, title, source, url, published, paragraphs } };
}

/** The problem message for a file of `size` bytes, over {@link MAX_ARTICLE_BYTES}. */
export function oversizeMessage(size: number): string {
  return `the file is ${formatBytes(size)}, over the ${formatBytes(MAX_ARTICLE_BYTES)} limit`;
}

/** Blank-line-separated blocks, trimmed, with line breaks inside a block joined by a space. */
export function splitParagraphs(body: string): string[] {
  return body
    .split(PARAGRAPH_BREAK)
    .map((block) => block.trim().replace(/[ \t]*\r?\n[ \t]*/gu, ' '))
    .filter((block) => block.length > 0);
}

type Report = (message: string, field?: string) => void;

function requiredText(fields: Record<string, unknown>, name: string, maxLength: number, problem: Report): string | null {
  const value = fields[name];
  if (value === undefined || value === null) {
    problem(`"${name}" is required`, name);
    return null;
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    problem(`"${name}" must be text`, name);
    return null;
  }
  const text = String(value).trim();
  if (text.length === 0) {
    problem(`"${name}" must not be empty`, name);
    return null;
  }
  if (text.length > maxLength) {
    problem(`"${name}" is ${text.length} characters, over the ${maxLength} limit`, name);
    return null;
  }
  if (/[\r\n]/u.test(text)) {
    problem(`"${name}" must be a single line`, name);
    return null;
  }
  return text;
}

function isoDate(fields: Record<string, unknown>, problem: Report): string | null {
  const value = fields.published;
  if (value === undefined || value === null) {
    problem('"published" is required (an ISO date, YYYY-MM-DD)', 'published');
    return null;
  }
  const text = typeof value === 'string' ? value.trim() : '';
  const match = ISO_DATE.exec(text);
  if (match === null || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    problem(`"published" must be an ISO date (YYYY-MM-DD), got ${describeValue(value)}`, 'published');
    return null;
  }
  return text;
}

/** `null` when absent, the URL when valid, `undefined` (after reporting) when invalid. */
function optionalUrl(fields: Record<string, unknown>, problem: Report): string | null | undefined {
  const value = fields.url;
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') {
    const url = URL.parse(value.trim());
    if (url !== null && (url.protocol === 'http:' || url.protocol === 'https:')) return value.trim();
  }
  problem(`"url" must be an http:// or https:// link, got ${describeValue(value)}`, 'url');
  return undefined;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function decode(content: Uint8Array | string): string | null {
  if (typeof content === 'string') return content;
  try {
    return utf8.decode(content);
  } catch {
    return null;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A field value as a problem message shows it: `"10/04/2025"`, `["a","b"]`. */
function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? typeof value);
  return truncateForMessage(text);
}

function truncateForMessage(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
