/**
 * The end-to-end comparison of issue 6: the real CLI (`ask --batch -`) answering N questions from a
 * knowledge folder, against a plain MiniSearch script (load the same folder, build, answer 20).
 * Both are separate Node processes timed from spawn to exit, so start-up counts.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import type { Article } from '../domain/knowledge/article.js';
import { formatArticle } from '../domain/knowledge/formatArticle.js';
import { loadKnowledge } from '../domain/knowledge/loadKnowledge.js';
import { BASELINE_LIMIT } from './engines.js';
import { now } from './measure.js';

export interface ProcessTiming {
  /** Spawn to exit, seconds. */
  readonly totalS: number;
  /** Spawn to the first answer line, seconds (start-up: load, build, one answer). */
  readonly firstAnswerS: number | null;
  readonly questions: number;
  readonly answers: number;
  readonly exitCode: number | null;
  readonly timedOut: boolean;
}

export interface CliComparison {
  readonly passages: number;
  readonly articles: number;
  readonly writeS: number;
  /** The first run: no saved index, so it builds one (and saves it on exit). */
  readonly parley: ProcessTiming;
  /** The same batch again, from the index the first run saved. */
  readonly parleyWarm: ProcessTiming;
  readonly plain: ProcessTiming;
}

const ASK_SCRIPT = fileURLToPath(new URL('../cli/ask.js', import.meta.url));
const BENCH_SCRIPT = fileURLToPath(new URL('./bench.js', import.meta.url));

/**
 * Writes the corpus as knowledge files to a temporary folder, runs the CLI twice (building, then
 * from its saved index; `DATA_DIR` points inside the folder so nothing lands in the project) and
 * the plain script once, and removes the folder.
 */
export async function compareCli(
  corpus: readonly Article[],
  questions: readonly string[],
  plainQuestions: number,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<CliComparison> {
  const folder = await mkdtemp(path.join(tmpdir(), 'parley-bench-'));
  try {
    log(`[cli] writing ${corpus.length} knowledge files to ${folder}`);
    const start = now();
    const knowledgeDir = path.join(folder, 'knowledge');
    await mkdir(knowledgeDir);
    for (const article of corpus) await writeFile(path.join(knowledgeDir, `${article.id}.md`), formatArticle(article));
    const writeS = (now() - start) / 1000;
    const passages = corpus.reduce((sum, article) => sum + article.paragraphs.length, 0);

    const askArgs = [ASK_SCRIPT, '--batch', '-', '--knowledge', knowledgeDir];
    const askEnv = { ...process.env, DATA_DIR: path.join(folder, 'data') };
    log(`[cli] ask --batch - with ${questions.length} questions, no saved index`);
    const parley = await timeProcess(askArgs, questions, timeoutMs, askEnv);
    log(`[cli] ask: ${parley.totalS.toFixed(1)} s (first answer after ${parley.firstAnswerS?.toFixed(1) ?? '—'} s)`);
    log(`[cli] ask --batch - again, from the saved index`);
    const parleyWarm = await timeProcess(askArgs, questions, timeoutMs, askEnv);
    log(`[cli] ask: ${parleyWarm.totalS.toFixed(1)} s (first answer after ${parleyWarm.firstAnswerS?.toFixed(1) ?? '—'} s)`);
    const few = questions.slice(0, plainQuestions);
    log(`[cli] plain MiniSearch script with ${few.length} questions`);
    const plain = await timeProcess([BENCH_SCRIPT, '--plain-cli', knowledgeDir], few, timeoutMs, process.env);
    log(`[cli] plain: ${plain.totalS.toFixed(1)} s (first answer after ${plain.firstAnswerS?.toFixed(1) ?? '—'} s)`);
    return { passages, articles: corpus.length, writeS, parley, parleyWarm, plain };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Runs `node args…` with the questions on stdin, one a line; counts answer lines on stdout. */
function timeProcess(args: readonly string[], questions: readonly string[], timeoutMs: number, env: NodeJS.ProcessEnv): Promise<ProcessTiming> {
  return new Promise((resolve, reject) => {
    const start = now();
    const child = spawn(process.execPath, [...args], { stdio: ['pipe', 'pipe', 'inherit'], env });
    let answers = 0;
    let firstAnswerS: number | null = null;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) {
        if (byte !== 10) continue;
        answers++;
        firstAnswerS ??= (now() - start) / 1000;
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ totalS: (now() - start) / 1000, firstAnswerS, questions: questions.length, answers, exitCode, timedOut });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(`${questions.join('\n')}\n`);
  });
}

/**
 * The plain baseline as a program (`bench.js --plain-cli FOLDER`): load the knowledge folder as the
 * CLI does, index its passages with MiniSearch's defaults, answer each stdin line with the top 20.
 */
export async function plainCliMain(folder: string): Promise<void> {
  const knowledge = await loadKnowledge(folder);
  const texts: string[] = [];
  for (const article of knowledge.articles) texts.push(...article.paragraphs);
  const miniSearch = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  miniSearch.addAll(texts.map((text, id) => ({ id, text })));
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const lines = Buffer.concat(chunks)
    .toString('utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  for (const question of lines) {
    const top = miniSearch.search(question).slice(0, BASELINE_LIMIT);
    process.stdout.write(`${JSON.stringify({ question, answers: top.map((result) => texts[result.id as number] ?? '') })}\n`);
  }
}
