import type { KnowledgeIndex, WeightedTerm } from '../search/knowledgeIndex.js';
import { isDictionaryWord } from '../text/wordClass.js';
import type { Concept, ConceptPart } from './question.js';

/**
 * How much an alias counts next to the question's own word. Below 1 so a sentence that uses the
 * asker's own word wins a tie, high enough that "Turkey" still finds "Türkiye".
 */
export const ALIAS_WEIGHT = 0.7;

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
  /** How much this concept matters: the IDF of its rarest known form (see {@link FRAMING_SHARE}). */
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
 * Maps each concept to the knowledge's terms: itself when known; otherwise the closest known
 * spelling (typo tolerance only for words that are neither in the knowledge nor in the dictionary,
 * which keeps it fast and stops it from rewriting correct words); plus curated aliases at
 * {@link ALIAS_WEIGHT}.
 */
export function expandConcepts(index: KnowledgeIndex, concepts: readonly Concept[]): ExpandedConcept[] {
  return concepts.map((concept) => expandConcept(index, concept));
}

interface ExpandedPart {
  readonly status: ConceptStatus;
  readonly alternatives: Map<string, number>;
  /** IDF of the rarest known form, or the IDF of an unknown term. */
  readonly idf: number;
}

function expandConcept(index: KnowledgeIndex, concept: Concept): ExpandedConcept {
  const parts = concept.parts.map((part) => expandPart(index, part));
  const strongest = Math.max(...parts.map((part) => part.idf));
  const alternatives = new Map<string, number>();
  for (const part of parts) {
    const share = parts.length === 1 ? 1 : part.idf / strongest;
    for (const [term, weight] of part.alternatives) alternatives.set(term, Math.max(weight * share, alternatives.get(term) ?? 0));
  }
  // A name is unknown when its last word (the surname, the "Ministry") is: "Tammy Smith" is not "Tammy Bruce".
  const last = parts.at(-1);
  const status: ConceptStatus =
    last?.status === 'unknown' ? 'unknown' : parts.find((part) => part.status !== 'known')?.status ?? 'known';
  const framing = concept.isFrame || (status === 'unknown' && !concept.isTopic);
  return {
    concept,
    status,
    alternatives: [...alternatives].map(([term, weight]) => ({ term, weight })),
    importance: strongest * (framing ? FRAMING_SHARE : 1),
  };
}

function expandPart(index: KnowledgeIndex, part: ConceptPart): ExpandedPart {
  const alternatives = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    if (index.documentFrequencyOf(term) > 0) alternatives.set(term, Math.max(weight, alternatives.get(term) ?? 0));
  };
  let status: ConceptStatus = 'unknown';
  if (index.documentFrequencyOf(part.term) > 0) {
    add(part.term, 1);
    status = 'known';
  }
  for (const alias of index.aliases.expansionsOf(part.term)) {
    // A phrase alias ("United States") stands for the word only where all of its terms are found,
    // which sentence ranking approximates by giving each term a share of the weight.
    for (const term of alias.terms) add(term, ALIAS_WEIGHT / Math.sqrt(alias.terms.length));
  }
  if (status === 'unknown' && alternatives.size > 0) status = 'alias';
  if (status === 'unknown' && !isDictionaryWord(part.folded)) {
    for (const correction of typoCorrections(index, part.term)) add(correction, TYPO_WEIGHT);
    if (alternatives.size > 0) status = 'typo';
  }
  const idf = alternatives.size > 0 ? Math.max(...[...alternatives.keys()].map((term) => index.idf(term))) : index.idf(part.term);
  return { status, alternatives, idf };
}

/** Known terms one or two edits away that start with the same letter (typos rarely hit the first). */
function typoCorrections(index: KnowledgeIndex, term: string): string[] {
  const edits = maxTypoEdits(term.length);
  if (edits === 0 || /^\d/u.test(term)) return [];
  const candidates = index.similarTerms(term, edits).filter((candidate) => candidate.term[0] === term[0]);
  const best = candidates[0]?.distance;
  return candidates.filter((candidate) => candidate.distance === best).slice(0, 2).map((candidate) => candidate.term);
}
