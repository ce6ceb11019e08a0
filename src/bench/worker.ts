/**
 * One benchmark job, run in its own process so that heap and RSS belong to one engine at one size:
 * generate the corpus and questions, build the engine (again for each run when that is affordable),
 * and time a query pass over the questions per run.
 */
import { splitSentences } from '../domain/text/sentences.js';
import { generateCorpus, generateQuestions, passagesOf, type BenchQuestion } from './corpus.js';
import { buildEngine, type BenchEngine, type EngineName } from './engines.js';
import { median, memoryNow, now, percentile, toMiB } from './measure.js';

export interface Job {
  readonly engine: EngineName;
  readonly passages: number;
  readonly seed: number;
  readonly questions: number;
  readonly runs: number;
  /** Soft budget for the query passes (and rebuilds) after the first build, milliseconds. */
  readonly budgetMs: number;
  /** Rebuild the index for each run only while one build takes less than this, milliseconds. */
  readonly rebuildLimitMs: number;
}

/** Answer quality on the synthetic questions (a secondary figure). */
export interface Quality {
  /** Answerable questions measured. */
  readonly answerable: number;
  /** Of those, how many got any result (Parley: answered rather than declined). */
  readonly answered: number;
  /** Of those, how many had the source paragraph first. */
  readonly topPassage: number;
  /** Of those, how many had the source sentence first (Parley only; null for baselines). */
  readonly topSentence: number | null;
  /** Questions about names the corpus never mentions, and how many of them got no result. */
  readonly unknownNames: number;
  readonly unknownDeclined: number;
}

export interface RunResult {
  /** Build time of the index this pass used (null when the pass reused an earlier build). */
  readonly buildMs: number | null;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  /** Questions timed (fewer than asked when the pass ran out of budget). */
  readonly measured: number;
}

export interface JobResult {
  readonly engine: EngineName;
  readonly passages: number;
  readonly articles: number;
  readonly sentences: number;
  readonly questions: number;
  /** Medians across runs. */
  readonly buildS: number;
  readonly heapMiB: number;
  readonly rssMiB: number;
  /** RSS before the build (node, the generated corpus and questions). */
  readonly baselineRssMiB: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly builds: number;
  readonly passes: number;
  /** True when some pass stopped early (budget); its percentiles cover the questions it reached. */
  readonly partial: boolean;
  readonly runs: readonly RunResult[];
  /** Quality of the first pass (the engine is deterministic: later passes answer the same). */
  readonly quality: Quality;
  readonly notes: readonly string[];
}

/** How many budgets the first query pass may take before it is cut short. */
const FIRST_PASS_BUDGETS = 3;

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

export function runJob(job: Job): JobResult {
  const label = `[${job.engine} ${job.passages.toLocaleString('en-US')}]`;
  const corpus = generateCorpus({ passages: job.passages, seed: job.seed });
  const passages = passagesOf(corpus);
  const questions = generateQuestions({ corpus, count: job.questions, seed: job.seed + 1 });
  const warmUp = generateQuestions({ corpus, count: 20, seed: job.seed + 2 }).map((q) => q.question);
  const sentences = passages.reduce((sum, passage) => sum + splitSentences(passage.text).length, 0);
  const baseline = memoryNow();

  const runs: RunResult[] = [];
  const heaps: number[] = [];
  const rsses: number[] = [];
  const notes: string[] = [];
  /** The current index; emptied before a rebuild so the old one is garbage when the heap is sampled. */
  const slot: { engine: BenchEngine | null } = { engine: null };
  let quality: Quality | null = null;
  let partial = false;
  let budgetStart = 0;

  for (let run = 0; run < job.runs; run++) {
    const lastBuild = runs.find((r) => r.buildMs !== null)?.buildMs ?? 0;
    let buildMs: number | null = null;
    if (slot.engine === null || lastBuild < job.rebuildLimitMs) {
      slot.engine = null;
      const before = memoryNow();
      log(`${label} run ${run + 1}: building`);
      const start = now();
      const engine = buildEngine(job.engine, corpus, passages);
      buildMs = now() - start;
      const after = memoryNow();
      heaps.push(toMiB(after.heapUsed - before.heapUsed));
      rsses.push(toMiB(after.rss));
      log(`${label} run ${run + 1}: built in ${(buildMs / 1000).toFixed(2)} s, heap +${toMiB(after.heapUsed - before.heapUsed).toFixed(0)} MiB`);
      for (const question of warmUp) engine.query(question);
      slot.engine = engine;
      if (run === 0) budgetStart = now();
    }
    const engine = slot.engine;

    // The first pass answers every question (up to three budgets) so all engines are compared on the
    // same questions; later passes stop at the budget.
    const deadline = budgetStart + job.budgetMs * (run === 0 ? FIRST_PASS_BUDGETS : 1);
    const { latencies, outcomeQuality, complete } = queryPass(engine, questions, deadline, job.engine === 'parley');
    if (!complete) partial = true;
    quality ??= outcomeQuality;
    const result: RunResult = {
      buildMs,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      meanMs: latencies.reduce((sum, x) => sum + x, 0) / Math.max(1, latencies.length),
      measured: latencies.length,
    };
    runs.push(result);
    log(
      `${label} run ${run + 1}: p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms over ${latencies.length}/${questions.length} questions`,
    );
    const elapsed = now() - budgetStart;
    const firstBuild = runs.find((r) => r.buildMs !== null)?.buildMs ?? 0;
    const nextCost = latencies.reduce((sum, x) => sum + x, 0) + (firstBuild < job.rebuildLimitMs ? firstBuild : 0);
    if (run + 1 < job.runs && elapsed + nextCost > job.budgetMs) {
      notes.push(`stopped after ${run + 1} of ${job.runs} runs (time budget ${(job.budgetMs / 1000).toFixed(0)} s)`);
      log(`${label} ${notes.at(-1) ?? ''}`);
      break;
    }
  }

  const builds = runs.filter((r) => r.buildMs !== null).length;
  if (builds < runs.length) notes.push(`built once (${((runs[0]?.buildMs ?? 0) / 1000).toFixed(1)} s), ${runs.length} query passes over the same index`);
  if (partial) notes.push('a query pass ran out of time budget; percentiles cover the questions it reached');
  return {
    engine: job.engine,
    passages: passages.length,
    articles: corpus.length,
    sentences,
    questions: questions.length,
    buildS: median(runs.flatMap((r) => (r.buildMs === null ? [] : [r.buildMs / 1000]))),
    heapMiB: median(heaps),
    rssMiB: median(rsses),
    baselineRssMiB: toMiB(baseline.rss),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    builds,
    passes: runs.length,
    partial,
    runs,
    quality: quality ?? emptyQuality(),
    notes,
  };
}

function emptyQuality(): Quality {
  return { answerable: 0, answered: 0, topPassage: 0, topSentence: null, unknownNames: 0, unknownDeclined: 0 };
}

/** Times every question once (stopping at the deadline) and scores the outcomes. */
function queryPass(
  engine: BenchEngine,
  questions: readonly BenchQuestion[],
  deadline: number,
  sentenceLevel: boolean,
): { latencies: number[]; outcomeQuality: Quality; complete: boolean } {
  const latencies: number[] = [];
  let answerable = 0;
  let answered = 0;
  let topPassage = 0;
  let topSentence = 0;
  let unknownNames = 0;
  let unknownDeclined = 0;
  for (const question of questions) {
    if (latencies.length > 0 && now() > deadline) return { latencies, outcomeQuality: quality(), complete: false };
    const start = now();
    const outcome = engine.query(question.question);
    latencies.push(now() - start);
    if (question.answerable) {
      answerable++;
      if (outcome.answered) answered++;
      if (outcome.topPassageId === question.passageId) topPassage++;
      if (outcome.topSentenceId === question.sentenceId) topSentence++;
    } else {
      unknownNames++;
      if (!outcome.answered) unknownDeclined++;
    }
  }
  return { latencies, outcomeQuality: quality(), complete: true };

  function quality(): Quality {
    return { answerable, answered, topPassage, topSentence: sentenceLevel ? topSentence : null, unknownNames, unknownDeclined };
  }
}
