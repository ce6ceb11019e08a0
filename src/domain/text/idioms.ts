import { termOf } from './terms.js';

/**
 * Everyday idioms and the plain word news prose uses for them ("who was calling the shots for
 * Moscow" asks who led). Word by word an idiom searches for its picture ("shots", "hatchet",
 * "drain"), which the knowledge never uses. Each pattern's first word matches any form of it
 * ("calling", "buried"); the others match as written, "a|b" either, a trailing "?" if present.
 */
const IDIOMS: readonly (readonly [string, string])[] = [
  ['call the shots', 'lead'],
  ['point person', 'lead'],
  ['bury the hatchet', 'normalize'],
  ['pour extra? fuel on|to the fire', 'worsen'],
  ['add extra? fuel on|to the fire', 'worsen'],
  ['fuel on|to the fire', 'worsen'],
  ['hand tied behind? their|his|her|its? back?', 'restrict'],
  ['pull teeth', 'difficult'],
  ['rough time', 'difficult'],
  ['hard time', 'difficult'],
  ['down the drain', 'deteriorate'],
  ['on the menu', 'agenda'],
  ['off the menu', 'agenda'],
  ['big deal', 'controversial'],
  ['on the same page', 'agree'],
  ['red tape', 'paperwork'],
  ['at loggerheads', 'dispute'],
  ['bone of contention', 'controversial'],
  ['back on track', 'restore'],
  ['back to normal', 'normalize'],
  ['up and running', 'operation'],
  ['sling mud', 'accuse'],
  ['mud sling|slinging?', 'accuse'],
  ['mudslinging', 'accuse'],
  ['on the receiving end', 'accuse'],
  ['just start|started|begun|began|arrived|appointed', 'new'],
  ['just get|got the? job|post|role', 'new'],
];

interface PatternWord {
  readonly forms: readonly string[];
  readonly optional: boolean;
}

interface Pattern {
  readonly rest: readonly PatternWord[];
  readonly word: string;
}

/** The patterns by the term of their first word, so a question's word finds its few at once. */
const PATTERNS_BY_HEAD: ReadonlyMap<string, readonly Pattern[]> = patternsByHead();

function patternsByHead(): Map<string, Pattern[]> {
  const byHead = new Map<string, Pattern[]>();
  for (const [idiom, word] of IDIOMS) {
    const [head = '', ...rest] = idiom.split(' ');
    const pattern = { rest: rest.map((part) => ({ forms: part.replace(/\?$/u, '').split('|'), optional: part.endsWith('?') })), word };
    for (const form of head.split('|')) {
      const term = termOf(form) ?? form;
      byHead.set(term, [...(byHead.get(term) ?? []), pattern]);
    }
  }
  return byHead;
}

/**
 * The idiom starting at `position` of a question's folded words: the plain word it stands for and
 * the position of its last word, or undefined.
 */
export function idiomAt(words: readonly string[], position: number): { word: string; lastAt: number } | undefined {
  const first = words[position] ?? '';
  for (const pattern of PATTERNS_BY_HEAD.get(termOf(first) ?? first) ?? []) {
    let at = position + 1;
    let matched = true;
    for (const part of pattern.rest) {
      if (part.forms.includes(words[at] ?? '')) at++;
      else if (!part.optional) {
        matched = false;
        break;
      }
    }
    if (matched) return { word: pattern.word, lastAt: at - 1 };
  }
  return undefined;
}
