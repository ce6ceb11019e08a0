import { idiomAt } from '../text/idioms.js';
import { plainVerbAt } from '../text/phrasalVerbs.js';
import { americanSpelling, termOf, termSetOf } from '../text/terms.js';
import { tokenize, type Token } from '../text/tokens.js';
import { canBeVerb, isDictionaryWord, similarDictionaryWords, wordClassOf } from '../text/wordClass.js';
import { countryOfTerm, isCountryWord, PLACE_NAME_WORDS } from '../search/generalAliases.js';
import { placesInRegion } from '../search/regions.js';
import { roleQuestionOf, STORY_NOUNS, type RoleQuestion } from './roleQuestion.js';
import { statementAskedIn, type StatementKind } from './statementKinds.js';

/**
 * What kind of thing the question asks for. Sentences that contain such a thing (and not only the
 * question's own words) are better answers; for dates, times, durations and quantities a sentence
 * without one cannot be the answer at all.
 */
export type AnswerKind = 'agent' | 'date' | 'time' | 'duration' | 'place' | 'quantity' | 'reason' | 'condition' | 'other';

/** One word of a concept. */
export interface ConceptPart {
  /** The word as the user typed it. */
  readonly surface: string;
  /** Lowercase, accent-free form (see `tokenize`). */
  readonly folded: string;
  /** Its search term (see `termOf`). */
  readonly term: string;
}

/**
 * A content word of the question, or a multi-word name ("Jennifer Capriati", "Tammy Bruce"): what
 * a good answer sentence should contain. A name counts once, however many words it has, so a
 * sentence that says "Ms. Bruce" is not outscored by one that merely repeats a first name.
 */
export interface Concept {
  /** The words as the user typed them. */
  readonly surface: string;
  /** One part for a word, several for a name written as consecutive capitalised words. */
  readonly parts: readonly ConceptPart[];
  /** Written with a capital inside the question: a name, so unknown ones mean the topic is not covered. */
  readonly isName: boolean;
  /**
   * Whether the word names what the question is about (a noun or a rare word) rather than how it
   * asks (a verb, adjective or adverb). An unknown topic word is strong evidence the knowledge does
   * not cover the question; an unknown framing word is usually just the asker's paraphrase.
   */
  readonly isTopic: boolean;
  /** A noun that frames the question ("the purpose of", "what kind of") rather than naming its subject. */
  readonly isFrame: boolean;
  /** A date written in words ("April 10", "2024"): in a question not asking "when", it says which event. */
  readonly isDate: boolean;
  /**
   * A place naming the event ("the talks in Istanbul", "the Istanbul meeting"): in a question not
   * asking "where", it says which event, like a date, and a story that does not tell of it (in its
   * headline, first paragraph or the answer's own paragraph) cannot answer.
   */
  readonly isSetting: boolean;
  /** Options offered as a choice, one per part ("on the outskirts or downtown"): any of them answers. */
  readonly isChoice?: boolean;
}

/** What a question asks for, as ranking and answer-kind evidence need it. */
export type AnswerSpec = Pick<
  QuestionAnalysis,
  | 'kind'
  | 'counted'
  | 'countedOwners'
  | 'asksOngoing'
  | 'asksGap'
  | 'asksCountry'
  | 'ownedThing'
  | 'placeWithin'
  | 'asksVenue'
  | 'guesses'
  | 'asksSayer'
  | 'dateMeetsCondition'
  | 'asksExactDate'
  | 'attribute'
  | 'asksCauseOfDeath'
  | 'asksAge'
  | 'asksTitle'
  | 'asksOtherName'
>;

/** A question reduced to what ranking needs. */
export interface QuestionAnalysis {
  readonly text: string;
  readonly kind: AnswerKind;
  /** Distinct content words, in question order. */
  readonly concepts: readonly Concept[];
  /**
   * The concept naming whose words are asked for ("What did Tammy Bruce say...", "according to
   * Reuters"): the answer must be a sentence that credits them. A name, or in lowercase a word no
   * dictionary lists ("what did ms vollmer say"), which counts only where the knowledge has it as
   * typed (not a typo correction). Null for other questions.
   */
  readonly speaker: Concept | null;
  /**
   * The office the speaker is asked in ("What did the Russian foreign ministry spokeswoman say"):
   * the sentence must credit someone holding it, not any Russian ("Russian officials said"). Null
   * when the question names no office.
   */
  readonly speakerRole: Concept | null;
  /**
   * A single bare word speaking ("what did trump post", "did pope say"): with no determiner, a
   * singular noun as subject is a name however it is typed, so when no article has the word, none
   * quotes them. Null for other questions ("what did the spokeswoman say", "did officials say").
   */
  readonly sayer: Concept | null;
  /**
   * For "how many X": the terms of the words after "how many" (X and its modifiers). A number counts
   * as the answer only next to one of them: "six Russian facilities" answers "how many facilities",
   * "the two countries" does not answer "how many diplomats".
   */
  readonly counted: readonly string[];
  /**
   * "How many people were in the Japanese delegation?": the group the counted are in, which the
   * answering sentence must name ("the delegation of eight"), not only its story. Null for others.
   */
  readonly countedIn: Concept | null;
  /**
   * "How much did the Netherlands pay for the villa?": the verb of the money asked about, which the
   * answering sentence must use ("paid", or an alias), not any sum in the story ("valued at"). Null
   * for other questions.
   */
  readonly moneyVerb: Concept | null;
  /** "Where was the previous round held?": an earlier event than the story's own is asked about. */
  readonly asksEarlierEvent: boolean;
  /**
   * For "how many American diplomats": the countries or peoples whose X are counted, folded
   * ("american"). A count of another country's ("15 Russian diplomats") does not answer.
   */
  readonly countedOwners: readonly string[];
  /**
   * For "when did X <verb>", "how long did X <verb>": the closing verb, the event whose date or
   * duration is asked ("end" in "When did the conflict end?"). A date beside another event ("the
   * outbreak of the conflict in 2022") does not answer it. Null when the question has none.
   */
  readonly eventVerb: Concept | null;
  /**
   * For "what is the <noun> of X" ("the population of Istanbul", "the address of the consulate"):
   * the noun, the attribute asked for. Null for other questions and for frame nouns ("the purpose
   * of", "the name of"), which say how the question asks, not what.
   */
  readonly attribute: Concept | null;
  /** "How long have ties been strained?": how long something has been going on (not "how long did it last"). */
  readonly asksOngoing: boolean;
  /**
   * "How long did the flight last before it exploded?": the time between two events, which "73
   * seconds after liftoff" gives; "six weeks after the first meeting" does not say how long a
   * meeting lasted.
   */
  readonly asksGap: boolean;
  /** "What country is Istanbul in?": a place answered by a country's name ("Istanbul (Türkiye)"). */
  readonly asksCountry: boolean;
  /**
   * "Where (exactly) in Istanbul did they meet?": the place the answer lies in. It says which event is
   * meant, like a setting, and the answer is a place inside it (a consulate, a district), not it.
   */
  readonly placeWithin: Concept | null;
  /**
   * "Which news agency reported the talks?": the concept of the outlet noun ("agency"), which the
   * outlets of the knowledge answer ("Reuters reported"). Null for other questions.
   */
  readonly outletAsked: Concept | null;
  /**
   * "Whose consulate ...?", "which country's consulate ...?": the term of the thing whose owner is
   * asked for, answered by a name right before it ("the Russian consulate"); null for other questions.
   */
  readonly ownedThing: string | null;
  /** "When will ...", "where will the next ... be held": the date or place of something still to come. */
  readonly asksFuture: boolean;
  /**
   * Whether the question asks of what took place ("what came out of ...", "what was agreed at ...",
   * "who led ...") and of nothing still to come ("will", "next", "planned", "going to"): a round it
   * places is then no round still to come.
   */
  readonly asksPast: boolean;
  /** "Which round was the Izmir meeting?": the round's number is asked, so a sentence must give one. */
  readonly asksWhichRound: boolean;
  /** "next germany iran round": a lookup of the event still to come (see `asksFuture` for where and when). */
  readonly asksNextEvent: boolean;
  /** "What was agreed?", "what was his previous posting": a statement only some sentences make (see `StatementKind`). */
  readonly asksStatement: StatementKind | null;
  /**
   * "Which (Turkish) official hosted the talks?": the question asks for a person by a people noun,
   * so only a sentence that names someone new to the question (a first and last name, a title and
   * name) answers; "Saudi Arabia hosted" does not.
   */
  readonly asksPerson: boolean;
  /**
   * "When could relations be normalised?": a date answers as well as a condition. Not for "what
   * would it take", where "On April 8, Tammy Bruce said" is no answer.
   */
  readonly dateMeetsCondition: boolean;
  /**
   * "On what exact date in September ...", "which day in May": a more precise date than the one the
   * question gives is asked for, so a sentence saying only "in September" does not answer.
   */
  readonly asksExactDate: boolean;
  /** "Who led / will lead / headed ...": the verb, which the answering sentence must say (or an alias of it). */
  readonly leadingVerb: Concept | null;
  /**
   * "Who mediated between Mexico and Ecuador?": the verb right after "who", what the person asked
   * for did. A sentence saying it ("Egli acted as mediator") is about them; one whose paragraph
   * only says it is about others named near them. Null for verbs of being, having and saying.
   */
  readonly actorVerb: Concept | null;
  /**
   * "Who did Darchiev replace?": the verb of a question asking whom the subject did something to.
   * The knowledge must use it (or an alias of it) to answer. ("What does the article call ..." is
   * answered in other words, and is not read so.)
   */
  readonly objectVerb: Concept | null;
  /**
   * "Who said the meeting was not aimed at a full normalisation?": the one a sentence credits with
   * saying it answers ("Ms. Bruce also noted that ..." → Tammy Bruce), not any name in it.
   */
  readonly asksSayer: boolean;
  /** "What was the point of the talks?": what something is for (`kind` is "reason"); a sentence saying it ("to normalize ...") answers first. */
  readonly asksPurpose: boolean;
  /**
   * "What's the biggest sticking point?", "the main issue": the one that stands out is asked for,
   * which a sentence says with a superlative ("One of the most controversial issues is ...").
   */
  readonly asksStandout: boolean;
  /** For a person asked for, the country of "which Turkish official": the one named must be named with it; null when none. */
  readonly personCountry: string | null;
  /**
   * "Which Turkish city hosted the talks?": the country of the place asked for, which describes the
   * answer ("the resort city of Antalya") rather than naming what the story must mention.
   */
  readonly placeCountry: Concept | null;
  /**
   * The country a question has act ("did Turkish officials attend", "what did Turkey's foreign
   * ministry say", "did Turkey mediate", "on behalf of Türkiye"), as its key: a sentence naming it
   * only as a place ("Istanbul (Türkiye)", "the Turkish resort city of Antalya") tells nothing of
   * what it did. Null when none.
   */
  readonly actorCountry: string | null;
  /**
   * "Where is the US consulate in Istanbul?": the country key and term of a mission named with its
   * owner; a sentence about another country's consulate does not answer. Null when none is named.
   */
  readonly ownedMission: { readonly country: string; readonly mission: string } | null;
  /**
   * "Who led the Russian side, was it Lavrov?": the asker's guess after the question, a premise the
   * answer corrects, not a name the knowledge must have.
   */
  readonly guesses: readonly Concept[];
  /**
   * "Honestly both sides have been sniping at each other for ages. What have they accused each other
   * of?", "which city were the talks held in? revising for tmrw lol": the words of a remark before or
   * after the question, in the asker's voice. A word of it the knowledge never uses ("sniping") is
   * chatter, not a topic the answer must cover.
   */
  readonly remarked: readonly Concept[];
  /**
   * "The third round", "the first meeting": counted ordinals of the event a question names, lowercase,
   * which say which of several is meant (not "peace in ukraine first").
   */
  readonly eventOrdinals: readonly string[];
  /** "Who is the US ambassador to Moscow?": the office and its qualifiers (see `roleQuestionOf`). */
  readonly role: RoleQuestion | null;
  /**
   * "Which hotel did they stay in?", "which judge ruled?": the kind of thing asked for, when it is
   * one whose instances are named with that word ("the Grand Hotel", "Judge Whitfield"), so a
   * sentence or paragraph that never says it does not answer. Null for other questions and for
   * nouns whose instances are named without the word ("which city" → Istanbul, "which agency" → Reuters).
   */
  readonly namedThing: Concept | null;
  /**
   * "Didn't the delegations meet in Ankara?": the place a yes/no check puts an event in. The
   * question asks where the event was (`kind` is "place"), and a place the knowledge lacks is a
   * premise to correct, not a sign the knowledge does not cover the question.
   */
  readonly checkedPlace: Concept | null;
  /**
   * "Pioneer Point is a villa in Virginia, correct?", "the one in Boston, wasn't it?": the places a
   * yes/no check ends its claim on. One no article names is the wrong detail the answer corrects.
   */
  readonly claimedPlaces: readonly Concept[];
  /** A yes/no question, with no question word: a claim to confirm or correct ("Did X say ...?", "..., right?"). */
  readonly isCheck: boolean;
  /**
   * A check stated as a claim, then tagged ("Lithuania and Belarus held their talks in Istanbul,
   * right?"), not asked ("were there talks in Antalya too?"): every detail in it may be the wrong one.
   */
  readonly isClaim: boolean;
  /**
   * "Which building hosted the talks?", "whose consulate hosted the meeting?", "was it held at the
   * American mission or the Russian one?": the building an event took place in, so only a sentence
   * placing something in one ("entered the premises of the Russian consulate") answers; `kind` is "place".
   */
  readonly asksVenue: boolean;
  /**
   * "Were the talks led by Lavrov and Rubio?": the names a yes/no check says led. The sentence
   * naming who led corrects them, so names the knowledge lacks are no sign it does not cover it.
   */
  readonly checkedLeaders: readonly Concept[];
  /** "How did James Dean die?": how someone died ("in a car crash"), so a cause of death answers. */
  readonly asksCauseOfDeath: boolean;
  /** "How old was James Dean when he died?": an age ("the 24-year-old", "Patterson is 64") answers best. */
  readonly asksAge: boolean;
  /**
   * "What was Ice T's original name?", "what is his real name", "her nickname": another name of
   * someone, so a sentence giving one ("Ice, a.k.a. Tracy Morrow", "born Cassius Clay") answers.
   */
  readonly asksOtherName: boolean;
  /**
   * "What film introduced Jar Jar Binks?", "which book ...": a work's title is asked, so a sentence
   * quoting one answers, and the work's noun ("film") need not be in it.
   */
  readonly asksTitle: boolean;
  /**
   * "What does AARP stand for?", "MFA is short for what?": the initials whose full name is asked
   * ("AARP"), which the sentence spelling them out answers; null for other questions.
   */
  readonly acronymAsked: string | null;
}

/** Verbs of dying that make "how did X ..." ask for a cause of death. */
const DYING_WORDS: ReadonlySet<string> = new Set(['die', 'died', 'dies', 'perish', 'perished', 'killed']);

/** Opening words that fix the answer kind, longest first so "how many" wins over "how". */
const KIND_OPENERS: readonly (readonly [readonly string[], AnswerKind])[] = [
  [['how', 'many'], 'quantity'],
  [['how', 'much'], 'quantity'],
  [['how', 'long'], 'duration'],
  [['how', 'old'], 'quantity'],
  // Measures: a number with a unit answers them ("at 1,350 mph", "some 60,000 feet"; see MEASURE_UNITS).
  [['how', 'fast'], 'quantity'],
  [['how', 'far'], 'quantity'],
  [['how', 'high'], 'quantity'],
  [['how', 'tall'], 'quantity'],
  [['how', 'heavy'], 'quantity'],
  [['how', 'deep'], 'quantity'],
  // "How often will the group meet?": "every eight weeks", a period.
  [['how', 'often'], 'duration'],
  // "How big was each delegation?", "how large is the estate": a size, in people or hectares; any number.
  [['how', 'big'], 'quantity'],
  [['how', 'large'], 'quantity'],
  [['what', 'number'], 'quantity'],
  [['since', 'when'], 'date'],
  // "When could relations be normalised?": a date, or the condition it waits for ("only if ...").
  [['when', 'could'], 'condition'],
  // "What would it take for ...", "what would have to happen before ...": the condition.
  [['what', 'would', 'it', 'take'], 'condition'],
  [['what', 'would', 'have', 'to', 'happen'], 'condition'],
  [['what', 'has', 'to', 'happen'], 'condition'],
  [['when', 'can'], 'condition'],
  [['when', 'might'], 'condition'],
  [['at', 'what', 'time'], 'time'],
  // "Over what time period have the difficulties gone on?": how long, not a time of day.
  [['what', 'time', 'period'], 'duration'],
  [['what', 'period'], 'duration'],
  [['what', 'time'], 'time'],
  [['what', 'year'], 'date'],
  [['which', 'year'], 'date'],
  [['what', 'date'], 'date'],
  [['what', 'day'], 'date'],
  [['what', 'month'], 'date'],
  [['what', 'country'], 'place'],
  [['which', 'country'], 'place'],
  [['what', 'city'], 'place'],
  [['which', 'city'], 'place'],
  [['what', 'cities'], 'place'],
  [['which', 'cities'], 'place'],
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
  ['time', 'time'],
  ['duration', 'duration'],
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
  // "What was the size of the visa backlog?": how many, or how big.
  ['size', 'quantity'],
]);

/** Nouns for what something is for: "the point of the talks". */
const PURPOSE_NOUNS: ReadonlySet<string> = new Set(['purpose', 'point', 'aim', 'goal', 'objective', 'focus']);

/**
 * The kind of answer an attribute noun at `at` asks, and how many words say it: "the date of" a
 * date, "the point of" (or "the stated purpose of") a purpose, "the deadline for" a date; undefined
 * for other nouns.
 */
function kindNounOf(words: readonly string[], at: number): { kind: AnswerKind; purpose: boolean; width: number } | undefined {
  const noun = words[at] ?? '';
  if (noun === 'deadline' && ['for', 'of'].includes(words[at + 1] ?? '')) return { kind: 'date', purpose: false, width: 1 };
  if (words[at + 1] === 'of') {
    const kind = KIND_WORDS.get(noun);
    if (kind !== undefined) return { kind, purpose: false, width: 1 };
    if (PURPOSE_NOUNS.has(noun)) return { kind: 'reason', purpose: true, width: 1 };
  }
  // "the stated purpose of", "the whole point of": a word may say which purpose.
  if (PURPOSE_NOUNS.has(words[at + 1] ?? '') && words[at + 2] === 'of') return { kind: 'reason', purpose: true, width: 2 };
  return undefined;
}

/** Nouns for the kind of answer asked ("what sum", "what kind"), besides those in `KIND_WORDS`. */
const ANSWER_TYPE_NOUNS: ReadonlySet<string> = new Set(['sum', 'sums', 'amount', 'amounts', 'figure', 'figures', 'total', 'kind', 'type', 'sort']);

/** Kinds of named people, bodies and places: "which capital" is answered by "Washington" without the word. */
const NAME_KINDS: ReadonlySet<string> = new Set([
  'capital', 'government', 'country', 'nation', 'state', 'city', 'town', 'region', 'province', 'agency', 'outlet', 'organisation',
  'organization', 'body', 'company', 'firm', 'group', 'person', 'official', 'side', 'party', 'ministry', 'newspaper', 'paper',
]);

/** Words ranking a statement among others: "Russia's main complaint", "Washington's biggest grievance". */
const RANKING_WORDS: ReadonlySet<string> = new Set(['main', 'chief', 'key', 'biggest', 'principal', 'primary', 'central', 'major', 'core', 'real']);

/** Nouns for what someone says: "Washington's complaint", "Moscow's stance" (not "her position", a post). */
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['complaint', 'complaints', 'claim', 'claims', 'stance', 'grievance', 'grievances', 'argument']);

/** Verbs whose subject is a person, as terms: "who led / headed / chaired / represented ...". */
export const LEADING_VERBS: ReadonlySet<string> = termSetOf(['lead', 'led', 'head', 'headed', 'chair', 'chaired', 'represent', 'represented']);

/** Verbs whose object is a person: "who did Minsk send / appoint / name ...". */
const SENDING_VERBS: ReadonlySet<string> = new Set(['send', 'appoint', 'nominate', 'dispatch', 'pick', 'choose', 'assign']);

/** Nouns for what an outcome waits for. */
const CONDITION_NOUNS: ReadonlySet<string> = new Set(['precondition', 'preconditions', 'prerequisite', 'prerequisites', 'condition', 'conditions']);
/** Words asking what something waits on: "what would it depend on", "what does it hinge on", "contingent on what". */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['depend', 'depends', 'hinge', 'hinges', 'contingent', 'conditional', 'require', 'requires']);

/** "what precondition", "what has to happen before", "what must happen first". */
function asksCondition(words: readonly string[]): boolean {
  if (!words.includes('what')) return false;
  return words.some(
    (word, i) => CONDITION_NOUNS.has(word) || CONDITION_WORDS.has(word) || (word === 'happen' && words[i - 1] === 'to' && ['has', 'have', 'would', 'needs', 'need'].includes(words[i - 2] ?? '')) || (word === 'happen' && words[i - 1] === 'must'),
  );
}

/** Words asking for a precise answer: "what exact date", "precisely when". */
const PRECISION_WORDS: ReadonlySet<string> = new Set(['exact', 'exactly', 'precise', 'precisely', 'specific']);

/** Units a time between two events is counted in ("how many days before ..."). */
const TIME_UNITS: ReadonlySet<string> = new Set(['hours', 'days', 'weeks', 'months', 'years']);

/** Words placing one event against another ("days before", "weeks after", "years earlier"). */
const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['before', 'after', 'earlier', 'later', 'ahead', 'prior']);

/**
 * Positions of "two days before", "a week ahead" (the number and the unit): they place the event
 * asked about against another, and no sentence need repeat them ("On April 8, ... said").
 */
function relativeTimeAt(words: readonly string[]): number[] {
  const positions: number[] = [];
  words.forEach((word, i) => {
    if (!TIME_UNITS.has(word) || !RELATIVE_TIME_WORDS.has(words[i + 1] ?? '')) return;
    positions.push(i);
    if (/^\d+$/u.test(words[i - 1] ?? '') || SMALL_COUNT_WORDS.has(words[i - 1] ?? '')) positions.push(i - 1);
  });
  return positions;
}

const SMALL_COUNT_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'few', 'several', 'couple']);

/**
 * Positions of "one" standing for a noun already said ("the American consulate or the Russian
 * one?", "was this one held at ..."): last, before a word that is no term ("one or"), or after
 * "this" or "that"; not "one of" or "one consulate".
 */
function pronounOneAt(words: readonly string[]): number[] {
  // "was this one held at ...": a demonstrative before it makes it a pronoun too.
  return words.flatMap((word, i) => (word === 'one' && i > 0 && words[i + 1] !== 'of' && (termOf(words[i + 1] ?? '') === null || ['this', 'that'].includes(words[i - 1] ?? '')) ? [i] : []));
}

/** Bare place nouns that frame a question asking where (see `analyzeQuestion`). */
const PLACE_FRAMES: ReadonlySet<string> = new Set(['city', 'town', 'country', 'place', 'location', 'venue', 'spot', 'area']);

/** Question words run together with "is" or misspelt in chat ("wheres the consulate", "wat did she say"). */
const CONTRACTED_QUESTION_WORDS: ReadonlyMap<string, string> = new Map([
  ['whats', 'what'], ['wheres', 'where'], ['whos', 'who'], ['hows', 'how'], ['whens', 'when'], ['whys', 'why'],
  ['whereabouts', 'where'],
  // Chat spellings of the question words.
  ['wat', 'what'], ['wut', 'what'], ['wht', 'what'], ['wen', 'when'], ['whr', 'where'],
  ['wats', 'what'], ['wuts', 'what'], ['whatre', 'what'], ['whered', 'where'], ['whend', 'when'],
  // "how'd they get there", "what'd she say": the question word run into "did".
  ['howd', 'how'], ['whatd', 'what'], ['whod', 'who'], ['whyd', 'why'],
]);

/**
 * "Did the accusations make things better or worse?", "easier or harder?": each of two comparatives
 * offered as the outcome stands for the change it names, as news prose says it ("further complicated
 * relations"). Alone ("how much worse are relations") they are left as they are.
 */
function comparedOutcome(tokens: readonly Token[], position: number): string | undefined {
  const change = COMPARED_OUTCOMES.get(tokens[position]?.folded ?? '');
  if (change === undefined) return undefined;
  const other = tokens[position - 1]?.folded === 'or' ? tokens[position - 2] : tokens[position + 1]?.folded === 'or' ? tokens[position + 2] : undefined;
  return other !== undefined && COMPARED_OUTCOMES.has(other.folded) ? change : undefined;
}

/** Comparatives of how things went, and the change each names. */
const COMPARED_OUTCOMES: ReadonlyMap<string, string> = new Map([
  ['worse', 'worsen'], ['better', 'improve'], ['harder', 'complicate'], ['easier', 'ease'],
]);

/** Chat abbreviations of content words ("visa probs for diplomats?"). */
const CHAT_WORDS: ReadonlyMap<string, string> = new Map([
  ['probs', 'problems'], ['prob', 'problem'], ['info', 'information'], ['convo', 'conversation'], ['diplos', 'diplomats'],
  // "was ukraine gonna be discussed": the helper verbs they stand for.
  ['gonna', 'will'], ['gon', 'will'], ['wanna', 'want'], ['gotta', 'must'],
  ['govts', 'governments'], ['govs', 'governments'], ['govt', 'government'], ['dept', 'department'], ['depts', 'departments'],
  // Short forms typed on phones: "was the mtg supposed to ...", "who was the russian amb".
  ['mtg', 'meeting'], ['mtgs', 'meetings'], ['spox', 'spokesperson'], ['amb', 'ambassador'], ['ambs', 'ambassadors'], ['ppl', 'people'],
  ['abt', 'about'], ['bc', 'because'], ['yrs', 'years'], ['yr', 'year'], ['intl', 'international'],
  ['thru', 'through'], ['tho', 'though'], ['reps', 'representatives'], ['negs', 'negotiations'],
  // "the trade offices r in which cities": the verb.
  ['r', 'are'],
  // "what consulate are they tryna reopen".
  ['tryna', 'trying'], ['finna', 'going'], ['boutta', 'about'],
]);

/**
 * The word a lowercase slip stands for when that word only frames a question: "acording to the
 * artcle" is "according to the article". Content words are left for the knowledge's own typo
 * search, which knows which spellings it has.
 */
function functionWordSlip(token: Token, isProperWord: (folded: string) => boolean): string | undefined {
  const { folded } = token;
  if (folded.length < 4 || !/^\p{Ll}+$/u.test(token.surface) || isDictionaryWord(folded) || isProperWord(folded)) return undefined;
  // "whats", "lmao": chat words read as such above and below.
  if (CONTRACTED_QUESTION_WORDS.has(folded) || CHAT_FILLER.has(folded)) return undefined;
  const [closest, next] = similarDictionaryWords(folded, 1).filter(({ word }) => word[0] === folded[0]);
  if (closest === undefined || next !== undefined) return undefined;
  const term = termOf(closest.word);
  return term === null || FRAME_TERMS.has(term) ? closest.word : undefined;
}

/** Suffixes of ordinals written in figures ("1st", "5th"). */
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** The ordinals a question or a story numbers its rounds with, first to sixth. */
const ORDINAL_WORDS: readonly string[] = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const ORDINALS: ReadonlySet<string> = new Set(ORDINAL_WORDS);

/** The same ordinals written otherwise: "the 2nd round", "an initial meeting". */
const ORDINAL_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ...ORDINAL_WORDS.map((ordinal, i) => [`${i + 1}${['st', 'nd', 'rd'][i] ?? 'th'}`, ordinal] as const),
  ['initial', 'first'], ['opening', 'first'], ['inaugural', 'first'],
]);

/** Ordinals of a later round, as terms (see `eventOrdinalsOf`): a story numbering none tells of a first (or only) one. */
export const LATER_ORDINALS: ReadonlySet<string> = termSetOf([
  ...ORDINAL_WORDS.slice(1),
  ...[...ORDINAL_SPELLINGS].filter(([, ordinal]) => ordinal !== 'first').map(([spelling]) => spelling),
]);

/** Numbers that count rounds: "round one" is the first round. */
const ROUND_NUMBERS: ReadonlyMap<string, string> = new Map(
  ORDINAL_WORDS.flatMap((ordinal, i) => [[['one', 'two', 'three', 'four', 'five', 'six'][i] ?? '', ordinal], [String(i + 1), ordinal]] as const),
);

const ROUND_EVENTS: ReadonlySet<string> = new Set(['round', 'session']);

/** The ordinal a number after "round" or "session" stands for ("round one" → "first"), or undefined. */
function numberedRoundOrdinal(tokens: readonly Token[], position: number): string | undefined {
  return ROUND_EVENTS.has(tokens[position - 1]?.folded ?? '') ? ROUND_NUMBERS.get(tokens[position]?.folded ?? '') : undefined;
}

/** Chat abbreviations and filler that carry no content ("how bad are ties rn", "... lol"). */
const CHAT_FILLER: ReadonlySet<string> = new Set([
  'rn', 'lol', 'lmao', 'lmfao', 'rofl', 'pls', 'plz', 'plez', 'thx', 'thanks', 'ty', 'btw', 'tbh', 'idk',
  'imo', 'imho', 'fyi', 'afaik', 'iirc', 'ngl', 'smh', 'omg', 'hey', 'hi', 'hello', 'yo', 'ok', 'okay',
  'u', 'ur', 'ya', 'yeah', 'bruh', 'bro', 'guys', 'pal', 'mate', 'anyone', 'someone', 'bot', 'parley',
  'kinda', 'sorta', 'vs', 'versus', 'nah', 'nope', 'yep', 'yup', 'hmm', 'hm', 'eh', 'huh',
  // Slang that only colours the question: "who's leading the russian side deadass", "lowkey".
  'deadass', 'lowkey', 'highkey', 'fr', 'frfr', 'istg', 'fam', 'bestie', 'bruv', 'dude', 'wtf', 'wth', 'lmk',
  // "tl;dr", "any1".
  'tl', 'dr', 'tldr', 'any1', 'some1',
  // Vague places: "downtown or somewhere on the outskirts".
  'somewhere', 'anywhere', 'someplace',
  // Hedges on the answer asked for: "how long, roughly?", "where exactly?".
  'roughly', 'approximately', 'approx', 'exactly', 'precisely', 'basically',
  // Intensifiers: "even messier".
  'even',
]);

/** Capitalised words that are not names (calendar words are capitalised in English). */
const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'i',
  // "I'd", "I'm", "I've", "I'll", whose apostrophe the tokenizer drops.
  'id', 'im', 'ive', 'ill',
]);

/**
 * Nouns that frame a question about something else ("the purpose of the talks", "any details on the
 * meeting"): they say what aspect is wanted, not what the question is about.
 */
const FRAME_NOUNS: ReadonlySet<string> = new Set([
  'purpose', 'goal', 'aim', 'objective', 'intention', 'reason', 'cause', 'result', 'outcome',
  'consequence', 'effect', 'impact', 'significance', 'importance', 'condition', 'status', 'role',
  'nature', 'detail', 'details', 'focus', 'point', 'background', 'context', 'situation', 'response',
  'reaction', 'position', 'stance', 'view', 'opinion', 'plan', 'plans', 'name', 'kind', 'type',
  'sort', 'way', 'part', 'thing', 'things', 'something', 'anything', 'fact', 'facts', 'information',
  'news', 'story', 'article', 'example', 'topic', 'subject', 'aspect', 'description', 'summary',
  'overview', 'explanation', 'idea', 'meaning', 'update', 'latest', 'level', 'problem', 'problems',
  'matter', 'question', 'state', 'basis', 'extent', 'degree', 'amount', 'scope', 'progress', 'sense',
  'deal', 'terms', 'case', 'happening', 'event', 'events', 'instance', 'source', 'sources', 'mention',
  'title', 'job', 'rank', 'post', 'capacity', 'function', 'background', 'comment', 'comments', 'remark',
  'remarks', 'period', 'manner', 'backdrop', 'core', 'crux',
  // "the lady from the State Department": a person described, named elsewhere.
  'lady', 'gentleman', 'guy', 'fellow',
  // "Which body announced ...": an organisation is asked for, named elsewhere.
  'body', 'entity',
  // "Was the venue downtown?": where the event took place, asked about.
  'venue',
]);

/**
 * Verbs that only say something took place ("Where did the meeting happen?"): they frame the
 * question like frame nouns do.
 */
const FRAME_VERBS: readonly string[] = [
  'happen', 'happened', 'occur', 'occurred', 'take', 'took', 'place', 'go', 'went', 'come', 'came', 'get', 'got',
  // Light verbs: "make her comments", "give a statement" say no more than the noun.
  'make', 'made', 'give', 'gave', 'given',
  // Requests: "list the six facilities", "explain the visa row".
  'list', 'show', 'explain', 'describe', 'summarize', 'summarise', 'contrast', 'compare', 'outline', 'identify',
];

/** The frame nouns and verbs as terms, so plurals and other forms match ("topics", "details", "happened"). */
const FRAME_TERMS: ReadonlySet<string> = termSetOf([...FRAME_NOUNS, ...FRAME_VERBS]);
const FRAME_NOUN_TERMS: ReadonlySet<string> = termSetOf(FRAME_NOUNS);
const FRAME_VERB_TERMS: ReadonlySet<string> = termSetOf(FRAME_VERBS);

const LOCATIVE_WORDS: ReadonlySet<string> = new Set(['in', 'at', 'on']);
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'their', 'its']);
/** Possessive determiners: the word after them is a noun ("his post"). */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
/**
 * Nouns for the events a place can qualify ("the Istanbul talks"), and for the reports an outlet
 * publishes ("the Reuters story": which article is meant, not what it says).
 */
const EVENT_WORDS: ReadonlySet<string> = new Set([
  'talks', 'talk', 'meeting', 'meetings', 'negotiations', 'summit', 'round', 'consultations', 'conference', 'visit',
  'story', 'report', 'article', 'piece', 'coverage', 'account', 'dispatch',
]);

const EVENT_TERMS: ReadonlySet<string> = termSetOf(EVENT_WORDS);

/** Whether a concept is a word for an event or report ("round", "talks", "story"). */
export function isEventWord(concept: Concept): boolean {
  return concept.parts.length === 1 && EVENT_TERMS.has(concept.parts[0]?.term ?? '');
}

/** Verbs that ask for someone's words: "What did Tammy Bruce say about...". */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'said', 'says', 'tell', 'told', 'note', 'noted', 'state', 'stated', 'announce', 'announced',
  'claim', 'claimed', 'argue', 'argued', 'think', 'comment', 'commented', 'report', 'reported', 'mean',
  'meant', 'stress', 'stressed', 'add', 'added', 'affirm', 'affirmed', 'reflect', 'reflected',
  'explain', 'explained', 'warn', 'warned', 'reveal', 'revealed', 'deny', 'denied', 'mention',
  'mentioned', 'suggest', 'suggested', 'insist', 'insisted', 'respond', 'responded', 'reply', 'replied',
  'post', 'tweet', 'tweeted', 'complain', 'complained', 'complains', 'claims',
]);
const AUXILIARIES: ReadonlySet<string> = new Set([
  'did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'is', 'was', 'are', 'were',
]);
const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);

/**
 * Reads a question: its answer kind (from the opening words, or a kind word such as "date" in a terse
 * lookup), its content words, and whose words it asks for. Kind words are dropped from the content
 * once they set the kind, so "istanbul talks date" searches for "istanbul talks".
 */
export function analyzeQuestion(text: string, isProperWord: (folded: string) => boolean = () => false): QuestionAnalysis {
  const tokens = tokenize(text).map((token, position, all) => {
    const word = CHAT_WORDS.get(token.folded) ?? numberedRoundOrdinal(all, position) ?? comparedOutcome(all, position) ?? functionWordSlip(token, isProperWord);
    return word === undefined ? token : { ...token, folded: word };
  });
  // "wheres", "hows": a question word run into "is", read as the question word.
  const words = tokens.map((token) => CONTRACTED_QUESTION_WORDS.get(token.folded) ?? token.folded);
  const opener = findOpener(words, clauseAfterComma(text, tokens), laterSentenceStarts(text, tokens));
  // The opener's last word ("what", "which country", "how many"), or -1 when there is none.
  const openerEnd = opener?.positions.at(-1) ?? -1;
  let kind: AnswerKind = opener?.kind ?? 'other';
  // "How many days before the talks did she speak?": the date she spoke answers, not a count.
  const countedAt = (opener?.positions.at(-1) ?? -2) + 1;
  const datesBetween = kind === 'quantity' && TIME_UNITS.has(words[countedAt] ?? '') && RELATIVE_TIME_WORDS.has(words[countedAt + 1] ?? '');
  if (datesBetween) kind = 'date';
  // "What precondition must be met", "what has to happen before ...": the condition, also mid-question.
  const conditionAsked = kind === 'other' && asksCondition(words);
  if (conditionAsked) kind = 'condition';
  // "Did Bruce say when full normalisation might be possible?": what it waits for, as "when could".
  if (kind === 'date' && words[opener?.positions[0] ?? -1] === 'when' && words.some((word) => word === 'possible' || word === 'feasible')) kind = 'condition';
  // "What's the Long Island villa worth?", "what did it cost?": a sum of money.
  // "What's the villa valued at?": a sum too.
  const worthAt = words[0] === 'what' ? words.findIndex((word, i) => (word === 'worth' && i === words.length - 1) || word === 'cost' || word === 'costs' || (VALUING_VERBS.has(word) && words[i + 1] === 'at')) : -1;
  const asksWorth = kind === 'other' && worthAt > 0;
  if (asksWorth) kind = 'quantity';
  // "Which country's consulate": the owner of the consulate, a name, not a place.
  const possessive = openerEnd >= 0 && words[openerEnd] === 'country' && /['’]s$/u.test(tokens[openerEnd]?.surface ?? '');
  if (possessive) kind = 'agent';
  // "Which country raised the salary issue?", "which country froze the accounts": a country that did
  // something, a name. Not "which country is Istanbul in", nor where a meeting was ("which country hosted").
  const countryVerb = openerEnd >= 0 && words[openerEnd] === 'country' ? (words[openerEnd + 1] ?? '') : '';
  if (kind === 'place' && countryVerb !== '' && !AUXILIARIES.has(countryVerb) && !HOSTED_WORDS.has(countryVerb) && !countryVerb.startsWith('host') && wordClassOf(countryVerb) === 'verb') kind = 'agent';
  const ownedThing = (possessive || words[openerEnd] === 'whose') ? termOf(words[openerEnd + 1] ?? '') : null;
  const skip = new Set<number>(opener?.positions ?? []);
  // "A) Ankara B) Istanbul C) Moscow": the letters are no words; the options are merged below.
  const options = multipleChoiceOptions(text, tokens);
  for (const option of options) skip.add(option.letterAt);
  if (datesBetween) skip.add(countedAt);
  if (asksWorth) skip.add(worthAt);
  if (conditionAsked) {
    words.forEach((word, position) => {
      if (CONDITION_NOUNS.has(word)) skip.add(position);
    });
  }
  // Chat filler and set phrases ("lol", "right now") say nothing, wherever they stand.
  // "the talks were in ankara right?": a tag asking to confirm, no topic.
  const tags = confirmTagsAt(text, tokens);
  const filler = new Set([...setPhrasesAt(words), ...askerRemarkAt(text, tokens, words), ...tags]);
  words.forEach((word, position) => {
    if (CHAT_FILLER.has(word)) filler.add(position);
    if (CONTRACTED_QUESTION_WORDS.has(tokens[position]?.folded ?? '')) skip.add(position);
  });
  for (const position of filler) skip.add(position);
  // "the 5th round": the tokenizer splits the figure from its suffix; read both as the ordinal.
  const ordinalAt = new Map<number, string>();
  tokens.forEach((token, position) => {
    const suffix = tokens[position + 1];
    if (!/^\d+$/u.test(token.folded) || suffix === undefined || suffix.start !== token.end || !ORDINAL_SUFFIXES.has(suffix.folded)) return;
    skip.add(position + 1);
    ordinalAt.set(position, ORDINAL_SPELLINGS.get(`${token.folded}${suffix.folded}`) ?? token.folded);
  });
  // "What was the date of the Istanbul meeting?": a kind word as the attribute asked sets the kind.
  const askedAsQuestion = /\?\s*$/u.test(text);
  // "I remember the expulsions. What ...?": the question proper starts after the asker's remark.
  const rememberedUntil = askedAsQuestion ? leadingRemarkEnd(text, tokens, words, isProperWord) : 0;
  const kindNounAt = attributeStartOrCopula(words, tokens, askedAsQuestion, rememberedUntil);
  const kindNoun = kindNounAt < 0 ? undefined : kindNounOf(words, kindNounAt);
  // "What was the meeting even for?": what it was for.
  const forWhat = words[0] === 'what' && BE_FORMS.has(words[1] ?? '') && words.at(-1) === 'for' && words.slice(2, -1).some((word) => EVENT_WORDS.has(word));
  // "What was the meeting supposed to achieve?": the same.
  const meantTo = words[0] === 'what' && words.some((word, i) => EVENT_WORDS.has(word) && /^(?:\S+\s+){0,2}(?:supposed|meant|intended|designed) to (?:achieve|accomplish|do|deliver)\b/u.test(words.slice(i + 1).join(' ')));
  const asksPurpose = kind === 'other' && (kindNoun?.purpose === true || forWhat || meantTo);
  if (kind === 'other' && kindNoun !== undefined) {
    kind = kindNoun.kind;
    for (let i = 0; i < kindNoun.width; i++) skip.add(kindNounAt + i);
  }
  if (asksPurpose) kind = 'reason';
  // "Which (two) officials...", "who are the two people...": people are asked for, as with "who";
  // the words only say so.
  const askedPeople = opener === undefined ? peopleAskedAt(words) : kind === 'agent' ? peopleNamedAt(words) : [];
  // "Which judge ruled ...": a role asks for the person holding it; the role itself is content.
  const askedRole = opener === undefined && askedPeople.length === 0 && (whichNounAt(words, PERSON_ROLES) >= 0 || namesPersonAsked(words));
  // "Which news agency reported ...": an outlet is asked for by name ("Reuters"); the words only say so.
  const askedOutlet = opener === undefined ? outletAskedAt(words) : laterOutletAskedAt(words);
  if (askedPeople.length > 0 || askedRole || askedOutlet.length > 0) kind = 'agent';
  // "the two countries", "both sides": the story's parties, named elsewhere; the words only point.
  // "What does AARP stand for?": "stand for" only asks for the full name.
  const acronym = acronymAskedIn(words, tokens);
  // "What was Ice T's original name?": the words only say another name is asked.
  const otherNameWords = kind === 'other' ? otherNameAt(words) : [];
  // "What film introduced Jar Jar Binks?": the film is named by its title, without the word.
  const titleNounAt = kind === 'other' && (words[0] === 'what' || words[0] === 'which') && TITLE_NOUNS.has(words[1] ?? '') ? 1 : -1;
  const framing = [...askedPeople, ...askedOutlet, ...partiesAt(words), ...relativeTimeAt(words), ...pronounOneAt(words), ...answerCountAt(words), ...modalNeedAt(words), ...(acronym === null ? [] : [acronym.standAt]), ...(titleNounAt < 0 ? [] : [titleNounAt]), ...otherNameWords];
  // Kind words ("date", "time") set the kind only in terse lookups ("istanbul talks date"), not in
  // full questions ("Are relations at an all-time low?").
  if (kind === 'other' && !AUXILIARIES.has(words[0] ?? '') && !QUESTION_WORDS.has(words[0] ?? '')) {
    words.forEach((word, position) => {
      const wordKind = KIND_WORDS.get(word);
      if (wordKind !== undefined && kind === 'other' && !filler.has(position)) {
        kind = wordKind;
        skip.add(position);
      }
    });
  }

  // "What country is the city hosting the talks in?": in a question asking where, a bare place
  // noun stands for the place asked about or named elsewhere; it only frames the question.
  if (kind === 'place') {
    words.forEach((word, position) => {
      if (PLACE_FRAMES.has(word)) framing.push(position);
    });
  }

  // "how did they get to the venue, on foot?": a short fragment after the question is a guess at
  // the answer, no topic the knowledge must have.
  const questionWordAt = words.findIndex((word, i) => QUESTION_WORDS.has(word) && !echoesClaim(words, i));
  // "the talks were in Ankara right? the capital?": a tag asking to confirm, then more of the claim,
  // a few words, which are a guess too.
  const tagAt = tags[0] ?? -1;
  // "it was Lavrov who said ..., correct?": the "who" of a cleft asks nothing.
  const tagged = tagAt >= 0 && (questionWordAt < 0 || questionWordAt === cleftWhoAt(words));
  const afterTag = tagged && tokens.length - (tagAt + 1) <= MAX_GUESS_WORDS ? tagAt + 1 : Infinity;
  const guessFrom = Math.min(askedAsQuestion ? guessedAnswerStart(text, tokens, questionWordAt < 0 ? undefined : questionWordAt) : Infinity, afterTag);
  // "which city were the talks held in? revising for tmrw lol": a remark after the question.
  const remarkedFrom = trailingRemarkStart(text, tokens);
  const shouting = isMostlyCapitalised(tokens);
  const concepts: Concept[] = [];
  const positions: number[] = [];
  const seen = new Set<string>();
  let previousNameAt = -2;
  let previousDateAt = -2;
  tokens.forEach((token, position) => {
    if (skip.has(position)) return;
    const capitalised = position > 0 && looksLikeName(token);
    // "who was calling the shots for Moscow": the word the knowledge would use ("led").
    const idiom = capitalised ? undefined : idiomAt(words, position);
    for (let at = position + 1; idiom !== undefined && at <= idiom.lastAt; at++) skip.add(at);
    // "What problems have they run into?": the verb the knowledge would use ("encountered").
    const verbAndParticle = capitalised || idiom !== undefined ? undefined : plainVerbAt(words, position);
    // "getting diplomatic work back on track": the particle starts an idiom, which says more.
    const phrasal = verbAndParticle !== undefined && idiomAt(words, verbAndParticle.particleAt) !== undefined ? undefined : verbAndParticle;
    if (phrasal !== undefined) skip.add(phrasal.particleAt);
    const plainVerb = idiom?.word ?? phrasal?.verb;
    const folded = plainVerb ?? ordinalAt.get(position) ?? token.folded;
    const term = position > 0 && isMonthMay(token) ? 'may' : termOf(folded);
    if (term === null || seen.has(term)) return;
    seen.add(term);
    const surface =
      idiom !== undefined
        ? tokens.slice(position, idiom.lastAt + 1).map((word) => word.surface).join(' ')
        : phrasal === undefined
          ? token.surface
          : `${token.surface} ${tokens[phrasal.particleAt]?.surface ?? ''}`;
    const part: ConceptPart = { surface, folded, term };
    // "... six US facilities. True?": a sentence's first word is capitalised whatever it is; an
    // adjective, verb or adverb there is no name.
    const startsSentence = position > 0 && /[?.!]/u.test(separatorBefore(text, tokens, position)) && !['noun', 'rare'].includes(wordClassOf(token.folded));
    const isName = !shouting && position > 0 && !startsSentence && looksLikeName(token);
    const isDate = isDatePart(token);
    const last = concepts.at(-1);
    const joined = position > 0 && /^\s+$/u.test(separatorBefore(text, tokens, position));
    const lastTerms = last?.parts.map((lastPart) => lastPart.term) ?? [];
    const followsName = last?.isName === true && previousNameAt === position - 1 && joined;
    // "the West Coast Russian consulates": a people's word after a region says whose, apart.
    const afterRegion = isCountryWord(token.folded) && placesInRegion(lastTerms).length > 0;
    // "the Pacific coast": a region's name may end in lowercase.
    const endsRegion = !isName && followsName && placesInRegion([...lastTerms, term]).length > 0;
    if ((isName || endsRegion) && followsName && !afterRegion) {
      // "Jennifer Capriati": consecutive capitalised words are one name.
      concepts[concepts.length - 1] = { ...last, surface: `${last.surface} ${token.surface}`, parts: [...last.parts, part] };
    } else if (isDate && last !== undefined && previousDateAt === position - 1 && joined) {
      // "April 10", "October 2024": one date, not two concepts that each pull in look-alike sentences.
      concepts[concepts.length - 1] = { ...last, surface: `${last.surface} ${token.surface}`, parts: [...last.parts, part], isDate: true };
    } else {
      // A capitalised word is a name ("State Department"), never a frame noun ("state of").
      // A frame noun used as a verb is content: "the focus of the talks" frames, "focusing on" says what.
      const nounAsVerb = FRAME_NOUN_TERMS.has(term) && !FRAME_VERB_TERMS.has(term) && /(?:ing|ed)$/u.test(folded) && !FRAME_NOUNS.has(folded) && !SPEECH_VERBS.has(folded);
      // "What practical problems have both countries had?": problems asked for are what to find.
      const problemsAsked = PROBLEM_NOUNS.has(folded) && words.slice(Math.max(0, position - 2), position).includes('what');
      const isFrame = !isName && ((FRAME_TERMS.has(term) && !nounAsVerb && !problemsAsked) || framing.includes(position));
      const isDateWord = isDate && (MONTH_NAMES.has(token.folded) || /^(?:1[5-9]|20)\d\d$/u.test(token.folded));
      // "in Istanbul", "the Istanbul talks", "the Poland-Belarus negotiations"; not "Coulter visit Istanbul".
      // "The April 10 Istanbul meeting": a date may stand between the determiner and the place.
      const before = position > 1 ? (tokens[position - 1] as Token) : undefined;
      // "The Istanbul visa talks": one noun may stand between the place and the event.
      const eventFollows = EVENT_WORDS.has(words[position + 1] ?? '') || (termOf(words[position + 1] ?? '') !== null && canBeVerb(words[position + 1] ?? '') === false && EVENT_WORDS.has(words[position + 2] ?? ''));
      const namesEvent =
        eventFollows &&
        (DETERMINERS.has(words[position - 1] ?? '') || (before !== undefined && (looksLikeName(before) || isDatePart(before))));
      // In lowercase, a word the knowledge only ever capitalises ("the vienna round") names it too.
      const properWord = !isName && !shouting && position > 0 && /^\p{Ll}/u.test(token.surface) && isProperWord(token.folded);
      // "us russia embassy talks istanbul date": in a lookup, a place right after the event names it too.
      const afterEvent = EVENT_WORDS.has(words[position - 1] ?? '') && position === words.length - 2;
      const isSetting = (isName || properWord) && (LOCATIVE_WORDS.has(words[position - 1] ?? '') || namesEvent || afterEvent);
      // "a house or a hotel or what?": a guess offered among others is no topic the knowledge must have.
      // "like a house?": an example the asker guesses at, the same.
      const offered =
        !isName &&
        (words[position + 1] === 'or' ||
          words[position - 1] === 'or' ||
          words[position - 2] === 'or' ||
          (words[position - 2] === 'like' && INDEFINITE_ARTICLES.has(words[position - 1] ?? '')) ||
          position >= guessFrom);
      concepts.push({ surface, parts: [part], isName, isTopic: isName || (!isFrame && !offered && isTopicWord(folded)), isFrame, isDate: isDateWord, isSetting });
      positions.push(position);
    }
    if (isName) previousNameAt = position;
    if (isDate) previousDateAt = position;
  });
  frameRemark(concepts, positions, rememberedUntil);
  const compared = frameComparison(concepts, positions, text, tokens);
  frameOfferedParties(concepts, positions, words);
  mergeOptions(concepts, positions, options);
  mergeChoices(concepts, positions, words);
  mergeGlosses(concepts, positions, text, tokens);
  // "True or false: the Russian delegation was led by Russia's foreign minister.": a claim to check.
  const trueOrFalse = TRUE_OR_FALSE.test(text);
  // "My recollection is that ... . Was this one held at the American or the Russian mission?": the
  // question after the asker's remark.
  const isCheck = isYesNoCheck(words.slice(rememberedUntil)) || tagged || trueOrFalse;
  const hostedPlace = kind === 'other' && isCheck ? conceptAt(concepts, positions, hostedPlaceAt(words)) : null;
  const checkedPlace = hostedPlace?.isName === true ? hostedPlace : null;
  if (checkedPlace !== null) kind = 'place';
  // "where exactly did they meet, the American consulate?": a building guessed at asks for one too
  // ("where in antalya was it, a consulate?" asks for a place in the city, a building first already).
  const inCity = words[openerEnd + 1] === 'in' || (words[openerEnd + 1] === 'exactly' && words[openerEnd + 2] === 'in');
  const guessesBuilding = kind === 'place' && words[openerEnd] === 'where' && !inCity && words.slice(guessFrom).some((word) => VENUE_NOUNS.has(word));
  const asksVenue = (kind === 'other' || kind === 'agent' || kind === 'place') && (venueAsked(words, isCheck) || guessesBuilding);
  if (asksVenue) {
    kind = 'place';
    // "the american mission or the russian one": a word for any building only says what is asked.
    concepts.forEach((concept, i) => {
      if (GENERIC_VENUES.has(concept.parts[0]?.folded ?? '') && concept.parts.length === 1) concepts[i] = { ...concept, isFrame: true, isTopic: false };
    });
  }
  const asksSayer = kind === 'agent' && words[openerEnd] === 'who' && saysAfter(words, openerEnd + 1);
  const checkedLeaders = isCheck ? [...leadersClaimed(words, concepts, positions), ...cleftNames(words, concepts, positions)] : [];
  if (kind === 'other' && checkedLeaders.length > 0) kind = 'agent';
  const leader = kind === 'agent' ? leaderAsked(words, openerEnd) : null;
  const leadingVerb = leader?.verbAt === undefined ? null : conceptAt(concepts, positions, leader.verbAt);
  const asksPerson = askedRole || leader !== null || (opener === undefined && askedPeople.length > 0);
  const speaker = findSpeaker(words, concepts, positions, isProperWord);
  // "Was this the first or second round?", "round 1 or 2?": which round, whichever it was.
  const ordinalChoice = ORDINAL_CHOICE.test(text) && ROUND_MENTION.test(text);
  return {
    text,
    kind,
    concepts,
    speaker,
    speakerRole: speakerRoleOf(words, concepts, positions, speaker),
    sayer: findBareSayer(words, concepts, positions),
    counted: asksWorth ? [...MONEY_UNITS] : countedTerms(tokens, opener),
    countedIn: kind === 'quantity' ? conceptAt(concepts, positions, groupCountedIn(words, opener?.positions.at(-1))) : null,
    asksEarlierEvent: EARLIER_EVENT.test(text),
    moneyVerb: kind === 'quantity' && words[opener?.positions[1] ?? -1] === 'much' ? conceptAt(concepts, positions, words.findIndex((word) => MONEY_VERBS.has(word))) : null,
    countedOwners: countedOwners(tokens, opener),
    eventVerb: findEventVerb(kind, words, tokens, concepts, positions),
    attribute: findAttribute(words, tokens, concepts, positions, askedAsQuestion, rememberedUntil),
    asksOngoing: kind === 'duration' && words.some((word) => word === 'have' || word === 'has' || word === 'been'),
    asksGap: kind === 'duration' && words.some((word) => word === 'before' || word === 'after' || word === 'until'),
    asksCountry: kind === 'place' && words[openerEnd] === 'country',
    placeWithin: kind === 'place' ? placeWithinAt(words, concepts, positions, opener?.positions.at(-1)) : null,
    ownedThing,
    // "When are Britain and Iran meeting again?": again, and not in the past, is the next time.
    asksFuture: (kind === 'date' || kind === 'time' || kind === 'place') && (words.some((word) => FUTURE_WORDS.has(word)) || (words.includes('again') && words.some((word) => MEETING_AGAIN_WORDS.has(word)) && !words.some((word) => PAST_WORDS.has(word)))),
    asksPast:
      words.some((word) => PAST_WORDS.has(word) || (word.endsWith('ed') && canBeVerb(word))) &&
      !words.some((word, i) => FUTURE_WORDS.has(word) || UPCOMING_WORDS.has(word) || (word === 'going' && words[i + 1] === 'to')),
    asksWhichRound: words.some((word, i) => (word === 'which' || word === 'what') && ROUND_EVENTS.has(words[i + 1] ?? '')) || ordinalChoice,
    asksNextEvent: kind === 'other' && words.some((word, i) => word === 'next' && words.slice(i + 1, i + 4).some((later) => EVENT_WORDS.has(later))),
    asksStatement: statementAskedIn(text),
    // "Forgive a silly question, but who is Russia's ambassador to Turkey?": from the question word on.
    role: roleQuestionOf(tokens.filter((_, position) => !filler.has(position) && position >= (opener?.positions[0] ?? 0))),
    asksPerson,
    leadingVerb,
    actorVerb: kind === 'agent' && !asksSayer ? conceptAt(concepts, positions, actorVerbAt(words, openerEnd)) : null,
    objectVerb: conceptAt(concepts, positions, objectVerbAt(words, openerEnd)),
    dateMeetsCondition: kind === 'condition' && words[opener?.positions[0] ?? -1] === 'when',
    acronymAsked: acronym?.letters ?? null,
    asksTitle: titleNounAt >= 0,
    asksOtherName: otherNameWords.length > 0,
    asksAge: kind === 'quantity' && words[opener?.positions[0] ?? -1] === 'how' && words[opener?.positions[1] ?? -1] === 'old',
    asksCauseOfDeath: kind === 'other' && words.includes('how') && words.some((word) => DYING_WORDS.has(word)),
    asksExactDate: kind === 'date' && (words.some((word) => PRECISION_WORDS.has(word)) || ['day', 'date'].includes(words[opener?.positions[1] ?? -1] ?? '')),
    asksSayer,
    actorCountry: actorCountryOf(tokens),
    // A check ("was the meeting at the American consulate?") is answered by the sentence correcting it.
    // So is a guess at the building ("where did they meet, the American consulate?").
    ownedMission: isCheck || guessesBuilding ? null : ownedMissionOf(tokens),
    guesses: concepts.filter((concept, i) => (positions[i] ?? -1) >= guessFrom || (positions[i] ?? Infinity) < rememberedUntil || compared.includes(concept)),
    remarked: concepts.filter((_, i) => (positions[i] ?? Infinity) < rememberedUntil || (positions[i] ?? -1) >= remarkedFrom),
    personCountry: asksPerson ? (personCountryOf(tokens) ?? (leader?.verbAt === undefined ? null : ledSideCountry(tokens, leader.verbAt))) : null,
    placeCountry: kind === 'place' ? conceptAt(concepts, positions, placeCountryAt(words)) : null,
    eventOrdinals: ordinalChoice ? [] : [
      ...eventOrdinalsOf(text),
      // "round one", read as "first" above.
      ...tokens.flatMap((token, position) => (ROUND_EVENTS.has(tokens[position - 1]?.folded ?? '') && ORDINALS.has(token.folded) ? [token.folded] : [])),
    ],
    namedThing: namedThingOf(words, concepts, positions, opener !== undefined),
    outletAsked: conceptAt(concepts, positions, askedOutlet.at(-1) ?? -1),
    checkedPlace,
    claimedPlaces: isCheck ? placesClaimed(words, concepts, positions) : [],
    isCheck,
    isClaim: trueOrFalse || (isCheck && !AUXILIARIES.has(words[0] ?? '') && !NEGATED_AUXILIARIES.has(words[0] ?? '')),
    checkedLeaders,
    asksVenue,
    asksPurpose,
    asksStandout: kind === 'other' && !isCheck && words.some((word, i) => isSuperlative(word) && words.slice(i + 1, i + 4).some((later) => ISSUE_NOUNS.has(later))),
  };
}

/** Nouns for the building an event is held in. */
const VENUE_NOUNS: ReadonlySet<string> = new Set(['building', 'venue', 'hotel', 'premises', 'consulate', 'embassy', 'mission', 'compound', 'residence']);
/** Venue nouns that name no kind of building: "which building", "the American mission". */
const GENERIC_VENUES: ReadonlySet<string> = new Set(['building', 'venue', 'premises', 'mission']);
/** Prepositions placing an event in a building ("held at the consulate", "on American premises"). */
const VENUE_LINKS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'inside']);

/**
 * Whether a question asks for the building an event took place in (see `asksVenue`): a venue noun
 * right after "which", "what" or "whose" ("which Russian building hosted"), or, in a yes/no check,
 * after "at" ("was the meeting held at the US consulate?"); either way with a word of hosting or meeting.
 */
function venueAsked(words: readonly string[], isCheck: boolean): boolean {
  const tookPlace = words.some((word, i) => word === 'place' && ['take', 'took', 'taking', 'takes'].includes(words[i - 1] ?? ''));
  const hosted = tookPlace || words.some((word) => VENUE_EVENT_WORDS.has(word));
  // "which Russian building hosted ...", "where did they meet, like which building?"
  if (hosted && words.some((word, i) => ['which', 'what', 'whose'].includes(word) && words.slice(i + 1, i + 3).some((later) => VENUE_NOUNS.has(later)))) return true;
  // "was the meeting held at the American or the Russian consulate?", "the talks were at the
  // British consulate, yeah?": a check placing the event itself in a building.
  const placed = hosted || words.some((word, i) => EVENT_WORDS.has(word) && BE_FORMS.has(words[i + 1] ?? '') && VENUE_LINKS.has(words[i + 2] ?? ''));
  return placed && isCheck && words.some((word, i) => VENUE_LINKS.has(word) && words.slice(i + 1, i + 8).some((later) => VENUE_NOUNS.has(later)));
}

/** Auxiliaries with "not" run in, as typed without the apostrophe ("didn't" is tokenised "didnt"). */
const NEGATED_AUXILIARIES: ReadonlySet<string> = new Set(['didnt', 'doesnt', 'dont', 'wasnt', 'werent', 'isnt', 'arent', 'hasnt', 'havent', 'hadnt']);
/** Last words that turn a statement into a check: "..., right?", "..., wasn't it?". */
const CHECK_TAGS: ReadonlySet<string> = new Set(['right', 'correct', 'true', 'no', 'accurate', 'confirm', 'yeah', 'yes']);

/** Positions of the tags asking to confirm a claim, each right before a "?": "… in ankara right?", "…, yeah?". */
function confirmTagsAt(text: string, tokens: readonly Token[]): number[] {
  return tokens.flatMap((token, position) => (position > 0 && CHECK_TAGS.has(token.folded) && /^\s*\?/u.test(text.slice(token.end)) ? [position] : []));
}

/** A yes/no question, with no question word: "Did they ...?", "Didn't they ...?", "They met in Ankara, right?", "..., wasn't it?". */
function isYesNoCheck(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  // "Could you tell me on what date they met in Istanbul?" asks a question word's answer.
  if (words.some((word, i) => QUESTION_WORDS.has(word) && !echoesClaim(words, i))) return false;
  return AUXILIARIES.has(first) || NEGATED_AUXILIARIES.has(first) || CHECK_TAGS.has(last) || NEGATED_AUXILIARIES.has(words.at(-2) ?? '');
}

/** The names and offices after "led by" / "headed by" ("... led by Lavrov and Rubio"), up to the end of the question. */
function leadersClaimed(words: readonly string[], concepts: readonly Concept[], positions: readonly number[]): Concept[] {
  const byAt = words.findIndex((word, i) => word === 'by' && LEADING_VERBS.has(termOf(words[i - 1] ?? '') ?? ''));
  if (byAt < 0) {
    // "lavrov personally led the russian team right?": the one said to lead, first, before the verb.
    const ledAt = words.findIndex((word) => LEADING_VERBS.has(termOf(word) ?? ''));
    const first = concepts[0];
    return ledAt > 0 && ledAt <= 2 && first !== undefined && positions[0] === 0 && first.parts.every((part) => wordClassOf(part.folded) === 'rare') ? [first] : [];
  }
  // "led by a deputy foreign minister": an office claimed is corrected the same way.
  return concepts.filter((concept, i) => (concept.isName || PERSON_ROLES.has(concept.parts[0]?.folded ?? '')) && (positions[i] ?? -1) > byAt);
}

/**
 * Verbs an event's place follows, before "in" or "at": "meet in", "held in", "took place in". Not
 * nouns: in "was the meeting in Istanbul meant to ...?" the place only says which meeting.
 */
const HOSTED_WORDS: ReadonlySet<string> = new Set(['meet', 'met', 'held', 'hold', 'hosted', 'place', 'gathered', 'convened']);
/** Words saying an event took place somewhere ("hosted the talks", "held at", "meet at"): those above, and more forms. */
const VENUE_EVENT_WORDS: ReadonlySet<string> = new Set([...[...HOSTED_WORDS].filter((word) => word !== 'place'), 'host', 'hosting', 'hosts', 'meeting', 'happen', 'happened']);
/** Verbs saying where a thing is ("Pioneer Point is in Virginia, right?"), after its subject. */
const LOCATED_WORDS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'located', 'based', 'situated']);

/** Where the place of "met in Ankara", "held at the Hilton" or "is in Virginia" stands, or -1. */
function hostedPlaceAt(words: readonly string[]): number {
  // "met up in Ankara": a particle may stand between.
  const verbBefore = (i: number): string => (words[i - 1] === 'up' ? (words[i - 2] ?? '') : (words[i - 1] ?? ''));
  const at = words.findIndex((word, i) => (word === 'in' || word === 'at') && (HOSTED_WORDS.has(verbBefore(i)) || (i > 2 && LOCATED_WORDS.has(words[i - 1] ?? ''))));
  if (at < 0) return -1;
  return DETERMINERS.has(words[at + 1] ?? '') ? at + 2 : at + 1;
}

/**
 * "Pioneer Point is a villa in Virginia, correct?", "two trading facilities in Chicago and Boston,
 * right?": in a yes/no check, the names after "in" that end the claim (before its tag, if any).
 */
function placesClaimed(words: readonly string[], concepts: readonly Concept[], positions: readonly number[]): Concept[] {
  const endOf = (i: number): number => (positions[i] ?? 0) + (concepts[i]?.parts.length ?? 0);
  const last = concepts.length - 1;
  const after = endOf(last);
  if (last < 0 || !(after >= words.length || CHECK_TAGS.has(words[after] ?? '') || NEGATED_AUXILIARIES.has(words[after] ?? ''))) return [];
  // "in Chicago and Boston": names joined by "and", back from the last.
  let first = last;
  while (first > 0 && words[endOf(first - 1)] === 'and' && endOf(first - 1) + 1 === positions[first]) first--;
  const run = concepts.slice(first, last + 1);
  return run.every((concept) => concept.isName) && words[(positions[first] ?? 0) - 1] === 'in' ? run : [];
}

/**
 * Where a remark of the asker's before the question ends ("I remember Obama-era headlines about
 * Russian compounds. How many facilities ...?", "Honestly both sides have been sniping for ages.
 * What ...?"): a first sentence that asks nothing, followed by the question, or words of the asker's
 * up to a colon. What it names is what the asker recalls, a premise the answer may correct, not a
 * name the knowledge must have. 0 when there is none.
 */
function leadingRemarkEnd(text: string, tokens: readonly Token[], words: readonly string[], isProperWord: (folded: string) => boolean): number {
  // "..., so I must ask: was any property ...?": a colon ends it too, when no full stop does.
  // A full stop ends a sentence, not an abbreviation's ("Ms. Bruce", "10 a.m.", "U.S.").
  const stop = tokens.findIndex((_, i) => i > 0 && /[.!]\s/u.test(separatorBefore(text, tokens, i)) && !ABBREVIATED.has(tokens[i - 1]?.folded ?? '') && (tokens[i - 1]?.folded.length ?? 0) > 1);
  const end = stop >= 0 ? stop : tokens.findIndex((_, i) => i > 0 && separatorBefore(text, tokens, i).includes(':'));
  if (end < 0 || /\?/u.test(text.slice(0, tokens[end]?.start ?? 0))) return 0;
  // "journalist here: ...", "fact check: ...": a few words before a colon only open the turn.
  // Not "negociations in istanbul: which topic ...", which names the topic.
  const opening = end <= MAX_OPENING_WORDS && !words.slice(0, end).some((word) => isProperWord(word) || PLACE_NAME_WORDS.has(word));
  return stop >= 0 || opening || words.slice(0, end).some((word) => FIRST_PERSON.has(word)) ? end : 0;
}

/**
 * "Poland and Belarus met in Istanbul like the US and Russia did, right?": what the question compares
 * with only frames it, up to the end of its clause; the answer need not name it. The framed
 * concepts, as they now are.
 */
function frameComparison(concepts: Concept[], positions: readonly number[], text: string, tokens: readonly Token[]): Concept[] {
  // Not "the hottest issue, like the most controversial one": a restatement, not a comparison.
  const likeAt = tokens.findIndex((token, i) => i > 2 && token.folded === 'like' && ((tokens[i + 1]?.folded === 'the' && !isSuperlative(tokens[i + 2]?.folded ?? '')) || isCountryWord(tokens[i + 1]?.folded ?? '')));
  if (likeAt < 0) return [];
  const end = tokens.findIndex((_, i) => i > likeAt + 1 && /[,?.!;]/u.test(separatorBefore(text, tokens, i)));
  const until = end < 0 ? tokens.length : end;
  const framed: Concept[] = [];
  concepts.forEach((concept, i) => {
    const at = positions[i] ?? -1;
    if (at <= likeAt || at >= until) return;
    const frame = { ...concept, isName: false, isTopic: false, isFrame: true };
    concepts[i] = frame;
    framed.push(frame);
  });
  return framed;
}

/** Nouns for a matter in dispute: "the biggest sticking point", "the most contentious topic". */
const ISSUE_NOUNS: ReadonlySet<string> = new Set(['issue', 'issues', 'point', 'points', 'problem', 'problems', 'topic', 'topics', 'obstacle', 'obstacles', 'dispute', 'disputes', 'hurdle', 'hurdles', 'matter', 'question', 'controversy']);

/** "most", "main", "biggest", "hottest": a word picking the one that stands out. */
function isSuperlative(word: string): boolean {
  return word === 'most' || word === 'main' || (/[^e]est$/u.test(word) && wordClassOf(word) === 'adjective');
}

/** A word that picks one out among others: a superlative, or a ranking word ("key", "chief"). */
export function picksOneOut(word: string): boolean {
  return isSuperlative(word) || RANKING_WORDS.has(word);
}

/**
 * "Who stands accused of pressure - Moscow, Washington or both?": parties offered as answers to pick
 * from, "both" among them, only frame the question; the answer may name neither ("Both sides").
 */
function frameOfferedParties(concepts: Concept[], positions: readonly number[], words: readonly string[]): void {
  const bothAt = words.findIndex((word, i) => word === 'both' && words[i - 1] === 'or' && i === words.length - 1);
  if (bothAt < 0) return;
  concepts.forEach((concept, i) => {
    const at = positions[i] ?? -1;
    if (at >= bothAt - 4 && at < bothAt - 1 && concept.parts.length === 1 && isCountryWord(concept.parts[0]?.folded ?? '')) concepts[i] = { ...concept, isName: false, isTopic: false, isFrame: true };
  });
}

/** Where "it was" or "was it" opens a cleft ("it was Lavrov who ..."); -1 when none. */
function cleftAt(words: readonly string[]): number {
  return words.findIndex((word, i) => (word === 'it' && (words[i + 1] === 'was' || words[i + 1] === 's')) || (word === 'was' && words[i + 1] === 'it'));
}

/** Position of the "who" of a cleft naming one or two words ("it was Lavrov who", "it was Sergei Lavrov who"); -1 when none. */
function cleftWhoAt(words: readonly string[]): number {
  const at = cleftAt(words);
  if (at < 0) return -1;
  const who = [at + 3, at + 4].find((k) => words[k] === 'who');
  return who ?? -1;
}

/** "it was Lavrov who said ..., correct?", "was it Rubio that led ...?": the name a cleft claims did it. */
function cleftNames(words: readonly string[], concepts: readonly Concept[], positions: readonly number[]): Concept[] {
  const at = cleftAt(words);
  if (at < 0) return [];
  const concept = conceptAt(concepts, positions, at + 2);
  const after = at + 2 + (concept?.parts.length ?? 0);
  return concept?.isName === true && (words[after] === 'who' || words[after] === 'that') ? [concept] : [];
}

/** Nouns for troubles, which a question asks for as such ("what problems"), and a sentence names ("difficulties"). */
const PROBLEM_NOUNS: ReadonlySet<string> = new Set(['problem', 'problems']);

/** The "what" of "that's what the article says", "isn't that what it says": pointing back at a claim, asking nothing. */
function echoesClaim(words: readonly string[], at: number): boolean {
  return words[at] === 'what' && words[at - 1] === 'that' && ['the', 'it', 'they', 'she', 'he', 'you'].includes(words[at + 1] ?? '') && words.slice(at + 1, at + 5).some((word) => SPEECH_VERBS.has(word));
}

/** An opening asking to judge a claim: "True or false: ...", "Fact or fiction - ...". */
const TRUE_OR_FALSE = /^\s*(?:true or false|fact or fiction|true\/false|t\/f)\b/iu;

/** Where a remark after the question starts (words after its last "?", not themselves asked); Infinity when none. */
function trailingRemarkStart(text: string, tokens: readonly Token[]): number {
  const asked = text.lastIndexOf('?');
  if (asked < 0 || /\?\s*$/u.test(text)) return Infinity;
  const start = tokens.findIndex((token) => token.start > asked);
  return start < 0 ? Infinity : start;
}

/** Words written with a full stop that ends no sentence: titles and short forms. */
const ABBREVIATED: ReadonlySet<string> = new Set(['mr', 'ms', 'mrs', 'dr', 'st', 'am', 'pm', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'vs', 'etc', 'no', 'approx']);

/** Most words before a colon that open a turn without a first person ("journalist here:", "quick side question:"). */
const MAX_OPENING_WORDS = 3;

/** Topics a question after the asker's remark must name itself for the remark only to frame it. */
const MIN_OWN_TOPICS = 2;

/**
 * "I remember Obama-era headlines about Russian compounds. How many facilities does the article say
 * Washington restricted?": when the question names its own topics, what the asker recalls before it
 * only frames it. Not "I read Bruce said ties would normalise. Is that what she said?", which asks
 * about the remark itself.
 */
function frameRemark(concepts: Concept[], positions: readonly number[], remarkEnd: number): void {
  const ownTopics = concepts.filter((concept, i) => concept.isTopic && (positions[i] ?? 0) >= remarkEnd).length;
  if (ownTopics < MIN_OWN_TOPICS) return;
  concepts.forEach((concept, i) => {
    if ((positions[i] ?? Infinity) < remarkEnd) concepts[i] = { ...concept, isTopic: false, isFrame: true };
  });
}

/** Most words of a guess after the question ("…, on foot?"). */
const MAX_GUESS_WORDS = 3;

/**
 * Where a guess at the answer starts, in a question ending in "?": its last comma-separated
 * fragment, at most three words, after the question word. Infinity when there is none.
 */
function guessedAnswerStart(text: string, tokens: readonly Token[], openerAt: number | undefined): number {
  if (openerAt === undefined) return Infinity;
  for (let i = tokens.length - 1; i > openerAt + 1 && i >= tokens.length - MAX_GUESS_WORDS; i--) {
    // "how long has this been building - months?": a dash sets a guess off too; so does a question
    // mark before a short question of its own ("who was the spokesperson? tammy something?") that
    // asks nothing new ("... ? and where?" does).
    const separator = separatorBefore(text, tokens, i);
    if (/,|\s[-–—]\s/u.test(separator)) return i;
    if (separator.includes('?') && !tokens.slice(i).some((token) => QUESTION_WORDS.has(token.folded))) return i;
  }
  return Infinity;
}

/** Words that may stand between the options of a choice ("downtown or somewhere on the outskirts"). */
const CHOICE_LINKS: ReadonlySet<string> = new Set(['or', 'the', 'a', 'an', 'somewhere', 'on', 'in', 'at', 'out']);

/**
 * "Was the venue on the outskirts or downtown?": the options of a choice are one concept, any of
 * whose words answers, as the answer says one of them. Names and countries stay apart ("the
 * american consulate or the russian one").
 */
function mergeChoices(concepts: Concept[], positions: number[], words: readonly string[]): void {
  for (let i = concepts.length - 2; i >= 0; i--) {
    const first = concepts[i] as Concept;
    const second = concepts[i + 1] as Concept;
    const between = words.slice((positions[i] ?? 0) + first.parts.length, positions[i + 1] ?? 0);
    const apart = [first, second].some((concept) => concept.isName || concept.isDate || concept.parts.some((part) => isCountryWord(part.folded)));
    if (apart || !between.includes('or') || !between.every((word) => CHOICE_LINKS.has(word))) continue;
    concepts.splice(i, 2, { ...first, surface: `${first.surface} or ${second.surface}`, parts: [...first.parts, ...second.parts], isTopic: false, isFrame: first.isFrame && second.isFrame, isChoice: true });
    positions.splice(i + 1, 1);
  }
}

/**
 * "What division (weight) did Patterson win?": a word in brackets right after another glosses it;
 * the two are one concept, either of whose words answers.
 */
function mergeGlosses(concepts: Concept[], positions: number[], text: string, tokens: readonly Token[]): void {
  for (let i = concepts.length - 1; i > 0; i--) {
    const at = positions[i] ?? 0;
    const first = concepts[i - 1] as Concept;
    const gloss = concepts[i] as Concept;
    const next = tokens[at + 1];
    const bracketed = at > 0 && /^\s*\(\s*$/u.test(separatorBefore(text, tokens, at)) && (positions[i - 1] ?? -2) === at - 1 && (next === undefined ? /^\s*\)/u.test(text.slice(tokens[at]?.end ?? 0)) : /^\s*\)/u.test(separatorBefore(text, tokens, at + 1)));
    if (!bracketed || first.isName || gloss.isName || first.parts.length > 1 || gloss.parts.length > 1) continue;
    concepts.splice(i - 1, 2, { ...first, surface: `${first.surface} or ${gloss.surface}`, parts: [...first.parts, ...gloss.parts], isChoice: true });
    positions.splice(i, 1);
  }
}

/** One option of a multiple-choice question: where its letter stands, and its words' positions (`from` to `to`, inclusive). */
interface ChoiceOption {
  readonly letterAt: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The options of a multiple-choice question ("A) Ankara B) Istanbul C) Moscow", "(a) villa (b)
 * motel"): single letters in order from "a", each followed by ")", "." or ":". None unless there
 * are at least two.
 */
function multipleChoiceOptions(text: string, tokens: readonly Token[]): ChoiceOption[] {
  const letters: number[] = [];
  tokens.forEach((token, i) => {
    const expected = String.fromCharCode('a'.charCodeAt(0) + letters.length);
    const after = text.slice(token.end, tokens[i + 1]?.start ?? text.length);
    if (token.folded === expected && token.surface.length === 1 && /^\s*[).:]/u.test(after)) letters.push(i);
  });
  if (letters.length < 2) return [];
  return letters.map((letterAt, k) => ({ letterAt, from: letterAt + 1, to: (letters[k + 1] ?? tokens.length) - 1 }));
}

/**
 * Merges the concepts of a multiple-choice question's options into one choice: any option may be
 * the answer, and an option the knowledge lacks ("Ankara") is a wrong guess, not a sign it does not
 * cover the question.
 */
function mergeOptions(concepts: Concept[], positions: number[], options: readonly ChoiceOption[]): void {
  const inOption = (position: number): boolean => options.some((option) => position >= option.from && position <= option.to);
  const first = positions.findIndex(inOption);
  if (first < 0) return;
  const merged = concepts.filter((_, i) => inOption(positions[i] ?? -1));
  const choice: Concept = {
    surface: merged.map((concept) => concept.surface).join(' or '),
    parts: merged.flatMap((concept) => concept.parts),
    isName: false,
    isTopic: false,
    isFrame: false,
    isDate: false,
    isSetting: false,
    isChoice: true,
  };
  const position = positions[first] ?? 0;
  for (let i = concepts.length - 1; i >= 0; i--) {
    if (!inOption(positions[i] ?? -1)) continue;
    concepts.splice(i, 1);
    positions.splice(i, 1);
  }
  concepts.splice(first, 0, choice);
  positions.splice(first, 0, position);
}

/** The concept whose first word stands at `position` (`positions` holds each concept's), or null. */
function conceptAt(concepts: readonly Concept[], positions: readonly number[], position: number): Concept | null {
  return concepts[positions.indexOf(position)] ?? null;
}

/**
 * The thing a question wants named: "which hotel", "the name of the bank in Frankfurt"; a person's
 * name has its own rule (`asksPerson`), and a question with an opener ("who", "when") asks no
 * "which" of it.
 */
function namedThingOf(words: readonly string[], concepts: readonly Concept[], positions: readonly number[], hasOpener: boolean): Concept | null {
  const which = hasOpener ? null : conceptAt(concepts, positions, whichNounAt(words, NAMED_THINGS));
  return (
    which ??
    conceptAt(concepts, positions, nameOfNounAt(words, (word) => NAMED_THINGS.has(word) && !PERSON_ROLES.has(word))) ??
    conceptAt(concepts, positions, specificNounAt(words))
  );
}

/** Words that ask for one thing in particular: "which specific sanctions". */
const SPECIFIC_WORDS: ReadonlySet<string> = new Set(['specific', 'particular', 'exact']);

/**
 * The noun of "which specific <noun>": a thing asked for by its name, whatever it is, or -1. A
 * loose "which missions exactly" is not read so (the answer may name them in lowercase).
 */
function specificNounAt(words: readonly string[]): number {
  const at = words.indexOf('which');
  return at >= 0 && SPECIFIC_WORDS.has(words[at + 1] ?? '') && termOf(words[at + 2] ?? '') !== null ? at + 2 : -1;
}

/**
 * A date in a question not asking "when" ("the April 10 talks"), or a place in one not asking
 * "where" ("the talks in Istanbul"): it only says which event is meant, and the answer's story or
 * paragraph may tell it instead of the answering sentence.
 */
export function onlySaysWhichEvent(concept: Concept, kind: AnswerKind): boolean {
  return (concept.isDate && kind !== 'date') || (concept.isSetting && kind !== 'place');
}

/** The place of "where (exactly) in <place>": a name or setting right after "in". */
function placeWithinAt(words: readonly string[], concepts: readonly Concept[], positions: readonly number[], openerAt: number | undefined): Concept | null {
  if (openerAt === undefined || words[openerAt] !== 'where') return null;
  let inAt = openerAt + 1;
  if (words[inAt] === 'exactly') inAt++;
  if (words[inAt] !== 'in') return null;
  const place = conceptAt(concepts, positions, inAt + 1 + (words[inAt + 1] === 'the' ? 1 : 0));
  return place !== null && (place.isName || place.isSetting) ? place : null;
}

/** The noun of "what is/was/are/were [the] <noun> of ..." when it is not a frame noun or a name (see `attribute`). */
function findAttribute(words: readonly string[], tokens: readonly Token[], concepts: readonly Concept[], positions: readonly number[], asked: boolean, from: number): Concept | null {
  // "What language were the talks held in?": the noun after "what", before the auxiliary; not a
  // word for the kind of answer ("what dates were ...", "what sum was ...").
  // "Which street is the consulate on?", "on which street is it?": the same after "which".
  const at = from + whichWordAt(words.slice(from));
  const noun = words[at + 1] ?? '';
  // "Which capital", "which government": a kind of name, which the knowledge may give without the word.
  const opensOnNoun = words[at] === 'what' || (words[at] === 'which' && !NAME_KINDS.has(noun.replace(/s$/u, '')));
  if (opensOnNoun && AUXILIARIES.has(words[at + 2] ?? '') && wordClassOf(noun) === 'noun' && !KIND_WORDS.has(noun.replace(/s$/u, '')) && !ANSWER_TYPE_NOUNS.has(noun)) {
    const concept = conceptAt(concepts, positions, at + 1);
    if (concept !== null && !concept.isFrame && !concept.isName && !concept.isDate) return concept;
  }
  const start = attributeStart(words, tokens, asked, from);
  if (start < 0) return null;
  // "the address of", "the street address of": the noun right before "of".
  // "the budget for running the consulates"; not "what was the meeting (actually) for".
  // "what was the weather like in Istanbul": the noun before "like" is asked too.
  const ofAt = [start + 1, start + 2].find((at) => words[at] === 'of' || ((words[at] === 'for' || words[at] === 'like') && at + 1 < words.length));
  if (ofAt === undefined) return null;
  // "Bruce speaks for which department?": a verb before "for" is no attribute.
  if (wordClassOf(words[ofAt - 1] ?? '') === 'verb') return null;
  const concept = conceptAt(concepts, positions, ofAt - 1);
  // "What's the travel rule for Polish diplomats?": a rule is told in its own words ("must ask
  // for permission"), not named.
  return concept === null || concept.isFrame || concept.isName || concept.isDate || GENERIC_NOUNS.has(concept.parts[0]?.folded ?? '') ? null : concept;
}

/** Nouns for what a sentence tells in its own words rather than names: no attribute to look up. */
const GENERIC_NOUNS: ReadonlySet<string> = new Set(['rule', 'rules', 'policy', 'policies', 'arrangement', 'arrangements', 'situation']);

/**
 * Position of the first word after "what is/was [the]" (or "whats [the]"), or of a lookup's first
 * word ("[the] address of ..."); -1 for other questions.
 */
function attributeStart(allWords: readonly string[], allTokens: readonly Token[], asked: boolean, from = 0): number {
  // "ok so what was the point of ...": words that only open the turn come first, and before them
  // the asker's remark, if any (`from`).
  let lead = from;
  while (lead < allWords.length - 1 && TURN_OPENERS.has(allWords[lead] ?? '')) lead++;
  const start = attributeStartAt(allWords.slice(lead), allTokens.slice(lead), asked);
  return start < 0 ? start : start + lead;
}

/**
 * `attributeStart`, or in a question opening on "what" whose attribute follows later ("what both
 * sides said is the focus of the meeting?"), the noun after "is the".
 */
function attributeStartOrCopula(words: readonly string[], tokens: readonly Token[], asked: boolean, from: number): number {
  const start = attributeStart(words, tokens, asked, from);
  if (start >= 0 || words[from] !== 'what') return start;
  const at = words.findIndex((word, i) => i > from + 1 && BE_FORMS.has(word) && words[i + 1] === 'the' && kindNounOf(words, i + 2) !== undefined);
  return at < 0 ? -1 : at + 2;
}

/** Words that only open a turn: "ok so what was ...", "well, what is ...". */
const TURN_OPENERS: ReadonlySet<string> = new Set(['ok', 'okay', 'so', 'well', 'and', 'hmm', 'um', 'uh', 'hey', 'hi', 'hello', 'yo']);

/** `attributeStart` once the words opening the turn are dropped. */
function attributeStartAt(words: readonly string[], tokens: readonly Token[], asked: boolean): number {
  // "street address of the russian consulate?": a lookup opening on the attribute itself, asked as
  // a question (without "?", "claims of pressure on diplomats" is a topic to look up).
  if (asked && !QUESTION_WORDS.has(words[0] ?? '') && !AUXILIARIES.has(words[0] ?? '')) return words[0] === 'the' ? 1 : 0;
  if (words[0] !== 'what') return -1;
  // "whats", and "what's", whose "'s" the tokenizer drops as if it were a possessive.
  const contracted = tokens[0]?.folded === 'whats' || /^what['’]s$/iu.test(tokens[0]?.surface ?? '');
  const after = ['is', 'was', 'are', 'were', 's'].includes(words[1] ?? '') ? 2 : contracted ? 1 : -1;
  if (after < 0) return -1;
  return ['the', 'its', 'their'].includes(words[after] ?? '') ? after + 1 : after;
}

/** Set phrases that say nothing about the topic: "why did it close in the first place", "how are ties right now". */
const SET_PHRASES: readonly (readonly string[])[] = [
  ['in', 'the', 'first', 'place'],
  ['right', 'now'],
  // "what is Russia complaining about when it comes to salaries": "about", not a time asked for.
  ['when', 'it', 'comes', 'to'],
  ['when', 'it', 'came', 'to'],
  ['at', 'the', 'moment'],
  ['these', 'days'],
  ['at', 'this', 'point'],
  // "At the time of the April 10 meeting, what did Russia say": which moment, not a time asked for.
  ['at', 'the', 'time', 'of'],
  // "Who was the US ambassador in Moscow at the time?": then, not a time asked for.
  ['at', 'the', 'time'],
  // The asker's pointer to the source, not the topic ("how bad are ties, according to the piece").
  ...['article', 'piece', 'story', 'report', 'text', 'source', 'sources', 'news'].flatMap((noun) => [['according', 'to', 'the', noun], ['per', 'the', noun], ['per', 'this', noun], ['according', 'to', 'this', noun]]),
  // "who is the spokesperson in the article": where to look, not which spokesperson.
  ...['article', 'piece', 'story', 'text'].flatMap((noun) => [['in', 'the', noun], ['in', 'this', noun]]),
  // "the source for this account": the article itself.
  ...['article', 'piece', 'story', 'text', 'report', 'account'].flatMap((noun) => [['for', 'this', noun], ['of', 'this', noun], ['behind', 'this', noun]]),
  ['in', 'the', 'city'],
  ['in', 'total'],
  ['all', 'told'],
  // "what kind of paperwork problems are we talking about": the asker's aside.
  ['are', 'we', 'talking', 'about'],
  // "at an all-time low": a record, not a time asked for.
  ['all', 'time'],
  // "What was the goal, in simple words?": how to answer, not what about.
  ['in', 'simple', 'words'],
  ['in', 'simple', 'terms'],
  ['in', 'plain', 'english'],
  ['in', 'a', 'nutshell'],
  // "Who is Tammy Bruce? The name rings a bell": the asker's remark.
  ['the', 'name', 'rings', 'a', 'bell'],
  ['rings', 'a', 'bell'],
  ['at', 'this', 'time'],
  // Polite openings: "I wonder whether …", "Could you kindly tell me …", "I would be grateful to learn …".
  ['i', 'wonder'],
  ['i', 'was', 'wondering'],
  ...['tell', 'inform'].flatMap((verb) => [['could', 'you', 'kindly', verb, 'me'], ['could', 'you', 'please', verb, 'me'], ['could', 'you', verb, 'me'], ['would', 'you', 'kindly', verb, 'me'], ['can', 'you', verb, 'me'], ['please', verb, 'me'], ['kindly', verb, 'me']]),
  ...['learn', 'know', 'hear'].flatMap((verb) => [['i', 'would', 'be', 'grateful', 'to', verb], ['i', 'should', 'like', 'to', verb], ['i', 'would', 'like', 'to', verb], ['i', 'd', 'like', 'to', verb]]),
  ['i', 'would', 'be', 'grateful', 'if', 'you', 'could', 'tell', 'me'],
  ['may', 'i', 'ask'],
  ['pray', 'tell'],
  // "remarks to the press": whom she spoke to, not what about.
  ['to', 'the', 'press'],
  ['to', 'reporters'],
  ['to', 'journalists'],
  // "in its opening lines": where in the article, not what about.
  ...['its', 'the'].flatMap((owner) => [['in', owner, 'opening', 'lines'], ['in', owner, 'opening', 'paragraph'], ['in', owner, 'first', 'paragraph'], ['in', owner, 'first', 'lines']]),
  // "arriving on the day of the negotiations": which day, not a day asked for.
  ['on', 'the', 'day', 'of'],
  // "What happened in Istanbul?": any event there; the verb is no word a sentence must share
  // ("could only happen if"). Not "what happened to the bell", whose fate is asked.
  ...['in', 'on', 'at'].flatMap((link) => [['what', 'happened', link], ['what', 'even', 'happened', link], ['what', 'went', 'on', link]]),
  // "..., in one line": how to answer, like "in a nutshell".
  ['in', 'one', 'line'],
  ['in', 'one', 'sentence'],
  ['in', 'a', 'sentence'],
  ['in', 'short'],
  // Quiz items: "Multiple choice: ...", "Quiz q: ...", "Fill in the blank: ...".
  ['multiple', 'choice'],
  ['quiz', 'q'],
  ['quiz', 'question'],
  ['fill', 'in', 'the', 'blank'],
  // A claim to check: "Claim going around: ... True?", "can you confirm?", "I heard that ...".
  ['going', 'around'],
  ['doing', 'the', 'rounds'],
  ['making', 'the', 'rounds'],
  ['can', 'you', 'confirm'],
  ['could', 'you', 'confirm'],
  ['true', 'or', 'false'],
  ['fact', 'check'],
  // "Is it true (that) the talks were hosted ...?": the claim follows.
  ...['true', 'correct', 'right', 'accurate'].flatMap((word) => [['it', word], ['it', word, 'that']]),
  ...['heard', 'read', 'saw'].flatMap((verb) => [['i', verb], ['i', verb, 'that']]),
];

/** Words by which askers speak of themselves. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'id', 'my', 'me', 'we', 'our']);

/**
 * Positions of a remark about the asker after the question ("What's her job title? my students keep
 * getting it wrong", "... ? need it for a timeline question"): no question word, and it speaks of
 * the asker or what they need. It says why they ask, not what about.
 */
function askerRemarkAt(text: string, tokens: readonly Token[], words: readonly string[]): number[] {
  const start = tokens.findLastIndex((_, i) => i > 0 && separatorBefore(text, tokens, i).includes('?'));
  if (start < 0) return [];
  const remark = words.slice(start);
  // "(yes, asking for the bot's sake)": an aside in brackets after the question, whatever it says.
  if (/^\s*\(.*\)\s*$/su.test(text.slice(tokens[start]?.start === undefined ? text.length : text.lastIndexOf('?', tokens[start].start) + 1))) return remark.map((_, i) => start + i);
  if (remark.some((word) => QUESTION_WORDS.has(word)) || AUXILIARIES.has(remark[0] ?? '')) return [];
  const aboutAsker = remark.some((word) => FIRST_PERSON.has(word)) || ['need', 'want', 'needed', 'asking'].includes(remark[0] ?? '');
  // "It seems a tall order.", "Sounds like a throwback.": the asker's impression, no question.
  const impression = IMPRESSION_VERBS.has(remark[0] ?? '') || (['it', 'that', 'this'].includes(remark[0] ?? '') && IMPRESSION_VERBS.has(remark[1] ?? ''));
  return aboutAsker || impression ? remark.map((_, i) => start + i) : [];
}

/** Verbs of an impression the asker adds after the question ("It seems a tall order"). */
const IMPRESSION_VERBS: ReadonlySet<string> = new Set(['seems', 'sounds', 'looks', 'feels']);

/** Positions of the words of set phrases (see `SET_PHRASES`). */
function setPhrasesAt(words: readonly string[]): number[] {
  const positions: number[] = [];
  words.forEach((_, start) => {
    for (const phrase of SET_PHRASES) {
      if (phrase.every((word, i) => words[start + i] === word)) positions.push(...phrase.map((_word, i) => start + i));
    }
  });
  return positions;
}

const PARTY_NOUNS: ReadonlySet<string> = new Set(['countries', 'sides', 'nations', 'governments', 'parties', 'capitals', 'powers', 'superpowers', 'states', 'rivals', 'adversaries']);

/** Positions of "two countries", "both sides" (the number word and the noun): a reference to the story's parties. */
function partiesAt(words: readonly string[]): number[] {
  const positions: number[] = [];
  words.forEach((word, i) => {
    if ((word === 'two' || word === 'both') && PARTY_NOUNS.has(words[i + 1] ?? '')) positions.push(i, i + 1);
    // "the friction between the two", "what have the two been throwing": the two parties, the noun left out.
    else if (word === 'two' && words[i - 1] === 'the' && (termOf(words[i + 1] ?? '') === null || AUXILIARIES.has(words[i + 1] ?? '') || CHAT_FILLER.has(words[i + 1] ?? ''))) positions.push(i);
  });
  return positions;
}

/** Nouns for people in general: "which officials" asks for people as "who" does. */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'people', 'person', 'persons', 'man', 'men', 'woman', 'women', 'individual',
  'individuals', 'politician', 'politicians',
]);
const SMALL_NUMBERS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', '2', '3', '4', '5']);

/** Positions of people nouns ("people", "officials"), with a small number before them, anywhere in a question. */
function peopleNamedAt(words: readonly string[]): number[] {
  const positions: number[] = [];
  words.forEach((word, i) => {
    if (!PEOPLE_NOUNS.has(word)) return;
    if (SMALL_NUMBERS.has(words[i - 1] ?? '')) positions.push(i - 1);
    positions.push(i);
  });
  return positions;
}

/** Words that make "name" ask for another one: "real name", "original name", "stage name". */
const OTHER_NAME_MODIFIERS: ReadonlySet<string> = new Set(['real', 'original', 'birth', 'given', 'full', 'legal', 'stage', 'maiden', 'pen', 'professional']);

/** "originally called", "first named", "formerly known": another name asked for. */
const FORMERLY_WORDS: ReadonlySet<string> = new Set(['originally', 'first', 'formerly', 'once']);
const CALLED_WORDS: ReadonlySet<string> = new Set(['called', 'named', 'known']);

/** Positions of "original name" (both words) or "nickname" in a question; empty when it asks no other name. */
function otherNameAt(words: readonly string[]): number[] {
  const nickname = words.indexOf('nickname');
  if (nickname >= 0) return [nickname];
  // "What were the Globetrotters originally called?"
  const called = words.findIndex((word, i) => FORMERLY_WORDS.has(word) && CALLED_WORDS.has(words[i + 1] ?? ''));
  if (called >= 0) return [called, called + 1];
  const at = words.findIndex((word, i) => OTHER_NAME_MODIFIERS.has(word) && (words[i + 1] === 'name' || words[i + 1] === 'names'));
  return at < 0 ? [] : [at, at + 1];
}

/** Works known by a title ("What film introduced Jar Jar Binks?" → "Star Wars: Episode I"). */
const TITLE_NOUNS: ReadonlySet<string> = new Set(['film', 'movie', 'book', 'novel', 'song', 'album', 'opera', 'musical', 'poem', 'painting', 'sitcom', 'series']);

/** Verbs that ask what initials expand to: "stand for", "short for". */
const EXPANDING_WORDS: ReadonlySet<string> = new Set(['stand', 'stands', 'short']);

/** Most letters of initials a question asks to expand. */
const MAX_ACRONYM_LETTERS = 8;

/**
 * "What does AARP stand for?", "what is MFA short for": the initials (written in capitals, two to
 * eight letters) and where "stand" or "short" is; null when the question asks no such thing.
 */
function acronymAskedIn(words: readonly string[], tokens: readonly Token[]): { readonly letters: string; readonly standAt: number } | null {
  const standAt = words.findIndex((word, i) => EXPANDING_WORDS.has(word) && words[i + 1] === 'for');
  if (standAt < 0 || !words.includes('what')) return null;
  const letters = tokens.slice(0, standAt).map((token) => token.surface.replace(/\./gu, '')).findLast((surface) => /^\p{Lu}{2,}$/u.test(surface) && surface.length <= MAX_ACRONYM_LETTERS);
  return letters === undefined ? null : { letters, standAt };
}

/** "Which countries would need to make peace?": "need to" only says it is required, like "have to". */
function modalNeedAt(words: readonly string[]): number[] {
  return words.flatMap((word, i) => ((word === 'need' || word === 'needs' || word === 'needed') && words[i + 1] === 'to' ? [i] : []));
}

/** "What two things ...", "which three issues ...": how many answers are asked for, not a word to find. */
function answerCountAt(words: readonly string[]): number[] {
  const at = whichWordAt(words);
  return (words[at] === 'what' || words[at] === 'which') && SMALL_NUMBERS.has(words[at + 1] ?? '') ? [at + 1] : [];
}

/** Positions of "(two) officials" in a question opening "which/what (two) [Turkish] officials"; empty otherwise. */
function peopleAskedAt(words: readonly string[]): number[] {
  const counted = SMALL_NUMBERS.has(words[1] ?? '');
  const nounAt = whichNounAt(words, PEOPLE_NOUNS, counted ? 2 : 1);
  if (nounAt < 0) return [];
  return counted ? [1, nounAt] : [nounAt];
}

/**
 * Position of one of `nouns` in a question opening "[in] which/what", at `from` or after up to three
 * content words saying which ("which Saudi official", "which Turkish deputy foreign minister"); -1
 * when none.
 */
function whichNounAt(words: readonly string[], nouns: ReadonlySet<string>, from = 1): number {
  const shift = whichWordAt(words);
  if (words[shift] !== 'which' && words[shift] !== 'what') return -1;
  for (let at = from + shift; at <= from + shift + 3 && at < words.length; at++) {
    if (nouns.has(words[at] ?? '')) return at;
    if (termOf(words[at] ?? '') === null) return -1;
    // "What's blocking Russian diplomats' pay?": a verb right after the question word asks what does it.
    if (at === from + shift && wordClassOf(words[at] ?? '') === 'verb') return -1;
  }
  return -1;
}

/**
 * Where a question's "which" or "what" would stand: first, or after a preposition ("In which hotel
 * ...", "at which court ...", "on which street ...").
 */
function whichWordAt(words: readonly string[]): number {
  return PREPOSITIONS_BEFORE_WHICH.has(words[0] ?? '') ? 1 : 0;
}

/** "What's the name of the Japanese official who ...": the name of a person is asked for. */
function namesPersonAsked(words: readonly string[]): boolean {
  return nameOfNounAt(words, (word) => PEOPLE_NOUNS.has(word) || PERSON_ROLES.has(word)) >= 0;
}

/** The position of the noun of "the name of the [two words] <noun>" ("the name of the bank in Frankfurt"), or -1. */
function nameOfNounAt(words: readonly string[], isNoun: (word: string) => boolean): number {
  const at = words.findIndex((word, i) => word === 'name' && words[i + 1] === 'of');
  if (at < 0) return -1;
  const start = at + 2 + (words[at + 2] === 'the' ? 1 : 0);
  for (let i = start; i <= start + 3 && i < words.length; i++) {
    if (isNoun(words[i] ?? '')) return i;
    if (termOf(words[i] ?? '') === null) return -1;
  }
  return -1;
}

/** Words for news outlets: "which news agency", "what outlet". */
const OUTLET_NOUNS: ReadonlySet<string> = new Set(['agency', 'outlet', 'outlets', 'newspaper', 'paper', 'publication', 'broadcaster', 'wire', 'media']);

/** Positions of "[news] agency" in a question opening "which/what [news] agency"; empty otherwise. */
function outletAskedAt(words: readonly string[]): number[] {
  const nounAt = whichNounAt(words, OUTLET_NOUNS);
  if (nounAt < 0) return [];
  return words[nounAt - 1] === 'news' ? [nounAt - 1, nounAt] : [nounAt];
}

/** "who reported this story, which news outlet": the outlet asked after a comma, later in the question. */
function laterOutletAskedAt(words: readonly string[]): number[] {
  const at = words.findIndex((word, i) => i > 1 && word === 'which');
  return at < 0 ? [] : outletAskedAt(words.slice(at)).map((position) => position + at);
}

const PREPOSITIONS_BEFORE_WHICH: ReadonlySet<string> = new Set(['in', 'at', 'on', 'from', 'to', 'by', 'with', 'for', 'of']);

/** The ordinals a text gives its rounds and meetings ("the 2nd round" → second), lowercased. */
export function eventOrdinalsOf(text: string): string[] {
  return [...text.matchAll(EVENT_ORDINAL)].map((match) => {
    const ordinal = (match[1] ?? '').toLowerCase();
    return ORDINAL_SPELLINGS.get(ordinal) ?? ordinal;
  });
}

/** An ordinal, in words, figures ("2nd") or a bare number ("round 1 or 2"). */
const ORDINAL_PATTERN = String.raw`(?:${[...ORDINAL_WORDS, ...ORDINAL_SPELLINGS.keys()].join('|')}|\d)`;
/** A choice between two ordinals: "the first or second", "1 or 2". */
const ORDINAL_CHOICE = new RegExp(String.raw`\b${ORDINAL_PATTERN}\s+or\s+(?:the\s+|a\s+)?${ORDINAL_PATTERN}\b`, 'iu');
/** Words for a numbered meeting. */
const ROUND_MENTION = /\b(?:round|meeting|session|talks|negotiations|consultations)\b/iu;

/** "The third round": a counted ordinal before an event. */
const EVENT_ORDINAL = new RegExp(
  String.raw`\b(${[...ORDINAL_WORDS, ...ORDINAL_SPELLINGS.keys()].join('|')})\s+(?:[\p{L}\-–]+\s+)?(?:round|meeting|session|talks|negotiations|consultations|visit)\b`,
  'giu',
);

/**
 * "Who led the Russian delegation?", "who will lead ...", "who did Minsk send ...": a delegation is
 * led (or sent) by a person, so a sentence naming none does not answer, nor one naming someone who
 * did something else. The position of the leading verb, when there is one; null for other
 * questions. `openerEnd` is the position of the question word.
 */
function leaderAsked(words: readonly string[], openerEnd: number): { verbAt?: number } | null {
  if (words[openerEnd] !== 'who' && words[openerEnd] !== 'whom') return null;
  const auxiliaryFirst = AUXILIARIES.has(words[openerEnd + 1] ?? '');
  const verbAt = auxiliaryFirst ? openerEnd + 2 : openerEnd + 1;
  if (LEADING_VERBS.has(termOf(words[verbAt] ?? '') ?? '')) return { verbAt };
  const sent = auxiliaryFirst && words.slice(openerEnd + 2, openerEnd + 6).some((word) => SENDING_VERBS.has(word));
  return sent ? {} : null;
}

/** Position of the verb in "who mediated ...", "who hosted ..." (not "who is", "who said"); -1 when none. */
function actorVerbAt(words: readonly string[], openerEnd: number): number {
  const verbAt = openerEnd + 1;
  const verb = words[verbAt] ?? '';
  // The lexicon lacks some verbs' past forms ("mediated"): an unlisted word in -ed is one.
  const isVerb = canBeVerb(verb) || (wordClassOf(verb) === 'rare' && verb.endsWith('ed'));
  if (words[openerEnd] !== 'who' || AUXILIARIES.has(verb) || SPEECH_VERBS.has(verb) || !isVerb) return -1;
  return verbAt;
}

/** Position of the verb in "who did Darchiev replace" (after a subject of up to three words); -1 when none. */
function objectVerbAt(words: readonly string[], openerEnd: number): number {
  if (!['who', 'whom'].includes(words[openerEnd] ?? '') || !DO_FORMS.has(words[openerEnd + 1] ?? '')) return -1;
  // The verb ends the subject's words and comes before a function word or the end: "the us side
  // complain about" is "complain", not "side".
  for (let at = openerEnd + 3; at <= openerEnd + 5 && at < words.length; at++) {
    const word = words[at] ?? '';
    const next = words[at + 1];
    if (wordClassOf(word) === 'verb' && !SPEECH_VERBS.has(word) && (next === undefined || termOf(next) === null)) return at;
  }
  return -1;
}

/** "did", "does", "do": the auxiliary of a question asking what the subject did. */
const DO_FORMS: ReadonlySet<string> = new Set(['did', 'does', 'do']);

/**
 * A verb of saying at `at`: "who said", "who called the talks frank", "who described them", "who
 * made the point that ...", "who pointed out".
 */
function saysAfter(words: readonly string[], at: number): boolean {
  const verb = words[at] ?? '';
  if (SPEECH_VERBS.has(verb) || DESCRIBING_VERBS.has(verb)) return true;
  return (['made', 'makes', 'make'].includes(verb) && words[at + 1] === 'the' && words[at + 2] === 'point') || (verb === 'pointed' && words[at + 1] === 'out');
}

/** Verbs that say what something is like: "who called the talks frank and businesslike?". */
const DESCRIBING_VERBS: ReadonlySet<string> = new Set(['called', 'calls', 'described', 'describes', 'labelled', 'labeled', 'characterised', 'characterized']);

/** Nouns for one side of talks: "who led the Turkish hosts", "the Russian delegation". */
const SIDE_NOUNS: ReadonlySet<string> = new Set(['delegation', 'delegations', 'team', 'side', 'hosts', 'host', 'delegates', 'negotiators', 'mission']);

/**
 * Position of the group in "how many people were in the (Japanese) delegation": a side noun after
 * "in the", a few words after the counted people; -1 when none.
 */
function groupCountedIn(words: readonly string[], openerEnd: number | undefined): number {
  const counted = openerEnd === undefined ? '' : (words[openerEnd + 1] ?? '');
  if (openerEnd === undefined || !(PEOPLE_NOUNS.has(counted) || counted === 'members' || counted === 'diplomats')) return -1;
  const inAt = words.indexOf('in', openerEnd + 2);
  if (inAt < 0 || inAt > openerEnd + 4 || words[inAt + 1] !== 'the') return -1;
  return [inAt + 2, inAt + 3].find((at) => SIDE_NOUNS.has(words[at] ?? '')) ?? -1;
}

/** The country of the side a leader is asked for: "who led the Turkish hosts", "who represented Türkiye" → Türkiye's. */
function ledSideCountry(tokens: readonly Token[], verbAt: number): string | null {
  const start = tokens[verbAt + 1]?.folded === 'the' ? verbAt + 2 : verbAt + 1;
  const country = countryOfTerm(termOf(tokens[start]?.folded ?? '') ?? '');
  // "who represented Türkiye", "who led the Turkish hosts" (not "who led the Turkish-hosted talks").
  const next = tokens[start + 1]?.folded;
  return next === undefined || SIDE_NOUNS.has(next) || termOf(next) === null ? country : null;
}

/** Nouns for those who act for a country: "Turkish officials", "Turkey's foreign ministry", "the Turkish side". */
const ACTOR_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'ministry', 'government', 'authorities', 'host', 'hosts', 'side', 'spokesman', 'spokeswoman',
  'spokesperson', 'representative', 'representatives', 'mediator', 'mediators', 'mediation',
]);
/** Verbs of taking part: "did Turkey mediate", "did Türkiye host the talks". */
const ACTOR_VERBS: ReadonlySet<string> = new Set([
  'mediate', 'mediated', 'host', 'hosted', 'attend', 'attended', 'chair', 'chaired', 'broker', 'brokered', 'facilitate',
  'facilitated', 'participate', 'participated',
]);

/** The first mission named with its country ("the US consulate", "Poland's embassy"), or null. */
function ownedMissionOf(tokens: readonly Token[]): { country: string; mission: string } | null {
  for (let i = 1; i < tokens.length; i++) {
    const mission = tokens[i]?.folded ?? '';
    if (!MISSION_NOUNS.has(mission)) continue;
    const country = countryOfTerm(termOf(tokens[i - 1]?.folded ?? '') ?? '');
    // "the US-Russia embassy talks": a mission word naming talks, and both sides.
    if (country === null || EVENT_WORDS.has(tokens[i + 1]?.folded ?? '') || countryOfTerm(termOf(tokens[i - 2]?.folded ?? '') ?? '') !== null) continue;
    return { country, mission: termOf(mission) ?? mission };
  }
  return null;
}

/** The key of the country a question has act (see `QuestionAnalysis.actorCountry`), or null. */
function actorCountryOf(tokens: readonly Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const country = countryOfTerm(termOf(tokens[i]?.folded ?? '') ?? '');
    if (country === null) continue;
    const next = tokens.slice(i + 1, i + 3).map((token) => token.folded);
    const onBehalf = tokens[i - 1]?.folded === 'of' && tokens[i - 2]?.folded === 'behalf';
    if (onBehalf || next.some((word) => ACTOR_NOUNS.has(word)) || ACTOR_VERBS.has(next[0] ?? '')) return country;
  }
  return null;
}

/** Position of the country in "which Turkish city", "in what Turkish port": right before a place noun after the question word; -1 when none. */
function placeCountryAt(words: readonly string[]): number {
  const at = whichWordAt(words);
  if (words[at] !== 'which' && words[at] !== 'what') return -1;
  return isCountryWord(words[at + 1] ?? '') && PLACE_FRAMES.has(words[at + 2] ?? '') ? at + 1 : -1;
}

/**
 * The country of "which Turkish official(s)", "what Russian diplomat" (right after which/what), or of
 * the person asked for elsewhere: "the name of the Turkish official who hosted"; null when none.
 */
function personCountryOf(tokens: readonly Token[]): string | null {
  if (tokens[0]?.folded === 'which' || tokens[0]?.folded === 'what') {
    for (const token of tokens.slice(1, 3)) {
      const country = countryOfTerm(termOf(token.folded) ?? '');
      if (country !== null) return country;
    }
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1]?.folded ?? '';
    if (!PEOPLE_NOUNS.has(next) && !PERSON_ROLES.has(next)) continue;
    const country = countryOfTerm(termOf(tokens[i]?.folded ?? '') ?? '');
    if (country !== null) return country;
  }
  return null;
}

/** Roles held by one person: "which judge" asks who that is ("U.S. District Judge Carla Whitfield"). */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  'judge', 'lawyer', 'attorney', 'prosecutor', 'minister', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
  'spokesperson', 'diplomat', 'officer', 'president', 'chairman', 'chairwoman', 'senator', 'mayor', 'governor',
  'consul', 'charge', 'attache', 'negotiator', 'representative', 'secretary', 'director',
  'journalist', 'reporter', 'correspondent', 'editor', 'activist', 'dissident', 'lawmaker', 'businessman',
  'businesswoman', 'blogger', 'prisoner', 'commissioner', 'undersecretary', 'counsellor', 'counselor', 'adviser',
  'advisor', 'aide', 'premier',
]);

/**
 * Things whose names carry the word itself ("the Pera Palace Hotel", "the Moscow City Court", "U.S.
 * District Judge Carla Whitfield"), so an answer to "which hotel" says "hotel". Not cities, countries,
 * agencies or buildings: "which city" is answered by "Istanbul".
 */
const NAMED_THINGS: ReadonlySet<string> = new Set([
  ...PERSON_ROLES, 'hotel', 'hotels', 'court', 'courts', 'bank', 'banks', 'university', 'hospital', 'airline', 'airport', 'district',
  'palace', 'newspaper', 'judges', 'ministers', 'ambassadors', 'envoys', 'consulate', 'embassy', 'mission',
]);

/** Answer kinds that date or time an event, where the event's verb closes the question. */
const EVENT_KINDS: ReadonlySet<AnswerKind> = new Set(['date', 'time', 'duration']);

/** Words that put the event asked about in the future: "when will", "the next round", "upcoming". */
const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', 'next', 'upcoming', 'future']);
/** Words of meeting that "again" makes the next time ("when are they meeting again"; not "istanbul is in which country again"). */
const MEETING_AGAIN_WORDS: ReadonlySet<string> = new Set(['meet', 'meeting', 'talk', 'talks', 'round', 'reconvene', 'gather', 'sit']);
/** Past forms of auxiliaries and common irregular verbs: the question asks of what took place. */
const PAST_WORDS: ReadonlySet<string> = new Set(['did', 'was', 'were', 'had', 'came', 'went', 'took', 'happened', 'held', 'led', 'met', 'made', 'got']);
/** Words of plans that speak of what is to come without asking its date or place ("the planned round"). */
const UPCOMING_WORDS: ReadonlySet<string> = new Set(['planned', 'scheduled', 'expected', 'due', 'gonna', "'ll", 'shall', 'coming', 'proposed', 'suggested']);

/** Verbs that only say an event took place or went on ("When was it held?", "How long did it last?"): no event of their own. */
// Light verbs too: "When was the statement made / given?" dates the statement.
const OCCURRENCE_VERBS: ReadonlySet<string> = termSetOf([
  'hold', 'held', 'last', 'lasted', 'run', 'ran', 'make', 'made', 'give', 'given', 'do', 'done',
  // "How long have tensions been building?": going on, no event of its own.
  'building', 'growing', 'simmering', 'brewing', 'mounting', 'continuing', 'persisting',
]);

/** Words after which the next word is a noun: determiners, possessives and prepositions. */
const NOUN_MARKERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my',
  'about', 'of', 'on', 'in', 'at', 'for', 'with', 'to', 'from', 'by', 'over', 'after', 'before',
]);

/** The last word of "when did the talks end?" when it can be a verb and is not a name, date or frame (see `eventVerb`). */
function findEventVerb(kind: AnswerKind, words: readonly string[], tokens: readonly Token[], concepts: readonly Concept[], positions: readonly number[]): Concept | null {
  if (!EVENT_KINDS.has(kind) || !words.slice(0, 4).some((word) => AUXILIARIES.has(word))) return null;
  const last = concepts.at(-1);
  const lastPosition = positions.at(-1);
  if (last === undefined || lastPosition === undefined || last.parts.length !== 1) return null;
  // Only when it closes the question ("...end?"), not when an object follows ("...end the war?").
  const contentAfter = tokens.slice(lastPosition + 1).some((token) => /\p{L}/u.test(token.surface));
  if (contentAfter || last.isName || last.isDate || last.isFrame || OCCURRENCE_VERBS.has(last.parts[0]?.term ?? '')) return null;
  // "...about the talks?": after a determiner or preposition it is a noun, whatever else it can be.
  if (NOUN_MARKERS.has(words[lastPosition - 1] ?? '')) return null;
  // "...her remarks about Ukraine being excluded?": a clause about what was said, not the event dated.
  if (words[lastPosition - 1] === 'being') return null;
  return canBeVerb(last.parts[0]?.folded ?? '') ? last : null;
}

const asTerms = (words: readonly string[]): string[] => words.map((word) => termOf(word) ?? word);
/** Counted words for people in general. */
const PEOPLE_COUNTS: ReadonlySet<string> = termSetOf(['people', 'persons', 'individuals']);
/** What counts as people when "how many people" is asked. */
const PEOPLE_COUNTED: readonly string[] = asTerms([
  'people', 'persons', 'individuals', 'diplomats', 'staff', 'officials', 'employees', 'workers', 'members',
  'guests', 'delegates', 'soldiers', 'civilians', 'residents', 'citizens', 'nationals', 'personnel',
  'officers', 'journalists', 'children', 'men', 'women', 'adults', 'students', 'passengers', 'refugees',
]);
const TIMES = termOf('times') ?? 'times';

const LENGTH_UNITS = ['feet', 'foot', 'ft', 'meters', 'metres', 'm', 'miles', 'kilometers', 'kilometres', 'km', 'yards', 'inches'];

/** Units a size or distance is measured in: lengths, their singulars, and areas ("in square feet", "in acres"). */
export const SIZE_UNITS: ReadonlySet<string> = new Set([
  ...LENGTH_UNITS, 'metre', 'meter', 'mile', 'square', 'sq', 'acres', 'acre', 'hectares', 'hectare', 'storeys',
]);

/** Units that measure what "how fast / far / high / tall / heavy / deep" asks: the counted words of a measure. */
const MEASURE_UNITS: ReadonlyMap<string, readonly string[]> = new Map([
  ['fast', ['mph', 'kph', 'km/h', 'knots', 'miles', 'kilometers', 'kilometres', 'speed', 'mach']],
  ['far', LENGTH_UNITS],
  ['high', LENGTH_UNITS],
  ['tall', LENGTH_UNITS],
  ['deep', LENGTH_UNITS],
  ['heavy', ['pounds', 'lbs', 'kilograms', 'kg', 'tons', 'tonnes', 'grams', 'ounces']],
]);

/** Verbs putting a sum on a thing: "valued at", "appraised at", "priced at". */
const VALUING_VERBS: ReadonlySet<string> = new Set(['valued', 'appraised', 'priced', 'estimated']);

/** "the previous round", "earlier meetings", "the round before the Kars talks". */
const EARLIER_EVENT = /\b(?:previous|earlier|prior|preceding)\s+(?:[\p{Lu}][\p{L}\-–]*\s+)?(?:rounds?|meetings?|sessions?|talks)\b|\b(?:round|meeting|session)\s+before\s+(?:the|their|its)\b/iu;

/** Verbs of paying and owing: "how much did they pay / spend / owe". */
const MONEY_VERBS: ReadonlySet<string> = new Set([
  'pay', 'pays', 'paid', 'spend', 'spends', 'spent', 'owe', 'owes', 'owed', 'earn', 'earns', 'earned', 'sell',
  'sold', 'buy', 'bought', 'charge', 'charges', 'charged',
]);

/** Words that make "how much" a question about money: "How much did it cost?", "how much are they paid". */
const MONEY_WORDS: ReadonlySet<string> = new Set([
  'cost', 'costs', 'costed', 'worth', 'pay', 'pays', 'paid', 'money', 'spend', 'spends', 'spent', 'price',
  'priced', 'earn', 'earns', 'earned', 'salary', 'salaries', 'wage', 'wages', 'budget', 'fund', 'funding',
  'fee', 'fees', 'charge', 'charged', 'owe', 'owed', 'sell', 'sold', 'buy', 'bought', 'raise', 'raised',
  'appraised', 'valued', 'value', 'fetch', 'fetched',
]);

/** The counted words of a sum of money: "46 million Norwegian crowns", "$200,000" (see `CURRENCY_SIGN`). */
export const MONEY_UNITS: readonly string[] = asTerms([
  'dollars', 'dollar', 'euros', 'euro', 'pounds', 'sterling', 'rubles', 'roubles', 'crowns', 'kroner', 'krona',
  'lira', 'liras', 'yuan', 'yen', 'francs', 'rupees', 'dinars', 'cents', 'reais', 'pesos', 'zloty',
]);

/**
 * The content words right after "how many", up to the first function word (see `counted`); for a
 * measure ("how fast"), its units; for "how much" about money, the units of money.
 */
function countedTerms(tokens: readonly Token[], opener: { kind: AnswerKind; positions: number[] } | undefined): string[] {
  const words = tokens.map((token) => token.folded);
  const asksHow = opener?.kind === 'quantity' && words[opener.positions[0] ?? -1] === 'how';
  const units = opener === undefined ? undefined : MEASURE_UNITS.get(words[opener.positions[1] ?? -1] ?? '');
  if (asksHow && units !== undefined) return units.map((unit) => termOf(unit) ?? unit);
  if (asksHow && words[opener.positions[1] ?? -1] === 'much' && words.some((word) => MONEY_WORDS.has(word))) return [...MONEY_UNITS];
  if (opener === undefined || opener.kind !== 'quantity' || words[opener.positions[0] ?? 0] !== 'how' || words[opener.positions[1] ?? 0] !== 'many') {
    return [];
  }
  const terms: string[] = [];
  for (let i = (opener.positions[1] ?? 0) + 1; i < tokens.length && terms.length < 3; i++) {
    const token = tokens[i] as Token;
    const term = termOf(token.folded);
    if (term === null) break;
    // A capitalised plural is what is counted ("how many Americans"); a capitalised singular or an
    // acronym says which ("how many Russian diplomats", "how many US facilities").
    // In lowercase, a country or people says whose ("how many diplomats russia has"), unless a plural.
    const owner = !/^\p{Lu}/u.test(token.surface) && isCountryWord(token.folded) && !token.folded.endsWith('s');
    if (!owner && (!/^\p{Lu}/u.test(token.surface) || /^\p{Lu}\p{Ll}+s$/u.test(token.surface))) terms.push(term);
  }
  // "How many people": a count of any kind of people answers ("five diplomats and 19 local staff");
  // "how many times": any count ("three written requests").
  if (terms.length > 0 && terms.every((term) => PEOPLE_COUNTS.has(term))) return [...PEOPLE_COUNTED];
  return terms.length > 0 && terms.every((term) => term === TIMES) ? [] : terms;
}

/** The countries or peoples among the words after "how many" ("American" in "how many American diplomats"). */
function countedOwners(tokens: readonly Token[], opener: { kind: AnswerKind; positions: number[] } | undefined): string[] {
  const manyAt = opener?.positions[1];
  if (opener?.kind !== 'quantity' || manyAt === undefined || tokens[manyAt]?.folded !== 'many') return [];
  const owners: string[] = [];
  for (let i = manyAt + 1; i < tokens.length && i <= manyAt + 3; i++) {
    const folded = (tokens[i] as Token).folded;
    if (termOf(folded) === null) break;
    if (isCountryWord(folded)) owners.push(folded);
  }
  if (owners.length > 0) return owners;
  // "How many staff work at Iran's embassy in London?", "how many diplomats does Belarus have in
  // Warsaw?": the mission's country, or the country that has them.
  // A capital is where a mission is ("Iran's London embassy"), not whose.
  for (let i = manyAt + 1; i < tokens.length; i++) {
    const folded = (tokens[i] as Token).folded;
    if (countryOfTerm(termOf(folded) ?? '') === null) continue;
    const following = tokens.slice(i + 1, i + 4).map((token) => token.folded);
    const mission = MISSION_NOUNS.has(following[0] ?? '') || MISSION_NOUNS.has(following[1] ?? '');
    if (mission || HAVING_VERBS.has(following[0] ?? '') || HAVING_VERBS.has(following[1] ?? '')) return [folded];
  }
  return owners;
}

/** Verbs by which a country has staff: "how many diplomats does Belarus still have in Warsaw". */
const HAVING_VERBS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'keep', 'keeps', 'employ', 'employs']);
/** Nouns for a country's missions abroad: "Iran's embassy", "the Polish consulate". */
export const MISSION_NOUNS: ReadonlySet<string> = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'mission', 'missions']);

/**
 * The name in "What did <Name> say/tell/note...", "According to <Name>", "Per <Name>", or "<Name> said what":
 * the concept whose first word sits where the name starts.
 */
function findSpeaker(words: readonly string[], concepts: readonly Concept[], positions: readonly number[], isProperWord: (folded: string) => boolean): Concept | null {
  let nameAt = -1;
  const according = words.findIndex((word, i) => word === 'according' && words[i + 1] === 'to');
  // "according to both governments": the story's parties, not one speaker to credit.
  if (according >= 0 && (words[according + 2] === 'both' || words[according + 2] === 'the') && PARTY_NOUNS.has(words[according + 3] ?? '')) return null;
  if (according >= 0) nameAt = according + 2 + (words[according + 2] === 'the' ? 1 : 0);
  // "per Bruce, when could ...", "..., per the report": "per" means "according to".
  else if (words.includes('per')) {
    const perAt = words.indexOf('per');
    nameAt = perAt + 1 + (words[perAt + 1] === 'the' ? 1 : 0);
  }
  // "per the US-Russia story", "according to the Istanbul report": the story named by its countries
  // or its place, not a speaker.
  const namesStory = isCountryWord(words[nameAt] ?? '') || words[nameAt - 1] === 'the';
  if (nameAt >= 0 && namesStory && words.slice(nameAt + 1, nameAt + 4).some((word) => STORY_NOUNS.has(word))) return null;
  // "..., according to the piece": where to look; whose statement may still be asked.
  if (STORY_NOUNS.has(words[nameAt] ?? '')) nameAt = -1;
  // "What is Washington's complaint about ...": whose complaint, claim or position it is.
  const ownsStatement = (k: number): boolean => {
    const concept = concepts[k];
    if (concept === undefined || !/['’]s$/u.test(concept.parts.at(-1)?.surface ?? '')) return false;
    // "Russia's main complaint": a word ranking the statement may stand between.
    const next = (positions[k] ?? -9) + concept.parts.length;
    return STATEMENT_NOUNS.has(words[next] ?? '') || (RANKING_WORDS.has(words[next] ?? '') && STATEMENT_NOUNS.has(words[next + 1] ?? ''));
  };
  if (nameAt < 0) {
    const owner = concepts.findIndex((_, k) => ownsStatement(k));
    if (owner >= 0) nameAt = positions[owner] ?? -1;
  }
  for (let i = 0; nameAt < 0 && i + 2 < words.length; i++) {
    // "Could you tell me what ...": the asker addresses the bot, whose words are not asked for.
    if (!AUXILIARIES.has(words[i] ?? '') || words[i + 1] === 'you') continue;
    let start = i + 1;
    if (words[start] === 'the') start++;
    for (let end = start; end < Math.min(words.length, start + 6); end++) {
      // "did the war begin, per the report": after a determiner the word is a noun, not the verb;
      // "was the meeting meant to ...": intended, not said.
      // "been in his post": after a possessive the word is a noun too.
      if ((SPEECH_VERBS.has(words[end] ?? '') || makesStatementAt(words, end)) && end > start && !DETERMINERS.has(words[end - 1] ?? '') && !POSSESSIVES.has(words[end - 1] ?? '') && !QUESTION_WORDS.has(words[end - 1] ?? '') && (words[end + 1] !== 'to' || AUDIENCES.has(words[end + 2] ?? ''))) {
        // "the talks reported by Reuters": the one after "by" says it.
        if (words[end + 1] === 'by') nameAt = end + 2 + (words[end + 2] === 'the' ? 1 : 0);
        // "Is the Seattle consulate mentioned anywhere?": spoken of, not speaking.
        else if (!BE_FORMS.has(words[i] ?? '') || (words[end] ?? '').endsWith('ing')) nameAt = start;
        break;
      }
    }
  }
  if (nameAt < 0) return null;
  const index = positions.findIndex((position) => position >= nameAt);
  const concept = index >= 0 ? concepts[index] : undefined;
  if (concept === undefined) return null;
  // "what did ms vollmer say": in lowercase, a word no dictionary lists may be a name (the answer
  // takes it as one only when the knowledge has it as typed).
  const lowercaseName = (candidate: Concept): boolean => candidate.parts.every((part) => !isDictionaryWord(part.folded));
  if (concept.isName || lowercaseName(concept)) return concept;
  const proper = (candidate: Concept): boolean => candidate.parts.every((part) => isProperWord(part.folded));
  // "what's russia's complaint": whose statement, in lowercase, a word the knowledge only capitalises.
  if (ownsStatement(index) && proper(concept)) return concept;
  // "what did sonata coulter say": in lowercase, words the knowledge only ever capitalises, right
  // before the verb of saying, are a name; its last word says who.
  const next = concepts[index + 1];
  const nextAt = positions[index + 1] ?? -1;
  const named = next !== undefined && nextAt === (positions[index] ?? -9) + concept.parts.length && SPEECH_VERBS.has(words[nextAt + next.parts.length] ?? '');
  if (named && proper(concept) && proper(next)) return next;
  // "what did the turkish foreign ministry spokesperson say": a country, in lowercase, before the
  // office that speaks, as if capitalised; the office is checked with it (`speakerRole`).
  const country = concept.parts.length === 1 && isCountryWord(concept.parts[0]?.folded ?? '') && proper(concept);
  return country && fullOfficeSpeaksAfter(words, (positions[index] ?? -9) + 1) ? concept : null;
}

/**
 * Whether a full office starts at `from` and a verb of saying follows it: "foreign ministry
 * spokesperson say", "ambassador in minsk say". A bare "spokeswoman" is not enough: a story may
 * name her only by her name and title in another sentence ("Orlova also said").
 */
function fullOfficeSpeaksAfter(words: readonly string[], from: number): boolean {
  let verbAt = from;
  while (verbAt < words.length && verbAt < from + 4 && (OFFICE_WORDS.has(words[verbAt] ?? '') || PERSON_ROLES.has(words[verbAt] ?? ''))) verbAt++;
  const officeWords = words.slice(from, verbAt);
  // "the polish ambassador in minsk say": a post placed where it is held.
  const placed = POSTED_ROLES.has(officeWords.at(-1) ?? '') && ['in', 'to', 'at'].includes(words[verbAt] ?? '');
  if (placed) verbAt += SPEECH_VERBS.has(words[verbAt + 2] ?? '') ? 2 : 3;
  const office = officeWords.some((word) => PERSON_ROLES.has(word)) && (placed || officeWords.some((word) => OFFICE_WORDS.has(word)));
  return office && SPEECH_VERBS.has(words[verbAt] ?? '');
}

/** Words of an office's name before its title: "foreign ministry spokesperson", "state department spokeswoman". */
const OFFICE_WORDS: ReadonlySet<string> = new Set(['foreign', 'ministry', 'state', 'department', 'office', 'interior', 'defence', 'defense', 'deputy', 'chief', 'senior', 'general', 'embassy', 'presidential', 'government']);

/** Posts held somewhere, which a question may place: "the ambassador in Minsk", "the envoy to Turkey". */
const POSTED_ROLES: ReadonlySet<string> = new Set(['ambassador', 'envoy', 'consul', 'attache']);

/** Verbs that put out a statement: "give a statement", "make any comment", "issue a statement". */
const STATEMENT_VERBS: ReadonlySet<string> = new Set(['give', 'gave', 'make', 'made', 'issue', 'issued', 'release', 'released', 'offer', 'offered']);
/** What is put out: "a statement", "any comment", "remarks". */
const PUBLIC_STATEMENTS: ReadonlySet<string> = new Set(['statement', 'statements', 'comment', 'comments', 'remark', 'remarks']);

/** Whether "give (a|any) statement" and the like, a way of saying something, starts at `at`. */
function makesStatementAt(words: readonly string[], at: number): boolean {
  if (!STATEMENT_VERBS.has(words[at] ?? '')) return false;
  const object = ['a', 'an', 'any', 'the', 'no', 'further'].includes(words[at + 1] ?? '') ? words[at + 2] : words[at + 1];
  return PUBLIC_STATEMENTS.has(object ?? '');
}

/** Who is told ("say to reporters"): "to" then opens no infinitive ("meant to restore"). */
const AUDIENCES: ReadonlySet<string> = new Set(['reporters', 'journalists', 'the', 'press', 'media', 'them', 'him', 'her', 'lawmakers', 'parliament', 'officials', 'diplomats']);

/** Forms of "be": before a participle of saying they make it passive ("was the deal mentioned"). */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been']);

/** The office word between the speaker and the verb of saying: "the Russian foreign ministry spokeswoman say". */
function speakerRoleOf(words: readonly string[], concepts: readonly Concept[], positions: readonly number[], speaker: Concept | null): Concept | null {
  const speakerAt = speaker === null ? undefined : positions[concepts.indexOf(speaker)];
  if (speaker === null || speakerAt === undefined) return null;
  for (let i = speakerAt + speaker.parts.length; i < words.length && i <= speakerAt + 5; i++) {
    const word = words[i] ?? '';
    // "Russia's complaint about diplomat pay": the office stands right after the speaker, before
    // what they said and what about.
    if (SPEECH_VERBS.has(word) || STATEMENT_NOUNS.has(word) || (NOUN_MARKERS.has(word) && word !== 'the')) return null;
    if (PERSON_ROLES.has(word)) return conceptAt(concepts, positions, i);
  }
  return null;
}

/**
 * The concept of "<auxiliary> <word> <verb of saying>" when the word is one singular noun, or of a
 * country owning a complaint ("us complaint", "Washington has a grievance"); see `sayer`.
 */
function findBareSayer(words: readonly string[], concepts: readonly Concept[], positions: readonly number[]): Concept | null {
  for (let i = 0; i + 2 < words.length; i++) {
    // "What does the US complain about?": a country may follow a determiner.
    const at = words[i + 1] === 'the' && isCountryWord(words[i + 2] ?? '') ? i + 2 : i + 1;
    const word = words[at] ?? '';
    if (!AUXILIARIES.has(words[i] ?? '') || !SPEECH_VERBS.has(words[at + 1] ?? '') || (word.endsWith('s') && at === i + 1)) continue;
    // "had already said": an adverb between the auxiliary and the verb is no one.
    if (wordClassOf(word) === 'adverb') continue;
    const concept = conceptAt(concepts, positions, at);
    if (concept !== null && concept.parts.length === 1 && !concept.isFrame) return concept;
  }
  // "us complaint", "so washington has a grievance too": a country owning a complaint says it.
  for (let i = 0; i + 1 < words.length; i++) {
    if (!isCountryWord(words[i] ?? '')) continue;
    const noun = ['has', 'have'].includes(words[i + 1] ?? '') ? words[i + (['a', 'an', 'its'].includes(words[i + 2] ?? '') ? 3 : 2)] : words[i + 1];
    const concept = conceptAt(concepts, positions, i);
    if (STATEMENT_NOUNS.has(noun ?? '') && concept !== null && concept.parts.length === 1) return concept;
  }
  return null;
}

function findOpener(words: readonly string[], clauseStart = -1, laterStarts: readonly number[] = []): { kind: AnswerKind; positions: number[] } | undefined {
  // The opener may follow a few words ("In what year…", "And who…", "So, when…"), or an opening
  // clause ("According to Bruce, when…"); or it is embedded ("Does the article say how long…",
  // "can you tell me when…") or opens a later sentence ("… lasted? If so, how long?").
  const embedded = words.flatMap((word, i) => {
    if (!EMBEDDING_VERBS.has(word)) return [];
    const at = words[i + 1] === 'me' || words[i + 1] === 'us' ? i + 2 : i + 1; // "tell me when"
    return QUESTION_WORDS.has(words[at] ?? '') ? [at] : [];
  });
  // "the two trade offices are in which cities?": a question word asked in place, at the end.
  const inPlace = words.flatMap((word, i) => ((word === 'which' || word === 'what') && i >= words.length - 3 && LOCATIVE_WORDS.has(words[i - 1] ?? '') ? [i] : []));
  const starts = [0, 1, 2, clauseStart, ...embedded, ...laterStarts, ...inPlace].filter((start, i, all) => start >= 0 && start < words.length && all.indexOf(start) === i);
  for (const start of starts) {
    for (const [pattern, kind] of KIND_OPENERS) {
      if (pattern.every((word, i) => words[start + i] === word)) {
        return { kind, positions: pattern.map((_, i) => start + i) };
      }
      // "In which Turkish city ...": a country's word may qualify the noun asked for; it stays content.
      const [which, noun] = pattern;
      if (pattern.length === 2 && words[start] === which && isCountryWord(words[start + 1] ?? '') && words[start + 2] === noun && (which === 'which' || which === 'what')) {
        return { kind, positions: [start, start + 2] };
      }
    }
  }
  return undefined;
}

/** Verbs a question may embed another in: "does the article say how long", "do you know who". */
const EMBEDDING_VERBS: ReadonlySet<string> = new Set(['say', 'says', 'tell', 'know', 'mention', 'mentions', 'explain', 'explains', 'wonder', 'show']);

/** Positions where a later sentence of the question starts, within its first words ("… If so, how long?"). */
function laterSentenceStarts(text: string, tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (/[?.!]/u.test(separatorBefore(text, tokens, i))) starts.push(i, i + 1, i + 2);
  }
  return starts;
}

/** Conjunctions a clause after a comma may open on. */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'so']);

/** Longest opening clause, in words, that may stand before the question word ("According to Tammy Bruce, when ..."). */
const MAX_OPENING_CLAUSE = 5;

/** Position of the first word after a comma within the first words of the question; -1 when none. */
function clauseAfterComma(text: string, tokens: readonly Token[]): number {
  for (let i = 1; i <= Math.min(MAX_OPENING_CLAUSE, tokens.length - 1); i++) {
    // "Forgive a silly question, but who is ...": the clause may open on a conjunction.
    if (separatorBefore(text, tokens, i).includes(',')) return CLAUSE_CONJUNCTIONS.has(tokens[i]?.folded ?? '') ? i + 1 : i;
  }
  return -1;
}

/** The text between token `i` and the one before it (spaces, punctuation). */
function separatorBefore(text: string, tokens: readonly Token[], i: number): string {
  return text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
}

/** True for words that carry a question's topic: nouns and rare words. */
function isTopicWord(folded: string): boolean {
  let wordClass = wordClassOf(folded);
  // "centred", "organised": the lexicon lists the American spelling.
  if (wordClass === 'rare') wordClass = wordClassOf(americanSpelling(folded).replace(/tred$/u, 'tered'));
  return wordClass === 'rare' || wordClass === 'noun';
}

const MONTH_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
]);

/** A month name or a day/year number: the pieces of a date written in words. */
function isDatePart(token: Token): boolean {
  // In lowercase ("the april 10 talks") a month is a date too, but for "may", which is mostly the verb.
  return (MONTH_NAMES.has(token.folded) && (/^\p{Lu}/u.test(token.surface) || token.folded !== 'may')) || /^\d{1,4}$/u.test(token.folded);
}

/** "May" with a capital inside a question is the month, not the verb (a stop word). */
function isMonthMay(token: Token): boolean {
  return token.surface === 'May';
}

function looksLikeName(token: Token): boolean {
  return /^\p{Lu}/u.test(token.surface) && !CAPITALISED_NON_NAMES.has(token.folded);
}

function isMostlyCapitalised(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => /^\p{L}/u.test(token.surface));
  const capitalised = words.filter((token) => /^\p{Lu}/u.test(token.surface)).length;
  return words.length >= 3 && capitalised / words.length > 0.6;
}
