import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { MAX_SOURCE_LENGTH, MAX_TITLE_LENGTH } from '../domain/knowledge/article.js';

/** An imported article before the moderator confirms it: everything but the id, and maybe no date. */
export interface ArticleDraft {
  readonly title: string;
  readonly source: string;
  readonly url: string;
  /** ISO `YYYY-MM-DD`, or `null` when the page does not say (the caller asks the moderator). */
  readonly published: string | null;
  readonly paragraphs: readonly string[];
}

export type ExtractArticleResult =
  | { readonly ok: true; readonly draft: ArticleDraft }
  | { readonly ok: false; readonly reason: string };

export const REASON_NO_TEXT = 'Parley could not find any article text on that page.';
export const REASON_NO_TITLE = 'Parley could not find a headline on that page.';

/** The few DOM members used here (linkedom's types lean on the DOM lib, which this project does not load). */
interface DomElement {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  closest(selectors: string): DomElement | null;
  replaceWith(...nodes: string[]): void;
}

interface DomDocument {
  readonly title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * Turns the HTML of a news page into an article draft, using Readability (via linkedom) for the body.
 *
 * - Headline: `og:title`, else JSON-LD `headline`, else Readability's title, else `<title>`, else the
 *   first `<h1>`; a
 *   " | Outlet" / " - Outlet" suffix (or prefix) equal to the outlet name is removed.
 * - Outlet: `og:site_name`, else JSON-LD `publisher.name`, else the hostname without `www.`.
 * - Date: JSON-LD `datePublished`, `article:published_time`, `<meta name="date|pubdate|dc.date…">`,
 *   else the first `<time datetime>` inside `<article>`; the calendar date as written on the page (no
 *   time-zone conversion), `null` when none is found.
 * - Paragraphs: text of the `<p>`, `<li>` and `<blockquote>` blocks of Readability's content (captions
 *   and embeds excluded), whitespace-collapsed, without bylines, "Advertisement", share/subscribe
 *   boilerplate, duplicates and fragments under 25 characters that do not end a sentence.
 * - URL: the page's canonical URL when it is on the same site, else `pageUrl`; tracking parameters dropped.
 */
export function extractArticle(html: string, pageUrl: string): ExtractArticleResult {
  try {
    return extract(html, pageUrl);
  } catch {
    // linkedom and Readability are robust, but a page is hostile input: never let it crash the command.
    return { ok: false, reason: REASON_NO_TEXT };
  }
}

function extract(html: string, pageUrl: string): ExtractArticleResult {
  const page = safeUrl(pageUrl);
  const { document } = parseHTML(asFullDocument(html)) as unknown as { document: DomDocument };

  // Metadata first: Readability rewrites the document as it works.
  const meta = readMetaTags(document);
  const jsonLd = findArticleNode(readJsonLd(document));
  const hostName = page?.hostname.replace(/^www\./iu, '') ?? '';
  const siteName = firstText(meta.get('og:site_name'), publisherName(jsonLd.article, jsonLd.all));
  const source = clamp(siteName ?? hostName, MAX_SOURCE_LENGTH);
  const published = findPublished(document, meta, jsonLd.article);
  const url = chooseUrl(document, meta, page, pageUrl);
  const authors = authorNames(meta, jsonLd.article);
  const rawTitle = firstText(meta.get('og:title'), stringField(jsonLd.article, 'headline'));
  const firstHeading = document.querySelector('h1')?.textContent ?? undefined;

  let parsed: ReturnType<Readability<DomElement>['parse']>;
  try {
    const reader = new Readability<DomElement>(document, {
      serializer: (node: DomElement) => node,
      classesToPreserve: ['twitter-tweet', 'instagram-media', 'tiktok-embed'],
    });
    parsed = reader.parse();
  } catch {
    parsed = null;
  }

  const content = parsed?.content;
  if (content === null || content === undefined) return { ok: false, reason: REASON_NO_TEXT };
  const bylines = [parsed?.byline ?? undefined, ...authors].flatMap((name) => {
    const text = name === undefined ? '' : collapse(name);
    return text === '' ? [] : [text.toLowerCase()];
  });
  const paragraphs = articleParagraphs(content, bylines);
  if (paragraphs.length === 0) return { ok: false, reason: REASON_NO_TEXT };

  const titleCandidate = firstText(rawTitle, parsed?.title ?? undefined, document.title, firstHeading);
  if (titleCandidate === undefined) return { ok: false, reason: REASON_NO_TITLE };
  // "Envoys agree | Wire" when the page's own heading says "Envoys agree": the heading is the headline.
  const heading = firstHeading !== undefined && titleCandidate.startsWith(firstHeading) && new RegExp(`^${TITLE_SEPARATOR}\\S`, 'u').test(titleCandidate.slice(firstHeading.length))
    ? firstHeading
    : titleCandidate;
  const title = clamp(stripSiteName(heading, [siteName, hostName, page?.hostname]), MAX_TITLE_LENGTH);

  return { ok: true, draft: { title, source, url, published, paragraphs } };
}

/**
 * linkedom is not a spec HTML parser: it keeps a document without `<html>` or `<body>` tags as bare
 * nodes (no `document.body`). Supply the missing wrappers.
 */
function asFullDocument(html: string): string {
  if (/<body[\s>]/iu.test(html)) return /<html[\s>]/iu.test(html) ? html : `<html>${html}</html>`;
  const inner = html.replace(/<!doctype[^>]*>|<\/?html(?:\s[^>]*)?>/giu, '');
  return `<!doctype html><html><head></head><body>${inner}</body></html>`;
}

// ---------------------------------------------------------------------------------------------------
// Paragraphs

const BLOCKS = 'p, li, blockquote';
const NOT_ARTICLE_TEXT =
  'figure, figcaption, nav, aside, footer, form, button, .twitter-tweet, .instagram-media, .tiktok-embed';

function articleParagraphs(content: DomElement, bylines: readonly string[]): string[] {
  for (const br of content.querySelectorAll('br')) br.replaceWith(' ');
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const block of content.querySelectorAll(BLOCKS)) {
    if (block.querySelector(BLOCKS) !== null) continue; // the inner blocks are taken instead
    if (block.closest(NOT_ARTICLE_TEXT) !== null) continue;
    const text = collapse(block.textContent ?? '');
    if (!isArticleText(text, bylines) || seen.has(text)) continue;
    // A dateline ("March 14, 2025 · 3 min read"): Readability turns such inline-only divs into paragraphs.
    if (block.querySelector('time') !== null && text.length < 100 && !SENTENCE_END.test(text)) continue;
    seen.add(text);
    paragraphs.push(text);
  }
  return paragraphs;
}

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

const MONTH_OR_DAY = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun';

/** Lines that are page furniture whatever their punctuation (checked on blocks under 200 characters). */
const BOILERPLATE: readonly RegExp[] = [
  /^advertisement\b/iu,
  /^(?:story|article) continues (?:below|after)\b/iu,
  /^scroll (?:down )?to continue\b/iu,
  /^sponsored(?: content)?$/iu,
  /\b(?:newsletter|inbox)\b.*\b(?:sign up|signup|subscribe|register|delivered|get)\b/iu,
  /\b(?:sign up|signup|subscribe|register)\b.*\b(?:newsletter|inbox)\b/iu,
  /^(?:subscribe|sign up)\b/iu,
  /^follow (?:us|\S+(?: \S+)? on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon))\b/iu,
  /^(?:read|see) (?:more|also)\b/iu,
  /^(?:related|recommended|more on this (?:story|topic))(?: stories| articles| coverage| content| reading)?\s*[:|]?\s*$/iu,
  /^related(?: stories| articles| coverage)?\s*:/iu,
  /^most (?:read|popular|viewed)$/iu,
  /^(?:©|\(c\)|copyright\b)/iu,
  /\ball rights reserved\b/iu,
  /^(?:click|tap) here\b/iu,
  /\b\d+ min(?:ute)?s? read$/iu,
  /^our standards\b/iu,
  /^purchase licensing rights$/iu,
  /^listen to (?:this|the) (?:article|story)\b/iu,
  /^(?:reporting|writing|editing|additional reporting|compiled|edited) by\b/iu,
  new RegExp(`^(?:first |last )?(?:published|updated|posted)(?: on| at)?:?\\s+(?:\\d|${MONTH_OR_DAY})`, 'iu'),
  /\bcookies?\b.*\b(?:accept|consent|preferences)\b/iu,
];

/** Share-button labels: short and unpunctuated. */
const SHARE_LABEL = /^(?:share|tweet|email|e-mail|print|copy link|save|comment)s?\b/iu;

function isArticleText(text: string, bylines: readonly string[]): boolean {
  if (text === '') return false;
  const endsSentence = SENTENCE_END.test(text);
  if (text.length < 25 && !endsSentence) return false;
  const lower = text.toLowerCase();
  if (bylines.includes(lower) || bylines.includes(lower.replace(/^by\s+/u, ''))) return false;
  if (/^by\s/iu.test(text) && text.length < 100 && !endsSentence) return false;
  if (SHARE_LABEL.test(text) && text.length < 60 && !endsSentence) return false;
  if (text.length < 200 && BOILERPLATE.some((pattern) => pattern.test(text))) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Metadata

/** `<meta property|name|itemprop=... content=...>`, keys lowercased, first occurrence wins. */
function readMetaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of document.querySelectorAll('meta[content]')) {
    const content = collapse(element.getAttribute('content') ?? '');
    if (content === '') continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key !== undefined && key !== '' && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** Every object in every JSON-LD block, `@graph` members included; invalid blocks are skipped. */
function readJsonLd(document: DomDocument): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: Json | undefined): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (isObject(value)) {
      nodes.push(value);
      visit(value['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // Broken JSON-LD is common; the other metadata still applies.
    }
  }
  return nodes;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|^ReportageNews|^Report)$/u;

function findArticleNode(all: JsonObject[]): { article: JsonObject | undefined; all: JsonObject[] } {
  const article =
    all.find((node) => types(node).some((type) => ARTICLE_TYPE.test(type))) ??
    all.find((node) => typeof node.headline === 'string');
  return { article, all };
}

function types(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(node: JsonObject | undefined, key: string): string | undefined {
  const value = node?.[key];
  return typeof value === 'string' ? decodeEntities(value) : undefined;
}

/** `publisher.name`, following an `{"@id": ...}` reference into the graph; arrays use their first entry. */
function publisherName(article: JsonObject | undefined, all: readonly JsonObject[]): string | undefined {
  let publisher = article?.publisher;
  if (Array.isArray(publisher)) publisher = publisher[0];
  if (typeof publisher === 'string') return publisher;
  if (!isObject(publisher)) return undefined;
  const name = stringField(publisher, 'name');
  if (name !== undefined) return name;
  const id = publisher['@id'];
  return typeof id === 'string' ? stringField(all.find((node) => node['@id'] === id), 'name') : undefined;
}

function authorNames(meta: Map<string, string>, article: JsonObject | undefined): string[] {
  const names: string[] = [];
  const metaAuthor = meta.get('author');
  if (metaAuthor !== undefined) names.push(metaAuthor);
  const author = article?.author;
  for (const entry of Array.isArray(author) ? author : [author]) {
    if (typeof entry === 'string') names.push(decodeEntities(entry));
    else if (isObject(entry)) {
      const name = stringField(entry, 'name');
      if (name !== undefined) names.push(name);
    }
  }
  return names;
}

const DATE_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
  'parsely-pub-date',
  'sailthru.date',
];

function findPublished(
  document: DomDocument,
  meta: Map<string, string>,
  article: JsonObject | undefined,
): string | null {
  const candidates: (string | null | undefined)[] = [
    stringField(article, 'datePublished'),
    ...DATE_META_KEYS.map((key) => meta.get(key)),
  ];
  for (const time of document.querySelectorAll('article time[datetime]')) candidates.push(time.getAttribute('datetime'));
  for (const candidate of candidates) {
    const date = candidate === null || candidate === undefined ? null : normaliseDate(candidate);
    if (date !== null) return date;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * `YYYY-MM-DD` from the common date spellings of news pages — ISO 8601 (with or without time and zone),
 * `20250410`, `2025/04/10`, `10 April 2025`, `April 10, 2025`, RFC 2822 — keeping the calendar date as
 * written rather than converting to UTC (a story published at 23:30 New York time is dated that day).
 */
export function normaliseDate(text: string): string | null {
  const value = text.trim();
  let match =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/u.exec(value) ??
    /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:$|\D)/u.exec(value) ??
    /^(\d{4})(\d{2})(\d{2})(?:$|T)/u.exec(value);
  if (match !== null) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  const months = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
  match = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${months},?\\s+(\\d{4})\\b`, 'iu').exec(value);
  if (match !== null) return isoDate(Number(match[3]), monthNumber(match[2]), Number(match[1]));
  match = new RegExp(`\\b${months}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu').exec(value);
  if (match !== null) return isoDate(Number(match[3]), monthNumber(match[1]), Number(match[2]));
  return null;
}

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------------
// Title, URL, text helpers

const TITLE_SEPARATOR = String.raw`(?:\s+[|\-–—·•:/]\s+|\s*[|·•]\s*)`;

/** Removes a " | Site" suffix or "Site | " prefix when "Site" is one of `siteNames` (case-insensitive). */
function stripSiteName(title: string, siteNames: readonly (string | undefined)[]): string {
  const names = siteNames.flatMap((name) => (name === undefined ? [] : [name, name.replace(/^the\s+/iu, '')]));
  for (const name of names) {
    const site = collapse(name);
    if (site === '') continue;
    const escaped = site.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
    const suffix = new RegExp(`^(.*\\S)${TITLE_SEPARATOR}${escaped}$`, 'iu').exec(title);
    if (suffix?.[1] !== undefined) return suffix[1];
    const prefix = new RegExp(`^${escaped}${TITLE_SEPARATOR}(\\S.*)$`, 'iu').exec(title);
    if (prefix?.[1] !== undefined) return prefix[1];
  }
  return title;
}

const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|smid|ito)$/iu;

/** The canonical URL if it is http(s) on the same site as the page, else the page URL; no tracking, no hash. */
function chooseUrl(document: DomDocument, meta: Map<string, string>, page: URL | undefined, pageUrl: string): string {
  if (page === undefined) return pageUrl;
  const site = (host: string): string => host.toLowerCase().replace(/^www\./u, '');
  let chosen = page;
  for (const candidate of [document.querySelector('link[rel="canonical"]')?.getAttribute('href'), meta.get('og:url')]) {
    if (candidate === null || candidate === undefined) continue;
    const resolved = safeUrl(candidate.trim(), page);
    if (resolved !== undefined && /^https?:$/u.test(resolved.protocol) && site(resolved.hostname) === site(page.hostname)) {
      chosen = resolved;
      break;
    }
  }
  const clean = new URL(chosen.href);
  clean.hash = '';
  for (const key of [...clean.searchParams.keys()]) if (TRACKING_PARAMETER.test(key)) clean.searchParams.delete(key);
  return clean.href;
}

function safeUrl(text: string, base?: URL): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

/** The first argument that is non-blank after collapsing whitespace. */
function firstText(...values: (string | null | undefined)[]): string | undefined {
  for (const value of values) {
    const text = value === null || value === undefined ? '' : collapse(value);
    if (text !== '') return text;
  }
  return undefined;
}

function collapse(text: string): string {
  return text.replace(/[\u200B-\u200D\uFEFF]/gu, '').replace(/\s+/gu, ' ').trim();
}

function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** JSON-LD strings are sometimes HTML-escaped twice; undo the common entities. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const hex = entity[1] === 'x' || entity[1] === 'X';
      const code = Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}
