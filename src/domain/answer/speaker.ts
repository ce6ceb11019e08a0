/**
 * Who a sentence credits for its claim: "Tammy Bruce" for "On April 8, US State Department
 * spokeswoman Tammy Bruce said ...", "Russian Foreign Ministry" for "The Russian Foreign Ministry
 * said ...", "Reuters" for "According to Reuters, ...". A sentence in the article's own voice has no
 * speaker. Rule-based: a reporting verb ("said", "noted", "reported"...) and the name just before it
 * (or just after, in "..., said Tammy Bruce"); "Ms. Bruce" and "she" are resolved from earlier
 * sentences of the same article.
 */

import { wordClassOf } from '../text/wordClass.js';

/** The person or body a sentence credits. */
export interface Speaker {
  /** Display name: "Tammy Bruce", "Russian Foreign Ministry", "Russia and the US". */
  readonly name: string;
  /** How the article describes them, when it does: "US State Department spokeswoman". */
  readonly role: string | null;
}

/**
 * The speaker worth naming next to a source: none when the sentence credits the outlet itself
 * ("According to Reuters" in a Reuters article), which the source line names anyway.
 */
export function distinctSpeaker(speaker: Speaker | null, outlet: string): Speaker | null {
  return speaker === null || speaker.name === outlet ? null : speaker;
}

/** Verbs of saying and reporting, in the forms news prose uses (also stating a view: "dismissed", "urged"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'dismissed', 'rejected', 'saying', 'described', 'called', 'urged', 'criticised', 'criticized', 'welcomed',
  'condemned', 'praised', 'accused', 'expressed', 'admitted', 'hinted', 'signalled', 'signaled', 'pledged',
  'promised', 'vowed', 'questioned', 'disputed', 'countered', 'agreed',
  'said', 'says', 'say', 'told', 'tells', 'noted', 'notes', 'stressed', 'stresses', 'added', 'adds',
  'stated', 'announced', 'announces', 'reported', 'reports', 'affirmed', 'affirms', 'confirmed',
  'confirms', 'claimed', 'claims', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns',
  'explained', 'explains', 'reflected', 'denied', 'denies', 'acknowledged', 'emphasized',
  'emphasised', 'emphasizes', 'declared', 'suggested', 'asserted', 'alleged', 'wrote', 'writes',
  'commented', 'remarked', 'replied', 'responded', 'underlined', 'underscored', 'maintained',
  'mentioned', 'observed', 'cautioned', 'predicted', 'recalled', 'revealed', 'tweeted', 'posted', 'complained', 'complains',
]);

/** Words that may stand between a subject and its verb: "Ms. Bruce also noted", "have previously affirmed". */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'also', 'previously', 'earlier', 'later', 'then', 'further', 'again', 'repeatedly', 'reportedly',
  'publicly', 'separately', 'recently', 'has', 'have', 'had', 'once', 'both', 'all', 'on', 'has', 'already',
]);

/** Plural people nouns a country or body can speak through: "Canadian officials said". */
const SPOKESPEOPLE: ReadonlySet<string> = new Set(['officials', 'diplomats', 'sources', 'authorities', 'negotiators', 'prosecutors', 'lawyers']);

/** Auxiliaries that make "said" passive ("are said to have fallen"): no one is credited. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gen', 'gov', 'amb']);

/**
 * Capitalised words that describe a job rather than name a person: in "Deputy Assistant Secretary
 * of State Sonata Coulter" the name starts after the last of them.
 */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'deputy', 'assistant', 'undersecretary',
  'ambassador', 'envoy', 'spokeswoman', 'spokesman', 'spokesperson', 'director', 'chief', 'chairman',
  'chairwoman', 'chair', 'senator', 'representative', 'governor', 'mayor', 'general', 'admiral',
  'colonel', 'captain', 'commander', 'consul', 'king', 'queen', 'prince', 'chancellor', 'foreign',
  'state', 'defense', 'defence', 'interior', 'finance', 'justice', 'press', 'special', 'senior',
  'head', 'leader', 'officer', 'official', 'adviser', 'advisor', 'counselor', 'attorney', 'judge',
]);

/** Final words that make a capitalised run an organisation, kept whole: "Russian Foreign Ministry". */
const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'agency', 'council', 'commission', 'committee', 'embassy',
  'consulate', 'government', 'administration', 'kremlin', 'parliament', 'congress', 'senate',
  'house', 'court', 'bank', 'service', 'services', 'union', 'organization', 'organisation',
  'press', 'news', 'times', 'post', 'journal', 'network', 'institute', 'party', 'army', 'police',
]);

/** A word or punctuation mark with its original spelling. */
interface Word {
  readonly text: string;
  readonly lower: string;
  readonly isPunctuation: boolean;
}

const WORD_PATTERN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}'’-]*\.?|\p{N}+(?:[.,]\p{N}+)*|[,;:()"“”]/gu;

function words(sentence: string): Word[] {
  return [...sentence.matchAll(WORD_PATTERN)].map((match) => {
    let text = match[0];
    // Keep the dot of an honorific ("Ms."), drop a sentence-final one ("Bruce.").
    if (text.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(text) && !HONORIFICS.has(text.slice(0, -1).toLowerCase())) {
      text = text.slice(0, -1);
    }
    return { text, lower: text.toLowerCase(), isPunctuation: /^[,;:()"“”]$/u.test(text) };
  });
}

function isCapitalised(word: Word | undefined): word is Word {
  return word !== undefined && !word.isPunctuation && /^\p{Lu}/u.test(word.text);
}

function isCommonWord(lower: string): boolean {
  const wordClass = wordClassOf(lower);
  return wordClass !== 'rare';
}

function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.?){2,5}$/u.test(text);
}

function bareLower(word: Word): string {
  return word.lower.replace(/\.$/u, '');
}

/**
 * The speaker of `sentence`, or null when it is in the article's own voice.
 *
 * @param earlier the article's sentences before this one, in order (to resolve "Ms. Bruce", "she")
 */
export function attributeSpeaker(sentence: string, earlier: readonly string[] = []): Speaker | null {
  const found: Speaker[] = [];
  const add = (speaker: Speaker | null): void => {
    if (speaker !== null && !found.some((known) => known.name === speaker.name)) found.push(speaker);
  };
  const list = words(sentence);

  list.forEach((word, i) => {
    if (word.lower === 'according' && list[i + 1]?.lower === 'to') add(nameAfter(list, i + 2));
  });
  list.forEach((word, i) => {
    if (!REPORTING_VERBS.has(word.lower)) return;
    const before = subjectBefore(list, i, earlier);
    if (before !== undefined) add(before);
    else if (list[i - 1]?.isPunctuation === true) add(nameAfter(list, i + 1));
  });

  if (found.length === 0) return null;
  const [first] = found as [Speaker];
  if (found.length === 1) return first;
  const names = found.map((speaker) => speaker.name);
  return { name: `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`, role: null };
}

/**
 * The subject of the reporting verb at `verbAt`: a name, "Both X and Y", an honorific plus surname,
 * or a pronoun. Returns `undefined` when the verb has no credited subject (passive, lowercase noun).
 */
function subjectBefore(list: readonly Word[], verbAt: number, earlier: readonly string[]): Speaker | null | undefined {
  let end = verbAt - 1;
  // "Selin Akbaş, who attended the ceremony, said": the subject stands before the relative clause.
  if (list[end]?.text === ',') {
    let open = end - 1;
    while (open >= 0 && (list[open] as Word).text !== ',') open--;
    // "Zhou Kaiming, speaking at a regular briefing in Beijing, said": so it does before a participle's clause.
    const clauseOpener = list[open + 1]?.lower ?? '';
    if (open > 0 && (['who', 'which'].includes(clauseOpener) || /^\p{Ll}{3,}ing$/u.test(clauseOpener))) end = open - 1;
    // "a deputy spokesperson for the UN Secretary-General, Stephanie Laurent, welcomed": a name set
    // off by commas after the words that describe them.
    else if (open > 0 && end - open > 2 && list.slice(open + 1, end).every((word) => isCapitalised(word))) {
      return { name: list.slice(open + 1, end).map((word) => word.text).join(' '), role: describeRole(list, open, open - 1) };
    }
  }
  while (end >= 0 && BETWEEN_SUBJECT_AND_VERB.has((list[end] as Word).lower)) end--;
  const last = list[end];
  if (last === undefined) return undefined;
  if (PASSIVE_AUXILIARIES.has(last.lower)) return undefined;
  if (last.lower === 'he' || last.lower === 'she') return lastPersonIn(earlier);
  // "Canadian officials also said", "US diplomats told": a body of people, named by its country.
  const qualifier = list[end - 1];
  const openingWord = end - 1 === 0 && isCapitalised(qualifier) && isCommonWord(qualifier.lower) && !isAcronym(qualifier.text); // "The officials"
  if (SPOKESPEOPLE.has(last.lower) && isCapitalised(qualifier) && !openingWord) return { name: `${qualifier.text} ${last.lower}`, role: null };
  if (!isCapitalised(last)) return undefined;

  // Collect "Both Moscow and Washington": names joined by "and".
  const names: { start: number; end: number }[] = [];
  let cursor = end;
  while (cursor >= 0) {
    let start = cursor;
    while (start - 1 >= 0 && (isCapitalised(list[start - 1]) || isJoiner(list, start - 1))) start--;
    names.unshift({ start, end: cursor });
    if (list[start - 1]?.lower === 'and' && isCapitalised(list[start - 2])) cursor = start - 2;
    else break;
  }
  const opening = names[0];
  // "Officials said": a common noun capitalised only because it opens the sentence.
  if (names.length === 1 && opening !== undefined && opening.start === 0 && opening.end === 0 && isCommonWord(last.lower)) {
    return undefined;
  }
  const spoken = names.map(({ start, end: stop }) => splitRun(list, start, stop, earlier));
  if (spoken.length === 1) return spoken[0] ?? null;
  return { name: joinNames(spoken.map((speaker) => speaker.name)), role: null };
}

/** "of" inside "Secretary of State": a lowercase joiner between two capitalised words. */
function isJoiner(list: readonly Word[], at: number): boolean {
  return list[at]?.lower === 'of' && isCapitalised(list[at - 1]) && isCapitalised(list[at + 1]);
}

/**
 * Turns a capitalised run into a speaker: drops a leading "The" (but keeps "the US"), separates a
 * job title from the name, resolves "Ms. Bruce" to the full name used earlier.
 */
function splitRun(list: readonly Word[], start: number, end: number, earlier: readonly string[]): Speaker {
  let first = start;
  while (first <= end && ['the', 'both', 'a', 'an'].includes((list[first] as Word).lower)) first++;
  const run = list.slice(first, end + 1);
  const previous = list[first - 1];
  const lastWord = run.at(-1);
  const text = (from: number, to = run.length): string => run.slice(from, to).map((word) => word.text).join(' ');

  if (lastWord === undefined) return { name: text(0), role: null };
  if (run.length === 1 && isAcronym(lastWord.text) && previous !== undefined && previous.lower === 'the') {
    return { name: `the ${lastWord.text}`, role: null };
  }
  if (ORGANISATION_WORDS.has(bareLower(lastWord))) return { name: text(0), role: null };

  const firstWord = run[0];
  if (firstWord !== undefined && HONORIFICS.has(bareLower(firstWord)) && run.length >= 2) {
    return resolveSurname(text(1), earlier) ?? { name: text(0), role: null };
  }
  // Job title words, then the name: "Deputy Assistant Secretary of State Sonata Coulter".
  let nameStart = 0;
  run.forEach((word, i) => {
    if (TITLE_WORDS.has(bareLower(word)) || word.lower === 'of') nameStart = i + 1;
  });
  if (nameStart > 0 && nameStart < run.length) {
    const role = describeRole(list, start, first + nameStart - 1);
    return { name: text(nameStart), role };
  }
  const role = describeRole(list, start, first - 1);
  return { name: text(0), role };
}

/** The words describing a speaker just before their name, back to the clause start: "US State Department spokeswoman". */
function describeRole(list: readonly Word[], nameRunStart: number, roleEnd: number): string | null {
  let start = nameRunStart;
  while (start - 1 >= 0 && !(list[start - 1] as Word).isPunctuation && !['on', 'in', 'that', 'and', 'while', 'when', 'after'].includes((list[start - 1] as Word).lower)) {
    start--;
  }
  const role = list
    .slice(start, roleEnd + 1)
    .map((word) => word.text)
    .filter((text, i) => !(i === 0 && ['the', 'The', 'a', 'A', 'an', 'An'].includes(text)))
    .join(' ');
  return role.length > 0 && /\p{Ll}/u.test(role) ? role : null;
}

function nameAfter(list: readonly Word[], from: number): Speaker | null {
  let start = from;
  if (list[start]?.lower === 'the') start++;
  let end = start;
  while (isCapitalised(list[end]) || isJoiner(list, end)) end++;
  if (end === start) return null;
  // "said Polish foreign ministry spokesman Paweł Sroka": an office in lowercase, then the name.
  let office = end;
  while (list[office] !== undefined && !isCapitalised(list[office]) && (TITLE_WORDS.has(bareLower(list[office] as Word)) || ORGANISATION_WORDS.has(bareLower(list[office] as Word)))) office++;
  if (office > end && isCapitalised(list[office])) {
    let nameEnd = office;
    while (isCapitalised(list[nameEnd])) nameEnd++;
    const role = list.slice(start, office).map((word) => word.text).join(' ');
    return { name: list.slice(office, nameEnd).map((word) => word.text).join(' '), role };
  }
  const speaker = splitRun(list, start, end - 1, []);
  // After "according to" or "said", words before the name are not its description.
  return speaker.name === list.slice(start, end).map((word) => word.text).join(' ') ? { name: speaker.name, role: null } : speaker;
}

/** The full name ("Tammy Bruce") and role that an earlier sentence gives a surname ("Bruce"). */
function resolveSurname(surname: string, earlier: readonly string[]): Speaker | null {
  const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]+\\s+)+)${escapeRegExp(surname)}\\b`, 'u');
  for (let i = earlier.length - 1; i >= 0; i--) {
    const sentence = earlier[i] ?? '';
    if (!sentence.includes(surname)) continue;
    const match = pattern.exec(sentence);
    if (match === null) continue;
    const speaker = attributeSpeaker(sentence, earlier.slice(0, i));
    if (speaker !== null && speaker.name.endsWith(surname)) return speaker;
    const given = (match[1] ?? '').trim().split(/\s+/u).filter((word) => !TITLE_WORDS.has(word.toLowerCase()));
    if (given.length > 0) return { name: `${given.join(' ')} ${surname}`, role: null };
  }
  return null;
}

/** The most recent person (a name of two or more words) credited in earlier sentences, for "she said". */
function lastPersonIn(earlier: readonly string[]): Speaker | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const speaker = attributeSpeaker(earlier[i] ?? '', earlier.slice(0, i));
    if (speaker !== null && /^\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u.test(speaker.name) && !ORGANISATION_WORDS.has(speaker.name.split(' ').at(-1)?.toLowerCase() ?? '')) {
      return speaker;
    }
  }
  return null;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
