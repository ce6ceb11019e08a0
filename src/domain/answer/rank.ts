import type { KnowledgeIndex, WeightedTerm } from '../search/knowledgeIndex.js';
import type { Passage, Sentence } from '../search/records.js';
import { termsOf } from '../text/terms.js';
import { containsAnswerKind } from './answerKinds.js';
import type { ExpandedConcept } from './expand.js';
import type { AnswerKind } from './question.js';

/** How many paragraphs the first stage retrieves; their sentences are the candidates. */
export const CANDIDATE_PASSAGES = 40;

/**
 * Weight of the paragraph around a sentence (the other sentences and the headline). A sentence is
 * judged mostly by its own words, but "Ms. Bruce also noted..." needs the paragraph that names
 * the meeting, and a paragraph about the right story beats a look-alike in another story.
 */
export const CONTEXT_WEIGHT = 0.35;

/** Bonus for a sentence that holds the kind of answer asked for (a name for "who", a date for "when"). */
export const ANSWER_KIND_WEIGHT = 0.15;

/** A candidate sentence with the evidence behind its score. */
export interface ScoredSentence {
  readonly sentence: Sentence;
  readonly passage: Passage;
  /**
   * Relevance, higher is better: `coverage + CONTEXT_WEIGHT × contextCoverage + ANSWER_KIND_WEIGHT`
   * (when the kind matches), so at most about 1.5.
   */
  readonly score: number;
  /** Share of the question's importance found in the sentence itself, 0–1. */
  readonly coverage: number;
  /** Share found in the sentence or its paragraph and headline, 0–1 (never below `coverage`). */
  readonly contextCoverage: number;
  /** The sentence holds the kind of answer the question asks for. */
  readonly kindMatch: boolean;
  /** The question's terms (or their aliases and corrections) found in the sentence. */
  readonly matchedTerms: ReadonlySet<string>;
}

/**
 * Ranks the sentences of the best-matching paragraphs for a question, best first. Ties keep
 * knowledge order (earlier article, earlier paragraph, earlier sentence).
 */
export function rankSentences(index: KnowledgeIndex, concepts: readonly ExpandedConcept[], kind: AnswerKind): ScoredSentence[] {
  const searchTerms: WeightedTerm[] = concepts.flatMap((concept) => concept.alternatives);
  const totalImportance = concepts.reduce((sum, concept) => sum + concept.importance, 0);
  if (searchTerms.length === 0 || totalImportance === 0) return [];

  const questionTerms = new Set(searchTerms.map(({ term }) => term));
  const titleTerms = new Map<string, ReadonlySet<string>>();
  const scored: ScoredSentence[] = [];

  for (const { passage } of index.searchPassages(searchTerms, CANDIDATE_PASSAGES)) {
    const sentences = index.sentencesOf(passage);
    let title = titleTerms.get(passage.article.id);
    if (title === undefined) {
      title = new Set(termsOf(passage.article.title));
      titleTerms.set(passage.article.id, title);
    }
    const paragraphTerms = new Set<string>(title);
    for (const sentence of sentences) for (const term of sentence.terms) paragraphTerms.add(term);

    for (const sentence of sentences) {
      const own = new Set(sentence.terms);
      let covered = 0;
      let contextCovered = 0;
      const matchedTerms = new Set<string>();
      for (const concept of concepts) {
        const inSentence = bestMatch(concept, own, matchedTerms);
        const inContext = bestMatch(concept, paragraphTerms);
        covered += concept.importance * inSentence;
        contextCovered += concept.importance * Math.max(inSentence, inContext);
      }
      const coverage = covered / totalImportance;
      const contextCoverage = contextCovered / totalImportance;
      const kindMatch = coverage > 0 && containsAnswerKind(sentence.text, kind, questionTerms);
      const score = coverage + CONTEXT_WEIGHT * contextCoverage + (kindMatch ? ANSWER_KIND_WEIGHT : 0);
      scored.push({ sentence, passage, score, coverage, contextCoverage, kindMatch, matchedTerms });
    }
  }
  return scored.sort((a, b) => b.score - a.score || a.sentence.key - b.sentence.key);
}

/** The weight of the best alternative of `concept` present in `terms` (0 when none is). */
function bestMatch(concept: ExpandedConcept, terms: ReadonlySet<string>, matched?: Set<string>): number {
  let best = 0;
  for (const { term, weight } of concept.alternatives) {
    if (!terms.has(term)) continue;
    matched?.add(term);
    best = Math.max(best, weight);
  }
  return best;
}
