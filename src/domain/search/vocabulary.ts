import SearchableMap from 'minisearch/SearchableMap';

const WRITTEN_LOWERCASE = 1;
const WRITTEN_CAPITALISED = 2;

/**
 * The knowledge's terms: a dense id for each (so sentences and postings store numbers), how many
 * live passages contain it (for IDF), and the words they were written as, in a radix tree for typo
 * tolerance (MiniSearch's `SearchableMap`, whose `fuzzyGet` finds words within an edit distance).
 * Typos are matched on words, not terms: "delegaton" is one edit from "delegation", but its stem is
 * far from "deleg".
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly frequencies: number[] = [];
  /** Folded words as written in the knowledge → the id of their term (typos are corrected on words). */
  private readonly surfaces = new Map<string, number>();
  /** Folded words → how the knowledge writes them inside sentences: `WRITTEN_LOWERCASE | WRITTEN_CAPITALISED` bits. */
  private readonly cases = new Map<string, number>();
  private fuzzy: SearchableMap<number> | undefined;

  /** Restores a vocabulary: terms in id order with their document frequencies, and the words seen. */
  static from(
    terms: readonly string[],
    frequencies: ArrayLike<number>,
    surfaces: readonly string[] = [],
    surfaceTerms: ArrayLike<number> = [],
    surfaceCases: ArrayLike<number> = [],
  ): Vocabulary {
    const vocabulary = new Vocabulary();
    terms.forEach((term, id) => {
      vocabulary.ids.set(term, id);
      vocabulary.terms.push(term);
      vocabulary.frequencies.push(frequencies[id] ?? 0);
    });
    surfaces.forEach((surface, i) => {
      vocabulary.surfaces.set(surface, surfaceTerms[i] ?? 0);
      const cases = surfaceCases[i] ?? 0;
      if (cases !== 0) vocabulary.cases.set(surface, cases);
    });
    return vocabulary;
  }

  /** Notes how a word was written inside a sentence (not opening it, where anything is capitalised). */
  noteCase(surface: string, capitalised: boolean): void {
    this.cases.set(surface, (this.cases.get(surface) ?? 0) | (capitalised ? WRITTEN_CAPITALISED : WRITTEN_LOWERCASE));
  }

  /**
   * Whether the knowledge writes a folded word only with a capital inside its sentences ("istanbul",
   * "vienna"): a name, even when a question types it in lowercase. Words of removed articles still
   * count, as their spellings do for typos.
   */
  isOnlyCapitalised(surface: string): boolean {
    return this.cases.get(surface) === WRITTEN_CAPITALISED;
  }

  /** Notes that the folded word `surface` was written in the knowledge for term `id`. */
  noteSurface(surface: string, id: number): void {
    if (this.surfaces.has(surface)) return;
    this.surfaces.set(surface, id);
    this.fuzzy?.set(surface, id);
  }

  /** The words seen and their term ids, in insertion order (for storage). */
  surfaceArrays(): { surfaces: string[]; surfaceTerms: Uint32Array; surfaceCases: Uint8Array } {
    const surfaces = [...this.surfaces.keys()];
    return { surfaces, surfaceTerms: Uint32Array.from(this.surfaces.values()), surfaceCases: Uint8Array.from(surfaces, (surface) => this.cases.get(surface) ?? 0) };
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
    this.frequencies[id] = Math.max(0, (this.frequencies[id] ?? 0) + delta);
  }

  /**
   * Words of the knowledge within `maxDistance` edits of `word` (Levenshtein, as MiniSearch's
   * `fuzzyGet` measures), with the term they stand for; only terms still in use.
   */
  similarWords(word: string, maxDistance: number): { word: string; term: string; frequency: number }[] {
    const matches: { word: string; term: string; frequency: number }[] = [];
    for (const [known, [id]] of this.fuzzyMap().fuzzyGet(word, maxDistance)) {
      const frequency = this.frequencies[id] ?? 0;
      if (frequency > 0) matches.push({ word: known, term: this.term(id), frequency });
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

  /** The radix tree of the words seen (→ term id), built once and then kept current by `noteSurface`. */
  private fuzzyMap(): SearchableMap<number> {
    if (this.fuzzy === undefined) {
      const map = new SearchableMap<number>();
      for (const [surface, id] of this.surfaces) map.set(surface, id);
      this.fuzzy = map;
    }
    return this.fuzzy;
  }
}
