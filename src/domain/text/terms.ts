import lemmatizer from 'wink-lemmatizer';
import stem from 'wink-porter2-stemmer';
import { STOP_WORDS } from './stopWords.js';
import { tokenize } from './tokens.js';

/**
 * The single definition of a search term, used for indexing and for questions alike, so that a word
 * always meets itself: fold (see `tokenize`), drop stop words, reduce irregular forms to their base
 * (`led` → `lead`, `met` → `meet`, `held` → `hold`, `men` → `man`), then Porter2-stem (`negotiations` →
 * `negoti`). Numbers stay as written (`2022`).
 */
export function termOf(folded: string): string | null {
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  if (/^\d/u.test(folded)) return folded;
  if (folded.length > MAX_TERM_LENGTH) return null;
  const cached = termCache.get(folded);
  if (cached !== undefined) return cached;
  const word = americanSpelling(folded);
  const verb = BASE_WORDS.has(word) ? word : lemmatizer.verb(word);
  // A word ending in "ss" is no plural: "discuss" is not the plural of "discus", nor "pass" of "pas".
  const noun = verb !== word || word.endsWith('ss') ? verb : lemmatizer.noun(word);
  // Comparatives and superlatives: thorniest → thorny, biggest → big, worse → bad.
  const term = stem(noun !== word ? noun : lemmatizer.adjective(word));
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(folded, term);
  return term;
}

/**
 * Words the lemmatiser takes for the past of a rarer verb, though news uses them as words of their
 * own: "rent" (not of "rend"), "ground" (not of "grind"), "bound" (not of "bind").
 */
const BASE_WORDS: ReadonlySet<string> = new Set(['rent', 'ground', 'bound']);

/** The terms of a list of single words, for look-ups by term ("headed" → `head`); a stop word stands as itself. */
export function termSetOf(words: Iterable<string>): ReadonlySet<string> {
  return new Set([...words].map((word) => termOf(word) ?? word));
}

/**
 * The terms of a text, in order, duplicates kept (term frequency matters for ranking). "May" with a
 * capital and a number beside it is the month, kept as the term `may` (the verb is a stop word).
 */
export function termsOf(text: string): string[] {
  return wordsOf(text).map((word) => word.term);
}

/**
 * The terms of a text with the folded words they come from (for typo tolerance on words), whether
 * each was written with a capital, and whether it opens the text (where anything is capitalised).
 */
export function wordsOf(text: string): { folded: string; term: string; capitalised: boolean; first: boolean }[] {
  const words: { folded: string; term: string; capitalised: boolean; first: boolean }[] = [];
  const tokens = tokenize(text);
  tokens.forEach((token, i) => {
    const term = token.surface === 'May' && isMonthMay(tokens[i - 1]?.folded, tokens[i + 1]?.folded) ? 'may' : termOf(token.folded);
    if (term !== null) words.push({ folded: token.folded, term, capitalised: /^\p{Lu}/u.test(token.surface), first: i === 0 });
  });
  return words;
}

/** Words before "May" that make it the month: "in May", "since May", "early May". */
const BEFORE_MONTH: ReadonlySet<string> = new Set(['in', 'since', 'until', 'by', 'from', 'early', 'late', 'mid', 'last', 'next', 'this', 'during', 'through', 'of']);

/** "May 5", "5 May", "in May": the month, not the verb (a stop word). */
function isMonthMay(before: string | undefined, after: string | undefined): boolean {
  return isNumber(after) || isNumber(before) || (before !== undefined && BEFORE_MONTH.has(before));
}

function isNumber(folded: string | undefined): boolean {
  return folded !== undefined && /^\d/u.test(folded);
}

/**
 * British spellings mapped to American ones so `normalise` meets `normalize` and `centre` meets
 * `center`. Applied to both the knowledge and the questions, so an occasional over-eager rewrite
 * (`premise` → `premize`) only renames a term everywhere and costs nothing.
 */
export function americanSpelling(word: string): string {
  return word
    .replace(/^(\p{L}{4,})is(e|es|ed|ing|ation|ations)$/u, '$1iz$2')
    .replace(/^(\p{L}{3,})ys(e|es|ed|ing)$/u, '$1yz$2')
    .replace(/^(\p{L}{3,})our(s|ed|ing|able|ite|ites)?$/u, '$1or$2')
    .replace(/^(\p{L}{3,})tre(s)?$/u, '$1ter$2')
    .replace(/^(de|of)fence(s)?$/u, '$1fense$2')
    .replace(/^licenc(e|es|ed|ing)$/u, 'licens$1');
}

/** Words longer than this are noise (URLs, hashes) and are not indexed. */
const MAX_TERM_LENGTH = 40;
/** Lemmatising and stemming cost microseconds; questions repeat words, so remember recent ones. */
const TERM_CACHE_LIMIT = 100_000;
const termCache = new Map<string, string>();
