import { VARIANT_WEIGHT } from '../search/aliases.js';
import { membersOfClass } from '../search/classMembers.js';
import type { KnowledgeIndex, WeightedTerm } from '../search/knowledgeIndex.js';
import type { Passage, Sentence } from '../search/records.js';
import { answerKindEvidence, ownerForms } from './answerKinds.js';
import { recalledOnlyTerms } from './recall.js';
import { searchTermsOf, type ExpandedConcept } from './expand.js';
import { onlySaysWhichEvent, type AnswerSpec } from './question.js';

/**
 * What ranking knows about a candidate sentence, each 0–1. The score is a weighted sum of them
 * ({@link RankingWeights}); `npm run eval -- --fit` refits the weights on the development sets.
 */
export interface SentenceFeatures {
  /** Share of the question's importance found in the sentence (aliases and corrections at their credit). */
  readonly coverage: number;
  /** The same, counting only the asker's own words: rewards sentences that say it the same way. */
  readonly exactCoverage: number;
  /** Share found in the sentence or its paragraph and headline ("Ms. Bruce also noted" needs the paragraph). */
  readonly contextCoverage: number;
  /** Share found anywhere in the article: the story the sentence belongs to. */
  readonly articleCoverage: number;
  /** Share of the question's names found in the sentence (1 when the question names nothing). */
  readonly nameCoverage: number;
  /** The sentence holds the kind of answer asked for (a name for "who", a date for "when"...). */
  readonly answerKind: number;
  /** The paragraph's BM25 score relative to the best paragraph's. */
  readonly passage: number;
  /** Share of consecutive question concepts found next to each other (phrases, word order). */
  readonly adjacency: number;
  /** The sentence opens its article (a news lead summarises the story). */
  readonly lead: number;
}

/** Weights of {@link SentenceFeatures} in the score, plus the first stage's breadth. */
export interface RankingWeights extends Readonly<Record<keyof SentenceFeatures, number>> {
  /** How many paragraphs the first stage retrieves; their sentences are the candidates. */
  readonly candidatePassages: number;
}

/**
 * Set by hand and checked against a pairwise logistic fit on the development sets (`npm run eval --
 * --fit`), which did not rank better on top-1; see README, "Answer quality".
 */
export const DEFAULT_RANKING: RankingWeights = {
  candidatePassages: 40,
  coverage: 1,
  exactCoverage: 0,
  contextCoverage: 0.35,
  articleCoverage: 0.15,
  nameCoverage: 0.3,
  answerKind: 0.25,
  passage: 0,
  adjacency: 0,
  lead: 0,
};

export const FEATURE_NAMES: readonly (keyof SentenceFeatures)[] = [
  'coverage', 'exactCoverage', 'contextCoverage', 'articleCoverage', 'nameCoverage', 'answerKind', 'passage', 'adjacency', 'lead',
];

/**
 * Credit a date or setting the question only uses to say which event it means ("the talks in
 * Istanbul") gets when the sentence's paragraph or story has it but the sentence itself does not:
 * the story is right, and the sentence that also names it ("By March 2025 the figure had fallen")
 * is still the closer answer. Measured: 0.9 (+2 right on the question sets); 0.75 loses as many.
 */
const CONTEXT_SETTING_SHARE = 0.9;

/** A candidate sentence with the evidence behind its score. */
export interface ScoredSentence {
  readonly sentence: Sentence;
  readonly passage: Passage;
  /** Relevance, higher is better: the weighted sum of `features`. Only comparable within one question. */
  readonly score: number;
  readonly features: SentenceFeatures;
  /**
   * Share of the question's importance found in the sentence, its paragraph or headline: how much
   * of the question the knowledge around this sentence addresses. Decides whether to answer at all.
   */
  readonly support: number;
  /** The question's terms (or their aliases and corrections) found in the sentence. */
  readonly matchedTerms: ReadonlySet<string>;
  /** Per concept (in question order): its best credit in the sentence, paragraph or headline, 0–1. */
  readonly contextMatches: readonly number[];
}

/**
 * Ranks the sentences of the best-matching paragraphs for a question, best first. Ties keep
 * knowledge order (earlier article, earlier paragraph, earlier sentence).
 *
 * @param asked what the question asks for: its answer kind, the words of "how many X", whether it
 *   asks how long something has been going on or the time between two events
 */
export function rankSentences(
  index: KnowledgeIndex,
  concepts: readonly ExpandedConcept[],
  asked: AnswerSpec,
  weights: RankingWeights = DEFAULT_RANKING,
): ScoredSentence[] {
  const { kind } = asked;
  const searchTerms: WeightedTerm[] = searchTermsOf(concepts);
  const total = concepts.reduce((sum, concept) => sum + concept.importance, 0);
  const nameTotal = concepts.reduce((sum, concept) => sum + (concept.concept.isName ? concept.importance : 0), 0);
  if (searchTerms.length === 0 || total === 0) return [];

  const searched = new Set(searchTerms.map(({ term }) => term));
  // A name is the question's own when asked in any of its forms ("Russian" for "Russia"), not when it
  // only stands for one: "Ottawa" (for Canada) is news to "where will Canada and Russia meet next?".
  // Options offered ("A) Ankara B) Istanbul") are answers to pick from, not the question's own.
  // A guess after the question ("which country is Istanbul in, Türkiye right?") is one too.
  const questionTerms = new Set(searchTermsOf(concepts.filter((concept) => concept.concept.isChoice !== true && !asked.guesses.includes(concept.concept))).filter(({ weight }) => weight >= VARIANT_WEIGHT).map(({ term }) => term));
  const evidence = {
    counted: countedAlternatives(concepts, asked.counted),
    owners: ownerForms(asked.countedOwners),
    searched,
    ongoing: asked.asksOngoing,
    gap: asked.asksGap,
    country: asked.asksCountry,
    owned: asked.ownedThing,
    within: asked.placeWithin !== null,
    venue: asked.asksVenue,
    dateMeetsCondition: asked.dateMeetsCondition,
    exactDate: asked.asksExactDate,
    members: classMembersAsked(concepts, asked.attribute, questionTerms),
    causeOfDeath: asked.asksCauseOfDeath,
    age: asked.asksAge,
    title: asked.asksTitle,
    otherName: asked.asksOtherName,
  };
  const settings = concepts.some((concept) => concept.concept.isSetting);
  const hits = index.searchPassages(searchTerms, weights.candidatePassages);
  const topPassageScore = hits[0]?.score ?? 1;
  const scored: ScoredSentence[] = [];
  for (const { passage, score: passageScore } of hits) {
    const sentences = index.sentencesOf(passage);
    // The headline and the outlet ("the Reuters story") frame every sentence of the article.
    const paragraphTerms = new Set<string>([...index.titleTermsOf(passage.article), ...index.sourceTermsOf(passage.article)]);
    for (const sentence of sentences) for (const term of sentence.terms) paragraphTerms.add(term);
    // "Where in Istanbul": the paragraph itself must be about the city, not only its headline.
    const bodyTerms = asked.placeWithin === null ? paragraphTerms : new Set(sentences.flatMap((sentence) => sentence.terms));
    const articleTerms = index.articleTermsOf(passage.article);
    const leadTerms = index.leadTermsOf(passage.article);
    // "after earlier meetings in Mexico City": the paragraph is not about the round held there.
    const recalled = settings ? recalledIn(passage, () => recalledOnlyTerms(sentences.map((sentence) => sentence.text), index.titleTermsOf(passage.article))) : NOTHING;
    const leadRecalled = settings ? recalledIn(passage.article, () => recalledOnlyTerms(passage.article.paragraphs.slice(0, 1), index.titleTermsOf(passage.article))) : NOTHING;

    for (const sentence of sentences) {
      const own = new Set(sentence.terms);
      for (const term of index.speakerTermsOf(sentence)) own.add(term);
      let covered = 0;
      let exact = 0;
      let inContext = 0;
      let inArticle = 0;
      let names = 0;
      const matchedTerms = new Set<string>();
      const contextMatches: number[] = [];
      for (const concept of concepts) {
        // A date or place that only says which event is meant must be in the story (its headline or
        // first paragraph) or the sentence's paragraph; the answering sentence need not repeat it
        // (one that does ranks a little higher, see `CONTEXT_SETTING_SHARE`). An article that only
        // recalls that event further down ("followed a round in Istanbul") tells another story, and
        // so does a paragraph naming the place only as recalled (`hidden`).
        const eventOnly = onlySaysWhichEvent(concept.concept, kind);
        const hidden = concept.concept.isSetting ? recalled : undefined;
        const within = concept.concept === asked.placeWithin;
        let sentenceMatch = bestMatch(concept, own, matchedTerms, eventOnly ? hidden : undefined);
        if (eventOnly) {
          const inStory = Math.max(bestMatch(concept, leadTerms, undefined, concept.concept.isSetting ? leadRecalled : undefined), bestMatch(concept, paragraphTerms, undefined, hidden));
          sentenceMatch = Math.max(sentenceMatch, CONTEXT_SETTING_SHARE * inStory);
        } else if (within) {
          sentenceMatch = Math.max(sentenceMatch, CONTEXT_SETTING_SHARE * bestMatch(concept, bodyTerms));
        }
        const contextMatch = Math.max(sentenceMatch, bestMatch(concept, within ? bodyTerms : paragraphTerms, undefined, hidden));
        contextMatches.push(contextMatch);
        covered += concept.importance * sentenceMatch;
        exact += sentenceMatch === 1 ? concept.importance : 0;
        inContext += concept.importance * contextMatch;
        inArticle += concept.importance * Math.max(contextMatch, bestMatch(concept, articleTerms));
        if (concept.concept.isName) names += concept.importance * sentenceMatch;
      }
      const coverage = covered / total;
      const features: SentenceFeatures = {
        coverage,
        exactCoverage: exact / total,
        contextCoverage: inContext / total,
        articleCoverage: inArticle / total,
        nameCoverage: nameTotal === 0 ? 1 : names / nameTotal,
        answerKind: coverage === 0 ? 0 : asked.asksSayer ? (index.speakerOf(sentence) === null ? 0 : 1) : answerKindEvidence(sentence.text, kind, questionTerms, evidence),
        passage: passageScore / topPassageScore,
        adjacency: weights.adjacency === 0 ? 0 : adjacency(sentence.terms, concepts),
        lead: passage.paragraph === 1 && sentence.position === 0 ? 1 : 0,
      };
      scored.push({ sentence, passage, score: scoreOf(features, weights), features, support: features.contextCoverage, matchedTerms, contextMatches });
    }
  }
  return scored.sort((a, b) => b.score - a.score || a.sentence.key - b.sentence.key);
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * "What sport do the Globetrotters play?": the terms of the sports the knowledge names, which answer
 * it (see `classMembers.ts`); the question's own words do not ("which sport besides basketball").
 */
function classMembersAsked(concepts: readonly ExpandedConcept[], attribute: AnswerSpec['attribute'], questionTerms: ReadonlySet<string>): ReadonlySet<string> {
  if (attribute === null || !concepts.some((expanded) => expanded.concept === attribute)) return NOTHING;
  const members = membersOfClass(attribute.parts.map((part) => part.term)).flatMap((terms) => (terms.length === 1 ? terms : [])).filter((term) => !questionTerms.has(term));
  return members.length === 0 ? NOTHING : new Set(members);
}

/**
 * The names a paragraph (or an article's lead) only recalls, worked out once per passage or article
 * object: the index replaces them when their text changes, so the cache never goes stale.
 */
const recalledCache = new WeakMap<object, ReadonlySet<string>>();

function recalledIn(owner: object, compute: () => ReadonlySet<string>): ReadonlySet<string> {
  let recalled = recalledCache.get(owner);
  if (recalled === undefined) {
    recalled = compute();
    recalledCache.set(owner, recalled);
  }
  return recalled;
}

/** The weighted sum of the features. */
export function scoreOf(features: SentenceFeatures, weights: RankingWeights): number {
  let score = 0;
  for (const name of FEATURE_NAMES) score += features[name] * weights[name];
  return score;
}

/** The counted words of a "how many" question with their aliases ("properties" also counts "facilities"). */
function countedAlternatives(concepts: readonly ExpandedConcept[], counted: readonly string[]): ReadonlySet<string> {
  const terms = new Set(counted);
  for (const concept of concepts) {
    if (!concept.concept.parts.some((part) => counted.includes(part.term))) continue;
    for (const alternative of concept.alternatives) for (const term of alternative.terms) terms.add(term);
  }
  return terms;
}

/** The weight of the best alternative of `concept` present in `terms` and not `excluded` (0 when none is). */
function bestMatch(concept: ExpandedConcept, terms: ReadonlySet<string>, matched?: Set<string>, excluded?: ReadonlySet<string>): number {
  let best = 0;
  for (const alternative of concept.alternatives) {
    if (!alternative.terms.every((term) => terms.has(term) && excluded?.has(term) !== true)) continue;
    for (const term of alternative.terms) matched?.add(term);
    best = Math.max(best, alternative.weight);
  }
  return best;
}

/**
 * Share of consecutive question concepts whose terms stand within two terms of each other in the
 * sentence ("record low", "Foreign Ministry"): word order evidence that bag-of-words misses.
 */
function adjacency(terms: readonly string[], concepts: readonly ExpandedConcept[]): number {
  if (concepts.length < 2) return 0;
  const positions = concepts.map((concept) => {
    const wanted = new Set(concept.alternatives.flatMap((alternative) => alternative.terms));
    const found: number[] = [];
    terms.forEach((term, i) => {
      if (wanted.has(term)) found.push(i);
    });
    return found;
  });
  let pairs = 0;
  for (let i = 1; i < positions.length; i++) {
    const left = positions[i - 1] ?? [];
    const right = positions[i] ?? [];
    if (left.some((a) => right.some((b) => Math.abs(a - b) <= 2))) pairs++;
  }
  return pairs / (concepts.length - 1);
}
