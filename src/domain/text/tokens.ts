import { foldText } from './fold.js';

/** A word of a text: where it is, how it was written, and its folded form. */
export interface Token {
  /** The word as written, e.g. `U.S.` or `Türkiye's`. */
  readonly surface: string;
  /** Offset of the first character in the text. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** Lowercase, accent-free, without dots or a possessive: `us`, `turkiye`. */
  readonly folded: string;
}

/**
 * Dotted acronyms (`U.S.`, `a.m.`), words with inner apostrophes (`Russia's`, `don't`), and numbers
 * with separators (`1,000`, `3.5`). Everything else (hyphens, dashes, punctuation) separates words,
 * so `US-Russia` is two tokens.
 */
const TOKEN_PATTERN =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;
const POSSESSIVE = /['’]s$/u;
const INNER_PUNCTUATION = /['’.]/gu;
const THOUSANDS_SEPARATOR = /,(?=\d{3}\b)/gu;

/** Splits a text into tokens (see {@link Token}); never throws, returns `[]` for text without words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const surface = match[0];
    const start = match.index;
    const folded = foldText(surface)
      .replace(POSSESSIVE, '')
      .replace(THOUSANDS_SEPARATOR, '')
      .replace(INNER_PUNCTUATION, (char, offset: number, word: string) =>
        // Keep the decimal point of a number, drop the dots of an acronym and apostrophes.
        char === '.' && /\d/u.test(word[offset - 1] ?? '') && /\d/u.test(word[offset + 1] ?? '') ? '.' : '',
      );
    if (folded.length > 0) tokens.push({ surface, start, end: start + surface.length, folded });
  }
  return tokens;
}
