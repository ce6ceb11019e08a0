// Patterns of newswire prose that answer common factoid questions: a work credited to its maker,
// initials spelled out, a life's span. Plain text in, a yes or no out.
import { termOf, termSetOf } from '../text/terms.js';
import { tokenize } from '../text/tokens.js';

/** Verbs of making a work, whose maker "<work> by <name>" names. */
export const MAKING_VERBS: ReadonlySet<string> = termSetOf(['wrote', 'write', 'written', 'composed', 'painted', 'designed', 'directed', 'created', 'invented', 'built', 'sang', 'produced', 'authored', 'drew', 'sculpted', 'made']);

const POSSESSIVE_END = /['’]s$/u;

/**
 * Whether the sentence names a maker right after a work the question names: "the Tale of Genji by
 * Lady Murasaki Shikibu" (a capitalised name after "by", itself not one of the question's words).
 * Not "Egypt's delegation was led by X, and Iran's by Y": a possessive owns, it is no work.
 */
export function creditsMaker(sentence: string, workTerms: ReadonlySet<string>): boolean {
  const tokens = tokenize(sentence);
  return tokens.some((token, i) => {
    const work = tokens[i - 1];
    const maker = tokens[i + 1];
    if (token.folded !== 'by' || work === undefined || maker === undefined || POSSESSIVE_END.test(work.surface)) return false;
    return workTerms.has(termOf(work.folded) ?? '') && /^\p{Lu}/u.test(maker.surface) && !workTerms.has(termOf(maker.folded) ?? '');
  });
}

/** Small words a full name may hold that its initials skip ("Association of Retired Persons"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de']);

/**
 * Whether the sentence spells out the initials: capitalised words whose first letters, past small
 * joining words, are the letters in order ("American Association of Retired Persons" for AARP).
 */
export function spellsOut(sentence: string, letters: string): boolean {
  const tokens = tokenize(sentence);
  return tokens.some((start, i) => {
    if (start.surface[0] !== letters[0]) return false;
    let initials = '';
    for (const token of tokens.slice(i)) {
      const first = token.surface[0] ?? '';
      if (/\p{Lu}/u.test(first)) initials += first;
      else if (!NAME_JOINERS.has(token.folded)) break;
      if (initials.length >= letters.length) break;
    }
    return initials === letters;
  });
}

/** Verbs a life's span dates: being born and dying. */
export const LIFE_EVENTS: ReadonlySet<string> = termSetOf(['born', 'die', 'died']);

/** A life's span in brackets: "(1931-1955)", "( 1924- )". */
const LIFESPAN = /\(\s*(?:1[0-9]|20)\d\d\s*[-–—]\s*(?:(?:1[0-9]|20)\d\d\s*)?\)/u;

/** Whether the sentence gives a life's span in brackets ("James Dean (1931-1955)"). */
export function givesLifespan(sentence: string): boolean {
  return LIFESPAN.test(sentence);
}
