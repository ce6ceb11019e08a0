#!/usr/bin/env node
/**
 * `npm run --silent ask -- [--json] [--knowledge DIR] [--batch FILE|-] [QUESTION]`
 *
 * Answers questions from the knowledge without Discord. Results go to stdout, warnings to stderr.
 * Usage errors exit 2 with one line on stderr.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { dataDirFrom, indexDirFor, knowledgeDirFrom } from '../config.js';
import { MAX_QUESTION_LENGTH, answerQuestion } from '../domain/answer/answer.js';
import type { KnowledgeIndex } from '../domain/search/knowledgeIndex.js';
import { toQuestionJson } from './answerJson.js';
import { formatAnswerText } from './answerText.js';
import { openKnowledge } from './openIndex.js';
import { UsageError, runCli } from './usageError.js';

const USAGE = 'usage: npm run --silent ask -- [--json] [--knowledge DIR] [--batch FILE|-] [QUESTION]';

interface AskOptions {
  readonly json: boolean;
  readonly knowledge: string;
  readonly batch: string | null;
  readonly question: string | null;
}

/** Parses the command line; throws {@link UsageError} for anything it cannot accept. */
export function parseAskArgs(args: readonly string[], defaultKnowledge: string): AskOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        knowledge: { type: 'string' },
        batch: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  if (parsed.values.help) return 'help';
  const batch = parsed.values.batch ?? null;
  const question = parsed.positionals.length > 0 ? parsed.positionals.join(' ') : null;
  if (batch !== null && question !== null) throw new UsageError('give either --batch or a question, not both');
  if (batch === null && question === null) throw new UsageError(`no question given (${USAGE})`);
  if (batch === '') throw new UsageError('--batch needs a file name, or - for standard input');
  if (question !== null) checkQuestion(question);
  const knowledge = parsed.values.knowledge ?? defaultKnowledge;
  if (knowledge.trim() === '') throw new UsageError('--knowledge needs a folder');
  return { json: parsed.values.json, knowledge, batch, question };
}

/** Rejects an empty or over-long question with a usage error. */
function checkQuestion(question: string): void {
  if (question.trim().length === 0) throw new UsageError('the question is empty');
  if (question.length > MAX_QUESTION_LENGTH) {
    throw new UsageError(`the question is ${question.length} characters long; the limit is ${MAX_QUESTION_LENGTH}`);
  }
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/u.exec(message);
  if (unknown !== null) return `unknown option ${unknown[1] ?? ''} (${USAGE})`;
  const missing = /Option '([^']+)' argument missing/u.exec(message);
  if (missing !== null) return `${(missing[1] ?? '').split(',').at(-1)?.trim() ?? ''} needs a value`;
  return message.split('\n', 1)[0] ?? message;
}

async function readBatch(source: string): Promise<string[]> {
  const text = source === '-' ? await readStdin() : await readFile(source, 'utf8').catch(() => {
    throw new UsageError(`cannot read the batch file "${source}"`);
  });
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function answerLine(index: KnowledgeIndex, question: string): string {
  if (question.length > MAX_QUESTION_LENGTH) {
    process.stderr.write(`warning: skipped a question of ${question.length} characters (limit ${MAX_QUESTION_LENGTH})\n`);
    return JSON.stringify({ question, answered: false, answers: [] });
  }
  return JSON.stringify(toQuestionJson(answerQuestion(index, question)));
}

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const options = parseAskArgs(process.argv.slice(2), knowledgeDirFrom(process.env));
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const knowledge = await openKnowledge(options.knowledge, indexDirFor(dataDirFrom(process.env), options.knowledge), (line) =>
    process.stderr.write(`${line}\n`),
  );
  const index = knowledge.current.index;
  if (options.batch !== null) {
    const questions = await readBatch(options.batch);
    // One write per answer keeps memory flat for long batches and lets a pipe consume as we go.
    for (const question of questions) process.stdout.write(`${answerLine(index, question)}\n`);
  } else {
    const result = answerQuestion(index, options.question ?? '');
    process.stdout.write(options.json ? `${JSON.stringify(toQuestionJson(result))}\n` : formatAnswerText(result));
  }
  // Saves the index when it was built from the files, so the next run starts fast.
  await knowledge.close();
  return 0;
}

runCli('ask', main);
