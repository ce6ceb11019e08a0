/**
 * A compact, immutable inverted index of passages with precomputed BM25 impacts, for fast top-k
 * retrieval at any size. Each term's postings are sorted by impact, highest first, so a query reads
 * only the best `postingBudget` postings of each term: the passages that can reach the top are
 * found without walking the long posting lists of common words. Typed arrays keep it small, and it
 * serialises to a few buffers that load in milliseconds.
 *
 * Measured at 100k passages (see README, "Performance"): MiniSearch's own search spent ~95 % of an
 * answer's time (p50 96 ms, p99 785 ms) building result maps for every posting of every term.
 */

/** BM25 term-frequency saturation. */
export const BM25_K1 = 1.2;
/** BM25 length normalisation. */
export const BM25_B = 0.75;

/** What the index needs to know about one passage. */
export interface PassageTerms {
  /** The passage key (an integer, stable for the life of the index that contains it). */
  readonly key: number;
  /** Term id → weighted frequency (headline words count at their field boost). */
  readonly frequencies: ReadonlyMap<number, number>;
  /** Number of terms in the passage text (for length normalisation). */
  readonly length: number;
}

/** A passage found for a query, with its BM25 score. */
export interface ImpactHit {
  readonly key: number;
  readonly score: number;
}

/** The arrays of an index, as stored on disk. */
export interface ImpactIndexData {
  readonly termCount: number;
  /** Start of each term's postings; `termCount + 1` entries. */
  readonly offsets: Uint32Array;
  /** Passage keys, each term's run sorted by impact (descending). */
  readonly keys: Uint32Array;
  /** BM25 impact of the term in that passage. */
  readonly impacts: Float32Array;
}

export class ImpactIndex {
  /** Score accumulator by passage key, reused across queries (zeroed after each). */
  private accumulator: Float64Array = new Float64Array(0);

  private constructor(private readonly data: ImpactIndexData) {}

  /**
   * Builds the index. `documentFrequency(termId)` and `passageCount` give the IDF statistics (the
   * whole knowledge's, so base and delta agree); `averageLength` the BM25 length norm.
   */
  static build(passages: Iterable<PassageTerms>, termCount: number, stats: BuildStatistics): ImpactIndex {
    const steps = buildSteps(passages, termCount, stats);
    for (;;) {
      const step = steps.next();
      if (step.done === true) return step.value;
    }
  }

  /**
   * Builds the index as {@link ImpactIndex.build} does, awaiting `pause()` after every few
   * thousand postings so that the event loop keeps serving (questions are answered from the old
   * index meanwhile). At 100k passages a build takes ~0.5 s in all, in steps of a few milliseconds.
   */
  static async buildInSteps(passages: Iterable<PassageTerms>, termCount: number, stats: BuildStatistics, pause: () => Promise<void>): Promise<ImpactIndex> {
    const steps = buildSteps(passages, termCount, stats);
    for (;;) {
      const step = steps.next();
      if (step.done === true) return step.value;
      await pause();
    }
  }

  /** Restores an index from its arrays (see {@link ImpactIndex.data}). */
  static fromData(data: ImpactIndexData): ImpactIndex {
    return new ImpactIndex(data);
  }

  /** The arrays, for storage. */
  get arrays(): ImpactIndexData {
    return this.data;
  }

  /** Number of terms the index was built with. */
  get termCount(): number {
    return this.data.termCount;
  }

  /** Number of passages containing the term (as indexed). */
  postingCount(termId: number): number {
    if (termId >= this.data.termCount) return 0;
    return (this.data.offsets[termId + 1] ?? 0) - (this.data.offsets[termId] ?? 0);
  }

  /**
   * The `limit` best passages for weighted query terms: each term contributes its impact times its
   * weight. Only the first `postingBudget` postings of each term are read; `isLive(key)` filters out
   * passages removed since the index was built.
   */
  topK(terms: readonly { termId: number; weight: number }[], limit: number, postingBudget: number, isLive: (key: number) => boolean): ImpactHit[] {
    const { offsets, keys, impacts } = this.data;
    const touched: number[] = [];
    let scores: Float64Array = this.accumulator;
    for (const { termId, weight } of terms) {
      if (termId >= this.data.termCount || weight <= 0) continue;
      const start = offsets[termId] ?? 0;
      const end = Math.min(offsets[termId + 1] ?? 0, start + postingBudget);
      for (let at = start; at < end; at++) {
        const key = keys[at] ?? 0;
        if (key >= scores.length) scores = this.growAccumulator(key + 1);
        if (scores[key] === 0) touched.push(key);
        scores[key] = (scores[key] ?? 0) + weight * (impacts[at] ?? 0);
      }
    }
    const best = new TopHits(limit);
    for (const key of touched) {
      const score = scores[key] ?? 0;
      scores[key] = 0;
      if (isLive(key)) best.offer(key, score);
    }
    return best.sorted();
  }

  private growAccumulator(size: number): Float64Array {
    const grown = new Float64Array(Math.max(size, this.accumulator.length * 2, 1024));
    grown.set(this.accumulator);
    this.accumulator = grown;
    return grown;
  }
}

/** BM25's IDF: always positive, largest for rare terms. */
export function bm25Idf(passageCount: number, documentFrequency: number): number {
  return Math.log(1 + (passageCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** Keeps the `limit` best hits seen (a min-heap on score), without sorting everything offered. */
export class TopHits {
  private readonly heap: ImpactHit[] = [];

  constructor(private readonly limit: number) {}

  offer(key: number, score: number): void {
    if (this.limit <= 0) return;
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push({ key, score });
      this.up(heap.length - 1);
    } else if (worse(heap[0] as ImpactHit, key, score)) {
      heap[0] = { key, score };
      this.down(0);
    }
  }

  /** Best first; ties: lower key first. */
  sorted(): ImpactHit[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.key - b.key);
  }

  private up(at: number): void {
    const heap = this.heap;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const child = heap[at] as ImpactHit;
      if (!worse(child, (heap[parent] as ImpactHit).key, (heap[parent] as ImpactHit).score)) break;
      heap[at] = heap[parent] as ImpactHit;
      heap[parent] = child;
      at = parent;
    }
  }

  private down(at: number): void {
    const heap = this.heap;
    for (;;) {
      let smallest = at;
      for (const child of [2 * at + 1, 2 * at + 2]) {
        const candidate = heap[child];
        if (candidate !== undefined && worse(candidate, (heap[smallest] as ImpactHit).key, (heap[smallest] as ImpactHit).score)) smallest = child;
      }
      if (smallest === at) return;
      const swap = heap[at] as ImpactHit;
      heap[at] = heap[smallest] as ImpactHit;
      heap[smallest] = swap;
      at = smallest;
    }
  }
}

/** The statistics a build scores with. */
export interface BuildStatistics {
  readonly passageCount: number;
  readonly averageLength: number;
  readonly documentFrequency: (termId: number) => number;
}

/** Postings (or sorted postings) handled between two pauses of a stepped build. */
const POSTINGS_PER_STEP = 4_000;

/**
 * The build, as a generator that yields between steps of about {@link POSTINGS_PER_STEP} postings
 * and returns the index: count each term's postings, place them with their impacts, then sort each
 * term's run by impact, highest first.
 */
function* buildSteps(passages: Iterable<PassageTerms>, termCount: number, stats: BuildStatistics): Generator<void, ImpactIndex> {
  let work = 0;
  const counts = new Uint32Array(termCount + 1);
  const list: PassageTerms[] = [];
  for (const passage of passages) {
    list.push(passage);
    for (const termId of passage.frequencies.keys()) counts[termId + 1] = (counts[termId + 1] ?? 0) + 1;
    work += passage.frequencies.size;
    if (work >= POSTINGS_PER_STEP) {
      work = 0;
      yield;
    }
  }
  const offsets = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t] ?? 0) + (counts[t + 1] ?? 0);
  const total = offsets[termCount] ?? 0;
  const keys = new Uint32Array(total);
  const impacts = new Float32Array(total);
  const fill = offsets.slice(0, termCount);
  const idf = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) idf[t] = bm25Idf(stats.passageCount, stats.documentFrequency(t));
  for (const passage of list) {
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * passage.length) / Math.max(1, stats.averageLength));
    for (const [termId, frequency] of passage.frequencies) {
      const at = fill[termId] ?? 0;
      fill[termId] = at + 1;
      keys[at] = passage.key;
      impacts[at] = (idf[termId] ?? 0) * ((frequency * (BM25_K1 + 1)) / (frequency + norm));
    }
    work += passage.frequencies.size;
    if (work >= POSTINGS_PER_STEP) {
      work = 0;
      yield;
    }
  }
  for (let t = 0; t < termCount; t++) {
    const from = offsets[t] ?? 0;
    const to = offsets[t + 1] ?? 0;
    sortRun(keys, impacts, from, to);
    work += to - from;
    if (work >= POSTINGS_PER_STEP) {
      work = 0;
      yield;
    }
  }
  return ImpactIndex.fromData({ termCount, offsets, keys, impacts });
}

/** Whether hit `a` ranks below (`key`, `score`): lower score, or equal score and higher key. */
function worse(a: ImpactHit, key: number, score: number): boolean {
  return a.score < score || (a.score === score && a.key > key);
}

function sortRun(keys: Uint32Array, impacts: Float32Array, start: number, end: number): void {
  if (end - start < 2) return;
  const order = Array.from({ length: end - start }, (_, i) => start + i);
  order.sort((a, b) => (impacts[b] ?? 0) - (impacts[a] ?? 0) || (keys[a] ?? 0) - (keys[b] ?? 0));
  const sortedKeys = order.map((i) => keys[i] ?? 0);
  const sortedImpacts = order.map((i) => impacts[i] ?? 0);
  keys.set(sortedKeys, start);
  impacts.set(sortedImpacts, start);
}
