import type { AliasExpansion } from '../search/aliases.js';
import type { KnowledgeIndex, WeightedTerm } from '../search/knowledgeIndex.js';
import { isDictionaryWord } from '../text/wordClass.js';
import type { Concept, ConceptPart } from './question.js';

/** How much a typo correction counts: the asker probably meant it, but not certainly. */
export const TYPO_WEIGHT = 0.8;

/**
 * Importance of a framing word, as a share of its IDF: frame nouns ("purpose", "kind", "details"),
 * and verbs, adjectives or adverbs the knowledge never uses ("held", "fully"). Such words say how
 * the question asks, or are the asker's paraphrase; they should neither sink a well-matched
 * question nor make a sentence that merely repeats them ("kind of silly") look relevant.
 */
export const FRAMING_SHARE = 0.25;

/** How a concept was found in the knowledge. */
export type ConceptStatus = 'known' | 'typo' | 'alias' | 'unknown';

/** A question concept with the terms that stand for it in the knowledge. */
export interface ExpandedConcept {
  readonly concept: Concept;
  readonly status: ConceptStatus;
  /**
   * Terms to look for, each with the credit for finding it: 1 for the word itself, less for an
   * alias or a correction, and for one word of a name its share of the name (a surname alone
   * earns most of "Jennifer Capriati").
   */
  readonly alternatives: readonly WeightedTerm[];
  /**
   * How much this concept matters: the IDF of its rarest known form. A topic word the knowledge
   * never uses counts as much as a word found in a single paragraph (not more: the asker may simply
   * have used another word); framing words count {@link FRAMING_SHARE} of that.
   */
  readonly importance: number;
}

/**
 * Edits allowed when correcting a typo, by word length. Short words get none: "cat" is one edit
 * from too many other words to guess.
 */
export function maxTypoEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Maps each concept to the knowledge's terms: itself when known; curated aliases (for a word, and for a multi-word name as a whole: "United States" → "US"), weighted by the alias table;
 * and for a word the knowledge lacks, the closest known spelling. Typo tolerance skips dictionary
 * words (they are not misspellings), except in names, where "Colter" is likelier a slip for a known
 * "Coulter" than a plough blade.
 */
export function expandConcepts(index: KnowledgeIndex, concepts: readonly Concept[]): ExpandedConcept[] {
  return concepts.map((concept) => expandConcept(index, concept));
}

interface ExpandedPart {
  readonly status: ConceptStatus;
  readonly alternatives: Map<string, number>;
}

function expandConcept(index: KnowledgeIndex, concept: Concept): ExpandedConcept {
  const parts = concept.parts.map((part) => expandPart(index, part, concept.isName));
  const alternatives = new Map<string, number>();
  const partIdf = parts.map((part) => Math.max(0, ...[...part.alternatives.keys()].map((term) => index.idf(term))));
  const strongest = Math.max(...partIdf);
  parts.forEach((part, i) => {
    const share = parts.length === 1 || strongest === 0 ? 1 : (partIdf[i] ?? 0) / strongest;
    for (const [term, weight] of part.alternatives) alternatives.set(term, Math.max(weight * share, alternatives.get(term) ?? 0));
  });

  let status: ConceptStatus;
  const last = parts.at(-1);
  if (parts.length > 1) {
    const phrase = index.aliases.expansionsOf(concept.parts.map((part) => part.term));
    for (const alias of phrase) addAlias(index, alternatives, alias);
    // A name is unknown when its last word (surname, "Ministry") is, unless the whole is an alias.
    status =
      phrase.length > 0 && alternatives.size > 0
        ? 'alias'
        : last?.status === 'unknown' || parts.every((part) => part.status === 'unknown')
          ? 'unknown'
          : (parts.find((part) => part.status !== 'known')?.status ?? 'known');
  } else {
    status = last?.status ?? 'unknown';
  }

  const known = [...alternatives.keys()].map((term) => index.idf(term));
  const base = known.length > 0 ? Math.max(...known) : index.idfOfFrequency(1);
  const framing = concept.isFrame || (status === 'unknown' && !concept.isTopic);
  return {
    concept,
    status,
    alternatives: [...alternatives].map(([term, weight]) => ({ term, weight })),
    importance: base * (framing ? FRAMING_SHARE : 1),
  };
}

function expandPart(index: KnowledgeIndex, part: ConceptPart, inName: boolean): ExpandedPart {
  const alternatives = new Map<string, number>();
  let status: ConceptStatus = 'unknown';
  if (index.documentFrequencyOf(part.term) > 0) {
    alternatives.set(part.term, 1);
    status = 'known';
  }
  for (const alias of index.aliases.expansionsOf(part.term)) addAlias(index, alternatives, alias);
  if (status === 'unknown' && alternatives.size > 0) status = 'alias';
  if (status === 'unknown' && (!isDictionaryWord(part.folded) || (inName && part.term.length >= 5))) {
    for (const correction of typoCorrections(index, part.term, inName && isDictionaryWord(part.folded) ? 1 : undefined)) {
      alternatives.set(correction, Math.max(TYPO_WEIGHT, alternatives.get(correction) ?? 0));
    }
    if (alternatives.size > 0) status = 'typo';
  }
  return { status, alternatives };
}

/**
 * Adds an alias member. A phrase alias ("United States") stands for the word only where all of its
 * terms are found, which ranking approximates by giving each term a share of the weight.
 */
function addAlias(index: KnowledgeIndex, alternatives: Map<string, number>, alias: AliasExpansion): void {
  const weight = alias.weight / Math.sqrt(alias.terms.length);
  for (const term of alias.terms) {
    if (index.documentFrequencyOf(term) > 0) alternatives.set(term, Math.max(weight, alternatives.get(term) ?? 0));
  }
}

/** Known terms one or two edits away that start with the same letter (typos rarely hit the first). */
function typoCorrections(index: KnowledgeIndex, term: string, maxEdits = maxTypoEdits(term.length)): string[] {
  const edits = Math.min(maxEdits, maxTypoEdits(term.length));
  if (edits === 0 || /^\d/u.test(term)) return [];
  const candidates = index.similarTerms(term, edits).filter((candidate) => candidate.term[0] === term[0]);
  const best = candidates[0]?.distance;
  return candidates.filter((candidate) => candidate.distance === best).slice(0, 2).map((candidate) => candidate.term);
}
