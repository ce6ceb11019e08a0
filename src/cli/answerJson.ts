import type { AnswerResult } from '../domain/answer/answer.js';

/** One answer in the CLI's JSON contract. */
export interface AnswerJson {
  readonly text: string;
  readonly score: number;
  readonly article: {
    readonly id: string;
    readonly title: string;
    readonly source: string;
    readonly url: string | null;
    readonly published: string;
  };
  readonly paragraph: number;
  /** Who the sentence credits, or null for the article's own voice. */
  readonly speaker: string | null;
}

/** The CLI's JSON for one question (the contract scripts rely on). */
export interface QuestionJson {
  readonly question: string;
  readonly answered: boolean;
  readonly answers: readonly AnswerJson[];
}

/** `{"question", "answered", "answers": [...]}`; a decline has `answered: false` and no answers. */
export function toQuestionJson(result: AnswerResult): QuestionJson {
  if (result.kind === 'declined') return { question: result.question, answered: false, answers: [] };
  return {
    question: result.question,
    answered: true,
    answers: result.answers.map((answer) => ({
      text: answer.text,
      score: answer.score,
      article: {
        id: answer.article.id,
        title: answer.article.title,
        source: answer.article.source,
        url: answer.article.url,
        published: answer.article.published,
      },
      paragraph: answer.paragraph,
      speaker: answer.speaker?.name ?? null,
    })),
  };
}
