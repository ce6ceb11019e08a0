#!/usr/bin/env node
/**
 * `npm run bench -- [--sizes 1000,10000,100000] [--huge] [--questions 300] [--runs 3] [--json] …`
 *
 * Index build time, memory and latency of Parley's whole answer against plain MiniSearch and
 * FlexSearch retrieval, on synthetic news corpora of growing size (see `corpus.ts`). Each engine at
 * each size runs in its own Node process (so heap and RSS are its own, and a runaway job can be
 * stopped); jobs run one after another. The report goes to stdout (Markdown, or JSON with
 * `--json`); progress goes to stderr.
 */
import { fork } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareCli, plainCliMain, type CliComparison } from './cliCompare.js';
import { generateCorpus, generateQuestions } from './corpus.js';
import { ENGINE_NAMES, type EngineName } from './engines.js';
import { now } from './measure.js';
import { runLifecycle, runLifecycleStep, type LifecycleResult, type LifecycleStep, type StepRunner } from './lifecycle.js';
import { formatReport, type BenchReport, type JobFailure } from './report.js';
import { runJob, type Job, type JobResult } from './worker.js';

const USAGE = `usage: npm run bench -- [options]
  --sizes N,N,...        passage counts (default 1000,10000,100000; --huge adds 1000000)
  --huge                 also run 1,000,000 passages
  --questions N          questions per size (default 300)
  --runs N               runs per engine and size; medians are reported (default 3)
  --seed N               corpus seed (default 1)
  --engines a,b,...      ${ENGINE_NAMES.join(', ')} (default: all)
  --skip-parley          leave Parley out (baselines only)
  --slow                 run MiniSearch fuzzy+prefix above 10,000 passages too
  --budget S             query-time budget per engine and size, seconds (default 60): later runs
                         are skipped once it is spent (the first pass may take 3 budgets)
  --rebuild-limit S      rebuild the index for every run only while a build takes less (default 5)
  --timeout S            hard limit per engine and size, build included (default 600)
  --cli                  also time the real CLI (ask --batch -) against a plain MiniSearch script
  --cli-size N           passages for --cli (default 100000, or the largest size below it)
  --cli-questions N      questions for the CLI (default 200; the plain script gets 20)
  --lifecycle-size N     passages for start-up, edit and memory measures (default: the largest
                         size up to 100000; 0 leaves them out)
  --edits N              moderator edits in the edit measure (default 1000)
  --json                 print the report as JSON instead of Markdown`;

const DEFAULT_SIZES = [1000, 10_000, 100_000];
const HUGE = 1_000_000;
/** MiniSearch with fuzzy + prefix takes about a second per query at 100k passages. */
const FUZZY_CAP = 10_000;

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

interface Options {
  readonly sizes: number[];
  readonly engines: EngineName[];
  readonly questions: number;
  readonly runs: number;
  readonly seed: number;
  readonly slow: boolean;
  readonly budgetS: number;
  readonly rebuildLimitS: number;
  readonly timeoutS: number;
  readonly cli: boolean;
  readonly cliSize: number | null;
  readonly cliQuestions: number;
  readonly lifecycleSize: number | null;
  readonly edits: number;
  readonly json: boolean;
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/[_,]/gu, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} needs a positive integer, not "${value}"`);
  return n;
}

function nonNegativeInt(name: string, value: string): number {
  const n = Number(value.replace(/[_,]/gu, ''));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number, not "${value}"`);
  return n;
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number, not "${value}"`);
  return n;
}

function parseOptions(args: string[]): Options | 'help' {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      sizes: { type: 'string' },
      huge: { type: 'boolean', default: false },
      questions: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      engines: { type: 'string' },
      'skip-parley': { type: 'boolean', default: false },
      slow: { type: 'boolean', default: false },
      budget: { type: 'string' },
      'rebuild-limit': { type: 'string' },
      timeout: { type: 'string' },
      cli: { type: 'boolean', default: false },
      'cli-size': { type: 'string' },
      'cli-questions': { type: 'string' },
      'lifecycle-size': { type: 'string' },
      edits: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const sizes =
    values.sizes === undefined ? [...DEFAULT_SIZES] : values.sizes.split(',').map((size) => positiveInt('sizes', size.trim(), 0));
  if (values.huge && !sizes.includes(HUGE)) sizes.push(HUGE);
  sizes.sort((a, b) => a - b);
  let engines: EngineName[] = [...ENGINE_NAMES];
  if (values.engines !== undefined) {
    engines = values.engines.split(',').map((name) => {
      const engine = ENGINE_NAMES.find((known) => known === name.trim());
      if (engine === undefined) throw new Error(`unknown engine "${name}" (known: ${ENGINE_NAMES.join(', ')})`);
      return engine;
    });
  }
  if (values['skip-parley']) engines = engines.filter((engine) => engine !== 'parley');
  return {
    sizes: [...new Set(sizes)],
    engines,
    questions: positiveInt('questions', values.questions, 300),
    runs: positiveInt('runs', values.runs, 3),
    seed: positiveInt('seed', values.seed, 1),
    slow: values.slow,
    budgetS: positiveNumber('budget', values.budget, 60),
    rebuildLimitS: positiveNumber('rebuild-limit', values['rebuild-limit'], 5),
    timeoutS: positiveNumber('timeout', values.timeout, 600),
    cli: values.cli,
    cliSize: values['cli-size'] === undefined ? null : positiveInt('cli-size', values['cli-size'], 0),
    cliQuestions: positiveInt('cli-questions', values['cli-questions'], 200),
    lifecycleSize: values['lifecycle-size'] === undefined ? null : nonNegativeInt('lifecycle-size', values['lifecycle-size']),
    edits: positiveInt('edits', values.edits, 1000),
    json: values.json,
  };
}

/**
 * Runs this script in a child process (with `--expose-gc` and a large heap) in a worker mode,
 * resolving with the message it sends back, or a reason when it fails or runs past the timeout.
 */
function runInChild<T>(mode: '--worker' | '--lifecycle-step', payload: unknown, timeoutMs: number): Promise<T | string> {
  return new Promise((resolve) => {
    const heapMiB = Math.max(4096, Math.floor((totalmem() / 1024 / 1024) * 0.75));
    const child = fork(fileURLToPath(import.meta.url), [mode, JSON.stringify(payload)], {
      execArgv: ['--expose-gc', `--max-old-space-size=${heapMiB}`],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let result: T | string | null = null;
    const timer = setTimeout(() => {
      result = `timed out after ${Math.round(timeoutMs / 1000)} s`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('message', (message) => {
      result = message as T;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(result ?? `failed (${signal ?? `exit ${String(code)}`})`);
    });
  });
}

function workerMain(jobJson: string): void {
  const result = runJob(JSON.parse(jobJson) as Job);
  process.send?.(result, () => process.exit(0));
}

async function lifecycleStepMain(stepJson: string): Promise<void> {
  const result = await runLifecycleStep(JSON.parse(stepJson) as LifecycleStep);
  process.send?.(result, () => process.exit(0));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--worker') {
    workerMain(argv[1] ?? '{}');
    return;
  }
  if (argv[0] === '--lifecycle-step') {
    await lifecycleStepMain(argv[1] ?? '{}');
    return;
  }
  if (argv[0] === '--plain-cli') {
    await plainCliMain(argv[1] ?? '.');
    return;
  }

  let options: Options | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    log(`bench: ${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)}`);
    log(USAGE);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  const started = now();
  const results: JobResult[] = [];
  const failures: JobFailure[] = [];
  for (const passages of options.sizes) {
    for (const engine of options.engines) {
      if (engine === 'minisearch-fuzzy' && passages > FUZZY_CAP && !options.slow) {
        failures.push({ engine, passages, reason: `skipped above ${FUZZY_CAP.toLocaleString('en-US')} passages (about 1 s per query; --slow runs it)` });
        continue;
      }
      const job: Job = {
        engine,
        passages,
        seed: options.seed,
        questions: options.questions,
        runs: options.runs,
        budgetMs: options.budgetS * 1000,
        rebuildLimitMs: options.rebuildLimitS * 1000,
      };
      log(`== ${engine} at ${passages.toLocaleString('en-US')} passages`);
      const outcome = await runInChild<JobResult>('--worker', job, options.timeoutS * 1000);
      if (typeof outcome === 'string') {
        log(`   ${outcome}`);
        failures.push({ engine, passages, reason: outcome });
      } else {
        results.push(outcome);
      }
    }
  }

  let cli: CliComparison | null = null;
  if (options.cli) {
    const cliSize = options.cliSize ?? [...options.sizes].reverse().find((size) => size <= 100_000) ?? options.sizes[0] ?? 1000;
    const corpus = generateCorpus({ passages: cliSize, seed: options.seed });
    const questions = generateQuestions({ corpus, count: options.cliQuestions, seed: options.seed + 1 }).map((q) => q.question);
    cli = await compareCli(corpus, questions, 20, options.timeoutS * 1000, log);
  }

  let lifecycle: LifecycleResult | null = null;
  const lifecycleSize = options.lifecycleSize ?? [...options.sizes].reverse().find((size) => size <= 100_000) ?? options.sizes[0] ?? 0;
  if (lifecycleSize > 0) {
    const runStep: StepRunner = (step) => runInChild('--lifecycle-step', step, options.timeoutS * 1000);
    try {
      lifecycle = await runLifecycle({ passages: lifecycleSize, seed: options.seed, runs: options.runs, edits: options.edits }, runStep, log);
    } catch (error) {
      log(`[lifecycle] ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const report: BenchReport = {
    environment: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
      totalMemoryMiB: Math.round(totalmem() / 1024 / 1024),
      // Jobs run in children forked with --expose-gc, whatever this process was started with.
      gcExposed: true,
      date: new Date().toISOString().slice(0, 10),
    },
    options: {
      sizes: options.sizes,
      engines: options.engines,
      questions: options.questions,
      runs: options.runs,
      seed: options.seed,
      budgetS: options.budgetS,
      rebuildLimitS: options.rebuildLimitS,
    },
    results,
    failures,
    cli,
    lifecycle,
    totalS: (now() - started) / 1000,
  };
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
}

main().catch((error: unknown) => {
  log(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
