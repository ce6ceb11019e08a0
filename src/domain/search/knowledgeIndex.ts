import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { attributeSpeaker, type Speaker } from '../answer/speaker.js';
import type { Article } from '../knowledge/article.js';
import { splitSentences } from '../text/sentences.js';
import { termsOf } from '../text/terms.js';
import { AliasTable, type AliasGroups } from './aliases.js';
import { GENERAL_ALIASES, GENERAL_VARIANTS } from './generalAliases.js';
import type { Passage, Sentence } from './records.js';

/**
 * How much an alias counts next to the question's own word. Below 1 so a sentence that uses the
 * asker's own word wins a tie, high enough that "envoy" still finds "ambassador".
 */
export const ALIAS_WEIGHT = 0.7;

/** How much a near-identical variant counts ("Russian" for "Russia", "Türkiye" for "Turkey"). */
export const VARIANT_WEIGHT = 0.9;

/** Terms of reporting verbs (said, noted, told...): sentences without one have no speaker to resolve. */
const REPORTING_TERMS: ReadonlySet<string> = new Set(
  termsOf('said says told tells noted stressed added stated announced reported affirmed confirmed claimed argued insisted warned explained reflected denied acknowledged emphasized declared suggested asserted alleged wrote commented remarked replied responded underlined underscored maintained mentioned observed cautioned predicted recalled revealed'),
);

/** What MiniSearch indexes for each passage. */
interface PassageDocument {
  readonly key: number;
  readonly text: string;
  readonly title: string;
}

/** A passage found for a query, with MiniSearch's BM25 score (higher is better, unbounded). */
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
 * An immutable snapshot of the knowledge, ready to search: the articles, their passages and
 * sentences, a MiniSearch index of passages, and term statistics for ranking sentences. A change to
 * the knowledge builds a new snapshot; the old one keeps serving until the swap.
 */
export class KnowledgeIndex {
  /** Articles by id. */
  readonly articles: ReadonlyMap<string, Article>;
  readonly passages: readonly Passage[];
  readonly sentences: readonly Sentence[];
  readonly aliases: AliasTable;
  /** Number of passages containing each term (passage-level document frequency). */
  private readonly documentFrequency: SearchableMap<number>;
  private readonly miniSearch: MiniSearch<PassageDocument>;
  /** Key of each article's first passage (an article's passages are contiguous). */
  private readonly firstPassageOf = new Map<string, number>();
  /** Speakers resolved so far, by sentence key (computed on first use: most sentences are never quoted). */
  private readonly speakers = new Map<number, Speaker | null>();
  private readonly titleTerms = new Map<string, ReadonlySet<string>>();
  private readonly articleTerms = new Map<string, ReadonlySet<string>>();

  /**
   * @param articles the knowledge, in the order it should break ties
   * @param aliasGroups curated aliases (`knowledge/aliases.yaml`), added to the general ones
   */
  constructor(articles: readonly Article[], aliasGroups: AliasGroups = []) {
    const byId = new Map<string, Article>();
    const passages: Passage[] = [];
    const sentences: Sentence[] = [];
    const documentFrequency = new SearchableMap<number>();
    const documents: PassageDocument[] = [];

    for (const article of articles) {
      byId.set(article.id, article);
      this.firstPassageOf.set(article.id, passages.length);
      article.paragraphs.forEach((text, index) => {
        const passageKey = passages.length;
        const sentenceKeys: number[] = [];
        const passageTerms = new Set<string>();
        splitSentences(text).forEach((span, position) => {
          const terms = termsOf(span.text);
          for (const term of terms) passageTerms.add(term);
          sentenceKeys.push(sentences.length);
          sentences.push({ key: sentences.length, passageKey, position, text: span.text, terms });
        });
        for (const term of passageTerms) documentFrequency.update(term, (count = 0) => count + 1);
        passages.push({ key: passageKey, article, paragraph: index + 1, text, sentenceKeys });
        documents.push({ key: passageKey, text, title: article.title });
      });
    }

    this.miniSearch = new MiniSearch<PassageDocument>({
      idField: 'key',
      fields: ['text', 'title'],
      tokenize: termsOf,
      processTerm: (term) => term,
    });
    this.miniSearch.addAll(documents);
    this.articles = byId;
    this.passages = passages;
    this.sentences = sentences;
    this.documentFrequency = documentFrequency;
    this.aliases = new AliasTable([
      { groups: GENERAL_VARIANTS, weight: VARIANT_WEIGHT },
      { groups: [...GENERAL_ALIASES, ...aliasGroups], weight: ALIAS_WEIGHT },
    ]);
  }

  /** Number of passages. */
  get passageCount(): number {
    return this.passages.length;
  }

  /** How many passages contain `term` (0 when the knowledge never uses it). */
  documentFrequencyOf(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
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
    const n = this.passages.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Known terms within `maxDistance` edits of `term` (for typo tolerance), closest first, then the
   * most frequent. Only worth calling for a term the knowledge does not contain.
   */
  similarTerms(term: string, maxDistance: number): { term: string; distance: number }[] {
    const matches: { term: string; distance: number; frequency: number }[] = [];
    for (const [known, [frequency, distance]] of this.documentFrequency.fuzzyGet(term, maxDistance)) {
      matches.push({ term: known, distance, frequency });
    }
    matches.sort((a, b) => a.distance - b.distance || b.frequency - a.frequency || a.term.localeCompare(b.term));
    return matches.map(({ term: known, distance }) => ({ term: known, distance }));
  }

  /**
   * Passages matching any of the terms, best first (BM25 over paragraph and headline, each term's
   * contribution multiplied by its weight).
   */
  searchPassages(terms: readonly WeightedTerm[], limit: number): PassageHit[] {
    if (terms.length === 0) return [];
    const weights = new Map<string, number>();
    for (const { term, weight } of terms) weights.set(term, Math.max(weight, weights.get(term) ?? 0));
    const results = this.miniSearch.search([...weights.keys()].join(' '), {
      tokenize: (query) => query.split(' '),
      processTerm: (term) => term,
      boost: PASSAGE_FIELD_BOOST,
      boostTerm: (term) => weights.get(term) ?? 1,
      prefix: false,
      fuzzy: false,
    });
    const hits: PassageHit[] = [];
    for (const result of results.slice(0, limit)) {
      const passage = this.passages[result.id as number];
      if (passage !== undefined) hits.push({ passage, score: result.score });
    }
    return hits;
  }

  /** The passage a sentence belongs to. */
  passageOf(sentence: Sentence): Passage {
    const passage = this.passages[sentence.passageKey];
    if (passage === undefined) throw new Error(`sentence ${sentence.key} has no passage`);
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
    const firstPassage = this.passages[this.firstPassageOf.get(passage.article.id) ?? passage.key];
    const firstSentenceKey = firstPassage?.sentenceKeys[0] ?? sentence.key;
    const earlier = this.sentences.slice(firstSentenceKey, sentence.key).map((previous) => previous.text);
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

  /** The terms of an article's headline (cached). */
  titleTermsOf(article: Article): ReadonlySet<string> {
    let terms = this.titleTerms.get(article.id);
    if (terms === undefined) {
      terms = new Set(termsOf(article.title));
      this.titleTerms.set(article.id, terms);
    }
    return terms;
  }

  /** Every term of an article, headline included (cached). */
  articleTermsOf(article: Article): ReadonlySet<string> {
    let terms = this.articleTerms.get(article.id);
    if (terms === undefined) {
      const all = new Set(this.titleTermsOf(article));
      const first = this.firstPassageOf.get(article.id) ?? 0;
      for (let key = first; this.passages[key]?.article === article; key++) {
        for (const sentenceKey of this.passages[key]?.sentenceKeys ?? []) for (const term of this.sentence(sentenceKey).terms) all.add(term);
      }
      terms = all;
      this.articleTerms.set(article.id, terms);
    }
    return terms;
  }

  /**
   * The passage and sentence a sentence id (`<article>#<paragraph>.<sentence>`) names, or null when
   * this snapshot has no such sentence (the article changed or was removed).
   */
  findSentence(id: string): { passage: Passage; sentence: Sentence } | null {
    const match = /^([a-z0-9][a-z0-9-]{0,63})#(\d+)\.(\d+)$/u.exec(id);
    if (match === null) return null;
    const first = this.firstPassageOf.get(match[1] ?? '');
    if (first === undefined) return null;
    const passage = this.passages[first + Number(match[2]) - 1];
    if (passage === undefined || passage.article.id !== match[1]) return null;
    const key = passage.sentenceKeys[Number(match[3]) - 1];
    return key === undefined ? null : { passage, sentence: this.sentence(key) };
  }

  /** A sentence by key (throws on a key from another snapshot). */
  sentence(key: number): Sentence {
    const sentence = this.sentences[key];
    if (sentence === undefined) throw new Error(`no sentence ${key} in this index`);
    return sentence;
  }
}
