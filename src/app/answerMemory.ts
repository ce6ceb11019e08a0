import type { QuotedSentence } from '../domain/answer/answer.js';

/** What the buttons under an answer need to know about it. */
export interface RememberedAnswer {
  readonly question: string;
  /** Ids of the quoted sentences (recorded with feedback). */
  readonly sentenceIds: readonly string[];
  /** Further candidates, for the More button. */
  readonly more: readonly QuotedSentence[];
}

/**
 * Recent answers by answer key (the `/ask` interaction id), so More and the feedback buttons work
 * without repeating the search. Bounded: the oldest are forgotten first, and a button on a
 * forgotten answer (or after a restart) gets a clear "ask again" reply.
 */
export class AnswerMemory {
  private readonly answers = new Map<string, RememberedAnswer>();

  constructor(private readonly capacity = 5_000) {}

  remember(answerKey: string, answer: RememberedAnswer): void {
    this.answers.delete(answerKey);
    this.answers.set(answerKey, answer);
    while (this.answers.size > this.capacity) {
      const oldest = this.answers.keys().next().value;
      if (oldest === undefined) break;
      this.answers.delete(oldest);
    }
  }

  recall(answerKey: string): RememberedAnswer | undefined {
    return this.answers.get(answerKey);
  }
}
