import MiniSearch from 'minisearch';
import { REPORTING_VERBS, attributeSpeaker, type Speaker } from '../answer/speaker.js';
import type { Article } from '../knowledge/article.js';
import { splitSentences } from '../text/sentences.js';
import { termsOf, wordsOf } from '../text/terms.js';
import { ALIAS_WEIGHT, AliasTable, VARIANT_WEIGHT, type AliasGroups } from './aliases.js';
import { GENERAL_ALIASES, GENERAL_VARIANTS } from './generalAliases.js';
import { BM25_B, BM25_K1, ImpactIndex, bm25Idf, type BuildStatistics, type ImpactIndexData, type PassageTerms } from './impactIndex.js';
import type { Passage, Sentence } from './records.js';
import { Vocabulary } from './vocabulary.js';

/** A passage found for a query, with its BM25 score (higher is better, unbounded). */
export interface PassageHit {
  readonly passage: Passage;
  readonly score: number;
}

/** A search term with how much it counts (1 for the question's own words, less for aliases). */
export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
}

/**
 * Field boosts for passage retrieval. The headline counts less than the paragraph: it says what the
 * whole article is about, so it helps pick the article but should not outrank the paragraph that
 * actually holds the words.
 */
export const PASSAGE_FIELD_BOOST = { text: 1, title: 0.5 } as const;


/**
 * Postings read per query term from the base index (the best by impact). Large enough to be exact
 * for small knowledge bases and for rare words at any size; it bounds the work for common words.
 */
export const POSTING_BUDGET = 3000;

/**
 * The delta (passages added since the base index was built) is folded into a new base once it
 * holds this many passages, or this share of all passages, whichever is larger; passages added to
 * it and removed since count too (see {@link KnowledgeIndex.compactionDue}).
 */
export const COMPACTION_MIN_DELTA = 2000;
export const COMPACTION_DELTA_SHARE = 0.05;

/** Articles whose term sets stay cached (enough for every candidate of many questions, bounded at any size). */
const ARTICLE_CACHE_SIZE = 2000;

/** A map that forgets its oldest entries beyond a size. */
class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
  }

  delete(key: K): void {
    this.entries.delete(key);
  }
}

/** Terms of reporting verbs (said, noted, told...): sentences without one have no speaker to resolve. */
const REPORTING_TERMS: ReadonlySet<string> = new Set(termsOf([...REPORTING_VERBS].join(' ')));

/** What the delta MiniSearch indexes for each passage. */
interface DeltaDocument {
  readonly key: number;
  readonly text: string;
  readonly title: string;
}

/** The index as plain data, for storage (see `persistedIndex.ts`). */
export interface IndexData {
  /** Articles in passage order (holes of removed articles are not stored). */
  readonly articles: readonly Article[];
  readonly terms: readonly string[];
  readonly documentFrequencies: Uint32Array;
  /** Folded words as written, and the term id of each (for typo tolerance). */
  readonly surfaces: readonly string[];
  readonly surfaceTerms: Uint32Array;
  /** Per surface: how the knowledge writes it inside sentences (see `Vocabulary.isOnlyCapitalised`). */
  readonly surfaceCases: Uint8Array;
  /** Per passage, in order: how many sentences. */
  readonly sentenceCounts: Uint16Array;
  /** Per sentence: start and end offsets in its paragraph. */
  readonly sentenceSpans: Uint32Array;
  /** Per sentence: where its term ids start in `sentenceTerms` (one more entry than sentences). */
  readonly sentenceTermOffsets: Uint32Array;
  readonly sentenceTerms: Uint32Array;
  readonly base: ImpactIndexData;
}

/**
 * The searchable knowledge: articles, their passages (paragraphs) and sentences, term statistics,
 * and a passage index for the first stage of answering. Built once, then kept current article by
 * article: an added, edited or removed article changes only its own passages (milliseconds, even at
 * 100k passages). Retrieval combines a compact base index (`ImpactIndex`) with a MiniSearch delta
 * of the passages added since, which {@link KnowledgeIndex.compact} folds into a new base.
 *
 * Mutations are synchronous and complete, so a question (also synchronous) always sees a whole
 * state: the one before a change or the one after.
 */
export class KnowledgeIndex {
  aliases: AliasTable;
  private readonly articleMap = new Map<string, Article>();
  /** Each article's passages are contiguous keys: the first and how many. */
  private readonly articleSpans = new Map<string, { first: number; count: number }>();
  /** By key; removed passages leave a hole (keys are never reused). */
  private readonly passageList: (Passage | undefined)[] = [];
  private readonly sentenceList: (Sentence | undefined)[] = [];
  private readonly vocabulary: Vocabulary;
  private livePassages = 0;
  private liveLength = 0;
  private liveSentences = 0;
  private liveSentenceLength = 0;
  private base: ImpactIndex;
  /** Passages not in the base: added (or re-added) since it was built. */
  private readonly deltaKeys = new Set<number>();
  private delta = newDelta();
  private compacting = false;
  private compactionsDone = 0;
  private readonly speakers = new Map<number, Speaker | null>();
  private readonly titleTerms = new BoundedCache<string, ReadonlySet<string>>(ARTICLE_CACHE_SIZE);
  private readonly articleTerms = new BoundedCache<string, ReadonlySet<string>>(ARTICLE_CACHE_SIZE);
  private readonly leadTerms = new BoundedCache<string, ReadonlySet<string>>(ARTICLE_CACHE_SIZE);
  /** By outlet name: its terms depend on nothing else, so no article change invalidates them. */
  private readonly sourceTerms = new BoundedCache<string, readonly string[]>(ARTICLE_CACHE_SIZE);
  /** Outlets of the live articles → how many articles each published. */
  private readonly outletCounts = new Map<string, number>();
  /** Terms of the months the live articles were published in ("juli") → how many articles each. */
  private readonly monthCounts = new Map<string, number>();

  /**
   * @param articles the knowledge, in the order it should break ties
   * @param aliasGroups curated aliases (`knowledge/aliases.yaml`), added to the general ones
   */
  constructor(articles: readonly Article[], aliasGroups: AliasGroups = [], data?: IndexData) {
    this.aliases = aliasTable(aliasGroups);
    if (data === undefined) {
      this.vocabulary = new Vocabulary();
      for (const article of articles) this.insertArticle(article, false);
      this.base = this.buildBase([...this.liveKeys()]);
    } else {
      this.vocabulary = Vocabulary.from(data.terms, data.documentFrequencies, data.surfaces, data.surfaceTerms, data.surfaceCases);
      this.restore(data);
      this.base = ImpactIndex.fromData(data.base);
    }
    // Built now rather than on the first misspelt question, which would otherwise pay for it.
    this.vocabulary.warm();
  }

  /** Restores an index saved with {@link KnowledgeIndex.toData} (no text is analysed again). */
  static fromData(data: IndexData, aliasGroups: AliasGroups = []): KnowledgeIndex {
    return new KnowledgeIndex([], aliasGroups, data);
  }

  /** Articles by id, in knowledge order. */
  get articles(): ReadonlyMap<string, Article> {
    return this.articleMap;
  }

  /** Number of (live) passages. */
  get passageCount(): number {
    return this.livePassages;
  }

  /** How many compactions this index has completed (for measures and logs). */
  get compactions(): number {
    return this.compactionsDone;
  }

  /** Passages waiting in the delta, and whether it is time to fold them into a new base. */
  get compactionDue(): boolean {
    if (this.compacting) return false;
    const threshold = Math.max(COMPACTION_MIN_DELTA, COMPACTION_DELTA_SHARE * this.livePassages);
    // Removed delta passages stay in MiniSearch as tombstones (its vacuum is off, see `newDelta`):
    // they count too, or add-then-remove cycles would pile them up without ever compacting.
    return this.deltaKeys.size + this.delta.dirtCount > threshold;
  }

  /** Replaces the curated aliases. */
  setAliases(aliasGroups: AliasGroups): void {
    this.aliases = aliasTable(aliasGroups);
  }

  /** Adds an article, or replaces the one with the same id. */
  upsertArticle(article: Article): void {
    if (this.articleMap.has(article.id)) this.removeArticle(article.id);
    this.insertArticle(article, true);
  }

  /** Removes an article (no-op when absent). */
  removeArticle(id: string): void {
    const span = this.articleSpans.get(id);
    if (span === undefined) return;
    for (let key = span.first; key < span.first + span.count; key++) this.removePassage(key);
    const article = this.articleMap.get(id);
    if (article !== undefined) this.countArticle(article, -1);
    this.articleMap.delete(id);
    this.articleSpans.delete(id);
    this.titleTerms.delete(id);
    this.articleTerms.delete(id);
    this.leadTerms.delete(id);
  }

  /** How many passages contain `term` (0 when the knowledge never uses it). */
  documentFrequencyOf(term: string): number {
    return this.vocabulary.documentFrequency(term);
  }

  /**
   * Inverse document frequency of a term, BM25's form: about `ln(N / df)`, always positive, and
   * largest (`ln(2N + 2)`) for a term no passage contains.
   */
  idf(term: string): number {
    return this.idfOfFrequency(this.documentFrequencyOf(term));
  }

  /** The IDF a term found in `df` passages has in this index. */
  idfOfFrequency(df: number): number {
    return bm25Idf(this.livePassages, df);
  }

  /**
   * Terms whose words in the knowledge are within `maxDistance` edits of `word` (a folded word as
   * typed), for typo tolerance. Edits are counted with transpositions as one ("Russain" is one
   * edit from "Russian"), closest first, then the most frequent. Only worth calling for a word the
   * knowledge does not contain.
   */
  similarTerms(word: string, maxDistance: number): { term: string; distance: number }[] {
    const best = new Map<string, { distance: number; frequency: number }>();
    for (const match of this.vocabulary.similarWords(word, Math.min(maxDistance + 1, 3))) {
      const distance = editDistance(word, match.word);
      if (distance > maxDistance) continue;
      const known = best.get(match.term);
      if (known === undefined || distance < known.distance) best.set(match.term, { distance, frequency: match.frequency });
    }
    return [...best]
      .sort(([a, x], [b, y]) => x.distance - y.distance || y.frequency - x.frequency || a.localeCompare(b))
      .map(([term, { distance }]) => ({ term, distance }));
  }

  /**
   * Passages matching any of the terms, best first, by BM25 over paragraph and headline (each
   * term's contribution multiplied by its weight). Candidates come from the base index (the best
   * postings of each term) and the MiniSearch delta; all are scored with the current statistics.
   */
  searchPassages(terms: readonly WeightedTerm[], limit: number): PassageHit[] {
    const weights = new Map<string, number>();
    for (const { term, weight } of terms) {
      if (this.vocabulary.documentFrequency(term) > 0) weights.set(term, Math.max(weight, weights.get(term) ?? 0));
    }
    if (weights.size === 0) return [];
    const query = [...weights].map(([term, weight]) => ({ termId: this.vocabulary.idOf(term), weight }));
    const candidates = new Set<number>();
    const baseHits = this.base.topK(query, limit, POSTING_BUDGET, (key) => this.passageList[key] !== undefined && !this.deltaKeys.has(key));
    for (const hit of baseHits) candidates.add(hit.key);
    if (this.deltaKeys.size > 0) {
      const results = this.delta.search([...weights.keys()].join(' '), {
        tokenize: (text) => text.split(' '),
        processTerm: (term) => term,
        boost: PASSAGE_FIELD_BOOST,
        boostTerm: (term) => weights.get(term) ?? 1,
        prefix: false,
        fuzzy: false,
      });
      for (const result of results.slice(0, limit)) candidates.add(result.id as number);
    }
    const hits: PassageHit[] = [];
    for (const key of candidates) {
      const passage = this.passageList[key];
      if (passage !== undefined) hits.push({ passage, score: this.passageScore(passage, weights) });
    }
    return hits.sort((a, b) => b.score - a.score || a.passage.key - b.passage.key).slice(0, limit);
  }

  /**
   * Folds the delta into a new base index, yielding to the event loop between steps so questions
   * keep being answered meanwhile. Changes made during compaction stay in the delta.
   */
  async compact(yieldControl: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve))): Promise<void> {
    if (this.compacting) return;
    if (this.deltaKeys.size === 0) {
      // Nothing to fold in; only tombstones (if any) to drop.
      if (this.delta.dirtCount > 0) this.delta = newDelta();
      return;
    }
    this.compacting = true;
    try {
      const keys = [...this.liveKeys()];
      await yieldControl();
      const base = await ImpactIndex.buildInSteps(this.baseInput(keys), this.vocabulary.size, this.baseStatistics(), yieldControl);
      this.base = base;
      for (const key of keys) this.deltaKeys.delete(key);
      // A fresh delta holds what was added during the build: discarding from the old one would
      // leave its terms behind (and MiniSearch's own vacuum cannot run beside additions).
      const delta = newDelta();
      for (const key of this.deltaKeys) {
        const passage = this.passageList[key];
        if (passage !== undefined) delta.add({ key, text: passage.text, title: passage.article.title });
      }
      this.delta = delta;
      this.compactionsDone++;
    } finally {
      this.compacting = false;
    }
  }

  /** The passage a sentence belongs to. */
  passageOf(sentence: Sentence): Passage {
    const passage = this.passageList[sentence.passageKey];
    if (passage === undefined) throw new Error(`sentence ${sentence.key} has no live passage`);
    return passage;
  }

  /** The sentences of a passage, in order. */
  sentencesOf(passage: Passage): Sentence[] {
    return passage.sentenceKeys.map((key) => this.sentence(key));
  }

  /**
   * Who the sentence credits (see `attributeSpeaker`), resolving "Ms. Bruce" or "she" from the
   * article's earlier sentences. Cached per sentence.
   */
  speakerOf(sentence: Sentence): Speaker | null {
    const cached = this.speakers.get(sentence.key);
    if (cached !== undefined) return cached;
    const passage = this.passageOf(sentence);
    const span = this.articleSpans.get(passage.article.id);
    const earlier: string[] = [];
    for (let key = span?.first ?? passage.key; key <= passage.key; key++) {
      for (const sentenceKey of this.passageList[key]?.sentenceKeys ?? []) {
        if (sentenceKey >= sentence.key) break;
        earlier.push(this.sentence(sentenceKey).text);
      }
    }
    const speaker = attributeSpeaker(sentence.text, earlier);
    this.speakers.set(sentence.key, speaker);
    return speaker;
  }

  /**
   * Terms of the name a sentence's speaker was resolved to, when the sentence itself does not spell
   * it out ("Ms. Bruce also noted" carries "Tammy"). Only sentences with a reporting verb are looked at.
   */
  speakerTermsOf(sentence: Sentence): readonly string[] {
    if (!sentence.terms.some((term) => REPORTING_TERMS.has(term))) return [];
    const speaker = this.speakerOf(sentence);
    return speaker === null ? [] : termsOf(speaker.name);
  }

  /** Whether the knowledge writes a folded word only with a capital: a name, however a question types it. */
  isProperWord(folded: string): boolean {
    return this.vocabulary.isOnlyCapitalised(folded);
  }

  /** The terms of an article's headline (cached). */
  titleTermsOf(article: Article): ReadonlySet<string> {
    let terms = this.titleTerms.get(article.id);
    if (terms === undefined) {
      terms = new Set(termsOf(article.title));
      this.titleTerms.set(article.id, terms);
    }
    return terms;
  }

  /** The terms of the outlet that published an article ("Reuters", "Associated Press"; cached by outlet). */
  sourceTermsOf(article: Article): readonly string[] {
    let terms = this.sourceTerms.get(article.source);
    if (terms === undefined) {
      terms = termsOf(article.source);
      this.sourceTerms.set(article.source, terms);
    }
    return terms;
  }

  /** The outlets that published the knowledge's articles ("Reuters", "Associated Press"), in no set order. */
  outlets(): readonly string[] {
    return [...this.outletCounts.keys()];
  }

  /**
   * Whether some article was published in the month a term names ("july"): "the July round" asks
   * of that article, though its text only says "on Wednesday".
   */
  isPublicationMonth(term: string): boolean {
    return this.monthCounts.has(term);
  }

  /** Counts an article's outlet and publication month in (`delta` 1) or out (-1). */
  private countArticle(article: Article, delta: number): void {
    adjustCount(this.outletCounts, article.source, delta);
    const month = termsOf(publicationMonth(article.published))[0];
    if (month !== undefined) adjustCount(this.monthCounts, month, delta);
  }

  /** The terms of an article's headline and first paragraph: what its story is about (cached). */
  leadTermsOf(article: Article): ReadonlySet<string> {
    let terms = this.leadTerms.get(article.id);
    if (terms === undefined) {
      // The headline, the first paragraph and when it was published ("the June deal").
      const lead = new Set([...this.titleTermsOf(article), ...termsOf(publicationMonth(article.published))]);
      const first = this.articleSpans.get(article.id)?.first;
      for (const sentenceKey of first === undefined ? [] : (this.passageList[first]?.sentenceKeys ?? [])) for (const term of this.sentence(sentenceKey).terms) lead.add(term);
      terms = lead;
      this.leadTerms.set(article.id, terms);
    }
    return terms;
  }

  /** Every term of an article, headline included (cached). */
  articleTermsOf(article: Article): ReadonlySet<string> {
    let terms = this.articleTerms.get(article.id);
    if (terms === undefined) {
      const all = new Set(this.titleTermsOf(article));
      const span = this.articleSpans.get(article.id);
      for (let key = span?.first ?? 0; span !== undefined && key < span.first + span.count; key++) {
        for (const sentenceKey of this.passageList[key]?.sentenceKeys ?? []) for (const term of this.sentence(sentenceKey).terms) all.add(term);
      }
      terms = all;
      this.articleTerms.set(article.id, terms);
    }
    return terms;
  }

  /**
   * The passage and sentence a sentence id (`<article>#<paragraph>.<sentence>`) names, or null when
   * this index has no such sentence (the article changed or was removed).
   */
  findSentence(id: string): { passage: Passage; sentence: Sentence } | null {
    const match = /^([a-z0-9][a-z0-9-]{0,63})#(\d+)\.(\d+)$/u.exec(id);
    if (match === null) return null;
    const span = this.articleSpans.get(match[1] ?? '');
    const paragraph = Number(match[2]);
    if (span === undefined || paragraph < 1 || paragraph > span.count) return null;
    const passage = this.passageList[span.first + paragraph - 1];
    const key = passage?.sentenceKeys[Number(match[3]) - 1];
    return passage === undefined || key === undefined ? null : { passage, sentence: this.sentence(key) };
  }

  /** A sentence by key (throws on a removed one). */
  sentence(key: number): Sentence {
    const sentence = this.sentenceList[key];
    if (sentence === undefined) throw new Error(`no live sentence ${key} in this index`);
    return sentence;
  }

  /** Mean number of terms per sentence. */
  get averageSentenceLength(): number {
    return this.liveSentenceLength / Math.max(1, this.liveSentences);
  }

  /** The index as plain data, for storage (articles, vocabulary, sentence boundaries and terms, base). */
  toData(): IndexData {
    const sentenceCounts: number[] = [];
    const spans: number[] = [];
    const offsets: number[] = [0];
    const termIds: number[] = [];
    const articles: Article[] = [];
    // The base index refers to passage keys; storage renumbers passages densely, so rebuild it.
    const renumbered = new Map<number, number>();
    for (const article of this.articleMap.values()) {
      articles.push(article);
      const span = this.articleSpans.get(article.id);
      for (let key = span?.first ?? 0; span !== undefined && key < span.first + span.count; key++) {
        const passage = this.passageList[key];
        if (passage === undefined) continue;
        renumbered.set(key, renumbered.size);
        sentenceCounts.push(passage.sentenceKeys.length);
        for (const sentenceKey of passage.sentenceKeys) {
          const sentence = this.sentence(sentenceKey);
          spans.push(sentence.start, sentence.end);
          for (const term of sentence.terms) termIds.push(this.vocabulary.idOf(term));
          offsets.push(termIds.length);
        }
      }
    }
    // With an empty delta the base covers every live passage: renumber it in place (cheap);
    // otherwise build one over everything.
    const base = this.deltaKeys.size === 0 ? renumberBase(this.base.arrays, renumbered) : this.buildBase([...renumbered.keys()], (key) => renumbered.get(key) ?? key);
    return {
      articles,
      terms: this.vocabulary.termArray(),
      documentFrequencies: this.vocabulary.frequencyArray(),
      ...this.vocabulary.surfaceArrays(),
      sentenceCounts: Uint16Array.from(sentenceCounts),
      sentenceSpans: Uint32Array.from(spans),
      sentenceTermOffsets: Uint32Array.from(offsets),
      sentenceTerms: Uint32Array.from(termIds),
      base: base.arrays,
    };
  }

  private *liveKeys(): Generator<number> {
    for (let key = 0; key < this.passageList.length; key++) if (this.passageList[key] !== undefined) yield key;
  }

  /** Splits an article into passages and sentences, indexes their terms; `toDelta` for later additions. */
  private insertArticle(article: Article, toDelta: boolean): void {
    this.articleMap.set(article.id, article);
    this.countArticle(article, 1);
    this.articleSpans.set(article.id, { first: this.passageList.length, count: article.paragraphs.length });
    article.paragraphs.forEach((text, index) => {
      const key = this.passageList.length;
      const sentenceKeys: number[] = [];
      let length = 0;
      splitSentences(text).forEach((span, position) => {
        const terms = wordsOf(span.text).map(({ folded, term, capitalised, first }) => {
          const id = this.vocabulary.idOf(term, true);
          this.vocabulary.noteSurface(folded, id);
          if (!first) this.vocabulary.noteCase(folded, capitalised);
          return this.vocabulary.term(id);
        });
        length += terms.length;
        sentenceKeys.push(this.sentenceList.length);
        this.sentenceList.push({ key: this.sentenceList.length, passageKey: key, position, text: span.text, start: span.start, end: span.end, terms });
      });
      this.addPassage({ key, article, paragraph: index + 1, text, sentenceKeys, length });
      if (toDelta) {
        this.deltaKeys.add(key);
        this.delta.add({ key, text, title: article.title });
      }
    });
    // A headline's spelling of a term the body uses ("embassy" above "embassies") is a known word
    // too, so a typo of it ("embasy") is corrected rather than taken for an unknown name.
    for (const { folded, term } of wordsOf(article.title)) {
      const id = this.vocabulary.idOf(term);
      if (id >= 0) this.vocabulary.noteSurface(folded, id);
    }
  }

  private addPassage(passage: Passage): void {
    this.passageList.push(passage);
    this.livePassages++;
    this.liveLength += passage.length;
    for (const termId of this.uniqueTermIds(passage)) this.vocabulary.adjust(termId, 1);
    for (const key of passage.sentenceKeys) {
      this.liveSentences++;
      this.liveSentenceLength += this.sentence(key).terms.length;
    }
  }

  private removePassage(key: number): void {
    const passage = this.passageList[key];
    if (passage === undefined) return;
    for (const termId of this.uniqueTermIds(passage)) this.vocabulary.adjust(termId, -1);
    for (const sentenceKey of passage.sentenceKeys) {
      this.liveSentences--;
      this.liveSentenceLength -= this.sentence(sentenceKey).terms.length;
      this.sentenceList[sentenceKey] = undefined;
      this.speakers.delete(sentenceKey);
    }
    this.passageList[key] = undefined;
    this.livePassages--;
    this.liveLength -= passage.length;
    if (this.deltaKeys.delete(key) && this.delta.has(key)) this.delta.discard(key);
  }

  private uniqueTermIds(passage: Passage): Set<number> {
    const ids = new Set<number>();
    for (const key of passage.sentenceKeys) for (const term of this.sentence(key).terms) ids.add(this.vocabulary.idOf(term));
    return ids;
  }

  /** Term frequencies of a passage for indexing: text words count 1, headline words their boost. */
  private frequenciesOf(passage: Passage): Map<number, number> {
    const frequencies = new Map<number, number>();
    for (const key of passage.sentenceKeys) {
      for (const term of this.sentence(key).terms) {
        const id = this.vocabulary.idOf(term);
        frequencies.set(id, (frequencies.get(id) ?? 0) + PASSAGE_FIELD_BOOST.text);
      }
    }
    for (const term of this.titleTermsOf(passage.article)) {
      const id = this.vocabulary.idOf(term);
      if (id >= 0) frequencies.set(id, (frequencies.get(id) ?? 0) + PASSAGE_FIELD_BOOST.title);
    }
    return frequencies;
  }

  private buildBase(keys: readonly number[], renumber: (key: number) => number = (key) => key): ImpactIndex {
    return ImpactIndex.build(this.baseInput(keys, renumber), this.vocabulary.size, this.baseStatistics());
  }

  /** The passages of `keys` as the base index takes them (read lazily, so a passage removed meanwhile is left out). */
  private *baseInput(keys: readonly number[], renumber: (key: number) => number = (key) => key): Generator<PassageTerms> {
    for (const key of keys) {
      const passage = this.passageList[key];
      if (passage !== undefined) yield { key: renumber(key), frequencies: this.frequenciesOf(passage), length: passage.length };
    }
  }

  private baseStatistics(): BuildStatistics {
    return {
      passageCount: this.livePassages,
      averageLength: this.liveLength / Math.max(1, this.livePassages),
      documentFrequency: (termId) => this.vocabulary.frequencyOf(termId),
    };
  }

  /** BM25 of a passage for weighted terms, with the current statistics (consistent for base and delta). */
  private passageScore(passage: Passage, weights: ReadonlyMap<string, number>): number {
    const frequencies = new Map<string, number>();
    for (const key of passage.sentenceKeys) {
      for (const term of this.sentence(key).terms) if (weights.has(term)) frequencies.set(term, (frequencies.get(term) ?? 0) + PASSAGE_FIELD_BOOST.text);
    }
    for (const term of this.titleTermsOf(passage.article)) {
      if (weights.has(term)) frequencies.set(term, (frequencies.get(term) ?? 0) + PASSAGE_FIELD_BOOST.title);
    }
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * passage.length) / Math.max(1, this.liveLength / Math.max(1, this.livePassages)));
    let score = 0;
    for (const [term, frequency] of frequencies) {
      score += (weights.get(term) ?? 0) * this.idf(term) * ((frequency * (BM25_K1 + 1)) / (frequency + norm));
    }
    return score;
  }

  /** Rebuilds passages and sentences from stored data (sentence texts are slices of the paragraphs). */
  private restore(data: IndexData): void {
    let passageKey = 0;
    let sentenceKey = 0;
    for (const article of data.articles) {
      this.articleMap.set(article.id, article);
      this.countArticle(article, 1);
      this.articleSpans.set(article.id, { first: passageKey, count: article.paragraphs.length });
      article.paragraphs.forEach((text, index) => {
        const count = data.sentenceCounts[passageKey] ?? 0;
        const sentenceKeys: number[] = [];
        let length = 0;
        for (let position = 0; position < count; position++) {
          const start = data.sentenceSpans[2 * sentenceKey] ?? 0;
          const end = data.sentenceSpans[2 * sentenceKey + 1] ?? 0;
          const from = data.sentenceTermOffsets[sentenceKey] ?? 0;
          const to = data.sentenceTermOffsets[sentenceKey + 1] ?? from;
          const terms: string[] = new Array<string>(to - from);
          for (let at = from; at < to; at++) terms[at - from] = data.terms[data.sentenceTerms[at] ?? 0] ?? '';
          length += terms.length;
          this.sentenceList.push({ key: sentenceKey, passageKey, position, text: text.slice(start, end), start, end, terms });
          this.liveSentences++;
          this.liveSentenceLength += terms.length;
          sentenceKeys.push(sentenceKey++);
        }
        this.passageList.push({ key: passageKey, article, paragraph: index + 1, text, sentenceKeys, length });
        this.livePassages++;
        this.liveLength += length;
        passageKey++;
      });
    }
  }
}

/**
 * The base arrays with passage keys renumbered (dropping removed passages), keeping each term's
 * impact order: what a rebuild would give, without recounting or resorting anything.
 */
function renumberBase(data: ImpactIndexData, renumbered: ReadonlyMap<number, number>): ImpactIndex {
  const offsets = new Uint32Array(data.termCount + 1);
  const keys = new Uint32Array(data.keys.length);
  const impacts = new Float32Array(data.impacts.length);
  let out = 0;
  for (let term = 0; term < data.termCount; term++) {
    offsets[term] = out;
    for (let at = data.offsets[term] ?? 0; at < (data.offsets[term + 1] ?? 0); at++) {
      const key = renumbered.get(data.keys[at] ?? 0);
      if (key === undefined) continue;
      keys[out] = key;
      impacts[out] = data.impacts[at] ?? 0;
      out++;
    }
  }
  offsets[data.termCount] = out;
  return ImpactIndex.fromData({ termCount: data.termCount, offsets, keys: keys.slice(0, out), impacts: impacts.slice(0, out) });
}

/** Edit distance with adjacent transpositions counted as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d: number[] = new Array<number>(rows * columns).fill(0);
  const at = (i: number, j: number): number => d[i * columns + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * columns] = i;
  for (let j = 0; j < columns; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      d[i * columns + j] = value;
    }
  }
  return at(a.length, b.length);
}

function aliasTable(aliasGroups: AliasGroups): AliasTable {
  return new AliasTable([
    { groups: GENERAL_VARIANTS, weight: VARIANT_WEIGHT },
    { groups: [...GENERAL_ALIASES, ...aliasGroups], weight: ALIAS_WEIGHT },
  ]);
}

/**
 * The MiniSearch index of passages added since the base was built. Auto-vacuum is off: MiniSearch
 * 7.2's vacuum walks the term tree across timer ticks and throws when a document added meanwhile
 * reshapes it (an uncaught error that would stop the bot). The tombstones removals leave count
 * towards the compaction threshold instead, and compaction starts a fresh delta.
 */
function newDelta(): MiniSearch<DeltaDocument> {
  return new MiniSearch<DeltaDocument>({
    idField: 'key',
    fields: ['text', 'title'],
    tokenize: termsOf,
    processTerm: (term) => term,
    autoVacuum: false,
  });
}

const MONTH_AND_YEAR = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Adds `delta` to a key's count, forgetting the key at zero. */
function adjustCount(counts: Map<string, number>, key: string, delta: number): void {
  const count = (counts.get(key) ?? 0) + delta;
  if (count > 0) counts.set(key, count);
  else counts.delete(key);
}

/** "2025-06-19" → "June 2025" (empty for a malformed date). */
function publicationMonth(published: string): string {
  const date = new Date(`${published}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? '' : MONTH_AND_YEAR.format(date);
}
