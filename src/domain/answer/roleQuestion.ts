import { countryOfTerm, PLACE_NAME_WORDS } from '../search/generalAliases.js';
import { termOf, termSetOf } from '../text/terms.js';
import { tokenize, type Token } from '../text/tokens.js';
import type { ExpandedConcept } from './expand.js';

/**
 * Titles of office: "Who is the US ambassador to Moscow?" asks for whoever holds one. Other nouns
 * ("Who was the US representative?") describe a part someone played, and are left to ranking.
 */
const TITLES: ReadonlySet<string> = termSetOf([
  'ambassador', 'envoy', 'minister', 'secretary', 'spokeswoman', 'spokesman', 'spokesperson', 'president',
  'chancellor', 'premier', 'consul', 'mayor', 'governor', 'chairman', 'chairwoman', 'chair', 'director',
  'commissioner', 'ombudsman', 'attache', 'undersecretary', 'king', 'queen', 'pope',
  // "chargé d'affaires" (tokenized as "charge", "daffaires"); "consul general", "secretary general".
  'charge', 'daffaires', 'general',
]);

/** Whether a folded word is a title: "consul", not "consulate", whose term is the same. */
function isTitleWord(word: string): boolean {
  return TITLES.has(termOf(word) ?? word) && !/^consul(?:ates?|ar)$/u.test(word);
}

/** Words between "who is/was" and the office that say nothing about which one ("the new", "the current"). */
const SKIPPED: ReadonlySet<string> = new Set(['the', 'a', 'an', 'new', 'current', 'present', 'acting', 's', 'now', 'currently', 'today']);

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that', 'which', 'whom']);
/** First words of questions that are no lookup of an office: question words and auxiliaries. */
const LOOKUP_STARTS: ReadonlySet<string> = new Set([
  'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'whats', 'whos', 'did', 'does', 'do', 'is',
  'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'tell', 'list', 'name',
]);

/** Nouns for a story as a whole: "the spokeswoman in the Norway story", "per the US-Russia article". */
export const STORY_NOUNS: ReadonlySet<string> = new Set(['story', 'article', 'piece', 'report', 'text', 'coverage']);

/** A present participle ("leading", "representing"), which opens a clause after the office. */
const PARTICIPLE = /^\p{L}{3,}ing$/u;

/** A past participle ("mentioned", "quoted"), which opens a clause after the name an office is linked to. */
const PAST_PARTICIPLE = /^\p{L}{3,}ed$/u;

/** Words naming an event an office holder took part in ("at the Istanbul talks"). */
const EVENT_LINK_WORDS: ReadonlySet<string> = new Set(['talks', 'meeting', 'meetings', 'round', 'negotiations', 'session', 'summit', 'conference']);

/** Prepositions that link an office to where or whom it serves ("ambassador to Washington", "in Moscow"). */
const LINKS: ReadonlySet<string> = new Set(['to', 'of', 'for', 'in', 'at']);
/** Bodies an office belongs to: "spokesperson of the foreign ministry", "spokeswoman for the State Department". */
const BODY_WORDS: ReadonlySet<string> = new Set(['ministry', 'department', 'office', 'embassy', 'consulate', 'government', 'mission', 'delegation']);

/** Words that make another office of the one they qualify ("Deputy Assistant Secretary"), as terms. */
const RANK_WORDS: ReadonlySet<string> = termSetOf(['deputy', 'assistant', 'vice', 'acting', 'under', 'former', 'junior', 'senior', 'associate']);

/** Words the sentence may add between the qualifiers and the office ("US State Department spokeswoman" for "State Department spokeswoman", or for "American spokeswoman"). */
const QUALIFIER_SLACK = 2;

/** Punctuation that ends the phrase around an office ("in Brasília, spokeswoman Luiza Campos"). */
const CLAUSE_BREAK = /[,;:()"“”—–]/u;

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
 * Reads "who is/was [the] <qualifiers> <office> [to|of|for|in|at <names>]", "what is the name of
 * ...", "name the ...", or a lookup of the office alone ("russian foreign ministry spokesperson
 * name", "indian ambassador to ottawa"; the whole question, as tokens): the office starts at its
 * first title ("minister" in "Russia's foreign minister"); null for any other question.
 */
export function roleQuestionOf(tokens: readonly Token[]): RoleQuestion | null {
  const words = tokens.map((token) => token.folded);
  // "What is the name of Estonia's foreign minister?" and "Name the Russian foreign ministry
  // spokeswoman" ask the same as "Who is ...".
  // "Name of China's chargé d'affaires in Vilnius?" too.
  const named = /^(?:(?:what (?:(?:is|was|s) )?|whats )the name of |name of (?:the )?|(?:name|identify) (?=the ))/u.exec(words.join(' '));
  // "who's", typed "whos" or split by the tokenizer: "who" and "is" in one word.
  const whos = words[0] === 'whos' || /^who['’]s$/iu.test(tokens[0]?.surface ?? '');
  const asked = named !== null || whos || (words[0] === 'who' && ['is', 'was', 's'].includes(words[1] ?? ''));
  // "russian foreign ministry spokesperson name", "indian ambassador to ottawa": a lookup of the
  // office alone, or followed by "who" or "name".
  const lookup = !asked && !LOOKUP_STARTS.has(words[0] ?? '');
  if (!asked && !lookup) return null;
  const opening = named !== null ? named[0].trim().split(' ').length : whos ? 1 : lookup ? 0 : 2;
  const marked = lookup && ['who', 'name'].includes(words.at(-1) ?? '');
  const end = marked ? tokens.length - 1 : tokens.length;
  const phrase: string[] = [];
  const after: string[] = [];
  let linked = false;
  let link = '';
  // An asker who capitalises nothing ("who is the spokesperson of the russian foreign ministry")
  // still links the office to a name.
  const lowercaseAsker = tokens.slice(1).every((token) => !/^\p{Lu}/u.test(token.surface));
  for (const [at, token] of tokens.slice(opening, end).entries()) {
    const word = token.folded;
    // "... spokeswoman in the Russia story": where to look, not where the office is.
    if ((word === 'in' || word === 'from') && words.slice(opening + at + 1, opening + at + 5).some((later) => STORY_NOUNS.has(later))) break;
    // "... the Norwegian deputy foreign minister who negotiated in Helsinki": the clause only says which.
    if (RELATIVE_PRONOUNS.has(word) && phrase.length > 0) break;
    // "... ambassador to Washington leading the April talks": a participle's clause says which, the same.
    if (PARTICIPLE.test(word) && phrase.some(isTitleWord)) break;
    // "... ambassador to Washington mentioned in the story": so does a past participle after the link's name.
    // "... foreign ministry spokesperson quoted in this": or right after the office.
    if (PAST_PARTICIPLE.test(word) && (after.length > 0 || isTitleWord(phrase.at(-1) ?? ''))) break;
    if (SKIPPED.has(word)) continue;
    if (LINKS.has(word) && !linked && phrase.length > 0) {
      linked = true;
      link = word;
      continue;
    }
    const term = termOf(word);
    // Any other function word ("in 2020") means a question this reading does not cover; so does a
    // link to something other than a name ("at the time").
    if (term === null) return null;
    // The link leads to a name ("to Moscow", "of the Russian foreign ministry"); the name may go on in lowercase.
    if (linked && after.length === 0 && !lowercaseAsker && !/^\p{Lu}/u.test(token.surface) && !PLACE_NAME_WORDS.has(word)) return null;
    (linked ? after : phrase).push(word);
  }
  const titleAt = phrase.findIndex(isTitleWord);
  if (titleAt < 0) return null;
  // A bare lookup is of an office only when marked ("... name", "... who") or placed ("ambassador
  // to ottawa"): "sonata coulter deputy assistant secretary" gives the holder, "seattle consulate" a place.
  if (lookup && !marked && after.length === 0) return null;
  // "the US deputy assistant secretary at the Istanbul talks": the link names the event, not where
  // the office is.
  if (after.some((word) => EVENT_LINK_WORDS.has(word))) after.length = 0;
  // The office ends the phrase ("... foreign minister"); more words after it ("spokesperson quoted
  // in the article") make another kind of question.
  if (phrase.slice(titleAt).some((word) => !isTitleWord(word))) return null;
  // "the spokesperson of the Russian foreign ministry" is the Russian foreign ministry's spokesperson:
  // a body the office belongs to qualifies it as if written before it.
  if (titleAt === 0 && (link === 'of' || link === 'for') && BODY_WORDS.has(after.at(-1) ?? '')) return { before: after, office: phrase, after: [] };
  return { before: phrase.slice(0, titleAt), office: phrase.slice(titleAt), after };
}

/** A content word of a sentence, for reading the phrase around an office. */
interface PhraseWord {
  readonly term: string;
  /** Written with a capital (the sentence's first word only when a known place or people): part of a name. */
  readonly capitalised: boolean;
  /** Punctuation stands between it and the word before. */
  readonly breakBefore: boolean;
  /** A linking preposition ("to", "in") stands between it and the word before. */
  readonly linkBefore: boolean;
  /** Only a comma stands between it and the word before ("consul general, Tomasz Wierzbicki"). */
  readonly commaBefore: boolean;
}

/**
 * Whether a sentence names the office asked for without contradicting its qualifiers: the office's
 * words together (aliases allowed: "ambassador" for "envoy"), and in the phrase just before and
 * just after it (up to a comma, as many words as were asked plus {@link QUALIFIER_SLACK}) no
 * capitalised word other than the qualifiers asked: "the Russian Ambassador to Washington" is not
 * "the US ambassador to Moscow", and "Deputy Foreign Minister" is not "foreign minister". A
 * qualifier the phrase does not repeat must be in `contextTerms` (the article), and then a name
 * must follow the office: "spokeswoman Luiza Campos" in an article about Brazil's ministry is "the
 * Brazilian foreign ministry spokeswoman"; "the ambassadors of both sides" names no one.
 */
export function namesOfficeHolder(sentence: string, role: RoleQuestion, concepts: readonly ExpandedConcept[], contextTerms: ReadonlySet<string>): boolean {
  const words = phraseWords(sentence);
  const terms = words.map((word) => word.term);
  const before = qualifiersOf(role.before, concepts);
  const after = qualifiersOf(role.after, concepts);
  for (let start = 0; start + role.office.length <= words.length; start++) {
    if (!role.office.every((word, i) => standsFor(word, [terms[start + i] ?? ''], concepts))) continue;
    if (words.slice(start + 1, start + role.office.length).some((word) => word.breakBefore)) continue;
    const end = start + role.office.length - 1;
    const phraseBefore: PhraseWord[] = [];
    for (let i = start - 1; i >= 0 && phraseBefore.length < role.before.length + QUALIFIER_SLACK && !(words[i + 1] as PhraseWord).breakBefore; i--) {
      phraseBefore.push(words[i] as PhraseWord);
    }
    // Qualifiers after the office come after a link ("Ambassador to Washington"); a name right after
    // it is the holder ("Ambassador Gennady Volkhov").
    const phraseAfter: PhraseWord[] = [];
    if (words[end + 1]?.linkBefore === true) {
      for (let i = end + 1; i < words.length && phraseAfter.length < role.after.length + QUALIFIER_SLACK && !(words[i] as PhraseWord).breakBefore; i++) {
        phraseAfter.push(words[i] as PhraseWord);
      }
    }
    const fits = [qualifiersFit(before, phraseBefore, contextTerms), qualifiersFit(after, phraseAfter, contextTerms)];
    if (fits.includes('no')) continue;
    // Qualifiers taken from the article only hold for a named holder: "spokeswoman Luiza Campos",
    // not "the ambassadors of both sides".
    // ("spokeswoman for the Russian Embassy" names an employer, not her.)
    // "The new consul general, Tomasz Wierzbicki": the office may go on in title words, and its
    // holder may follow after a comma.
    let holderAt = end + 1;
    while (words[holderAt] !== undefined && !words[holderAt]?.breakBefore && TITLES.has(words[holderAt]?.term ?? '') && !words[holderAt]?.capitalised) holderAt++;
    const holder = words[holderAt];
    const named = holder?.capitalised === true && (holder.breakBefore === false || (holder.commaBefore && holderAt > end + 1)) && holder.linkBefore !== true;
    if (fits.every((fit) => fit === 'in phrase') || named) return true;
  }
  return false;
}

/** A qualifier asked: one word, or a name of several ("United States"), with the ways to say it. */
interface Qualifier {
  /** Each a set of terms that must all be present: the words themselves, or an alias ("us", "washington"). */
  readonly forms: readonly (readonly string[])[];
}

/** Groups the qualifier words by the question concept they belong to ("united", "states" → United States). */
function qualifiersOf(words: readonly string[], concepts: readonly ExpandedConcept[]): Qualifier[] {
  const qualifiers: Qualifier[] = [];
  let previous: ExpandedConcept | undefined;
  for (const word of words) {
    const concept = concepts.find((expanded) => expanded.concept.parts.some((part) => part.folded === word));
    if (concept !== undefined && concept === previous) continue;
    previous = concept;
    const own = concept === undefined ? [termOf(word) ?? word] : concept.concept.parts.map((part) => part.term);
    qualifiers.push({ forms: [own, ...(concept?.alternatives.map((alternative) => alternative.terms) ?? [])] });
  }
  return qualifiers;
}

function present(qualifier: Qualifier, terms: ReadonlySet<string>): boolean {
  return qualifier.forms.some((form) => form.every((term) => terms.has(term)));
}

/**
 * Whether the phrase beside the office (nearest word first) fits the qualifiers asked: no other name
 * between the office and the farthest qualifier it repeats ("Deputy" in "Russian Deputy Foreign
 * Minister"), none at all when it leaves a qualifier out ("Russian" where "US" was asked), and each
 * qualifier it leaves out found in the context. Names beyond the qualifiers specify them further
 * ("US" in "US State Department spokeswoman").
 */
function qualifiersFit(asked: readonly Qualifier[], phrase: readonly PhraseWord[], contextTerms: ReadonlySet<string>): 'in phrase' | 'in context' | 'no' {
  const matches = phrase.map((word) => asked.some((qualifier) => qualifier.forms.some((form) => form.includes(word.term))));
  const farthest = matches.lastIndexOf(true);
  const phraseTerms = new Set(phrase.map((word) => word.term));
  const repeated = asked.every((qualifier) => present(qualifier, phraseTerms));
  // Another name in the asked qualifiers' place conflicts ("Russian Ambassador" for the US one); once
  // they are all there, only another country or rank does ("US State Department spokeswoman" is
  // American; a "US Deputy Assistant Secretary of State" is no Secretary of State).
  const conflicting = phrase.some(
    (word, i) => word.capitalised && matches[i] !== true && (!repeated || (i < farthest && (countryOfTerm(word.term) !== null || RANK_WORDS.has(word.term)))),
  );
  if (conflicting) return 'no';
  if (repeated) return 'in phrase';
  return asked.every((qualifier) => present(qualifier, phraseTerms) || present(qualifier, contextTerms)) ? 'in context' : 'no';
}

function phraseWords(sentence: string): PhraseWord[] {
  const tokens = tokenize(sentence);
  const words: PhraseWord[] = [];
  let gap = '';
  let skipped: string[] = [];
  let previousEnd = 0;
  tokens.forEach((token, i) => {
    gap += sentence.slice(previousEnd, token.start);
    previousEnd = token.end;
    const term = termOf(token.folded);
    if (term === null) {
      skipped.push(token.folded);
      return;
    }
    // A sentence's first word is capitalised anyway: a name only when it is a known place or people.
    const capitalised = /^\p{Lu}/u.test(token.surface) && (i > 0 || PLACE_NAME_WORDS.has(token.folded));
    words.push({ term, capitalised, breakBefore: CLAUSE_BREAK.test(gap), linkBefore: skipped.some((word) => LINKS.has(word)), commaBefore: /^,\s*$/u.test(gap) && skipped.length === 0 });
    gap = '';
    skipped = [];
  });
  return words;
}

/** Whether the word typed as `folded`, or one of its aliases ("ambassador" for "envoy"), is among `terms`. */
function standsFor(folded: string, terms: readonly string[], concepts: readonly ExpandedConcept[]): boolean {
  if (terms.includes(termOf(folded) ?? folded)) return true;
  // Aliases of a one-word concept only: a name's alternatives stand for the whole name, not for each word.
  const concept = concepts.find((expanded) => expanded.concept.parts.length === 1 && expanded.concept.parts[0]?.folded === folded);
  return concept?.alternatives.some((alternative) => alternative.terms.length === 1 && terms.includes(alternative.terms[0] ?? '')) ?? false;
}
