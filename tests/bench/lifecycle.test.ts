// The lifecycle measure on a tiny corpus, its steps run in this process instead of forked ones:
// what is checked is that each step does what its row in the report claims (a build, a load from
// the saved index, a scan that applies the one changed file, edits that all go through).
import { describe, expect, it } from 'vitest';
import { runLifecycle, runLifecycleStep, type LifecycleStep, type StartMeasure } from '../../src/bench/lifecycle.js';
import { formatReport, type BenchReport } from '../../src/bench/report.js';

const steps: LifecycleStep['kind'][] = [];
const result = await runLifecycle(
  { passages: 120, seed: 3, runs: 1, edits: 800 },
  (step) => {
    steps.push(step.kind);
    return runLifecycleStep(step);
  },
  () => undefined,
);

describe('runLifecycle', () => {
  it('starts three ways, then edits, each step once per run', () => {
    expect(steps).toEqual(['start', 'start', 'start', 'edits']);
    expect(result.passages).toBe(120);
  });

  it('saves an index on the first start that the next starts load', () => {
    const [cold] = result.cold as [StartMeasure];
    const [warm] = result.warm as [StartMeasure];
    const [changed] = result.oneFileChanged as [StartMeasure];
    expect(result.indexMiB).toBeGreaterThan(0);
    expect(cold.passages).toBe(120);
    expect(warm.passages).toBe(120);
    // The changed file gained a paragraph while "the bot was stopped": the start picked it up.
    expect(changed.passages).toBe(121);
  });

  it('applies every edit (add, edit twice, remove per cycle) and samples memory each quarter', () => {
    const edits = result.edits;
    expect(edits).not.toBeNull();
    expect([edits?.add.count, edits?.edit.count, edits?.remove.count]).toEqual([200, 400, 200]);
    expect(edits?.refused).toBe(0);
    expect(edits?.answeredAfter).toBe(true);
    expect(edits?.memory.map((sample) => sample.edits)).toEqual([0, 200, 400, 600, 800]);
  });

  it('changes enough passages for the delta to be compacted meanwhile', () => {
    // 800 changes touch about 2,800 delta passages (added, then removed or replaced), past COMPACTION_MIN_DELTA.
    expect(result.edits?.compactions).toBeGreaterThanOrEqual(1);
  });

  it('is reported as the start-up and edit tables', () => {
    const report: BenchReport = {
      environment: { node: 'v20', cpus: 2, cpuModel: 'cpu', totalMemoryMiB: 1024, gcExposed: false, date: '2026-01-01' },
      options: { sizes: [], engines: [], questions: 0, runs: 1, seed: 3, budgetS: 1, rebuildLimitS: 1 },
      results: [],
      failures: [],
      cli: null,
      lifecycle: result,
      totalS: 1,
    };
    const text = formatReport(report);
    expect(text).toContain('| from the saved index |');
    expect(text).toMatch(/\| edit an article \| 400 \| [\d.]+ ms \|/u);
    expect(text).toMatch(/\d+ compactions? of the delta ran meanwhile/u);
  });
});
