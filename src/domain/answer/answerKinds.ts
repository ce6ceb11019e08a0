import { countryMeantBy, countryOfTerm, GENERAL_VARIANTS, isCountryWord } from '../search/generalAliases.js';
import { foldText } from '../text/fold.js';
import { STOP_WORDS } from '../text/stopWords.js';
import { termOf, termSetOf, termsOf } from '../text/terms.js';
import { tokenize, type Token } from '../text/tokens.js';
import { wordClassOf } from '../text/wordClass.js';
import { INDEFINITE_ARTICLES, MISSION_NOUNS, MONEY_UNITS, type AnswerKind } from './question.js';

/** What besides its kind a question says about the answer it wants (see {@link answerKindEvidence}). */
export interface EvidenceDetail {
  readonly counted?: ReadonlySet<string>;
  /** Whose things are counted, with their other names ("american", "us", "america"...), folded. */
  readonly owners?: ReadonlySet<string>;
  /** Every term the question searches for, aliases included ("six hours of negotiations" measures the talks). */
  readonly searched?: ReadonlySet<string>;
  readonly ongoing?: boolean;
  readonly gap?: boolean;
  /** "What country is Istanbul in?": only a country's name answers. */
  readonly country?: boolean;
  /** "Whose consulate ...?": the term of the thing whose owner is asked (see `QuestionAnalysis.ownedThing`). */
  readonly owned?: string | null;
  /** "Where in Istanbul ...?": only a place inside it answers (see `QuestionAnalysis.placeWithin`). */
  readonly within?: boolean;
  /** "Which building hosted the talks?": only a building answers (see `QuestionAnalysis.asksVenue`). */
  readonly venue?: boolean;
  /** "When could ...": a date answers a condition question too (see `QuestionAnalysis.dateMeetsCondition`). */
  readonly dateMeetsCondition?: boolean;
  /** "On what exact date ...": only a date the question does not already give answers (see `QuestionAnalysis.asksExactDate`). */
  readonly exactDate?: boolean;
  /** "What sport ...": the terms of the class's members ("basketbal", …) the question itself does not use. */
  readonly members?: ReadonlySet<string>;
  /** "How old ...": an age answers best, another number half (see `QuestionAnalysis.asksAge`). */
  readonly age?: boolean;
  /** "How did X die?": a cause of death answers (see `QuestionAnalysis.asksCauseOfDeath`). */
  readonly causeOfDeath?: boolean;
  /** "What film ...": a quoted title answers (see `QuestionAnalysis.asksTitle`). */
  readonly title?: boolean;
  /** "What is his real name?": another name given answers (see `QuestionAnalysis.asksOtherName`). */
  readonly otherName?: boolean;
}

/**
 * Answer kinds a sentence must show to answer at all: "when" needs a date, "how many" a number,
 * "how long" a duration, "what time" a time of day, "where" a place. A sentence about the right
 * topic without one does not answer the question, and Parley says the detail is missing rather
 * than quote it.
 */
export const REQUIRED_KINDS: ReadonlySet<AnswerKind> = new Set(['date', 'time', 'duration', 'quantity', 'place', 'condition']);

/**
 * How clearly a sentence contains the kind of thing a question asks for, beyond the question's own
 * words, from 0 (not at all) to 1: a name for "who", a date for "when" (a bare number is only half
 * a date), a time of day, a duration, a place for "where", a number for "how many", a causal phrase
 * for "why", a date or a condition ("only if") for "when could". A cheap, rule-based stand-in for
 * named-entity recognition.
 *
 * @param questionTerms the question's content terms in the asker's forms and their near-identical
 *   variants (not synonyms or capitals); a name made only of them is not an answer
 * @param detail for "how many X", the terms of X and their aliases (`counted`); whether the question
 *   asks how long something has been going on (`ongoing`: "in recent years" answers "how long have
 *   ...", not "how long did the meeting last") or the time between two events (`gap`: "73 seconds
 *   after liftoff")
 */
export function answerKindEvidence(
  sentence: string,
  kind: AnswerKind,
  questionTerms: ReadonlySet<string>,
  detail: EvidenceDetail = {},
): number {
  const { counted = new Set<string>(), owners = new Set<string>(), searched = questionTerms, ongoing = false, gap = false, country = false, owned = null, within = false, venue = false, dateMeetsCondition = true, exactDate = false, members = NO_MEMBERS, causeOfDeath = false, title = false, otherName = false, age = false } = detail;
  // "Neither side has said where or when it will take place": the sentence says the detail is unknown.
  // "Agreed to meet again in November, without giving a date": the month or city it does give
  // answers in part.
  if (REQUIRED_KINDS.has(kind) && saysNotGiven(sentence, kind)) {
    if (kind !== 'date' && kind !== 'place') return 0;
    const given = sentence.replace(NOT_GIVEN_DETAIL, ' ').replace(NOT_GIVEN, ' ');
    return given === sentence || saysNotGiven(given, kind) ? 0 : answerKindEvidence(given, kind, questionTerms, detail) / 2;
  }
  switch (kind) {
    case 'other':
      // "How did James Dean die?": "in a car crash".
      if (causeOfDeath) return CAUSE_OF_DEATH.test(sentence) ? 1 : 0;
      // "What film introduced Jar Jar Binks?": 'in "Star Wars: Episode I"'.
      if (title) return quotedTitleIn(sentence, questionTerms) ? 1 : 0;
      // "What was Ice T's original name?": "Ice, a.k.a. Tracy Morrow".
      if (otherName) return OTHER_NAME_GIVEN.test(sentence) ? 1 : 0;
      // "What sport do the Globetrotters play?": a sentence naming a sport ("basketball") answers.
      return members.size > 0 && termsOf(sentence).some((term) => members.has(term)) ? 1 : 0;
    case 'date':
      // A masked number (`<num>`, as in some newswire corpora) may be a year: half a date.
      // "On what exact date in September ...": "in September" repeats the question; a new date answers.
      if (exactDate) return newDateIn(sentence, questionTerms) ? 1 : 0;
      return DATE_PATTERN.test(sentence) ? 1 : sentence.includes('<num>') ? 0.5 : 0;
    case 'time':
      return TIME_PATTERN.test(sentence) ? 1 : 0;
    case 'condition':
      return (dateMeetsCondition && DATE_PATTERN.test(sentence)) || CONDITION_PATTERN.test(sentence) ? 1 : 0;
    case 'duration':
      return durationIn(sentence, searched, gap) || (ongoing && ONGOING_PERIOD.test(sentence)) ? 1 : 0;
    case 'quantity':
      // "How old is Floyd Patterson?": "Floyd Patterson is 64.", "the brooding 24-year-old".
      if (age) return AGE.test(sentence) ? 1 : quantityIn(sentence) ? 0.5 : 0;
      return counted.size > 0 ? (countOf(sentence, counted, owners) ? 1 : 0) : quantityIn(sentence) ? 1 : 0;
    case 'reason':
      // Causal words and purpose clauses are weak signs: half credit.
      return REASON_PATTERN.test(sentence) || purposeClauseIn(sentence) ? 0.5 : 0;
    case 'agent': {
      // "Whose consulate?": a name right before the thing ("the Russian consulate", "Russia's consulate").
      if (owned !== null) return ownerBefore(sentence, owned) ? 1 : 0;
      // A full name ("Alexander Darchiev", "Russian Foreign Ministry") is a likelier answer to "who"
      // than a single capitalised word ("Reuters", "US").
      const names = namedSpansOf(sentence).filter((span) => isNewToQuestion(span, questionTerms));
      return names.some((span) => span.terms.length > 1) ? 1 : names.length > 0 ? 0.5 : 0;
    }
    case 'place':
      // "Which building hosted the talks?": a building, whatever the question calls it.
      if (venue) return venueIn(sentence) ? 1 : 0;
      // "What country is Istanbul in?": a country placing somewhere ("in Türkiye", "Istanbul (Türkiye)")
      // answers best; another place only half.
      if (country) return countryPlacedIn(sentence, questionTerms) ? 1 : answerKindEvidence(sentence, kind, questionTerms) / 2;
      // "Where in Istanbul": a place inside the city (a consulate, a district), not another city.
      // The building it was held in answers best; another place in a city ("staffing at their
      // embassies") only half.
      if (within) return placeNounIn(sentence, questionTerms, true) ? (venueIn(sentence) ? 1 : 0.5) : 0;
      if (
        // "Ambassador to Washington" places the ambassador a question asks about ("darchiev is ambassador to where?").
        namedSpansOf(sentence).some((span) => (span.afterLocative || (span.postOf !== null && questionTerms.has(span.postOf))) && isNewToQuestion(span, questionTerms)) ||
        placeNounIn(sentence, questionTerms) ||
        basedPlaceIn(sentence, questionTerms) ||
        DATELINE.test(sentence)
      ) {
        return 1;
      }
      // "near the south pole", "at the border": a place without a name, less certain.
      return LOCATIVE_PHRASE.test(sentence) ? 0.5 : 0;
  }
}

const NO_MEMBERS: ReadonlySet<string> = new Set();

/** A title in quotes, straight, curly or as newswire writes them (`` Star Wars '') , capitalised. */
const QUOTED_TITLE = /(?:``|["“‘]) ?(\p{Lu}[^"“”‘’`]{0,80}?) ?(?:''|["”’])/gu;

/** Whether the sentence quotes a title with a word new to the question. */
function quotedTitleIn(sentence: string, questionTerms: ReadonlySet<string>): boolean {
  return capturesNewWord(sentence, QUOTED_TITLE, questionTerms);
}

/** Whether a match of the global `pattern` captures (group 1) a word the question does not use. */
function capturesNewWord(sentence: string, pattern: RegExp, questionTerms: ReadonlySet<string>): boolean {
  for (const match of sentence.matchAll(pattern)) {
    if (termsOf(match[1] ?? '').some((term) => !questionTerms.has(term))) return true;
  }
  return false;
}

/**
 * Another name given, then the name: "a.k.a. Tracy Morrow" (newswire may space the dots), "also
 * known as", "nicknamed", "born Cassius Clay", "real name", "née".
 */
const OTHER_NAME_GIVEN = /(?:\ba\.? ?k\.? ?a\b\.?|\baka\b|\b(?:also|better|formerly|originally) (?:known as|called|named)\b|\bnicknamed\b|\bborn\b|\breal name(?: is| was)?\b|\bn[ée]e\b|\b(?:began|started)(?: \p{L}+){0,2} as(?: the)?) ?[.,:]? ?(?:[`'"“]+ ?)?\p{Lu}/u;

/** An age as the news gives it: "24-year-old", "aged 24", "at the age of 24", "Patterson is 64.", ", 64,". */
const AGE = /\b(?:\d+|<num>)[- ]?years?[- ]old\b|\baged (?:\d+|<num>)\b|\bage of (?:\d+|<num>)\b|\b(?:is|was) (?:\d+|<num>) ?[.,;]|\p{L} ?, (?:\d+|<num>) ?,/u;

/** How people die, as the news tells it: accidents, violence, illness. */
const CAUSE_OF_DEATH =
  /\b(?:crash(?:ed|es)?|accident|collision|killed|shot|gunned down|stabbed|murdered|assassinated|executed|hanged|drowned|poisoned|suicide|overdose|cancer|heart attack|heart failure|stroke|pneumonia|tuberculosis|leukemia|disease|illness|natural causes|complications)\b/iu;

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|a few';
const TIME_UNITS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?';

const FULL_MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const DATE_PATTERN = new RegExp(
  String.raw`\b(?:${MONTHS})\b\.?\s*(?:\d|<num>)|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:(?!may\b)(?:${MONTHS})\b|may\b(?=,?\s*\d{4}|[.,;)]|$))|\b(?:in|by|until|since|from|before|after|during|for|early|late|mid-?|next|last|this) (?:${FULL_MONTHS})\b|\b(?:${WEEKDAYS})\b|\b(?:1[0-9]|20)\d\d(?:s)?\b|\b\d{1,2}(?:st|nd|rd|th)[- ]century\b|\b(?:in|since|until|by|from) (?:the )?(?:early |late |mid-?)?<num>|\b(?:yesterday|today|tomorrow|tonight|recent (?:years|months|weeks|days)|last (?:year|month|week)|next (?:year|month|week)|ago|earlier this|later this)\b`,
  'iu',
);
const DATES = new RegExp(DATE_PATTERN.source, 'giu');

/** Whether the sentence has a date with a word the question does not already give. */
function newDateIn(sentence: string, questionTerms: ReadonlySet<string>): boolean {
  for (const match of sentence.matchAll(DATES)) {
    const terms = termsOf(match[0]);
    if (terms.length === 0 || terms.some((term) => !questionTerms.has(term))) return true;
  }
  return false;
}

/** A condition an event waits for: "could only happen if", "once", "unless", "provided that". */
const CONDITION_PATTERN = /\b(?:if|once|unless|provided|as soon as|only when|until|depend(?:s|ed|ing)? (?:on|upon)|hinge[sd]? on|contingent on|conditional on)\b/iu;
const TIME_PATTERN = /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?=\W|$)|\b\d{1,2}:\d{2}\b|\bo'clock\b|\b(?:noon|midday|midnight|morning|afternoon|evening|overnight|dawn|dusk)\b/iu;
/**
 * What may follow a time unit without it being how long something lasted: "years of tensions" (see
 * `DURATION_OF`), "six weeks after the first meeting" (a gap between two events, see `GAP_PATTERN`).
 */
const NOT_A_DURATION = String.raw`(?!\s+(?:of|after|before|ago|earlier|later)\b)`;
const DURATION_PATTERN = new RegExp(
  String.raw`(?:\d[\d,.]*|<num>|\b(?:${NUMBER_WORDS}|several|many|few))\s*-?\s*(?:(?:working|business|calendar|full|straight)\s+)?(?:${TIME_UNITS})\b${NOT_A_DURATION}|\b(?:all day|all night|overnight|hours-long|day-long|week-long)\b|\b(?:for|over)\s+(?:${TIME_UNITS})\b${NOT_A_DURATION}|\bsince (?:(?:1[0-9]|20)\d\d|<num>)\b`,
  'iu',
);
/** "73 seconds after liftoff", "two days before the vote": the time between two events. */
const GAP_PATTERN = new RegExp(String.raw`(?:\d[\d,.]*|<num>|\b(?:${NUMBER_WORDS}|several|many|few))\s*-?\s*(?:${TIME_UNITS})\s+(?:after|before)\b`, 'iu');
/** "In recent years": how long something has been going on, not how long an event lasted. */
const ONGOING_PERIOD = new RegExp(String.raw`\bin recent (?:${TIME_UNITS})\b`, 'iu');
/** "six hours of closed-door talks", "after years of tensions": a duration of whatever follows. */
const DURATION_OF = new RegExp(String.raw`\b(?:${TIME_UNITS}) of ((?:\S+\s+){0,2}\S+)`, 'giu');

/**
 * A duration in the sentence. One written "<time> of <thing>" measures that thing, so it counts only
 * when the thing is in the question: "six hours of talks" answers "how long did the talks last",
 * "after years of tensions" does not.
 */
function durationIn(sentence: string, questionTerms: ReadonlySet<string>, gap: boolean): boolean {
  if (DURATION_PATTERN.test(sentence) || (gap && GAP_PATTERN.test(sentence))) return true;
  for (const match of sentence.matchAll(DURATION_OF)) {
    if (tokenize(match[1] ?? '').some((token) => questionTerms.has(termOf(token.folded) ?? ''))) return true;
  }
  return false;
}
/** A number that counts something: digits (not a year on its own), a number word, or `<num>`. */
const COUNT_PATTERN = new RegExp(String.raw`<num>|\b(?:${NUMBER_WORDS})\b|\d[\d,.]*`, 'giu');
const YEAR = /^(?:1[5-9]|20)\d\d$/u;
const REASON_PATTERN =
  /\b(?:because|due to|owing to|as a result|result of|in order to|so that|caused? by|hampered|blamed|amid|since|reason|for fear|thanks to|led to|lead to|aimed at)\b/iu;

/** Dates inside a sentence ("April 10", "10 April 2025"): their numbers count days, not things. */
const DATE_NUMBERS = new RegExp(String.raw`\b(?:${MONTHS})\b\.?\s*\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\b(?:,?\s*\d{4})?`, 'giu');

function quantityIn(sentence: string): boolean {
  for (const match of sentence.replace(DATE_NUMBERS, ' ').matchAll(COUNT_PATTERN)) {
    if (!YEAR.test(match[0])) return true;
  }
  return false;
}

/** A currency sign before a number: "$200,000", "€ 5 million", "$ <num>". */
const CURRENCY_SIGN = /[$€£¥₽₺]\s?(?:\d|<num>)/u;
const MONEY: ReadonlySet<string> = new Set(MONEY_UNITS);

/**
 * A number within three words before one of the counted terms (or a term sharing their stem):
 * "six Russian facilities" for "how many facilities"; or "the number of <counted>" and a number
 * later in the sentence; for a sum of money, also a number after a currency sign.
 */
function countOf(sentence: string, counted: ReadonlySet<string>, owners: ReadonlySet<string>): boolean {
  if (CURRENCY_SIGN.test(sentence) && [...counted].some((term) => MONEY.has(term))) return true;
  const tokens = tokenize(sentence.replace(DATE_NUMBERS, ' '));
  // "reduced the number of Russian diplomats allowed in the country to 13": the count comes later.
  const numberOfCounted = tokens.some(
    (token, i) =>
      token.folded === 'number' &&
      tokens[i + 1]?.folded === 'of' &&
      tokens.slice(i + 2, i + 5).some((next) => counted.has(termOf(next.folded) ?? '')),
  );
  if (numberOfCounted && quantityIn(sentence)) return true;
  return tokens.some((token, i) => {
    if (!isCount(token)) return false;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      const folded = (tokens[j] as Token).folded;
      const term = termOf(folded);
      // "six diplomatic properties" counts properties: an adjective sharing the noun's stem is not it.
      if (term === null || !counted.has(term) || wordClassOf(folded) === 'adjective') continue;
      // "15 Russian diplomats", "the Russian delegation of five diplomats" do not count American ones.
      const ownerWords = [...tokens.slice(i + 1, j), ...(tokens[i - 1]?.folded === 'of' ? tokens.slice(Math.max(0, i - 4), i - 1) : [])];
      if (owners.size === 0) return true;
      if (ownerWords.some((word) => isCountryWord(word.folded))) return !ownerWords.some((word) => isCountryWord(word.folded) && !owners.has(word.folded));
      // "85 staff at the British embassy in Tehran", "the British embassy says it cannot pay 37
      // staff": the staff of the nearest mission named.
      const mission = nearestMissionOwner(tokens, i);
      return mission === null || sameCountryAs(owners, mission);
    }
    // "nine diplomats in Grodno, and the Belarusian consulate will reopen with seven": a count that
    // ends its clause counts the noun already named, for the nearest mission.
    const endsClause = tokens[i + 1] === undefined || CLAUSE_LINKS.has(tokens[i + 1]?.folded ?? '');
    if (!endsClause || owners.size === 0 || !tokens.slice(0, i).some((earlier) => counted.has(termOf(earlier.folded) ?? ''))) return false;
    const mission = nearestMissionOwner(tokens, i);
    return mission !== null && sameCountryAs(owners, mission);
  });
}

/** Whether the country key is one of the owners' countries ("belarusian" owns Belarus's missions). */
function sameCountryAs(owners: ReadonlySet<string>, country: string): boolean {
  return [...owners].some((owner) => countryMeantBy(termOf(owner) ?? '') === country);
}

/** Words that open a new clause after a count: "... with seven, while ...". */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['and', 'while', 'but', 'whereas']);

/** How far from a count a mission's owner is looked for, in tokens. */
const MISSION_REACH = 8;

/**
 * The country of the mission nearest to the token at `at`, as its key: the country word right
 * before the mission noun ("the British embassy", "Iran's London embassy"), or for "its" / "their"
 * the country of the clause it belongs to ("Tehran says ... its embassy in London"); null when none
 * is named.
 */
function nearestMissionOwner(tokens: readonly Token[], at: number): string | null {
  for (let distance = 1; distance <= MISSION_REACH; distance++) {
    for (const i of [at + distance, at - distance]) {
      if (MISSION_NOUNS.has(tokens[i]?.folded ?? '')) return missionOwnerAt(tokens, i);
    }
  }
  return null;
}

/**
 * The country key of the mission whose noun stands at `i`: the country word before it ("the
 * British embassy"), past a capital saying where it is ("Iran's London embassy"), or for "its" /
 * "their" the country of the clause ("Tehran says ... its embassy in London"); null when none.
 */
export function missionOwnerAt(tokens: readonly Token[], i: number): string | null {
  const before = isCapital(tokens[i - 1]?.folded ?? '') ? i - 2 : i - 1;
  const owner = tokens[before]?.folded ?? '';
  if (POSSESSIVE_PRONOUNS.has(owner)) return subjectCountryBefore(tokens, before);
  return countryOfTerm(termOf(owner) ?? '');
}

/** Pronouns owning a mission: "its embassy", whose country the clause names. */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their']);

/** Whether a folded word is a capital or seat of government rather than a country or people. */
function isCapital(folded: string): boolean {
  const term = termOf(folded) ?? '';
  return countryOfTerm(term) === null && countryMeantBy(term) !== null;
}

/**
 * The key of the nearest country before `end` that is a clause's subject, followed by its verb
 * ("Tehran says", "Washington has") or speaking as a side ("according to the Polish side, its
 * embassy"), for "its" / "their"; null when none is.
 */
function subjectCountryBefore(tokens: readonly Token[], end: number): string | null {
  for (let i = end - 1; i >= 0; i--) {
    const country = countryMeantBy(termOf(tokens[i]?.folded ?? '') ?? '');
    const next = tokens[i + 1]?.folded ?? '';
    const source = next === 'side' && tokens[i - 2]?.folded === 'to' && tokens[i - 3]?.folded === 'according';
    if (country !== null && (wordClassOf(next) === 'verb' || source)) return country;
  }
  return null;
}

/** The folded names that stand for the same countries or peoples ("american" → "us", "america", "americans"...). */
export function ownerForms(owners: readonly string[]): ReadonlySet<string> {
  const forms = new Set(owners);
  if (forms.size === 0) return forms;
  for (const group of GENERAL_VARIANTS) {
    const members = group.map((member) => foldText(member));
    if (members.some((member) => forms.has(member))) for (const member of members) forms.add(member);
  }
  return forms;
}

const COUNT_WORD = new RegExp(String.raw`^(?:\d[\d,.]*|num|${NUMBER_WORDS})$`, 'iu');

function isCount(token: Token): boolean {
  return COUNT_WORD.test(token.folded) && !YEAR.test(token.folded);
}

/** Words saying what something is for: "aimed at", "the focus of the meeting", "in order to". */
const PURPOSE_WORDS = /\b(?:aim(?:ed|s)? (?:at|to)|focus(?:ed)? (?:of|on)|purpose|goal|objective|in order to|so that|intended to|meant to)\b/iu;

/** Whether the sentence says what something is for: purpose words, or an infinitive of purpose ("to normalize"). */
export function statesPurpose(sentence: string): boolean {
  return PURPOSE_WORDS.test(sentence) || purposeClauseIn(sentence);
}

/** "to conduct", "to restore": an infinitive of purpose, a weak answer to "why". */
function purposeClauseIn(sentence: string): boolean {
  const tokens = tokenize(sentence);
  return tokens.some((token, i) => token.folded === 'to' && wordClassOf(tokens[i + 1]?.folded ?? '') === 'verb');
}

/** "has not said when", "neither side has said where or when", "declined to say how long". */
const NOT_GIVEN = /\b(?:not|n't|never|neither \p{L}+(?: has| have)?|nobody has|no one has|declined to|refused to)\s+(?:yet\s+)?(?:say|said|announce|announced|disclose|disclosed|specify|specified|decide|decided|set|fixed|name|named)\s+((?:where|when|how (?:long|many|much))(?:\s+or\s+(?:where|when))?)/iu;
const NOT_GIVEN_KINDS: ReadonlyMap<string, readonly AnswerKind[]> = new Map([
  ['where', ['place']],
  ['when', ['date', 'time']],
  ['how long', ['duration']],
  ['how many', ['quantity']],
  ['how much', ['quantity']],
]);

/** "did not give a venue", "without giving a date", "no date has been set". */
const NOT_GIVEN_DETAIL = /\b(?:(?:not|n't|never)\s+(?:give|given|gave|set|name|named|announce|announced|fix|fixed)|without\s+(?:giving|setting|naming|announcing))\s+(?:a|an|any|the)\s+(venue|location|place|date|time)\b/iu;
const NOT_GIVEN_DETAILS: ReadonlyMap<string, readonly AnswerKind[]> = new Map([
  ['venue', ['place']],
  ['location', ['place']],
  ['place', ['place']],
  ['date', ['date']],
  ['time', ['date', 'time']],
]);

/** Whether the sentence says the kind of detail asked for was not given ("did not say when"). */
function saysNotGiven(sentence: string, kind: AnswerKind): boolean {
  // "did not give a venue", "without giving a date": the detail itself named as withheld.
  const withheld = NOT_GIVEN_DETAIL.exec(sentence);
  if (withheld !== null && NOT_GIVEN_DETAILS.get((withheld[1] ?? '').toLowerCase())?.includes(kind) === true) return true;
  const match = NOT_GIVEN.exec(sentence);
  if (match === null) return false;
  return (match[1] ?? '').toLowerCase().split(/\s+or\s+/u).some((asked) => NOT_GIVEN_KINDS.get(asked)?.includes(kind) === true);
}

/** A locative preposition and "the" before a noun that is not about time or manner ("in the past"). */
const LOCATIVE_PHRASE =
  /\b(?:in|at|near|outside|inside|into|across|along|off|on)\s+the\s+(?!(?:same|past|future|end|beginning|start|time|moment|year|years|month|months|week|weeks|day|days|morning|evening|afternoon|night|meantime|wake|face|light|case|event|hope|interest|name|form|way|course|process|context|absence|presence|issue|agenda|basis|part|side|other|first|last|next|most|least|autumn|fall|spring|summer|winter|interim)\b)\p{L}/iu;

/** A newswire dateline naming where a story was filed: "LOS ANGELES _", "SHANGHAI ,". */
const DATELINE = /^\p{Lu}{2,}(?:[ .-]\p{Lu}{2,})*(?:\s*[,_—–]|\s+-)/u;

/** Place nouns for a city or more: "the city of Izmir" is no place inside Izmir. */
const WHOLE_PLACES: ReadonlySet<string> = termSetOf(['city', 'capital', 'province', 'region', 'port', 'town', 'country']);

/** Common nouns for places: a "where" answer can be "at the consulate" as much as "in Istanbul". */
const PLACE_NOUNS: ReadonlySet<string> = termSetOf([
  'consulate', 'embassy', 'residence', 'building', 'premises', 'palace', 'hotel', 'center', 'centre',
  'district', 'headquarters', 'office', 'compound', 'villa', 'city', 'capital', 'border', 'airport',
  'port', 'province', 'region', 'island', 'street', 'square', 'park', 'venue', 'hall', 'shore',
  'coast', 'river', 'sea', 'lake', 'mountain', 'valley', 'village', 'town', 'county', 'neighborhood',
  'suburb', 'camp', 'hotel', 'stadium', 'hospital', 'school', 'university', 'museum', 'church',
]);

/** Place nouns for buildings, where an event is held: "entered the premises of the Russian consulate". */
const BUILDINGS: ReadonlySet<string> = termSetOf(['consulate', 'embassy', 'residence', 'building', 'premises', 'palace', 'hotel', 'headquarters', 'office', 'compound', 'villa', 'venue', 'hall', 'guesthouse', 'mission']);

/** Words that place an event in a building: "hosted at", "held in", "met at", "entered", "talks at". */
const HOSTING_WORDS: ReadonlySet<string> = termSetOf([
  'hosted', 'held', 'met', 'meet', 'meeting', 'place', 'gathered', 'convened', 'entered', 'talks', 'session', 'sessions', 'round', 'negotiations', 'visited', 'arrived',
]);

/**
 * A building an event is placed in: a building after a locative, closely (see `locativeBefore`),
 * with a word of hosting or meeting up to five words before the locative ("hosted at the Swiss
 * embassy", "talks at a seafront hotel", "entered the premises", "met behind closed doors at");
 * not "restoring full staffing at their embassies".
 */
export function venueIn(sentence: string): boolean {
  const tokens = tokenize(sentence);
  const hosting = (k: number): boolean => HOSTING_WORDS.has(termOf(tokens[k]?.folded ?? '') ?? '');
  return tokens.some((token, i) => {
    const term = termOf(token.folded);
    if (term === null || !BUILDINGS.has(term)) return false;
    const at = locativeBefore(sentence, tokens, i, true);
    return at >= 0 && [0, 1, 2, 3, 4, 5].some((back) => hosting(at - back));
  });
}

/**
 * A place noun after a locative: "entered the premises", "at a government guest palace"; not "around
 * the activities of embassies" (the noun belongs to "activities"). `closely`: only articles,
 * adjectives and names may stand between them ("at the French consulate general", not "in 2023, and
 * Iran's embassy").
 */
function placeNounIn(sentence: string, questionTerms: ReadonlySet<string>, closely = false): boolean {
  const tokens = tokenize(sentence);
  return tokens.some((token, i) => {
    const term = termOf(token.folded);
    if (term === null || !PLACE_NOUNS.has(term) || questionTerms.has(term)) return false;
    // "in the Turkish city of Izmir" is the city itself, not a place inside it.
    if (closely && WHOLE_PLACES.has(term) && tokens[i + 1]?.folded === 'of') return false;
    return locativeBefore(sentence, tokens, i, closely) >= 0;
  });
}

/**
 * Where the locative of the noun at `i` stands, up to four words before it, or -1: not past "of"
 * (the noun belongs to another), nor, `closely`, past a comma ("... motel in Maryland, the Russian
 * consulate") or a word other than an article, adjective, name or possessive ("the Swiss
 * ambassador's residence").
 */
function locativeBefore(sentence: string, tokens: readonly Token[], i: number, closely: boolean): number {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const before = tokens[j] as Token;
    if (before.folded === 'of') return -1;
    if (closely && sentence.slice(before.end, tokens[j + 1]?.start ?? before.end).includes(',')) return -1;
    if (LOCATIVES.has(before.folded)) return j;
    if (closely && !ARTICLES.has(before.folded) && !isCapitalised(before) && wordClassOf(before.folded) !== 'adjective' && !isPossessive(sentence, before)) return -1;
  }
  return -1;
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their']);

/** A noun owning the next one: "the Swiss ambassador's residence". */
function isPossessive(sentence: string, token: Token): boolean {
  return /['’]s$/u.test(sentence.slice(token.start, token.end));
}

/** A run of capitalised words: a person, organisation or place, roughly. */
interface NamedSpan {
  readonly terms: readonly string[];
  /** Preceded by "in", "at", "from", "visited"...: likely a place. */
  readonly afterLocative: boolean;
  /** The term of the post it places ("Ambassador to Washington": ambassador), or null. */
  readonly postOf: string | null;
  /**
   * Reads as a place or thing rather than a person: after a preposition ("on Long Island"), or
   * followed by a noun it names ("the Pioneer Point suburban motel", "the Killenworth villa").
   */
  readonly placeLike: boolean;
  /** Index of the first token after the span. */
  readonly end: number;
}

const LOCATIVES: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'near', 'into', 'outside', 'inside', 'across', 'visited', 'visit', 'visiting', 'entered',
  'reached', 'toured', 'hosted', 'around',
]);
/** Words that set a meeting "for" a place: "planned for Istanbul", "scheduled for Vienna". */
const SCHEDULING_WORDS: ReadonlySet<string> = new Set(['planned', 'scheduled', 'set', 'slated', 'penciled', 'pencilled', 'booked', 'earmarked']);
/** Words of travel that place what follows "to": "trips to Washington", "flew to Moscow". */
const TRAVEL_WORDS: ReadonlySet<string> = new Set([
  'trip', 'trips', 'travel', 'travels', 'travelled', 'traveled', 'flew', 'fly', 'flight', 'flights', 'moved', 'move', 'relocated',
  'went', 'go', 'goes', 'came', 'come', 'returned', 'return', 'headed', 'journey', 'journeyed', 'sailed', 'drove', 'arrived',
]);
/** Prepositions before a place or thing rather than a person. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'of', 'from', 'to', 'near', 'into', 'across', 'outside', 'inside', 'around']);

/** Posts held somewhere: "Ambassador to Washington" places the ambassador. */
const POSTS: ReadonlySet<string> = new Set(['ambassador', 'envoy', 'consul', 'representative', 'delegate', 'attache', 'correspondent']);
/** Months and weekdays are capitalised but name no one and nowhere. */
const CALENDAR_WORDS = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`, 'u');
/** Lowercase words allowed inside a name: "Secretary of State", "Bank of America". */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'da', 'von', 'van', 'al', 'bin', 'la', 'le']);

/** Named spans of recently seen sentences (the same candidates come back for related questions). */
const spanCache = new Map<string, NamedSpan[]>();
const SPAN_CACHE_SIZE = 20_000;

function namedSpansOf(sentence: string): NamedSpan[] {
  let spans = spanCache.get(sentence);
  if (spans === undefined) {
    spans = namedSpans(tokenize(sentence), sentence);
    if (spanCache.size >= SPAN_CACHE_SIZE) spanCache.clear();
    spanCache.set(sentence, spans);
  }
  return spans;
}

/** Runs of capitalised words separated only by spaces (or a joiner such as "of"), in `text`. */
function namedSpans(tokens: readonly Token[], text: string): NamedSpan[] {
  const spans: NamedSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined || !isCapitalised(token) || (i === 0 && STOP_WORDS.has(token.folded)) || CALENDAR_WORDS.test(token.folded)) {
      i++;
      continue;
    }
    const start = i;
    const terms: string[] = [];
    while (i < tokens.length) {
      const current = tokens[i];
      if (current === undefined) break;
      // "Istanbul (Türkiye)" is two names, not one: a span does not cross punctuation.
      if (i > start && !/^\s+$/u.test(text.slice((tokens[i - 1] as Token).end, current.start))) break;
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
    // "Ambassador to Washington", "envoy to Moscow": where the post is.
    const post = tokens[start - 2]?.folded ?? '';
    const postOf = previous?.folded === 'to' && POSTS.has(post) ? termOf(post) : null;
    const next = tokens[i];
    const modifies = next !== undefined && !isCapitalised(next) && /^\s+$/u.test(text.slice((tokens[i - 1] as Token).end, next.start)) && !STOP_WORDS.has(next.folded) && wordClassOf(next.folded) !== 'verb';
    // "in Washington and New York": a place joined to one is one too.
    const joined = (previous?.folded === 'and' || previous?.folded === 'or') && spans.at(-1)?.placeLike === true && spans.at(-1)?.end === start - 1;
    const placeLike = (previous !== undefined && PREPOSITIONS.has(previous.folded)) || modifies || joined;
    // "a further round planned for Istanbul": where a meeting is planned.
    const plannedFor = previous?.folded === 'for' && SCHEDULING_WORDS.has(tokens[start - 2]?.folded ?? '');
    // "trips to Washington", "flew to Moscow": where someone travels.
    const travelledTo = previous?.folded === 'to' && TRAVEL_WORDS.has(tokens[start - 2]?.folded ?? '');
    // "planned for the city of Bursa": a city, port or province by its name.
    const placeOf = previous?.folded === 'of' && WHOLE_PLACES.has(termOf(tokens[start - 2]?.folded ?? '') ?? '');
    const afterLocative = previous !== undefined && (LOCATIVES.has(previous.folded) || plannedFor || travelledTo || placeOf);
    if (terms.length > 0) spans.push({ terms, afterLocative, postOf, placeLike: placeLike || plannedFor, end: i });
  }
  return spans;
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.surface);
}

/**
 * Whether the sentence names someone the question does not: a run of at least two capitalised words
 * new to it ("Selim Aydemir"), not a body ("the Saudi Foreign Ministry said").
 */
export function namesNewPerson(sentence: string, questionTerms: ReadonlySet<string>): boolean {
  return namedSpansOf(sentence).some(
    (span) => !span.placeLike && !BODY_HEADS.has(span.terms.at(-1) ?? '') && span.terms.filter((term) => !questionTerms.has(term)).length >= 2,
  );
}

/** Last words of the names of bodies, not people: "Foreign Ministry", "State Department", "Foreign Office". */
const BODY_HEADS: ReadonlySet<string> = termSetOf([
  'ministry', 'department', 'office', 'agency', 'embassy', 'consulate', 'council', 'commission', 'committee', 'court', 'bank', 'government',
  'parliament', 'service', 'union', 'organization', 'organisation', 'institute', 'university', 'group', 'company', 'corporation',
]);

function isNewToQuestion(span: NamedSpan, questionTerms: ReadonlySet<string>): boolean {
  return span.terms.some((term) => !questionTerms.has(term));
}

/** A name joined to "-based": where something is based ("Philadelphia-based Rohm and Haas", "the Geneva -based group"). */
const BASED_PLACE = /(\p{Lu}[\p{L}.'’]*(?: \p{Lu}[\p{L}.'’]*)*) ?- ?based\b/gu;

/** Whether the sentence says where something is based, with a name new to the question. */
function basedPlaceIn(sentence: string, questionTerms: ReadonlySet<string>): boolean {
  return capturesNewWord(sentence, BASED_PLACE, questionTerms);
}

/** A capitalised word in parentheses or after "in": where a country places a city ("Istanbul (Türkiye)"). */
const PLACED_COUNTRY = /(?:\(|\bin )(\p{Lu}[\p{L}.]*)/gu;

/** Whether a country new to the question stands in parentheses or after "in" in the sentence. */
function countryPlacedIn(sentence: string, questionTerms: ReadonlySet<string>): boolean {
  for (const match of sentence.matchAll(PLACED_COUNTRY)) {
    const [word] = tokenize(match[1] ?? '');
    if (word !== undefined && isCountryWord(word.folded) && !questionTerms.has(termOf(word.folded) ?? '')) return true;
  }
  return false;
}

/** Whether a capitalised word stands right before the owned thing (one lowercase word may come between). */
function ownerBefore(sentence: string, owned: string): boolean {
  const tokens = tokenize(sentence);
  return tokens.some(
    (token, i) => termOf(token.folded) === owned && (capitalisedInside(tokens, i - 1) || (capitalisedInside(tokens, i - 2) && !capitalisedInside(tokens, i - 1))),
  );
}

/**
 * Whether the sentence names an instance of a thing: one of its words (`wanted`, as terms)
 * capitalised inside the sentence ("Judge Whitfield", "the Pera Palace Hotel"), beside a name
 * ("a Moscow court") or a word after one ("the Odintsovo district court"); "declined to name the
 * bank" names none, and neither does "(Reuters) - A court", whose "A" only opens the sentence.
 * A name the asker already gave (`asked`, as terms) tells nothing new: "which Norwegian bank" is not
 * answered by "a Norwegian bank".
 */
export function namesInstanceOf(sentence: string, wanted: ReadonlySet<string>, asked: ReadonlySet<string> = new Set()): boolean {
  const tokens = tokenize(sentence);
  const named = (i: number): boolean => {
    const term = termOf(tokens[i]?.folded ?? '') ?? '';
    return capitalisedInside(tokens, i) && !STOP_WORDS.has(tokens[i]?.folded ?? '') && (wanted.has(term) || !asked.has(term));
  };
  const modifier = (i: number): boolean => !STOP_WORDS.has(tokens[i]?.folded ?? 'a');
  // A mission is told by where it is: "the consulate (general) in Kirkenes" (a bank in Frankfurt is not named).
  const placed = (i: number): boolean => {
    const at = tokens[i + 1]?.folded === 'general' ? i + 2 : i + 1;
    return MISSION_NOUNS.has(tokens[i]?.folded ?? '') && LOCATIVES.has(tokens[at]?.folded ?? '') && named(at + 1);
  };
  // "a Japanese bank froze it", "German banks closed the accounts": a people's word after "a", or
  // before a plural, says whose, not which.
  // "Western sanctions" names no sanctions either.
  const unnamedOwner = (i: number, plural: boolean): boolean =>
    (plural || INDEFINITE_ARTICLES.has(tokens[i - 1]?.folded ?? '')) &&
    (countryOfTerm(termOf(tokens[i]?.folded ?? '') ?? '') !== null || BLOC_WORDS.has(tokens[i]?.folded ?? ''));
  return tokens.some(
    (token, i) =>
      wanted.has(termOf(token.folded) ?? '') &&
      (named(i) || (named(i - 1) && !unnamedOwner(i - 1, /[^s]s$/u.test(token.folded))) || (named(i - 2) && modifier(i - 1)) || named(i + 1) || placed(i)),
  );
}

/** Adjectives of a group of countries, which say whose, like a country's: "Western sanctions". */
const BLOC_WORDS: ReadonlySet<string> = new Set(['western', 'eastern', 'european', 'international', 'global', 'allied', 'arab', 'nordic', 'baltic']);

/** Whether the token at `i` is capitalised and not the sentence's first word (where anything is). */
function capitalisedInside(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return i > 0 && token !== undefined && isCapitalised(token);
}
