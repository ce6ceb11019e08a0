import { termOf } from '../text/terms.js';
import { tokenize } from '../text/tokens.js';
import type { ExpandedConcept } from './expand.js';

/**
 * Titles of office: "Who is the US ambassador to Moscow?" asks for whoever holds one. Other nouns
 * ("Who was the US representative?") describe a part someone played, and are left to ranking.
 */
const TITLES: ReadonlySet<string> = new Set(
  [
    'ambassador', 'envoy', 'minister', 'secretary', 'spokeswoman', 'spokesman', 'spokesperson', 'president',
    'chancellor', 'premier', 'consul', 'mayor', 'governor', 'chairman', 'chairwoman', 'chair', 'director',
    'chief', 'commissioner', 'ombudsman', 'attache', 'undersecretary', 'king', 'queen', 'pope',
  ].map((word) => termOf(word) ?? word),
);

/** Words between "who is/was" and the office that say nothing about which one ("the new", "the current"). */
const SKIPPED: ReadonlySet<string> = new Set(['the', 'a', 'an', 'new', 'current', 'present', 'acting', 's']);

/** Prepositions that link an office to where or whom it serves ("ambassador to Washington"). */
const LINKS: ReadonlySet<string> = new Set(['to', 'of', 'for']);

/** Words the sentence may add between the qualifiers and the office ("US State Department spokeswoman" for "State Department spokeswoman"). */
const QUALIFIER_SLACK = 1;

/**
 * An office-holder question ("Who is the US ambassador to Moscow?", "Who is Russia's foreign
 * minister?"): the words of the office, and the names that qualify it before ("US") and after
 * ("to Moscow"). Bag-of-words matching cannot tell "the Russian Ambassador to Washington" from
 * "the US ambassador to Moscow" (aliases make both about the US and Russia); word order can.
 */
export interface RoleQuestion {
  /** Words of the office, in order ("foreign", "minister"), folded as typed. */
  readonly office: readonly string[];
  /** Words written before the office ("US", "Russia", "foreign"), folded as typed. */
  readonly before: readonly string[];
  /** Words linked after it ("to Moscow"), folded as typed. */
  readonly after: readonly string[];
}

/**
 * Reads "who is/was [the] <qualifiers> <office> [to|of|for <names>]" (the whole question): the office
 * starts at its first title ("minister" in "Russia's foreign minister"); null for any other question.
 */
export function roleQuestionOf(question: string): RoleQuestion | null {
  const words = tokenize(question).map((token) => token.folded);
  if (words[0] !== 'who' || !['is', 'was', 's'].includes(words[1] ?? '')) return null;
  const phrase: string[] = [];
  const after: string[] = [];
  let linked = false;
  for (const word of words.slice(2)) {
    if (SKIPPED.has(word)) continue;
    if (LINKS.has(word) && !linked && phrase.length > 0) {
      linked = true;
      continue;
    }
    const term = termOf(word);
    // Any other function word ("at the talks", "in 2020") means a question this reading does not cover.
    if (term === null) return null;
    (linked ? after : phrase).push(word);
  }
  const titleAt = phrase.findIndex((word) => TITLES.has(termOf(word) ?? word));
  if (titleAt < 0) return null;
  return { before: phrase.slice(0, titleAt), office: phrase.slice(titleAt), after };
}

/**
 * Whether a sentence's terms name the office asked for with its qualifiers in place: the office's
 * terms together; each word asked before it among the words just before (as many as were asked, plus
 * {@link QUALIFIER_SLACK}); each word asked after it among the words just after. A word counts by its
 * own term or its aliases (`concepts`, from the question's expansion): "Russian" stands for "Russia's",
 * but "the Russian Ambassador to Washington" is not "the US ambassador to Moscow".
 */
export function namesOfficeHolder(sentenceTerms: readonly string[], role: RoleQuestion, concepts: readonly ExpandedConcept[]): boolean {
  for (let start = 0; start + role.office.length <= sentenceTerms.length; start++) {
    if (!role.office.every((word, i) => standsFor(word, [sentenceTerms[start + i] ?? ''], concepts))) continue;
    const end = start + role.office.length - 1;
    const beforeWindow = sentenceTerms.slice(Math.max(0, start - role.before.length - QUALIFIER_SLACK), start);
    const afterWindow = sentenceTerms.slice(end + 1, end + 1 + role.after.length + QUALIFIER_SLACK);
    if (role.before.every((word) => standsFor(word, beforeWindow, concepts)) && role.after.every((word) => standsFor(word, afterWindow, concepts))) return true;
  }
  return false;
}

/** Whether the word typed as `folded`, or one of its aliases ("ambassador" for "envoy"), is among `terms`. */
function standsFor(folded: string, terms: readonly string[], concepts: readonly ExpandedConcept[]): boolean {
  if (terms.includes(termOf(folded) ?? folded)) return true;
  const concept = concepts.find((expanded) => expanded.concept.parts.some((part) => part.folded === folded));
  return concept?.alternatives.some((alternative) => alternative.terms.length === 1 && terms.includes(alternative.terms[0] ?? '')) ?? false;
}
