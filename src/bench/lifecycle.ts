/**
 * The bot's life around the index, at one corpus size (issue 6): start-up without a saved index
 * (build and save), start-up from the saved index, start-up after one file changed while the bot was
 * down, moderator edits through the real curation path (validate, atomic write, history, live
 * apply), memory across those edits, and resident memory once started.
 *
 * Every step runs in a fresh Node process (forked by `bench.ts` with `--lifecycle-step`), so a
 * start-up is a real start-up: module loading, cold JIT and an empty heap included.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Curation, type ArticleInput } from '../app/curation.js';
import { indexDirFor } from '../config.js';
import { KnowledgeService } from '../app/knowledgeService.js';
import { silentLogger } from '../app/logger.js';
import { UnansweredLog } from '../app/unansweredLog.js';
import { answerQuestion } from '../domain/answer/answer.js';
import type { Article } from '../domain/knowledge/article.js';
import { formatArticle } from '../domain/knowledge/formatArticle.js';
import { KnowledgeStore } from '../domain/knowledge/knowledgeStore.js';
import { generateCorpus, generateQuestions } from './corpus.js';
import { median, memoryNow, now, percentile, toMiB } from './measure.js';

/** What one forked step is asked to do. */
export type LifecycleStep =
  | { readonly kind: 'start'; readonly knowledgeDir: string; readonly dataDir: string; readonly questions: readonly string[] }
  | { readonly kind: 'edits'; readonly knowledgeDir: string; readonly dataDir: string; readonly edits: number; readonly seed: number; readonly questions: readonly string[] };

/** A start-up, measured inside the started process. */
export interface StartMeasure {
  /** `KnowledgeService.open`: read the folder, load or build the index. */
  readonly openMs: number;
  /** Process start (Node's time origin) to the first answer given. */
  readonly readyMs: number;
  /** The first answer after start (cold JIT). */
  readonly firstAnswerMs: number;
  /** Median of the following answers. */
  readonly answerP50Ms: number;
  /** Saving the index on close (only when the start built or changed it). */
  readonly saveMs: number;
  readonly rssMiB: number;
  readonly heapMiB: number;
  readonly passages: number;
}

/** Latencies of one kind of curation change, milliseconds. */
export interface EditLatency {
  readonly count: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

export interface EditsMeasure {
  readonly add: EditLatency;
  readonly edit: EditLatency;
  readonly remove: EditLatency;
  /** Heap and RSS after a full collection, sampled every quarter of the edits (first: before any). */
  readonly memory: readonly { readonly edits: number; readonly heapMiB: number; readonly rssMiB: number }[];
  /** Whether a question answered before the edits is still answered after them. */
  readonly answeredAfter: boolean;
  readonly refused: number;
  /** Compactions of the index's delta that completed during the changes. */
  readonly compactions: number;
}

export interface LifecycleResult {
  readonly passages: number;
  readonly articles: number;
  readonly indexMiB: number;
  readonly cold: readonly StartMeasure[];
  readonly warm: readonly StartMeasure[];
  readonly oneFileChanged: readonly StartMeasure[];
  readonly edits: EditsMeasure | null;
}

export interface LifecycleOptions {
  readonly passages: number;
  readonly seed: number;
  readonly runs: number;
  readonly edits: number;
}

/** Runs a step in a fresh process and returns what it reported (or a failure reason). */
export type StepRunner = (step: LifecycleStep) => Promise<unknown>;

const ACTOR = { userId: '0', tag: 'bench' } as const;

/** Writes the corpus to a temporary knowledge folder and measures each step in its own process. */
export async function runLifecycle(options: LifecycleOptions, runStep: StepRunner, log: (line: string) => void): Promise<LifecycleResult> {
  const root = await mkdtemp(path.join(tmpdir(), 'parley-lifecycle-'));
  const knowledgeDir = path.join(root, 'knowledge');
  const dataDir = path.join(root, 'data');
  const label = `[lifecycle ${options.passages.toLocaleString('en-US')}]`;
  try {
    const corpus = generateCorpus({ passages: options.passages, seed: options.seed });
    log(`${label} writing ${corpus.length} knowledge files`);
    await writeCorpus(knowledgeDir, corpus);
    const questions = generateQuestions({ corpus, count: 21, seed: options.seed + 3 }).map((q) => q.question);
    const start: LifecycleStep = { kind: 'start', knowledgeDir, dataDir, questions };
    const indexDir = indexDirFor(dataDir, knowledgeDir);

    const cold: StartMeasure[] = [];
    for (let run = 0; run < options.runs; run++) {
      await rm(indexDir, { recursive: true, force: true });
      cold.push(expectStart(await runStep(start), 'cold start'));
      log(`${label} cold start ${run + 1}: open ${ms(cold.at(-1)?.openMs)}, save ${ms(cold.at(-1)?.saveMs)}`);
    }
    const indexMiB = toMiB(await folderSize(indexDir));

    const warm: StartMeasure[] = [];
    for (let run = 0; run < options.runs; run++) {
      warm.push(expectStart(await runStep(start), 'warm start'));
      log(`${label} warm start ${run + 1}: open ${ms(warm.at(-1)?.openMs)}, ready ${ms(warm.at(-1)?.readyMs)}`);
    }

    const oneFileChanged: StartMeasure[] = [];
    const changed = corpus[Math.floor(corpus.length / 2)];
    for (let run = 0; run < options.runs && changed !== undefined; run++) {
      const file = path.join(knowledgeDir, `${changed.id}.md`);
      const text = await readFile(file, 'utf8');
      await writeFile(file, `${text.trimEnd()}\n\nA paragraph added while the bot was stopped, run ${run + 1}.\n`);
      oneFileChanged.push(expectStart(await runStep(start), 'start after a change'));
      log(`${label} start with one file changed ${run + 1}: open ${ms(oneFileChanged.at(-1)?.openMs)}`);
    }

    let edits: EditsMeasure | null = null;
    if (options.edits > 0) {
      log(`${label} ${options.edits} edits through curation`);
      const outcome = await runStep({ kind: 'edits', knowledgeDir, dataDir, edits: options.edits, seed: options.seed + 7, questions });
      if (typeof outcome === 'string') log(`${label} edits: ${outcome}`);
      else edits = outcome as EditsMeasure;
    }
    const passages = corpus.reduce((sum, article) => sum + article.paragraphs.length, 0);
    return { passages, articles: corpus.length, indexMiB, cold, warm, oneFileChanged, edits };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Runs one step in this process (the forked child) and returns its measure. */
export async function runLifecycleStep(step: LifecycleStep): Promise<StartMeasure | EditsMeasure> {
  return step.kind === 'start' ? measureStart(step) : measureEdits(step);
}

async function measureStart(step: LifecycleStep & { kind: 'start' }): Promise<StartMeasure> {
  const indexDir = indexDirFor(step.dataDir, step.knowledgeDir);
  const opened = now();
  const service = await KnowledgeService.open(step.knowledgeDir, silentLogger, { indexDir, saveDelayMs: 60_000 });
  const openMs = now() - opened;
  const [first = 'What happened?', ...rest] = step.questions;
  const answered = now();
  answerQuestion(service.current.index, first);
  const readyMs = now();
  const firstAnswerMs = readyMs - answered;
  const latencies = rest.map((question) => {
    const begin = now();
    answerQuestion(service.current.index, question);
    return now() - begin;
  });
  const memory = memoryNow();
  const passages = service.current.index.passageCount;
  const closing = now();
  await service.close();
  return {
    openMs,
    readyMs,
    firstAnswerMs,
    answerP50Ms: median(latencies),
    saveMs: now() - closing,
    rssMiB: toMiB(memory.rss),
    heapMiB: toMiB(memory.heapUsed),
    passages,
  };
}

/**
 * Cycles through add (a new article), edit (that article), edit (an existing article) and remove
 * (the new article), through `Curation` as a moderator's command does, so the knowledge keeps its
 * size and memory should stay flat.
 */
async function measureEdits(step: LifecycleStep & { kind: 'edits' }): Promise<EditsMeasure> {
  const indexDir = indexDirFor(step.dataDir, step.knowledgeDir);
  const service = await KnowledgeService.open(step.knowledgeDir, silentLogger, { indexDir, saveDelayMs: 60_000 });
  const curation = new Curation({
    store: new KnowledgeStore({ knowledgeDir: step.knowledgeDir, dataDir: step.dataDir }),
    knowledge: service,
    unanswered: new UnansweredLog(step.dataDir),
    logger: silentLogger,
  });
  const existing = [...service.current.index.articles.values()];
  // A question the knowledge answers before the changes (the generated ones include declines).
  const probe = step.questions.find((question) => answerQuestion(service.current.index, question).kind === 'answered');
  const fresh = generateCorpus({ passages: Math.max(20, Math.ceil(step.edits / 4) * 5), seed: step.seed });
  const times: Record<'add' | 'edit' | 'remove', number[]> = { add: [], edit: [], remove: [] };
  const memory: EditsMeasure['memory'][number][] = [];
  const sample = (edits: number): void => {
    const { heapUsed, rss } = memoryNow();
    memory.push({ edits, heapMiB: toMiB(heapUsed), rssMiB: toMiB(rss) });
  };
  const checkpoint = Math.max(1, Math.floor(step.edits / 4));
  let refused = 0;
  let done = 0;
  const timeChange = async (kind: 'add' | 'edit' | 'remove', change: () => Promise<{ kind: string }>): Promise<void> => {
    const begin = now();
    const outcome = await change();
    times[kind].push(now() - begin);
    if (outcome.kind !== 'done') refused++;
    done++;
    if (done % checkpoint === 0) sample(done);
    // Let background compaction and saves run between changes, as they would between commands.
    await new Promise((resolve) => setImmediate(resolve));
  };

  sample(0);
  for (let cycle = 0; done < step.edits; cycle++) {
    const article = fresh[cycle % fresh.length];
    const old = existing[cycle % Math.max(1, existing.length)];
    if (article === undefined || old === undefined) break;
    let id = '';
    await timeChange('add', async () => {
      const outcome = await curation.add(inputOf({ ...article, title: `${article.title} (${cycle})` }), ACTOR);
      if (outcome.kind === 'done') id = outcome.article?.id ?? '';
      return outcome;
    });
    if (done >= step.edits) break;
    await timeChange('edit', () => curation.edit(id, inputOf({ ...article, title: `${article.title} (${cycle}, edited)`, paragraphs: [...article.paragraphs].reverse() }), ACTOR));
    if (done >= step.edits) break;
    const current = service.current.index.articles.get(old.id) ?? old;
    await timeChange('edit', () => curation.edit(old.id, inputOf({ ...current, paragraphs: [...current.paragraphs].reverse() }), ACTOR));
    if (done >= step.edits) break;
    await timeChange('remove', () => curation.remove(id, ACTOR));
  }
  const answeredAfter = probe !== undefined && answerQuestion(service.current.index, probe).kind === 'answered';
  const compactions = service.current.index.compactions;
  await service.close();
  return { add: latency(times.add), edit: latency(times.edit), remove: latency(times.remove), memory, answeredAfter, refused, compactions };
}

function inputOf(article: Pick<Article, 'title' | 'source' | 'published' | 'url' | 'paragraphs'>): ArticleInput {
  return { title: article.title, source: article.source, published: article.published, url: article.url, text: article.paragraphs.join('\n\n') };
}

function latency(values: readonly number[]): EditLatency {
  return { count: values.length, p50Ms: percentile(values, 50), p99Ms: percentile(values, 99), maxMs: values.length === 0 ? Number.NaN : Math.max(...values) };
}

function expectStart(outcome: unknown, what: string): StartMeasure {
  if (typeof outcome === 'string') throw new Error(`${what} failed: ${outcome}`);
  return outcome as StartMeasure;
}

async function writeCorpus(folder: string, corpus: readonly Article[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const article of corpus) await writeFile(path.join(folder, `${article.id}.md`), formatArticle(article));
}

async function folderSize(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const ms = (value: number | undefined): string => (value === undefined ? '—' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);
