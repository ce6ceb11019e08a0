/**
 * Sentence splitting for news prose. A full stop ends a sentence unless it belongs to an
 * abbreviation (`Ms.`, `Gen.`, `St.`), an initial (`J. K. Rowling`), a decimal (`3.5`), or a dotted
 * acronym (`U.S.`, `a.m.`) that the next word shows is mid-sentence. Closing quotes and brackets stay
 * with the sentence they close.
 */

/** A sentence and where it sits in its paragraph. */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Titles and abbreviations that are followed by a name or a number, never by a new sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'mt', 'ft', 'gen', 'col', 'lt', 'maj', 'capt', 'cmdr',
  'sgt', 'cpl', 'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'amb', 'jr', 'sr',
  'vs', 'etc', 'approx', 'dept', 'univ', 'inc', 'corp', 'ltd', 'co', 'bros', 'ave', 'blvd', 'e.g',
  'i.e', 'cf', 'al',
]);

/** Abbreviations that are also words ("no", "mar", "sun"): abbreviations only before a number. */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'vol', 'pp', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec',
]);

/**
 * After an acronym such as `U.S.` or `a.m.`, these capitalised words show that a new sentence began
 * ("... in the U.S. The talks ..."); any other word continues the sentence ("the U.S. Embassy").
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our',
  'this', 'that', 'these', 'those', 'there', 'in', 'on', 'at', 'for', 'but', 'and', 'so', 'yet',
  'however', 'meanwhile', 'after', 'before', 'when', 'while', 'if', 'as', 'both', 'one', 'some',
  'many', 'most', 'according',
]);

/** A candidate end: `.`, `!`, `?` or `…` runs, then closing quotes/brackets, then space or the end. */
const CANDIDATE_END = /[.!?…]+["'”’»)\]]*(?=\s|$)/gu;
const WORD_BEFORE = /([\p{L}\p{N}.]+)\s*$/u;
const NEXT_WORD = /^\s*["'“‘«([]*([\p{L}\p{N}]+)/u;

/** Splits a paragraph into trimmed, non-empty sentences, in order. */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let sentenceStart = 0;
  for (const match of paragraph.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    if (!endsSentence(paragraph, match.index, match[0], end)) continue;
    pushTrimmed(spans, paragraph, sentenceStart, end);
    sentenceStart = end;
  }
  pushTrimmed(spans, paragraph, sentenceStart, paragraph.length);
  return spans;
}

function endsSentence(text: string, markAt: number, mark: string, end: number): boolean {
  const rest = text.slice(end);
  const next = NEXT_WORD.exec(rest)?.[1];
  if (next === undefined) return rest.trim().length === 0 || !/^\s*[\p{Ll}]/u.test(rest);
  // A lowercase continuation ("she asked.", `"Stop?" he said`) is never a new sentence.
  if (/^\p{Ll}/u.test(next)) return false;
  if (!mark.startsWith('.') || mark.startsWith('..')) return true;

  const before = WORD_BEFORE.exec(text.slice(0, markAt))?.[1] ?? '';
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (NUMBER_ABBREVIATIONS.has(word) && /^\p{N}/u.test(next)) return false;
  // An initial: a single capital letter, as in "J. K. Rowling" or "George W. Bush".
  if (/^\p{Lu}$/u.test(before)) return false;
  // A dotted acronym (U.S., a.m.): a sentence ends only if the next word opens one.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return SENTENCE_OPENERS.has(next.toLowerCase());
  return true;
}

function pushTrimmed(spans: SentenceSpan[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed.length > 0) spans.push({ text: trimmed, start: from + leading, end: from + leading + trimmed.length });
}
