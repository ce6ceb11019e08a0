#!/usr/bin/env node
/**
 * `npm run eval -- [--questions FILE --knowledge DIR...] [--trecqa FILE...] [--verbose] [--json]`
 *
 * Prints top-1, hit@3, MRR and declined counts for question sets, for Parley and for plain MiniSearch
 * on the same questions and sentences. With no set named, runs the project's standard sets (dev,
 * paraphrases, near-topic distractors, held-out) and TrecQA dev/test when `../shared` has them, with
 * the project's extra questions over the dev pool.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../domain/knowledge/loadKnowledge.js';
import { formatProblem } from '../domain/knowledge/problem.js';
import { KnowledgeIndex } from '../domain/search/knowledgeIndex.js';
import { parleyEngine, plainMiniSearchEngine, type Engine } from '../eval/engines.js';
import { judge, summarize, type Judged, type Metrics } from '../eval/metrics.js';
import { readQuestionSet } from '../eval/questionSet.js';
import { STANDARD_SUITES, type Suite } from '../eval/suites.js';
import { readPoolQuestions, readTrecQa, type TrecQaPool } from '../eval/trecqa.js';
import { UsageError, runCli } from './usageError.js';

const TRECQA_DEV = '../shared/benchmarks/trecqa/dev.csv';
const SHARED_TRECQA = [TRECQA_DEV, '../shared/benchmarks/trecqa/test.csv'];

/** More questions over the TrecQA dev pool, written for the project (README, "Answer quality"). */
const TRECQA_DEV_EXTRAS = [
  { questions: 'tests/fixtures/trecqa-dev-extra.jsonl', name: 'TrecQA dev, extra questions (pooled)' },
  { questions: 'tests/fixtures/trecqa-dev-extra2.jsonl', name: 'TrecQA dev, second extra set (pooled)' },
  { questions: 'tests/fixtures/trecqa-dev-extra3.jsonl', name: 'TrecQA dev, third extra set (pooled)' },
];

interface Row {
  readonly set: string;
  readonly engine: string;
  readonly metrics: Metrics;
}

async function loadFolders(folders: readonly string[]): Promise<{ index: KnowledgeIndex; engines: Record<string, Engine> }> {
  const articles = [];
  const aliases = [];
  for (const folder of folders) {
    const knowledge = await loadKnowledge(folder);
    for (const problem of knowledge.problems) process.stderr.write(`warning: skipped ${formatProblem(problem)}\n`);
    articles.push(...knowledge.articles);
    aliases.push(...knowledge.aliases);
  }
  const index = new KnowledgeIndex(articles, aliases);
  return { index, engines: { Parley: parleyEngine(index), 'plain MiniSearch': plainMiniSearchEngine(articles) } };
}

async function runSuite(suite: Suite, verbose: boolean): Promise<Row[]> {
  const questions = await readQuestionSet(suite.questions);
  const { engines } = await loadFolders(suite.knowledge);
  return Object.entries(engines).map(([engine, ask]) => {
    const judged = questions.map((question) => {
      const outcome = ask(question.question);
      const result = judge(question.answerable, outcome, (sentence) => question.gold.some((gold) => sentence.includes(gold)));
      if (verbose && engine === 'Parley') reportMiss(question.question, result);
      return result;
    });
    return { set: suite.name, engine, metrics: summarize(judged) };
  });
}

/** A TrecQA split pooled as one knowledge base, with both engines over it. */
interface TrecQaRun {
  readonly pool: TrecQaPool;
  readonly engines: Record<string, Engine>;
}

/** Reads each split once, however many question sets are asked of its pool. */
function trecQaLoader(): (file: string) => Promise<TrecQaRun> {
  const runs = new Map<string, Promise<TrecQaRun>>();
  return (file) => {
    let run = runs.get(file);
    if (run === undefined) {
      run = readTrecQa(file).then((pool) => ({ pool, engines: { Parley: parleyEngine(new KnowledgeIndex(pool.articles)), 'plain MiniSearch': plainMiniSearchEngine(pool.articles) } }));
      runs.set(file, run);
    }
    return run;
  };
}

/** TrecQA pooled: its own questions, or `extra` ones written for the pool (see `readPoolQuestions`). */
async function runTrecQa(run: TrecQaRun, name: string, verbose: boolean, extraQuestions?: string): Promise<Row[]> {
  const questions = extraQuestions === undefined ? run.pool.questions : await readPoolQuestions(extraQuestions, run.pool);
  return Object.entries(run.engines).map(([engine, ask]) => {
    const judged = questions.map((question) => {
      const result = judge(true, ask(question.question), (sentence) => question.positives.some((positive) => positive.includes(sentence)));
      if (verbose && engine === 'Parley') reportMiss(question.question, result);
      return result;
    });
    return { set: name, engine, metrics: summarize(judged) };
  });
}

function reportMiss(question: string, judged: Judged): void {
  if (judged.answerable ? judged.rank === 1 : !judged.outcome.answered) return;
  const got = judged.outcome.answered ? (judged.outcome.ranking[0] ?? '').slice(0, 110) : '(declined)';
  process.stderr.write(`miss [rank ${judged.rank ?? '-'}${judged.answerable ? '' : ', unanswerable'}] ${question}\n      got: ${got}\n`);
}

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;

function formatTable(rows: readonly Row[]): string {
  const lines = [
    '| set | engine | questions (answerable / not) | top-1 | hit@3 | MRR | declined answerable | declined unanswerable |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { set, engine, metrics: m } of rows) {
    lines.push(
      `| ${set} | ${engine} | ${m.answerable} / ${m.unanswerable} | ${percent(m.top1)} | ${percent(m.hitAt3)} | ${m.mrr.toFixed(3)} | ${m.declinedAnswerable} | ${m.unanswerable === 0 ? '–' : `${m.declinedUnanswerable} of ${m.unanswerable}`} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: {
        questions: { type: 'string', multiple: true },
        knowledge: { type: 'string', multiple: true },
        trecqa: { type: 'string', multiple: true },
        verbose: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  }
  const { values } = parsed;
  const custom = values.questions !== undefined || values.trecqa !== undefined;
  const suites: Suite[] = custom
    ? (values.questions ?? []).map((file) => ({ name: path.basename(file), questions: file, knowledge: values.knowledge ?? ['knowledge'] }))
    : STANDARD_SUITES.filter((suite) => existsSync(suite.questions));
  const trecqa = custom ? (values.trecqa ?? []) : SHARED_TRECQA.filter((file) => existsSync(file));

  const rows: Row[] = [];
  for (const suite of suites) rows.push(...(await runSuite(suite, values.verbose)));
  const loadTrecQa = trecQaLoader();
  for (const file of trecqa) rows.push(...(await runTrecQa(await loadTrecQa(file), `TrecQA ${path.basename(file, '.csv')} (pooled)`, values.verbose)));
  for (const extra of custom || !existsSync(TRECQA_DEV) ? [] : TRECQA_DEV_EXTRAS.filter((set) => existsSync(set.questions))) {
    rows.push(...(await runTrecQa(await loadTrecQa(TRECQA_DEV), extra.name, values.verbose, extra.questions)));
  }
  process.stdout.write(values.json ? `${JSON.stringify(rows, null, 2)}\n` : formatTable(rows));
  return 0;
}

runCli('eval', main);
