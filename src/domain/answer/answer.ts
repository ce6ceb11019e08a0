import type { Article } from '../knowledge/article.js';
import type { KnowledgeIndex } from '../search/knowledgeIndex.js';
import { sentenceId } from '../search/records.js';
import { expandConcepts } from './expand.js';
import { analyzeQuestion, type AnswerKind } from './question.js';
import { DEFAULT_RANKING, rankSentences, type RankingWeights, type ScoredSentence } from './rank.js';
import type { Speaker } from './speaker.js';

/** Longest question accepted (characters). Longer input is a paste, not a question. */
export const MAX_QUESTION_LENGTH = 500;

/** Most sentences quoted in one answer. */
export const MAX_ANSWERS = 3;

/**
 * Below this share of the question's importance found in the best sentence (with its paragraph),
 * the knowledge does not really address the question and Parley declines. Calibrated on the
 * development and held-out question sets (see README, "Answer quality").
 */
export const MIN_CONTEXT_COVERAGE = 0.45;

/** Extra sentences are quoted only when they score at least this share of the best one. */
export const RELATED_ANSWER_RATIO = 0.6;

/** A quoted sentence with its source. */
export interface QuotedSentence {
  /** The sentence, exactly as in the article. */
  readonly text: string;
  /** Relevance (see `ScoredSentence.score`); only comparable within one question. */
  readonly score: number;
  readonly article: Article;
  /** 1-based paragraph number in the article. */
  readonly paragraph: number;
  /** Stable sentence id, `<article id>#<paragraph>.<sentence>`. */
  readonly sentenceId: string;
  /** The question's words (or their aliases) as they appear in the sentence, for highlighting. */
  readonly matchedTerms: readonly string[];
  /** Who the sentence credits for its claim, or null when it is the article's own voice. */
  readonly speaker: Speaker | null;
}

/** Why Parley declined. */
export type DeclineReason =
  | { readonly kind: 'empty' }
  | { readonly kind: 'unknown-name'; readonly names: readonly string[] }
  | { readonly kind: 'no-match' }
  | { readonly kind: 'weak-match' };

/** The outcome of a question. */
export type AnswerResult =
  | {
      readonly kind: 'answered';
      readonly question: string;
      readonly answerKind: AnswerKind;
      /** Best first, 1–3 of them. */
      readonly answers: readonly QuotedSentence[];
      /** Further candidates, best first, for "more" (never includes `answers`). */
      readonly more: readonly QuotedSentence[];
    }
  | { readonly kind: 'declined'; readonly question: string; readonly reason: DeclineReason };

/** Tuning of {@link answerQuestion}; the defaults are the measured best (see README, "Answer quality"). */
export interface AnswerOptions {
  readonly ranking?: RankingWeights;
  /** See {@link MIN_CONTEXT_COVERAGE}. */
  readonly minContextCoverage?: number;
  /** See {@link RELATED_ANSWER_RATIO}. */
  readonly relatedAnswerRatio?: number;
}

/**
 * Answers a question from the knowledge: the best 1–3 sentences with their sources, or a reasoned
 * decline when the knowledge does not cover it. Pure and synchronous; the caller validates length.
 */
export function answerQuestion(index: KnowledgeIndex, question: string, options: AnswerOptions = {}): AnswerResult {
  const analysis = analyzeQuestion(question);
  if (analysis.concepts.length === 0) return declined(question, { kind: 'empty' });

  const concepts = expandConcepts(index, analysis.concepts);
  const unknownNames = concepts
    .filter((expanded) => expanded.concept.isName && expanded.status === 'unknown')
    .map((expanded) => expanded.concept.surface);
  if (unknownNames.length > 0) return declined(question, { kind: 'unknown-name', names: unknownNames });

  const ranked = rankSentences(index, concepts, analysis.kind, options.ranking ?? DEFAULT_RANKING);
  const best = ranked[0];
  if (best === undefined) return declined(question, { kind: 'no-match' });
  if (best.contextCoverage < (options.minContextCoverage ?? MIN_CONTEXT_COVERAGE)) return declined(question, { kind: 'weak-match' });

  const answers = selectAnswers(ranked, best, options.relatedAnswerRatio ?? RELATED_ANSWER_RATIO);
  const chosen = new Set(answers);
  const more = ranked.filter((candidate) => !chosen.has(candidate) && candidate.coverage > 0).slice(0, 10);
  return {
    kind: 'answered',
    question,
    answerKind: analysis.kind,
    answers: answers.map((candidate) => quote(index, candidate)),
    more: more.map((candidate) => quote(index, candidate)),
  };
}

/** The best sentence, plus up to two more that score close to it. */
function selectAnswers(ranked: readonly ScoredSentence[], best: ScoredSentence, ratio: number): ScoredSentence[] {
  const floor = best.score * ratio;
  return ranked.filter((candidate, rank) => rank === 0 || (candidate.score >= floor && candidate.coverage > 0)).slice(0, MAX_ANSWERS);
}

function quote(index: KnowledgeIndex, candidate: ScoredSentence): QuotedSentence {
  const { sentence, passage } = candidate;
  return {
    text: sentence.text,
    score: Math.round(candidate.score * 1000) / 1000,
    article: passage.article,
    paragraph: passage.paragraph,
    sentenceId: sentenceId(passage, sentence),
    matchedTerms: [...candidate.matchedTerms],
    speaker: index.speakerOf(sentence),
  };
}

function declined(question: string, reason: DeclineReason): AnswerResult {
  return { kind: 'declined', question, reason };
}
