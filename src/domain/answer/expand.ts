import { ALIAS_WEIGHT, MAX_ALIAS_PHRASE_TERMS, VARIANT_WEIGHT, type AliasExpansion } from '../search/aliases.js';
import { allCapitalTerms, capitalTermsOf, countryOfTerm, unlistedCountryForms } from '../search/generalAliases.js';
import type { KnowledgeIndex, WeightedTerm } from '../search/knowledgeIndex.js';
import { membersOfClass } from '../search/classMembers.js';
import { placesInRegion } from '../search/regions.js';
import { termOf } from '../text/terms.js';
import { isDictionaryWord, similarDictionaryWords, wordClassOf } from '../text/wordClass.js';
import type { Concept, ConceptPart } from './question.js';

/** Length from which a word the dictionary lists is still tried as a one-edit slip (see `expandPart`). */
const LONG_WORD = 7;

/** How much a typo correction counts: the asker probably meant it, but not certainly. */
export const TYPO_WEIGHT = 0.8;

/**
 * Importance of a framing word, as a share of its IDF: frame nouns ("purpose", "kind", "details"),
 * adverbs ("completely"), and verbs or adjectives the knowledge never uses ("held"). Such words say how
 * the question asks, or are the asker's paraphrase; they should neither sink a well-matched
 * question nor make a sentence that merely repeats them ("kind of silly") look relevant.
 */
export const FRAMING_SHARE = 0.25;

/** How a concept was found in the knowledge. */
export type ConceptStatus = 'known' | 'typo' | 'alias' | 'unknown';

/** One way a concept can appear in a sentence: a term, or a phrase whose terms must all be there. */
export interface Alternative {
  readonly terms: readonly string[];
  /** Credit for finding it (0–1). */
  readonly weight: number;
}

/** A question concept with the terms that stand for it in the knowledge. */
export interface ExpandedConcept {
  readonly concept: Concept;
  readonly status: ConceptStatus;
  /**
   * What to look for, each with the credit for finding it: 1 for the word itself, less for an
   * alias or a correction, and for one word of a name its share of the name (a surname alone
   * earns most of "Jennifer Capriati"). A phrase alias ("United States" for "US") counts only
   * where all its terms are found.
   */
  readonly alternatives: readonly Alternative[];
  /**
   * How much this concept matters: the IDF of the asker's own word when the knowledge has it, else of
   * its rarest alias or correction. A topic word the knowledge never uses counts as much as a word
   * found in a single paragraph (not more: the asker may simply have used another word); framing
   * words count {@link FRAMING_SHARE} of that.
   */
  readonly importance: number;
}

/** Every term of every alternative, weighted, for first-stage retrieval. */
export function searchTermsOf(concepts: readonly ExpandedConcept[]): WeightedTerm[] {
  return concepts.flatMap((concept) =>
    concept.alternatives.flatMap((alternative) => alternative.terms.map((term) => ({ term, weight: alternative.weight }))),
  );
}

/**
 * Edits allowed when correcting a typo, by word length. Short words get none: "cat" is one edit
 * from too many other words to guess. From seven letters two ("acussed" → accused).
 */
export function maxTypoEdits(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

/**
 * Maps each concept to the knowledge's terms: itself when known; curated aliases (for a word, and
 * for a multi-word name as a whole: "United States" → "US"), weighted by the alias table; a
 * country's capital for "the US capital"; and for a word the knowledge lacks, the closest known
 * spelling. Typo tolerance skips dictionary words (they are not misspellings), except in names,
 * where "Colter" is likelier a slip for a known "Coulter" than a plough blade.
 */
export function expandConcepts(index: KnowledgeIndex, concepts: readonly Concept[]): ExpandedConcept[] {
  const expanded = joinAliasPhrases(index, concepts).map((concept) => expandConcept(index, concept));
  return expanded.map((concept, i) => withCapitalNamed(index, concept, expanded[i - 1], expanded[i + 1]));
}

const CAPITAL = termOf('capital');

/** "The US capital", "the capital of Russia": the word also finds the city ("Washington", "Moscow"). */
function withCapitalNamed(index: KnowledgeIndex, expanded: ExpandedConcept, before: ExpandedConcept | undefined, after: ExpandedConcept | undefined): ExpandedConcept {
  const { parts } = expanded.concept;
  if (parts.length !== 1 || parts[0]?.term !== CAPITAL) return expanded;
  const countryOf = (neighbour: ExpandedConcept | undefined): string | null =>
    neighbour?.concept.parts.length === 1 ? countryOfTerm(neighbour.concept.parts[0]?.term ?? '') : null;
  const country = countryOf(before) ?? countryOf(after);
  // "What did both capitals say?": the governments of the story, whichever capitals it names.
  const plural = parts[0]?.folded === 'capitals';
  if (country === null && !plural) return expanded;
  const alternatives: AlternativeMap = new Map(expanded.alternatives.map((alternative) => [alternative.terms.join(' '), alternative]));
  const capitals = country === null ? allCapitalTerms().filter((capital) => index.documentFrequencyOf(capital) > 0) : capitalTermsOf(country);
  for (const capital of capitals) addAlias(index, alternatives, { terms: [capital], weight: ALIAS_WEIGHT });
  const status = expanded.status === 'unknown' && alternatives.size > 0 ? 'alias' : expanded.status;
  return { ...expanded, status, alternatives: [...alternatives.values()] };
}

/**
 * Joins consecutive words that together are an alias phrase ("rock bottom" in a group with "record
 * low") into one concept, so the phrase's aliases apply to it as a whole. Names and dates are left
 * alone: they have their own joining rules. The longest phrase wins.
 */
function joinAliasPhrases(index: KnowledgeIndex, concepts: readonly Concept[]): Concept[] {
  const joined: Concept[] = [];
  let i = 0;
  while (i < concepts.length) {
    // "move freely around": an adverb inside a phrase ("move around") is stepped over and kept apart.
    const adverb = concepts[i + 1];
    const pair = [concepts[i], concepts[i + 2]].filter((concept) => concept !== undefined);
    if (adverb !== undefined && pair.length === 2 && isAdverb(adverb) && formsAliasPhrase(index, pair)) {
      joined.push(joinedConcept(pair), adverb);
      i += 3;
      continue;
    }
    let taken = 1;
    for (let length = Math.min(MAX_ALIAS_PHRASE_TERMS, concepts.length - i); length >= 2 && taken === 1; length--) {
      if (formsAliasPhrase(index, concepts.slice(i, i + length))) taken = length;
    }
    joined.push(joinedConcept(concepts.slice(i, i + taken)));
    i += taken;
  }
  return joined;
}

/** Whether single plain words (no names, dates or joined words) together are an alias phrase or a region ("west coast"). */
function formsAliasPhrase(index: KnowledgeIndex, run: readonly Concept[]): boolean {
  if (run.some((concept) => concept.isName || concept.isDate || concept.parts.length > 1)) return false;
  const terms = run.map((concept) => concept.parts[0]?.term ?? '');
  return index.aliases.expansionsOf(terms).length > 0 || placesInRegion(terms).length > 0;
}

/** One concept for a run of them (the run itself when it is one). */
function joinedConcept(run: readonly Concept[]): Concept {
  const first = run[0] as Concept;
  if (run.length === 1) return first;
  return { ...first, surface: run.map((concept) => concept.surface).join(' '), parts: run.flatMap((concept) => concept.parts), isTopic: true, isFrame: false };
}

/** Alternatives keyed by their terms joined with spaces, keeping the best weight. */
type AlternativeMap = Map<string, Alternative>;

interface ExpandedPart {
  readonly status: ConceptStatus;
  readonly alternatives: AlternativeMap;
  /** IDF of the word itself when known, else of its rarest alternative; 0 when it has none. */
  readonly idf: number;
}

function expandConcept(index: KnowledgeIndex, concept: Concept): ExpandedConcept {
  if (concept.isChoice === true) return expandChoice(index, concept);
  const parts = concept.parts.map((part) => expandPart(index, part, concept.isName, concept.parts.length > 1, concept.isSetting));
  const alternatives: AlternativeMap = new Map();
  const strongest = Math.max(...parts.map((part) => part.idf));
  for (const part of parts) {
    const share = parts.length === 1 || strongest === 0 ? 1 : part.idf / strongest;
    for (const alternative of part.alternatives.values()) add(alternatives, alternative.terms, alternative.weight * share);
  }

  let status: ConceptStatus;
  let idf = strongest;
  const last = parts.at(-1);
  if (parts.length > 1) {
    const phrase = index.aliases.expansionsOf(concept.parts.map((part) => part.term));
    for (const alias of phrase) addAlias(index, alternatives, alias);
    const phraseKnown = phrase.some((alias) => knowsAll(index, alias.terms));
    // A name is unknown when its last word (surname, "Ministry") is, unless the whole is an alias;
    // then the name stands only as a whole: "United States" is "US", or both of its words together.
    if (phraseKnown) {
      alternatives.clear();
      if (parts.every((part) => part.status === 'known')) add(alternatives, concept.parts.map((part) => part.term), 1);
      for (const alias of phrase) {
        addAlias(index, alternatives, alias);
        // A variant's own aliases apply at the product of the weights: "United States" is "US", and
        // so, like "US", "Washington".
        if (alias.weight < VARIANT_WEIGHT) continue;
        for (const further of index.aliases.expansionsOf(alias.terms)) addAlias(index, alternatives, { terms: further.terms, weight: alias.weight * further.weight });
      }
      status = 'alias';
      idf = Math.max(idf, ...phrase.map((alias) => Math.min(...alias.terms.map((term) => index.idf(term)))));
    } else {
      status =
        last?.status === 'unknown' || parts.every((part) => part.status === 'unknown')
          ? 'unknown'
          : (parts.find((part) => part.status !== 'known')?.status ?? 'known');
    }
  } else {
    status = last?.status ?? 'unknown';
  }
  // "The consulates on the West Coast": the places in the region, wherever the knowledge has them.
  // "What sport do the Globetrotters play?": the sports the knowledge names ("basketball").
  const places = [...regionPlacesOf(concept), ...classMembersOf(concept)].filter((place) => knowsAll(index, place));
  for (const place of places) add(alternatives, place, ALIAS_WEIGHT);
  if (status === 'unknown' && places.length > 0) status = 'alias';
  idf = Math.max(idf, ...places.map((place) => Math.min(...place.map((term) => index.idf(term)))));

  const base = idf > 0 ? idf : index.idfOfFrequency(1);
  // Adverbs ("completely", "fully") say how, not what: they frame a question even when known.
  // "chiefly", which the lexicon lacks, is an adverb by its ending when the knowledge lacks it too.
  const framing =
    concept.isFrame ||
    (status === 'unknown' && !concept.isTopic) ||
    (status !== 'alias' && concept.parts.every((part) => wordClassOf(part.folded) === 'adverb')) ||
    (status === 'unknown' && !concept.isName && concept.parts.every((part) => (UNKNOWN_ADVERB.test(part.folded) || UNKNOWN_PARTICIPLE.test(part.folded)) && wordClassOf(part.folded) === 'rare'));
  return { concept, status, alternatives: [...alternatives.values()], importance: base * (framing ? FRAMING_SHARE : 1) };
}

/** An unlisted word ending like an adverb ("chiefly"). */
const UNKNOWN_ADVERB = /^\p{L}{4,}ly$/u;
/** An unlisted word shaped like a negated participle ("untreated"). */
const UNKNOWN_PARTICIPLE = /^un\p{L}{4,}ed$/u;

/** How well a concept was found, best first. */
const STATUS_ORDER: readonly ConceptStatus[] = ['known', 'alias', 'typo', 'unknown'];

/** Options offered as a choice: each option's alternatives, the best-found option's status and importance. */
function expandChoice(index: KnowledgeIndex, concept: Concept): ExpandedConcept {
  const options = concept.parts.map((part) => expandConcept(index, { ...concept, surface: part.surface, parts: [part], isChoice: false }));
  const alternatives: AlternativeMap = new Map();
  for (const option of options) for (const alternative of option.alternatives) add(alternatives, alternative.terms, alternative.weight);
  const best = Math.min(...options.map((option) => STATUS_ORDER.indexOf(option.status)));
  return {
    concept,
    status: STATUS_ORDER[best] ?? 'unknown',
    alternatives: [...alternatives.values()],
    importance: Math.max(...options.map((option) => option.importance)),
  };
}

/** A one-word class's members ("sport" → basketball, …), each as its terms. */
function classMembersOf(concept: Concept): readonly (readonly string[])[] {
  return concept.isName ? [] : membersOfClass(concept.parts.map((part) => part.term));
}

/** The places within the region a concept names, also after a country ("US West Coast"). */
function regionPlacesOf(concept: Concept): readonly (readonly string[])[] {
  const terms = concept.parts.map((part) => part.term);
  const places = placesInRegion(terms);
  if (places.length > 0 || terms.length < 2 || countryOfTerm(terms[0] ?? '') === null) return places;
  return placesInRegion(terms.slice(1));
}

/**
 * A word's alternatives. A word inside a multi-word name (`partOfName`) takes only near-identical
 * variants ("Dept" → "Department"), not synonyms: "States" in "United States" is not the verb
 * "state"; the name's aliases apply to it as a whole.
 */
function expandPart(index: KnowledgeIndex, part: ConceptPart, inName: boolean, partOfName: boolean, isSetting: boolean): ExpandedPart {
  const alternatives: AlternativeMap = new Map();
  let status: ConceptStatus = 'unknown';
  // "The July round": an article published that month is about it, though its text says "on Wednesday".
  if (index.documentFrequencyOf(part.term) > 0 || index.isPublicationMonth(part.term)) {
    add(alternatives, [part.term], 1);
    status = 'known';
  }
  addAliasesOf(index, alternatives, part, partOfName, isSetting);
  if (status === 'unknown' && alternatives.size > 0) status = 'alias';
  // A word the dictionary lists is no typo, except in a name ("Colter" for "Coulter") or when long:
  // the lexicon lists common slips ("officals"), while real long words seldom stand one edit from
  // another. Either is corrected one edit away at most.
  const listed = status === 'unknown' && isDictionaryWord(part.folded);
  const listedSlip = listed && ((inName && part.term.length >= 5) || (!inName && part.folded.length >= LONG_WORD));
  if (status === 'unknown' && (!listed || listedSlip)) {
    for (const correction of typoCorrections(index, part.folded, listed ? 1 : undefined)) {
      add(alternatives, [correction], TYPO_WEIGHT);
    }
    if (alternatives.size > 0) status = 'typo';
  }
  const idf =
    status === 'known'
      ? index.idf(part.term)
      : Math.max(0, ...[...alternatives.values()].map((alternative) => Math.min(...alternative.terms.map((term) => index.idf(term)))));
  return { status, alternatives, idf };
}

/**
 * Adds a word's aliases. Inside a name only near-identical variants apply ("State Dept" is "State
 * Department"). An alias's own variants apply at the product of the weights: "Moscow's team" is
 * Russia's, and so "Russian", as "the Russian Foreign Ministry" says it; not "in Moscow", a place
 * (`isSetting`). A country no variant group lists meets its people the same way ("Belarus" is told
 * by "the Belarusian side").
 */
function addAliasesOf(index: KnowledgeIndex, alternatives: AlternativeMap, part: ConceptPart, partOfName: boolean, isSetting: boolean): void {
  for (const alias of index.aliases.expansionsOf(part.term)) {
    if (partOfName && alias.weight < VARIANT_WEIGHT) continue;
    addAlias(index, alternatives, alias);
    if (partOfName || isSetting || alias.weight >= VARIANT_WEIGHT) continue;
    for (const variant of index.aliases.expansionsOf(alias.terms)) {
      if (variant.weight >= VARIANT_WEIGHT && variant.terms.join(' ') !== part.term) addAlias(index, alternatives, { terms: variant.terms, weight: alias.weight * variant.weight });
    }
  }
  if ([...alternatives.values()].some((alternative) => alternative.weight === VARIANT_WEIGHT)) return;
  for (const form of unlistedCountryForms(part.folded)) {
    const term = termOf(form);
    if (term !== null && term !== part.term) addAlias(index, alternatives, { terms: [term], weight: VARIANT_WEIGHT });
  }
}

/** Adds an alias member when the knowledge has all of its terms. */
function addAlias(index: KnowledgeIndex, alternatives: AlternativeMap, alias: AliasExpansion): void {
  if (knowsAll(index, alias.terms)) add(alternatives, alias.terms, alias.weight);
}

/** Whether the knowledge has every one of the terms. */
function knowsAll(index: KnowledgeIndex, terms: readonly string[]): boolean {
  return terms.every((term) => index.documentFrequencyOf(term) > 0);
}

function add(alternatives: AlternativeMap, terms: readonly string[], weight: number): void {
  const key = terms.join(' ');
  const known = alternatives.get(key);
  if (known === undefined || known.weight < weight) alternatives.set(key, { terms, weight });
}

/**
 * Terms of the knowledge's words one or two edits from the typed word (a swap of two letters is one
 * edit), starting with the same letter (typos rarely hit the first): the closest, at most two.
 */
function typoCorrections(index: KnowledgeIndex, word: string, maxEdits = maxTypoEdits(word.length)): string[] {
  const edits = Math.min(maxEdits, maxTypoEdits(word.length));
  if (edits === 0 || /^\d/u.test(word)) return [];
  let candidates = index.similarTerms(word, edits).filter((candidate) => candidate.term[0] === word[0]);
  // "acuse" is two edits from every form the knowledge writes ("accused", "accusing") and "leadng"
  // from "led", but the dictionary's "accuse" and "leading" are one, and share their terms.
  if (candidates.length === 0) {
    candidates = similarDictionaryWords(word, edits)
      .filter((candidate) => candidate.word[0] === word[0])
      .flatMap(({ word: spelling, distance }) => {
        const term = termOf(spelling);
        return term !== null && index.documentFrequencyOf(term) > 0 ? [{ term, distance }] : [];
      });
  }
  const best = candidates[0]?.distance;
  return candidates.filter((candidate) => candidate.distance === best).slice(0, 2).map((candidate) => candidate.term);
}

/** A single word ending in -ly that the lexicon takes for an adverb ("freely", "safely"). */
function isAdverb(concept: Concept): boolean {
  const folded = concept.parts[0]?.folded ?? '';
  return concept.parts.length === 1 && folded.endsWith('ly') && wordClassOf(folded) === 'adverb';
}
