import type { KnowledgeIndex, WeightedTerm } from '../search/knowledgeIndex.js';
import type { Passage, Sentence } from '../search/records.js';
import { answerKindEvidence } from './answerKinds.js';
import { searchTermsOf, type ExpandedConcept } from './expand.js';
import type { AnswerKind } from './question.js';

/**
 * The knobs of sentence ranking. The defaults ({@link DEFAULT_RANKING}) were chosen by measuring on
 * the development question sets and TrecQA's dev split (see README, "Answer quality"); tests and
 * the evaluation tool may pass others.
 */
export interface RankingWeights {
  /** How many paragraphs the first stage retrieves; their sentences are the candidates. */
  readonly candidatePassages: number;
  /**
   * Weight of the paragraph around a sentence (its other sentences and the headline). A sentence is
   * judged mostly by its own words, but "Ms. Bruce also noted..." needs the paragraph that names
   * the meeting, and a paragraph about the right story beats a look-alike in another story.
   */
  readonly contextWeight: number;
  /** Weight of the rest of the article: the story a sentence belongs to, more weakly than its paragraph. */
  readonly articleWeight: number;
  /** Bonus for a sentence that holds the kind of answer asked for (a name for "who", a date for "when"). */
  readonly answerKindWeight: number;
  /**
   * Weight of the paragraph's BM25 score (relative to the best paragraph's). Small: it breaks ties
   * between sentences that cover the question equally, preferring the paragraph where the words
   * are frequent and the text short.
   */
  readonly passageWeight: number;
  /**
   * Multiplier of a name's importance. The named thing is what a question is about; a sentence
   * that names it but not the relation asked about beats one with the relation about someone else.
   */
  readonly nameBoost: number;
  /** Bonus, per adjacent pair of question words found next to each other in the sentence (phrases). */
  readonly proximityWeight: number;
}

export const DEFAULT_RANKING: RankingWeights = {
  candidatePassages: 40,
  contextWeight: 0.35,
  articleWeight: 0.15,
  answerKindWeight: 0.15,
  passageWeight: 0,
  nameBoost: 2,
  proximityWeight: 0,
};

/** A candidate sentence with the evidence behind its score. */
export interface ScoredSentence {
  readonly sentence: Sentence;
  readonly passage: Passage;
  /**
   * Relevance, higher is better: coverage, plus weighted context coverage, answer kind and
   * proximity bonuses (see {@link RankingWeights}); about 0 to 1.6.
   */
  readonly score: number;
  /** Share of the question's importance found in the sentence itself, 0–1. */
  readonly coverage: number;
  /** Share found in the sentence or its paragraph and headline, 0–1 (never below `coverage`). */
  readonly contextCoverage: number;
  /**
   * Like `contextCoverage` but with every concept at its plain importance (no name boost): how much
   * of the question the knowledge around this sentence addresses. Decides whether to answer at all.
   */
  readonly support: number;
  /** How clearly the sentence holds the kind of answer the question asks for, 0–1. */
  readonly kindMatch: number;
  /** The question's terms (or their aliases and corrections) found in the sentence. */
  readonly matchedTerms: ReadonlySet<string>;
}

/**
 * Ranks the sentences of the best-matching paragraphs for a question, best first. Ties keep
 * knowledge order (earlier article, earlier paragraph, earlier sentence).
 */
export function rankSentences(
  index: KnowledgeIndex,
  concepts: readonly ExpandedConcept[],
  kind: AnswerKind,
  weights: RankingWeights = DEFAULT_RANKING,
  counted: readonly string[] = [],
): ScoredSentence[] {
  const searchTerms: WeightedTerm[] = searchTermsOf(concepts);
  const importance = concepts.map((concept) => concept.importance * (concept.concept.isName ? weights.nameBoost : 1));
  const totalImportance = importance.reduce((sum, value) => sum + value, 0);
  const plainTotal = concepts.reduce((sum, concept) => sum + concept.importance, 0);
  if (searchTerms.length === 0 || totalImportance === 0) return [];

  const questionTerms = new Set(searchTerms.map(({ term }) => term));
  const countedTerms = countedAlternatives(concepts, counted);
  const scored: ScoredSentence[] = [];
  const hits = index.searchPassages(searchTerms, weights.candidatePassages);
  const topPassageScore = hits[0]?.score ?? 1;
  for (const { passage, score: passageScore } of hits) {
    const sentences = index.sentencesOf(passage);
    const paragraphTerms = new Set<string>(index.titleTermsOf(passage.article));
    for (const sentence of sentences) for (const term of sentence.terms) paragraphTerms.add(term);
    const articleTerms = weights.articleWeight > 0 ? index.articleTermsOf(passage.article) : undefined;

    for (const sentence of sentences) {
      const own = new Set(sentence.terms);
      for (const term of index.speakerTermsOf(sentence)) own.add(term);
      let covered = 0;
      let contextCovered = 0;
      let articleCovered = 0;
      let supported = 0;
      const matchedTerms = new Set<string>();
      concepts.forEach((concept, i) => {
        const weight = importance[i] ?? 0;
        const inSentence = bestMatch(concept, own, matchedTerms);
        const inContext = Math.max(inSentence, bestMatch(concept, paragraphTerms));
        covered += weight * inSentence;
        contextCovered += weight * inContext;
        supported += concept.importance * inContext;
        if (articleTerms !== undefined) articleCovered += weight * Math.max(inContext, bestMatch(concept, articleTerms));
      });
      const coverage = covered / totalImportance;
      const contextCoverage = contextCovered / totalImportance;
      const kindMatch = coverage > 0 ? answerKindEvidence(sentence.text, kind, questionTerms, countedTerms) : 0;
      const score =
        coverage +
        weights.contextWeight * contextCoverage +
        weights.articleWeight * (articleCovered / totalImportance) +
        weights.answerKindWeight * kindMatch +
        weights.passageWeight * (passageScore / topPassageScore) +
        (weights.proximityWeight > 0 ? weights.proximityWeight * adjacency(sentence.terms, concepts) : 0);
      scored.push({ sentence, passage, score, coverage, contextCoverage, support: supported / plainTotal, kindMatch, matchedTerms });
    }
  }
  return scored.sort((a, b) => b.score - a.score || a.sentence.key - b.sentence.key);
}

/** The counted words of a "how many" question with their aliases ("properties" also counts "facilities"). */
function countedAlternatives(concepts: readonly ExpandedConcept[], counted: readonly string[]): ReadonlySet<string> {
  const terms = new Set(counted);
  for (const concept of concepts) {
    if (!concept.concept.parts.some((part) => counted.includes(part.term))) continue;
    for (const alternative of concept.alternatives) for (const term of alternative.terms) terms.add(term);
  }
  return terms;
}

/** The weight of the best alternative of `concept` present in `terms` (0 when none is). */
function bestMatch(concept: ExpandedConcept, terms: ReadonlySet<string>, matched?: Set<string>): number {
  let best = 0;
  for (const alternative of concept.alternatives) {
    if (!alternative.terms.every((term) => terms.has(term))) continue;
    for (const term of alternative.terms) matched?.add(term);
    best = Math.max(best, alternative.weight);
  }
  return best;
}

/**
 * Share of consecutive question concepts whose terms stand within two terms of each other in the
 * sentence ("record low", "Foreign Ministry"): word order evidence that bag-of-words misses.
 */
function adjacency(terms: readonly string[], concepts: readonly ExpandedConcept[]): number {
  if (concepts.length < 2) return 0;
  const positions = concepts.map((concept) => {
    const wanted = new Set(concept.alternatives.flatMap((alternative) => alternative.terms));
    const found: number[] = [];
    terms.forEach((term, i) => {
      if (wanted.has(term)) found.push(i);
    });
    return found;
  });
  let pairs = 0;
  for (let i = 1; i < positions.length; i++) {
    const left = positions[i - 1] ?? [];
    const right = positions[i] ?? [];
    if (left.some((a) => right.some((b) => Math.abs(a - b) <= 2))) pairs++;
  }
  return pairs / (concepts.length - 1);
}
