/** The benchmark's Markdown report: the table, the ratio lines, quality and notes. */
import type { CliComparison } from './cliCompare.js';
import type { EditLatency, LifecycleResult, StartMeasure } from './lifecycle.js';
import { ENGINE_LABELS, type EngineName } from './engines.js';
import { formatNumber, median, speedRatio } from './measure.js';
import type { JobResult } from './worker.js';

/** A job that did not produce a result (crashed, timed out, or skipped). */
export interface JobFailure {
  readonly engine: EngineName;
  readonly passages: number;
  readonly reason: string;
}

export interface BenchReport {
  readonly environment: {
    readonly node: string;
    readonly cpus: number;
    readonly cpuModel: string;
    readonly totalMemoryMiB: number;
    readonly gcExposed: boolean;
    readonly date: string;
  };
  readonly options: {
    readonly sizes: readonly number[];
    readonly engines: readonly EngineName[];
    readonly questions: number;
    readonly runs: number;
    readonly seed: number;
    readonly budgetS: number;
    readonly rebuildLimitS: number;
  };
  readonly results: readonly JobResult[];
  readonly failures: readonly JobFailure[];
  readonly cli: CliComparison | null;
  /** Start-up, edits and memory at one size (null when left out). */
  readonly lifecycle?: LifecycleResult | null;
  readonly totalS: number;
}

const size = (passages: number): string =>
  passages >= 1_000_000 && passages % 1_000_000 === 0
    ? `${passages / 1_000_000}M`
    : passages >= 1000 && passages % 1000 === 0
      ? `${passages / 1000}k`
      : String(passages);

const share = (part: number, whole: number): string => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)} %`);

export function formatReport(report: BenchReport): string {
  const { environment: env, options } = report;
  const lines: string[] = [];
  lines.push(
    `### Benchmark (${env.date}, Node ${env.node}, ${env.cpus}× ${env.cpuModel}, ${options.questions} questions, seed ${options.seed})`,
    '',
    'Synthetic wire-style corpus: ~5 paragraphs (passages) per article, 2–4 sentences per paragraph, Zipf vocabulary. Questions are paraphrased from random sentences (words dropped and reordered, ~10 % with a typo, ~10 % about names not in the corpus). ' +
      "Latency is one call: Parley's whole `answerQuestion` (retrieval, sentence ranking, attribution); the baselines' retrieval only (`search(question)`, top 20, over the same passages). " +
      `Figures are medians across runs; "runs" is builds/query passes. Heap is the V8 heap growth of the build${env.gcExposed ? ' (after GC)' : ' (no --expose-gc: approximate)'}; RSS is the whole process after the build (node + corpus + index).`,
    '',
    '| Passages | Engine | Build s | Heap MiB | RSS MiB | p50 ms | p99 ms | Runs | Top-1 ¶ |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const passages of options.sizes) {
    for (const engine of options.engines) {
      const result = find(report, engine, passages);
      const failure = report.failures.find((f) => f.engine === engine && f.passages === passages);
      if (result === undefined) {
        if (failure !== undefined) lines.push(`| ${size(passages)} | ${ENGINE_LABELS[engine]} | ${failure.reason} | | | | | | |`);
        continue;
      }
      const q = result.quality;
      lines.push(
        `| ${size(passages)} | ${ENGINE_LABELS[engine]} | ${formatNumber(result.buildS, 2)} | ${formatNumber(result.heapMiB, 0)} | ${formatNumber(result.rssMiB, 0)} | ` +
          `${formatNumber(result.p50Ms)} | ${formatNumber(result.p99Ms)} | ${result.builds}/${result.passes}${result.partial ? '*' : ''} | ${share(q.topPassage, q.answerable)} |`,
      );
    }
  }
  if (report.results.some((r) => r.partial)) lines.push('', '\\* a query pass ran out of its time budget; its percentiles cover the questions it reached.');

  const ratios: string[] = [];
  for (const passages of options.sizes) {
    const parley = find(report, 'parley', passages);
    if (parley === undefined) continue;
    const parts = options.engines
      .filter((engine) => engine !== 'parley')
      .flatMap((engine) => {
        const other = find(report, engine, passages);
        return other === undefined
          ? []
          : [`${speedRatio(parley.p50Ms, other.p50Ms)} than ${ENGINE_LABELS[engine]} (${formatNumber(other.p50Ms)} ms)`];
      });
    if (parts.length > 0) ratios.push(`- ${size(passages)}: Parley ${formatNumber(parley.p50Ms)} ms — ${parts.join('; ')}`);
  }
  if (ratios.length > 0) lines.push('', '**Parley p50 against the baselines (same questions, same passages):**', '', ...ratios);

  const growth: string[] = [];
  for (const engine of options.engines) {
    const steps: string[] = [];
    for (let i = 1; i < options.sizes.length; i++) {
      const from = options.sizes[i - 1] ?? 0;
      const to = options.sizes[i] ?? 0;
      const a = find(report, engine, from);
      const b = find(report, engine, to);
      if (a === undefined || b === undefined) continue;
      steps.push(
        `${size(from)}→${size(to)} (corpus ×${formatNumber(to / from)}): p50 ×${formatNumber(b.p50Ms / a.p50Ms)}, p99 ×${formatNumber(b.p99Ms / a.p99Ms)}, build ×${formatNumber(b.buildS / a.buildS)}`,
      );
    }
    if (steps.length > 0) growth.push(`- ${ENGINE_LABELS[engine]}: ${steps.join('; ')}`);
  }
  if (growth.length > 0) lines.push('', '**Cost growth (p50 latency and build time per step, against corpus growth):**', '', ...growth);

  const parleyResults = options.sizes.flatMap((passages) => find(report, 'parley', passages) ?? []);
  if (parleyResults.length > 0) {
    lines.push('', '**Parley on the synthetic questions (secondary):**', '');
    for (const result of parleyResults) {
      const q = result.quality;
      lines.push(
        `- ${size(result.passages)}: source sentence first ${share(q.topSentence ?? 0, q.answerable)}, source paragraph first ${share(q.topPassage, q.answerable)}, ` +
          `answered ${share(q.answered, q.answerable)} of ${q.answerable} answerable; declined ${q.unknownDeclined}/${q.unknownNames} questions about unknown names`,
      );
    }
  }

  if (report.cli !== null) {
    const { cli } = report;
    lines.push(
      '',
      `**CLI at ${size(cli.passages)} passages (${cli.articles} knowledge files; each a fresh process, spawn to exit):**`,
      '',
      `- \`ask --batch -\`, ${cli.parley.questions} questions, no saved index (builds and saves it): ${processLine(cli.parley)}`,
      `- the same again, from the saved index: ${processLine(cli.parleyWarm)}`,
      `- plain MiniSearch script (load, build, search), ${cli.plain.questions} questions: ${processLine(cli.plain)}`,
      `- Parley's ${cli.parley.questions} against the plain script's ${cli.plain.questions}: ${speedRatio(cli.parley.totalS, cli.plain.totalS)} while building its index, ${speedRatio(cli.parleyWarm.totalS, cli.plain.totalS)} from the saved index`,
    );
  }

  if (report.lifecycle != null) lines.push('', ...formatLifecycle(report.lifecycle));

  const notes = report.results.flatMap((r) => r.notes.map((note) => `${ENGINE_LABELS[r.engine]} at ${size(r.passages)}: ${note}`));
  const baselineRss = report.results.filter((r) => r.engine === 'parley').map((r) => `${size(r.passages)} ${formatNumber(r.baselineRssMiB, 0)} MiB`);
  if (baselineRss.length > 0) notes.push(`RSS before any index (node + generated corpus): ${baselineRss.join(', ')}`);
  for (const failure of report.failures) notes.push(`${ENGINE_LABELS[failure.engine]} at ${size(failure.passages)}: ${failure.reason}`);
  if (notes.length > 0) lines.push('', '**Notes:**', '', ...notes.map((note) => `- ${note}`));
  lines.push('', `Total bench time ${formatNumber(report.totalS, 0)} s.`);
  return `${lines.join('\n')}\n`;
}

/** The start-up, edit and memory table (medians across runs; each start a fresh process). */
function formatLifecycle(result: LifecycleResult): string[] {
  const med = (runs: readonly StartMeasure[], pick: (run: StartMeasure) => number): number => median(runs.map(pick));
  const seconds = (value: number): string => `${formatNumber(value / 1000, 2)} s`;
  const startRow = (what: string, runs: readonly StartMeasure[], target: string): string =>
    `| ${what} | ${seconds(med(runs, (r) => r.openMs))} | ${seconds(med(runs, (r) => r.readyMs))} | ${formatNumber(med(runs, (r) => r.firstAnswerMs))} ms | ${formatNumber(med(runs, (r) => r.rssMiB), 0)} MiB | ${runs.length} | ${target} |`;
  const lines = [
    `**Start-up, edits and memory at ${size(result.passages)} passages (${result.articles.toLocaleString('en-US')} knowledge files; each start a fresh process):**`,
    '',
    '| Start | Load or build index | Process start → first answer | First answer | RSS | Runs | Target |',
    '|---|---:|---:|---:|---:|---:|---|',
    startRow('no saved index (build)', result.cold, 'first start builds it'),
    startRow('from the saved index', result.warm, '≤ 2 s, ≤ 600 MiB'),
    startRow('saved index, one file changed while stopped', result.oneFileChanged, 'no rebuild'),
    '',
    `Saving the index after a build: ${seconds(median(result.cold.map((r) => r.saveMs)))}; saved index ${formatNumber(result.indexMiB, 0)} MiB. ` +
      `Answers after start-up: p50 ${formatNumber(median(result.warm.map((r) => r.answerP50Ms)))} ms.`,
  ];
  const edits = result.edits;
  if (edits === null) return lines;
  const row = (what: string, latency: EditLatency): string =>
    `| ${what} | ${latency.count} | ${formatNumber(latency.p50Ms)} ms | ${formatNumber(latency.p99Ms)} ms | ${formatNumber(latency.maxMs)} ms |`;
  const total = edits.add.count + edits.edit.count + edits.remove.count;
  lines.push(
    '',
    `**${total} moderator changes through curation (validate, atomic write, history, live in the index; target ≤ 50 ms, never a rebuild):**`,
    '',
    '| Change | Count | p50 | p99 | Max |',
    '|---|---:|---:|---:|---:|',
    row('add an article', edits.add),
    row('edit an article', edits.edit),
    row('remove an article', edits.remove),
    '',
    `Memory after a full GC, by changes applied: ${edits.memory.map((m) => `${m.edits}: heap ${formatNumber(m.heapMiB, 0)} MiB, RSS ${formatNumber(m.rssMiB, 0)} MiB`).join('; ')}. ` +
      `${edits.refused === 0 ? 'No change was refused' : `${edits.refused} changes were refused`}; ${edits.answeredAfter ? 'questions were still answered afterwards' : 'the question asked afterwards was NOT answered'}; ` +
      `${edits.compactions} compaction${edits.compactions === 1 ? '' : 's'} of the delta ran meanwhile.`,
  );
  return lines;
}

function processLine(timing: CliComparison['parley']): string {
  const status = timing.timedOut ? ' (timed out)' : timing.exitCode !== 0 ? ` (exit ${String(timing.exitCode)})` : '';
  return `${formatNumber(timing.totalS, 1)} s total, first answer after ${formatNumber(timing.firstAnswerS, 1)} s, ${timing.answers} answer lines${status}`;
}

function find(report: BenchReport, engine: EngineName, passages: number): JobResult | undefined {
  return report.results.find((r) => r.engine === engine && r.passages === passages);
}
