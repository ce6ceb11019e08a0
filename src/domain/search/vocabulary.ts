import SearchableMap from 'minisearch/SearchableMap';

/**
 * The knowledge's terms: a dense id for each (so sentences and postings store numbers), how many
 * live passages contain it (for IDF), and a radix tree of the terms in use for typo tolerance
 * (MiniSearch's `SearchableMap`, whose `fuzzyGet` finds terms within an edit distance).
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly frequencies: number[] = [];
  private fuzzy: SearchableMap<number> | undefined;

  /** Restores a vocabulary: terms in id order with their document frequencies. */
  static from(terms: readonly string[], frequencies: ArrayLike<number>): Vocabulary {
    const vocabulary = new Vocabulary();
    terms.forEach((term, id) => {
      vocabulary.ids.set(term, id);
      vocabulary.terms.push(term);
      vocabulary.frequencies.push(frequencies[id] ?? 0);
    });
    return vocabulary;
  }

  /** Number of term ids handed out (some may now have frequency 0). */
  get size(): number {
    return this.terms.length;
  }

  /** The id of a term, creating one when `create` is set; -1 for an unknown term otherwise. */
  idOf(term: string, create = false): number {
    const known = this.ids.get(term);
    if (known !== undefined || !create) return known ?? -1;
    const id = this.terms.length;
    this.ids.set(term, id);
    this.terms.push(term);
    this.frequencies.push(0);
    return id;
  }

  /** The term of an id (the one canonical string, shared by every sentence that has it). */
  term(id: number): string {
    return this.terms[id] ?? '';
  }

  /** How many live passages contain the term (0 when unknown). */
  documentFrequency(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : (this.frequencies[id] ?? 0);
  }

  /** Document frequency by id. */
  frequencyOf(id: number): number {
    return this.frequencies[id] ?? 0;
  }

  /** Changes a term's document frequency by `delta` (a passage with it was added or removed). */
  adjust(id: number, delta: number): void {
    const before = this.frequencies[id] ?? 0;
    const after = Math.max(0, before + delta);
    this.frequencies[id] = after;
    if (this.fuzzy === undefined) return;
    if (after === 0) this.fuzzy.delete(this.term(id));
    else this.fuzzy.set(this.term(id), after);
  }

  /** Terms in use within `maxDistance` edits of `term`, with their distance and frequency. */
  similar(term: string, maxDistance: number): { term: string; distance: number; frequency: number }[] {
    const matches: { term: string; distance: number; frequency: number }[] = [];
    for (const [known, [frequency, distance]] of this.fuzzyMap().fuzzyGet(term, maxDistance)) {
      matches.push({ term: known, distance, frequency });
    }
    return matches;
  }

  /** All frequencies, in id order (for storage). */
  frequencyArray(): Uint32Array {
    return Uint32Array.from(this.frequencies);
  }

  /** All terms, in id order (for storage). */
  termArray(): readonly string[] {
    return this.terms;
  }

  /** Builds the typo-tolerance tree now (it is otherwise built on first use). */
  warm(): void {
    this.fuzzyMap();
  }

  /** The radix tree of the terms in use, built once and then kept current by `adjust`. */
  private fuzzyMap(): SearchableMap<number> {
    if (this.fuzzy === undefined) {
      const map = new SearchableMap<number>();
      this.terms.forEach((term, id) => {
        const frequency = this.frequencies[id] ?? 0;
        if (frequency > 0) map.set(term, frequency);
      });
      this.fuzzy = map;
    }
    return this.fuzzy;
  }
}
