import { readJsonLines } from './jsonLines.js';

/** One evaluation question, in the `dev.jsonl` format. */
export interface EvalQuestion {
  readonly id: string;
  readonly question: string;
  /** False when the knowledge does not cover it and Parley must decline. */
  readonly answerable: boolean;
  /** Fragments of the acceptable answer sentences; a quote containing any of them is right. */
  readonly gold: readonly string[];
}

/**
 * Reads a JSON Lines question file (`{"id", "question", "answerable", "gold": [...]}` per line).
 * Throws an error naming the line when one is malformed.
 */
export async function readQuestionSet(file: string): Promise<EvalQuestion[]> {
  return (await readJsonLines(file)).map(({ line, value }) => {
    const record = value as Partial<Record<keyof EvalQuestion, unknown>>;
    if (
      typeof record.question !== 'string' ||
      typeof record.answerable !== 'boolean' ||
      !Array.isArray(record.gold) ||
      !record.gold.every((fragment) => typeof fragment === 'string')
    ) {
      throw new Error(`${file}:${line}: expected {"id", "question", "answerable", "gold": [...]}`);
    }
    return {
      id: typeof record.id === 'string' ? record.id : `line${line}`,
      question: record.question,
      answerable: record.answerable,
      gold: record.gold,
    };
  });
}
