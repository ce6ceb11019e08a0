import { termOf } from '../text/terms.js';
import { tokenize, type Token } from '../text/tokens.js';

/**
 * What kind of thing the question asks for. Sentences that contain such a thing (and not only the
 * question's own words) are better answers.
 */
export type AnswerKind = 'agent' | 'date' | 'place' | 'quantity' | 'reason' | 'other';

/** A content word of the question: what a good answer sentence should contain. */
export interface Concept {
  /** The word as the user typed it. */
  readonly surface: string;
  /** Its search term (see `termOf`). */
  readonly term: string;
  /** Written with a capital inside the question: a name, so unknown ones mean the topic is not covered. */
  readonly isName: boolean;
}

/** A question reduced to what ranking needs. */
export interface QuestionAnalysis {
  readonly text: string;
  readonly kind: AnswerKind;
  /** Distinct content words, in question order. */
  readonly concepts: readonly Concept[];
}

/** Opening words that fix the answer kind, longest first so "how many" wins over "how". */
const KIND_OPENERS: readonly (readonly [readonly string[], AnswerKind])[] = [
  [['how', 'many'], 'quantity'],
  [['how', 'much'], 'quantity'],
  [['how', 'long'], 'quantity'],
  [['how', 'old'], 'quantity'],
  [['what', 'number'], 'quantity'],
  [['since', 'when'], 'date'],
  [['what', 'year'], 'date'],
  [['which', 'year'], 'date'],
  [['what', 'date'], 'date'],
  [['what', 'day'], 'date'],
  [['what', 'month'], 'date'],
  [['what', 'time'], 'date'],
  [['what', 'country'], 'place'],
  [['which', 'country'], 'place'],
  [['what', 'city'], 'place'],
  [['which', 'city'], 'place'],
  [['what', 'town'], 'place'],
  [['what', 'place'], 'place'],
  [['for', 'what', 'reason'], 'reason'],
  [['what', 'caused'], 'reason'],
  [['how', 'come'], 'reason'],
  [['when'], 'date'],
  [['where'], 'place'],
  [['who'], 'agent'],
  [['whom'], 'agent'],
  [['whose'], 'agent'],
  [['why'], 'reason'],
];

/** Words that only say what kind of answer is wanted ("istanbul talks date"): not content. */
const KIND_WORDS: ReadonlyMap<string, AnswerKind> = new Map([
  ['date', 'date'],
  ['when', 'date'],
  ['year', 'date'],
  ['day', 'date'],
  ['month', 'date'],
  ['time', 'date'],
  ['where', 'place'],
  ['location', 'place'],
  ['place', 'place'],
  ['venue', 'place'],
  ['who', 'agent'],
  ['why', 'reason'],
  ['reason', 'reason'],
  ['many', 'quantity'],
  ['much', 'quantity'],
  ['number', 'quantity'],
]);

/** Capitalised words that are not names (calendar words are capitalised in English). */
const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'i',
]);

/**
 * Reads a question: its answer kind (from the opening words, or a kind word such as "date" in a terse
 * lookup) and its content words. Kind words are dropped from the content once they set the kind, so
 * "istanbul talks date" searches for "istanbul talks".
 */
export function analyzeQuestion(text: string): QuestionAnalysis {
  const tokens = tokenize(text);
  const words = tokens.map((token) => token.folded);
  const opener = findOpener(words);
  let kind: AnswerKind = opener?.kind ?? 'other';
  const skip = new Set<number>(opener?.positions ?? []);

  if (kind === 'other') {
    words.forEach((word, position) => {
      const wordKind = KIND_WORDS.get(word);
      if (wordKind !== undefined && kind === 'other') {
        kind = wordKind;
        skip.add(position);
      }
    });
  }

  const shouting = isMostlyCapitalised(tokens);
  const concepts: Concept[] = [];
  tokens.forEach((token, position) => {
    if (skip.has(position)) return;
    const term = termOf(token.folded);
    if (term === null || concepts.some((concept) => concept.term === term)) return;
    concepts.push({ surface: token.surface, term, isName: !shouting && position > 0 && looksLikeName(token) });
  });
  return { text, kind, concepts };
}

function findOpener(words: readonly string[]): { kind: AnswerKind; positions: number[] } | undefined {
  // The opener may follow a few words ("In what year…", "And who…", "So, when…").
  for (let start = 0; start < Math.min(words.length, 3); start++) {
    for (const [pattern, kind] of KIND_OPENERS) {
      if (pattern.every((word, i) => words[start + i] === word)) {
        return { kind, positions: pattern.map((_, i) => start + i) };
      }
    }
  }
  return undefined;
}

function looksLikeName(token: Token): boolean {
  return /^\p{Lu}/u.test(token.surface) && !CAPITALISED_NON_NAMES.has(token.folded);
}

function isMostlyCapitalised(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => /^\p{L}/u.test(token.surface));
  const capitalised = words.filter((token) => /^\p{Lu}/u.test(token.surface)).length;
  return words.length >= 3 && capitalised / words.length > 0.6;
}
