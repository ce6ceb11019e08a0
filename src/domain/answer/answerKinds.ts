import { STOP_WORDS } from '../text/stopWords.js';
import { termOf } from '../text/terms.js';
import { tokenize, type Token } from '../text/tokens.js';
import type { AnswerKind } from './question.js';

/**
 * How clearly a sentence contains the kind of thing a question asks for, beyond the question's own
 * words, from 0 (not at all) to 1: a name for "who", a date for "when" (a bare number is only half a
 * date), a place for "where", a number for "how many", a causal phrase for "why". A cheap,
 * rule-based stand-in for named-entity recognition.
 *
 * @param questionTerms the question's content terms; a name made only of them is not an answer
 */
export function answerKindEvidence(sentence: string, kind: AnswerKind, questionTerms: ReadonlySet<string>): number {
  return containsAnswerKind(sentence, kind, questionTerms) ? (kind === 'date' && !DATE_PATTERN.test(sentence) ? 0.5 : 1) : 0;
}

function containsAnswerKind(sentence: string, kind: AnswerKind, questionTerms: ReadonlySet<string>): boolean {
  switch (kind) {
    case 'other':
      return false;
    case 'date':
      return DATE_PATTERN.test(sentence) || QUANTITY_PATTERN.test(sentence);
    case 'quantity':
      return QUANTITY_PATTERN.test(sentence);
    case 'reason':
      return REASON_PATTERN.test(sentence);
    case 'agent':
      return namedSpans(tokenize(sentence)).some((span) => isNewToQuestion(span, questionTerms));
    case 'place':
      return namedSpans(tokenize(sentence)).some(
        (span) => span.afterLocative && isNewToQuestion(span, questionTerms),
      );
  }
}

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** A number as written, or `<num>`, the placeholder some newswire corpora put in place of numbers. */
const NUMBER = String.raw`\d[\d,.]*|<num>`;
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|several|both';

const DATE_PATTERN = new RegExp(
  String.raw`\b(?:${MONTHS})\b\.?\s*(?:\d|<num>)|\b(?:${WEEKDAYS})\b|\b(?:1[0-9]|20)\d\d(?:s)?\b|\b(?:in|since|until|by|from) (?:the )?(?:early |late |mid-?)?<num>|\b(?:yesterday|today|tomorrow|tonight|recent (?:years|months|weeks|days)|last (?:year|month|week)|next (?:year|month|week)|since|ago|earlier this|later this)\b`,
  'iu',
);
const QUANTITY_PATTERN = new RegExp(String.raw`(?:${NUMBER})|\b(?:${NUMBER_WORDS})\b`, 'iu');
const REASON_PATTERN =
  /\b(?:because|due to|owing to|as a result|result of|in order to|so that|caused? by|hampered|blamed|amid|since|reason|after|for fear|thanks to|led to|lead to)\b/iu;

/** A run of capitalised words: a person, organisation or place, roughly. */
interface NamedSpan {
  readonly terms: readonly string[];
  /** Preceded by "in", "at", "from"...: likely a place. */
  readonly afterLocative: boolean;
}

const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'into', 'outside', 'inside', 'across', 'of', 'to', 'on']);
/** Lowercase words allowed inside a name: "Secretary of State", "Bank of America". */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'da', 'von', 'van', 'al', 'bin', 'la', 'le']);

function namedSpans(tokens: readonly Token[]): NamedSpan[] {
  const spans: NamedSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined || !isCapitalised(token) || (i === 0 && STOP_WORDS.has(token.folded))) {
      i++;
      continue;
    }
    const start = i;
    const terms: string[] = [];
    while (i < tokens.length) {
      const current = tokens[i];
      if (current === undefined) break;
      if (isCapitalised(current)) {
        const term = termOf(current.folded);
        if (term !== null) terms.push(term);
        i++;
      } else if (NAME_JOINERS.has(current.folded) && tokens[i + 1] !== undefined && isCapitalised(tokens[i + 1] as Token)) {
        i++;
      } else {
        break;
      }
    }
    const previous = tokens[start - 1];
    if (terms.length > 0) spans.push({ terms, afterLocative: previous !== undefined && LOCATIVES.has(previous.folded) });
  }
  return spans;
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.surface);
}

function isNewToQuestion(span: NamedSpan, questionTerms: ReadonlySet<string>): boolean {
  return span.terms.some((term) => !questionTerms.has(term));
}
