import type { KnowledgeIndex, WeightedTerm } from '../search/knowledgeIndex.js';
import type { Concept } from './question.js';

/**
 * How much an alias counts next to the question's own word. Below 1 so a sentence that uses the
 * asker's own word wins a tie, high enough that "Turkey" still finds "Türkiye".
 */
export const ALIAS_WEIGHT = 0.7;

/** How much a typo correction counts: the asker probably meant it, but not certainly. */
export const TYPO_WEIGHT = 0.8;

/** How a concept was found in the knowledge. */
export type ConceptStatus = 'known' | 'typo' | 'alias' | 'unknown';

/** A question concept with the terms that stand for it in the knowledge. */
export interface ExpandedConcept {
  readonly concept: Concept;
  readonly status: ConceptStatus;
  /** Terms to look for, each with the weight of finding it (1 for the word itself). */
  readonly alternatives: readonly WeightedTerm[];
  /** How much this concept matters: the rarest alternative's IDF, or the unknown-term IDF. */
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
 * spelling (typo tolerance only for terms the knowledge lacks, which keeps it fast and stops it from
 * rewriting correct words); plus curated aliases at {@link ALIAS_WEIGHT}.
 */
export function expandConcepts(index: KnowledgeIndex, concepts: readonly Concept[]): ExpandedConcept[] {
  return concepts.map((concept) => expandConcept(index, concept));
}

function expandConcept(index: KnowledgeIndex, concept: Concept): ExpandedConcept {
  const alternatives = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    if (index.documentFrequencyOf(term) > 0) alternatives.set(term, Math.max(weight, alternatives.get(term) ?? 0));
  };

  let status: ConceptStatus = 'unknown';
  if (index.documentFrequencyOf(concept.term) > 0) {
    add(concept.term, 1);
    status = 'known';
  }
  for (const alias of index.aliases.expansionsOf(concept.term)) {
    // A phrase alias ("United States") stands for the word only where all of its terms are found,
    // which passage ranking approximates by giving each term a share of the weight.
    for (const term of alias.terms) add(term, ALIAS_WEIGHT / Math.sqrt(alias.terms.length));
  }
  if (status === 'unknown' && alternatives.size > 0) status = 'alias';
  if (status === 'unknown') {
    for (const correction of typoCorrections(index, concept.term)) add(correction, TYPO_WEIGHT);
    if (alternatives.size > 0) status = 'typo';
  }

  const weighted = [...alternatives].map(([term, weight]) => ({ term, weight }));
  const importance =
    weighted.length === 0 ? index.idf(concept.term) : Math.max(...weighted.map(({ term }) => index.idf(term)));
  return { concept, status, alternatives: weighted, importance };
}

/** Known terms one or two edits away that start with the same letter (typos rarely hit the first). */
function typoCorrections(index: KnowledgeIndex, term: string): string[] {
  const edits = maxTypoEdits(term.length);
  if (edits === 0 || /^\d/u.test(term)) return [];
  const candidates = index.similarTerms(term, edits).filter((candidate) => candidate.term[0] === term[0]);
  const best = candidates[0]?.distance;
  return candidates.filter((candidate) => candidate.distance === best).slice(0, 2).map((candidate) => candidate.term);
}
