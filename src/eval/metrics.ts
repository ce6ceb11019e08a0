/** What the engine returned for one question, reduced to what scoring needs. */
export interface RankedOutcome {
  /** Whether it answered (false = declined). */
  readonly answered: boolean;
  /** The quoted sentences in order, then further candidates (for MRR), as plain text. */
  readonly ranking: readonly string[];
  /** How many of `ranking` were quoted as the answer (1–3). */
  readonly quoted: number;
}

/** The judgement for one question. */
export interface Judged {
  readonly answerable: boolean;
  /** 1-based rank of the first right sentence in the ranking, or null. */
  readonly rank: number | null;
  readonly outcome: RankedOutcome;
}

/** Summary figures over a question set. */
export interface Metrics {
  readonly questions: number;
  readonly answerable: number;
  readonly unanswerable: number;
  /** Share of answerable questions whose first quote is right (a decline counts as wrong). */
  readonly top1: number;
  /** Share of answerable questions with a right sentence among the (up to three) quotes. */
  readonly hitAt3: number;
  /** Mean reciprocal rank of the first right sentence over answerable questions (0 when absent). */
  readonly mrr: number;
  /** Answerable questions declined (should be near 0). */
  readonly declinedAnswerable: number;
  /** Unanswerable questions declined (should be all of them). */
  readonly declinedUnanswerable: number;
}

/** Finds the first sentence of `ranking` accepted by `isRight`. */
export function judge(answerable: boolean, outcome: RankedOutcome, isRight: (sentence: string) => boolean): Judged {
  if (!outcome.answered) return { answerable, rank: null, outcome };
  const index = outcome.ranking.findIndex(isRight);
  return { answerable, rank: index < 0 ? null : index + 1, outcome };
}

/** Aggregates judgements into {@link Metrics}. */
export function summarize(judged: readonly Judged[]): Metrics {
  const answerable = judged.filter((j) => j.answerable);
  const unanswerable = judged.filter((j) => !j.answerable);
  const share = (count: number): number => (answerable.length === 0 ? 0 : count / answerable.length);
  return {
    questions: judged.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    top1: share(answerable.filter((j) => j.rank === 1).length),
    hitAt3: share(answerable.filter((j) => j.rank !== null && j.rank <= Math.min(3, j.outcome.quoted)).length),
    mrr: share(answerable.reduce((sum, j) => sum + (j.rank === null ? 0 : 1 / j.rank), 0)),
    declinedAnswerable: answerable.filter((j) => !j.outcome.answered).length,
    declinedUnanswerable: unanswerable.filter((j) => !j.outcome.answered).length,
  };
}
