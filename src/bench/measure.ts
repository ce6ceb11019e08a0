/** Measurement helpers for the benchmark: timing, percentiles, medians and memory. */

/** Milliseconds since an arbitrary origin, sub-millisecond resolution. */
export const now = (): number => performance.now();

/** Runs `fn` and returns its result with the elapsed milliseconds. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = now();
  const value = fn();
  return { value, ms: now() - start };
}

/** Nearest-rank percentile (`p` in 0–100) of unsorted values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** Median of the values (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return Number.NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** True when the process runs with `--expose-gc` (heap figures are only reliable then). */
export function gcAvailable(): boolean {
  return typeof globalThis.gc === 'function';
}

/** Collects garbage a few times (weak references and finalisers need more than one pass). */
export function collectGarbage(): void {
  if (typeof globalThis.gc !== 'function') return;
  for (let i = 0; i < 3; i++) globalThis.gc();
}

export interface MemorySample {
  /** V8 heap in use, bytes. */
  readonly heapUsed: number;
  /** Resident set size of the whole process, bytes. */
  readonly rss: number;
}

/** Heap and RSS after a full collection (when `global.gc` is exposed). */
export function memoryNow(): MemorySample {
  collectGarbage();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

export const MIB = 1024 * 1024;

/** Bytes → MiB. */
export const toMiB = (bytes: number): number => bytes / MIB;

/** A number for a table: `—` for NaN, otherwise fixed decimals that keep ~3 significant digits. */
export function formatNumber(value: number | null | undefined, digits?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (digits !== undefined) return value.toFixed(digits);
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

/** "×3.2 faster" / "×1.4 slower" for `a` compared with `b` (both durations). */
export function speedRatio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a <= 0 || b <= 0) return 'n/a';
  return a <= b ? `×${formatNumber(b / a)} faster` : `×${formatNumber(a / b)} slower`;
}
