import { expandConcepts } from '../domain/answer/expand.js';
import { analyzeQuestion } from '../domain/answer/question.js';
import { FEATURE_NAMES, rankSentences, type RankingWeights, type SentenceFeatures } from '../domain/answer/rank.js';
import type { KnowledgeIndex } from '../domain/search/knowledgeIndex.js';

/** An answerable question with a way to recognise its right sentences. */
export interface TrainingQuestion {
  readonly index: KnowledgeIndex;
  readonly question: string;
  readonly isRight: (sentence: string) => boolean;
}

/** How many wrong candidates per question are paired with the right ones. */
const NEGATIVES = 30;
/** L2 pull of the weights towards zero, so rarely useful features stay small. */
const L2 = 0.001;
const STEPS = 3000;
const LEARNING_RATE = 0.5;

type Vector = number[];

/**
 * Fits the feature weights of sentence ranking by pairwise logistic regression: for each question,
 * every right candidate should outscore every wrong one. Returns weights scaled so that `coverage`
 * weighs 1 (scores keep their order under scaling). Deterministic: full-batch gradient descent.
 */
export function fitRankingWeights(questions: readonly TrainingQuestion[], start: RankingWeights): RankingWeights {
  const pairs: { diff: Vector; weight: number }[] = [];
  for (const item of questions) {
    const analysis = analyzeQuestion(item.question, (folded) => item.index.isProperWord(folded));
    const concepts = expandConcepts(item.index, analysis.concepts);
    const candidates = rankSentences(item.index, concepts, analysis, start).filter((c) => c.features.coverage > 0);
    const right = candidates.filter((c) => item.isRight(c.sentence.text));
    const wrong = candidates.filter((c) => !item.isRight(c.sentence.text)).slice(0, NEGATIVES);
    if (right.length === 0 || wrong.length === 0) continue;
    const weight = 1 / (right.length * wrong.length);
    for (const good of right) for (const bad of wrong) pairs.push({ diff: difference(good.features, bad.features), weight });
  }
  const weights = FEATURE_NAMES.map((name) => start[name]);
  const questionsCount = questions.length;
  for (let step = 0; step < STEPS; step++) {
    const gradient = weights.map((w) => 2 * L2 * w);
    for (const { diff, weight } of pairs) {
      const margin = dot(weights, diff);
      const slope = -weight / (1 + Math.exp(margin)) / questionsCount;
      diff.forEach((d, i) => {
        gradient[i] = (gradient[i] ?? 0) + slope * d;
      });
    }
    weights.forEach((_, i) => {
      weights[i] = (weights[i] ?? 0) - LEARNING_RATE * (gradient[i] ?? 0);
    });
  }
  const scale = weights[FEATURE_NAMES.indexOf('coverage')] ?? 1;
  const fitted: Record<string, number> = { candidatePassages: start.candidatePassages };
  FEATURE_NAMES.forEach((name, i) => {
    fitted[name] = Math.round(((weights[i] ?? 0) / (scale === 0 ? 1 : scale)) * 1000) / 1000;
  });
  return fitted as unknown as RankingWeights;
}

function difference(a: SentenceFeatures, b: SentenceFeatures): Vector {
  return FEATURE_NAMES.map((name) => a[name] - b[name]);
}

function dot(a: Vector, b: Vector): number {
  return a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);
}
