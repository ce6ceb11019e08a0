import type { Article } from '../knowledge/article.js';
import type { KnowledgeIndex } from '../search/knowledgeIndex.js';
import { VARIANT_WEIGHT } from '../search/aliases.js';
import { sentenceId, type Sentence } from '../search/records.js';
import { countryMeantBy, countryOfTerm, isCountryWord, PLACE_NAME_WORDS } from '../search/generalAliases.js';
import { termOf, termSetOf, termsOf } from '../text/terms.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokens.js';
import { isDictionaryWord, isMisspeltWord } from '../text/wordClass.js';
import { answerKindEvidence, missionOwnerAt, namesInstanceOf, PREPOSITIONS, namesNewPerson, REQUIRED_KINDS, statesPurpose, venueIn } from './answerKinds.js';
import { expandConcepts, searchTermsOf, type ExpandedConcept } from './expand.js';
import { analyzeQuestion, eventOrdinalsOf, isEventWord, LATER_ORDINALS, LEADING_VERBS, onlySaysWhichEvent, PERSON_ROLES, picksOneOut, SIZE_UNITS, type AnswerKind, type Concept, type QuestionAnalysis } from './question.js';
import { namesOfficeHolder } from './roleQuestion.js';
import { creditsMaker, givesLifespan, LIFE_EVENTS, MAKING_VERBS, spellsOut } from './newswire.js';
import { makesStatement, type StatementKind } from './statementKinds.js';
import { DEFAULT_RANKING, rankSentences, type RankingWeights, type ScoredSentence } from './rank.js';
import type { Speaker } from './speaker.js';

/** Longest question accepted (characters). Longer input is a paste, not a question. */
export const MAX_QUESTION_LENGTH = 500;

/** Share of its weight the speaker named in a question keeps in ranking (measured: 0.5 helps, 0.25 starts to lose). */
const SPEAKER_RANK_SHARE = 0.5;

/**
 * Share of the rest of "What did X say about Y" (Y, beyond X and the verb of saying) that a sentence
 * crediting X must cover, in itself or its paragraph. Below `MIN_SUPPORT`: that X said it is
 * already checked, and one word of Y the sentence lacks ("how its diplomats are treated") should not
 * hide it. Measured: anything from 0.28 to 0.38 gives the same answers; 0.43 lost one.
 */
const SPEAKER_TOPIC_SUPPORT = 0.35;

/** Most sentences quoted in one answer. */
export const MAX_ANSWERS = 3;

/**
 * Below this share of the question's importance found around the best sentence (the sentence, its
 * paragraph and headline; see `ScoredSentence.support`), the knowledge does not really address the
 * question and Parley declines. Calibrated on the development question sets (README, "Answer quality").
 */
export const MIN_SUPPORT = 0.43;

/** Extra sentences are quoted only when they score at least this share of the best one. */
export const RELATED_ANSWER_RATIO = 0.6;

/** A quoted sentence with its source. */
export interface QuotedSentence {
  /** The sentence, exactly as in the article. */
  readonly text: string;
  /** Relevance (see `ScoredSentence.score`); only comparable within one question. */
  readonly score: number;
  readonly article: Article;
  /** 1-based paragraph number in the article. */
  readonly paragraph: number;
  /** Stable sentence id, `<article id>#<paragraph>.<sentence>`. */
  readonly sentenceId: string;
  /** The question's words (or their aliases) as they appear in the sentence, for highlighting. */
  readonly matchedTerms: readonly string[];
  /** Who the sentence credits for its claim, or null when it is the article's own voice. */
  readonly speaker: Speaker | null;
}

/** Why Parley declined. */
export type DeclineReason =
  | { readonly kind: 'empty' }
  | { readonly kind: 'unknown-name'; readonly names: readonly string[] }
  | { readonly kind: 'no-match' }
  | { readonly kind: 'weak-match' }
  /** The sources cover the topic but never give the date, number, duration or time asked for. */
  | { readonly kind: 'missing-detail'; readonly detail: AnswerKind }
  /** "What is the <attribute> of …" and no article uses the attribute's word ("population"). */
  | { readonly kind: 'missing-attribute'; readonly attribute: string }
  /** The question asks what was agreed, or someone's background, and no sentence on the topic says. */
  | { readonly kind: 'not-reported'; readonly statement: StatementKind }
  /** The question asks what someone said, and no sentence credits them. */
  | { readonly kind: 'not-quoted'; readonly speaker: string };

/** The outcome of a question. */
export type AnswerResult =
  | {
      readonly kind: 'answered';
      readonly question: string;
      readonly answerKind: AnswerKind;
      /** Best first, 1–3 of them. */
      readonly answers: readonly QuotedSentence[];
      /** Further candidates, best first, for "more" (never includes `answers`). */
      readonly more: readonly QuotedSentence[];
    }
  | { readonly kind: 'declined'; readonly question: string; readonly reason: DeclineReason };

/** Tuning of {@link answerQuestion}; the defaults are the measured best (see README, "Answer quality"). */
export interface AnswerOptions {
  readonly ranking?: RankingWeights;
  /** See {@link MIN_SUPPORT}. */
  readonly minSupport?: number;
  /** See {@link RELATED_ANSWER_RATIO}. */
  readonly relatedAnswerRatio?: number;
}

/**
 * Answers a question from the knowledge: the best 1–3 sentences with their sources, or a reasoned
 * decline when the knowledge does not cover it. Pure and synchronous; the caller validates length.
 *
 * Declines, in order: no content words; a name or office no article mentions (a place or leader a
 * yes/no check puts forward is corrected instead); a unit of size, attribute or done-to verb ("who
 * did Darchiev replace?") no article uses; nothing matches;
 * the question asks for a date, number, duration or time and no matching sentence has one; it asks
 * what someone said and no sentence credits them; it asks which round and no sentence numbers one;
 * the best sentence addresses too little of the question, or only its place and date ("weather in
 * Istanbul in April"). Before that last check, sentences that cannot answer are set aside: from a
 * story that only plans the round asked of as past, one naming the acting country only as a
 * place, or one about another country's mission.
 */
export function answerQuestion(index: KnowledgeIndex, question: string, options: AnswerOptions = {}): AnswerResult {
  const analysis = analyzeQuestion(question, (folded) => index.isProperWord(folded));
  if (analysis.concepts.length === 0) return declined(question, { kind: 'empty' });

  const expandedConcepts = expandConcepts(index, analysis.concepts)
    .map((expanded) => (expanded.concept === analysis.outletAsked ? asOutlets(index, expanded) : expanded))
    .filter((expanded, i, all) => expanded.status !== 'unknown' || !isPremiseOrChatter(analysis, expanded.concept, all.slice(0, i)));
  // "Relations tanked after the Ukraine conflict started in 2014, right?": a date a check claims that
  // no article gives is the detail to correct, by a sentence giving the date.
  // (A check of where something was, "met in Istanbul on April 12", is read as one of the place.)
  const claimedDate = analysis.isCheck && analysis.kind === 'other' && expandedConcepts.some((expanded) => expanded.status === 'unknown' && expanded.concept.isDate);
  // In a claim, a name the knowledge lacks goes with the wrong date ("after the 2014 Crimea annexation").
  const concepts = claimedDate ? expandedConcepts.filter((expanded) => expanded.status !== 'unknown' || !(expanded.concept.isDate || (analysis.isClaim && expanded.concept.isName))) : expandedConcepts;
  const unknownNames = concepts
    // "Who led the Russian side, was it Lavrov?": the asker's guess is a premise the answer corrects.
    // Status first: whether a word is a slip (`isUnlistedWord`) is a fuzzy dictionary look-up.
    .filter((expanded) => expanded.status === 'unknown' && !analysis.guesses.includes(expanded.concept) && (expanded.concept.isName || isUnlistedWord(expanded) || isPlaceName(expanded) || isOffice(expanded)))
    .map((expanded) => expanded.concept.surface);
  // "What did trump post about the talks?": no article has the word, so none quotes them.
  const sayer = concepts.find((expanded) => expanded.concept === analysis.sayer);
  if (sayer?.status === 'unknown') unknownNames.push(sayer.concept.surface);
  if (unknownNames.length > 0) return declined(question, { kind: 'unknown-name', names: [...new Set(unknownNames)] });
  // "How big is the Seattle consulate in square feet?": no article measures anything in that unit.
  const unit = analysis.kind === 'quantity' ? concepts.find((expanded) => expanded.status === 'unknown' && expanded.concept.parts.every((part) => SIZE_UNITS.has(part.folded))) : undefined;
  if (unit !== undefined) return declined(question, { kind: 'missing-detail', detail: 'quantity' });
  // "What is the population of Istanbul?": the knowledge never uses the word for what is asked.
  const attribute = analysis.attribute === null ? undefined : concepts.find((expanded) => expanded.concept === analysis.attribute);
  if (attribute?.status === 'unknown') return declined(question, { kind: 'missing-attribute', attribute: attribute.concept.surface });
  // "Who did Darchiev replace?": the knowledge never tells of anyone doing it.
  const objectVerb = concepts.find((expanded) => expanded.concept === analysis.objectVerb);
  if (objectVerb?.status === 'unknown') return declined(question, { kind: 'missing-attribute', attribute: objectVerb.concept.surface });

  // "According to the State Department, under what condition ...": who said it is checked below
  // (the sentence must credit them); how well a sentence says it is for the topic words alone, or
  // "On April 8, US State Department spokeswoman Tammy Bruce said ..." would win on her title.
  const speakerConcept = concepts.find(
    (expanded) => expanded.concept === analysis.speaker && (expanded.concept.isName || expanded.status === 'known'),
  );
  const topicConcepts =
    speakerConcept === undefined
      ? concepts
      : concepts.map((expanded) =>
          // The office they hold ("per the US spokeswoman") is checked with them, not ranked for.
          expanded === speakerConcept || (analysis.speakerRole !== null && expanded.concept === analysis.speakerRole)
            ? { ...expanded, importance: expanded.importance * SPEAKER_RANK_SHARE }
            : expanded,
        );
  const ranked = distinctSentences(
    rankSentences(index, topicConcepts, analysis, options.ranking ?? DEFAULT_RANKING).filter(
      (candidate) => candidate.features.coverage > 0,
    ),
  );
  if (ranked.length === 0) return declined(question, { kind: 'no-match' });
  const minSupport = options.minSupport ?? MIN_SUPPORT;

  // The event a question names ("How long did the Istanbul talks last?") and the countries it names
  // ("How many visa applications has the US filed?") must be in the answer's sentence, paragraph,
  // headline or first paragraph: a story about other talks that recalls the Istanbul round further
  // down, or Berlin's applications, answer another question however well they match.
  // The city of "where in Ankara" is checked below, with the places inside it; the place a check
  // puts an event in ("they met in Ankara, right?") is the claim to correct.
  const pinned = concepts.flatMap((expanded, i) =>
    expanded.concept !== analysis.placeWithin &&
    expanded.concept !== analysis.checkedPlace &&
    expanded.concept !== analysis.placeCountry &&
    !analysis.guesses.includes(expanded.concept) &&
    ((expanded.concept.isSetting && analysis.kind !== 'place' && !analysis.isClaim) ||
      (expanded.concept.isDate && analysis.kind !== 'date' && analysis.kind !== 'time') ||
      namesCountry(expanded) ||
      analysis.eventOrdinals.includes(expanded.concept.parts[0]?.folded ?? ''))
      ? [i]
      : [],
  );
  // "Where in Istanbul did they meet?": a place in a paragraph about the city, not any place in its story.
  const within = concepts.findIndex((expanded) => expanded.concept === analysis.placeWithin);
  let eligible = ranked.filter(
    (candidate) =>
      // A setting's lead credit is in `contextMatches` already, less what its lead only recalls.
      pinned.every(
        (i) => (candidate.contextMatches[i] ?? 0) > 0 || (concepts[i]?.concept.isSetting !== true && inLead(index, candidate, concepts[i])) ||
          mentionsCountryOf(index, candidate, concepts[i]) ||
          (isOnlyRound(index, candidate, concepts[i]) && identifiedBesides(candidate, concepts, i)),
      ) &&
      // "in the city's Konyaaltı district", "the Turkish capital's Çankaya district", "in the
      // Beyoğlu district": the city may be the one the story's lead names.
      // "The meeting was held at a hotel on the Kordon waterfront": a building the event is placed in
      // lies in the city the lead names.
      (within < 0 || (candidate.contextMatches[within] ?? 0) > 0 || ((CITY_REFERENCE.test(candidate.sentence.text) || venueIn(candidate.sentence.text)) && inLead(index, candidate, concepts[within]))),
  );
  eligible = notStillToCome(aboutRoundAsked(eligible, analysis, minSupport), concepts, analysis);
  // "Where in Ankara did they meet?": the building they met in ("took place at the Swiss
  // ambassador's residence") before a sentence that only names some place in the city.
  if (within >= 0) eligible = moveFirst(eligible, (candidate) => candidate.features.answerKind >= 1, minSupport);
  if (REQUIRED_KINDS.has(analysis.kind)) {
    // "When did the conflict end?": the date must come with the event asked about (its verb, or an
    // alias of it, in the sentence or its paragraph), not with another one.
    const verbAt = analysis.eventVerb === null ? -1 : concepts.findIndex((expanded) => expanded.concept === analysis.eventVerb);
    // "How many people were in the Japanese delegation?": a count of the delegation, not of other staff.
    const group = concepts.find((expanded) => expanded.concept === analysis.countedIn);
    const groupTerms = group === undefined ? undefined : singleTermsOf(group);
    // "How much did the Netherlands pay for the villa?": a sum paid, not a value put on it.
    const moneyVerb = concepts.find((expanded) => expanded.concept === analysis.moneyVerb);
    // Settling a sum is paying it ("agreed to settle C$1.8 million in disputed rent").
    const moneyTerms = moneyVerb === undefined ? undefined : new Set([...singleTermsOf(moneyVerb), ...SETTLING_TERMS]);
    // "Where is the next round?": the sentence telling of what is to come must tell of the round
    // itself ("a third round is due to be held in Muscat"), not of other plans ("Tehran will lift").
    const futureEvent = analysis.asksFuture ? concepts.find((expanded) => isEventWord(expanded.concept)) : undefined;
    const futureTerms = futureEvent === undefined ? undefined : singleTermsOf(futureEvent);
    const meetingLength = analysis.kind === 'duration' && !analysis.asksOngoing && concepts.some((expanded) => MEETING_WORDS.has(expanded.concept.parts[0]?.folded ?? ''));
    eligible = eligible.filter(
      (candidate) =>
        candidate.features.answerKind > 0 &&
        (verbAt < 0 || mentionsEvent(index, candidate, concepts, verbAt)) &&
        // "When will the next round be held?": a date of something past ("visited on April 10") is no answer.
        (!analysis.asksFuture || FUTURE_MARKERS.test(candidate.sentence.text)) &&
        (futureTerms === undefined || futureTerms.size === 0 || saysAnyOf(candidate, futureTerms)) &&
        (groupTerms === undefined || saysAnyOf(candidate, groupTerms)) &&
        (moneyTerms === undefined || saysAnyOf(candidate, moneyTerms)) &&
        // "How long did the Muscat talks last?": how long a meeting went on, not "unable to pay rent for months".
        (!meetingLength || MEETING_LENGTH.test(candidate.sentence.text)),
    );
    if (eligible.length === 0 || (eligible[0]?.support ?? 0) < minSupport) {
      if ((ranked[0]?.support ?? 0) >= minSupport) return declined(question, { kind: 'missing-detail', detail: analysis.kind });
    }
  }
  // "What did the spokeswoman say the agreement was meant to do?": what she said, not an outcome.
  const statement = speakerConcept === undefined ? analysis.asksStatement : null;
  if (statement !== null) {
    // "What was agreed in Istanbul?": a sentence about the talks that reports no outcome does not answer.
    const reported = eligible.filter((candidate) => makesStatement(candidate.sentence.text, statement));
    if ((reported[0]?.support ?? 0) < minSupport && (eligible[0]?.support ?? 0) >= minSupport) return declined(question, { kind: 'not-reported', statement });
    eligible = reported;
  }
  if (speakerConcept !== undefined) {
    // "What did X say about Y": a sentence crediting X that also covers Y (the rest of the question,
    // beyond X and the verb of saying), in itself or its paragraph.
    // Framing words ("when did she make her comment") say how it is asked, not about what.
    const topic = concepts.map((concept) => concept !== speakerConcept && !isSpeechVerb(concept) && !concept.concept.isFrame);
    // "the Russian foreign ministry spokeswoman": someone Russian holding that office.
    const role = concepts.find((expanded) => expanded.concept === analysis.speakerRole);
    const credited = eligible.filter((candidate) => {
      const creditedTerms = creditedTermsOf(index, candidate.sentence);
      return (
        (names(creditedTerms, speakerConcept) || sameCountry(creditedTerms, speakerConcept)) &&
        (role === undefined || names(creditedTerms, role)) &&
        topicSupport(concepts, candidate, topic) >= SPEAKER_TOPIC_SUPPORT
      );
    });
    // "Did the Russian Foreign Ministry say Ukraine was off the agenda?": the sentence saying it,
    // with whoever it credits, confirms or corrects who said it.
    // Only what they are claimed to have said, besides the event, does: "Did Coulter say anything
    // after the talks?" and "Did the consulate in Houston comment on the talks?" claim nothing.
    const saidAt = concepts.findIndex(isSpeechVerb);
    const said =
      credited.length === 0 && analysis.isCheck && saidAt >= 0
        ? eligible.filter(
            (candidate) =>
              topicSupport(concepts, candidate, topic) >= SPEAKER_TOPIC_SUPPORT &&
              concepts.some((expanded, i) => i > saidAt && topic[i] === true && expanded.concept.isTopic && !isEventWord(expanded.concept) && (candidate.contextMatches[i] ?? 0) > 0),
          )
        : credited;
    // The knowledge has them (a name no article mentions was declined above), but never on this.
    if (said.length === 0) return declined(question, { kind: 'not-quoted', speaker: displayName(index, speakerConcept.concept) });
    eligible = said;
  }

  // "Who is the US ambassador to Moscow?": only a sentence naming that office, qualified the same
  // way, and someone who holds it ("the expulsion of a Russian military attache" names no one).
  const { role } = analysis;
  // A guess at the name ("tammy something?") is no name the asker already knows.
  const asked = new Set(searchTermsOf(concepts.filter((expanded) => !analysis.guesses.includes(expanded.concept))).map(({ term }) => term));
  if (role !== null) {
    eligible = eligible.filter(
      (candidate) =>
        namesOfficeHolder(candidate.sentence.text, role, concepts, index.articleTermsOf(candidate.passage.article)) &&
        namesNewPerson(candidate.sentence.text, asked),
    );
  }

  if (analysis.asksPerson) {
    // "Which Turkish official hosted the talks?": a sentence that names no one new does not answer,
    // and neither does one naming someone with no word of Türkiye in it.
    const qualifier = analysis.personCountry;
    // "Who led the Iranian delegation?": not "a spokeswoman, Rachel Penhallow, said ...".
    const leading = concepts.find((expanded) => expanded.concept === analysis.leadingVerb);
    // Leading a delegation is representing one: "who represented Washington" is told by "led by".
    const leadingTerms = leading === undefined ? undefined : new Set([...singleTermsOf(leading), ...LEADING_VERBS]);
    eligible = eligible.filter(
      (candidate) =>
        namesNewPerson(candidate.sentence.text, asked) &&
        (qualifier === null || candidate.sentence.terms.some((term) => countryMeantBy(term) === qualifier)) &&
        (leadingTerms === undefined || saysAnyOf(candidate, leadingTerms)),
    );
  }
  // "Which round was the Izmir meeting?": a sentence numbering a round ("for a third round").
  if (analysis.asksWhichRound) {
    const numbered = eligible.filter((candidate) => eventOrdinalsOf(candidate.sentence.text).length > 0);
    if ((numbered[0]?.support ?? 0) < minSupport && (eligible[0]?.support ?? 0) >= minSupport) return declined(question, { kind: 'missing-detail', detail: 'quantity' });
    eligible = numbered;
  }
  // "next poland belarus round": what tells of the round to come first.
  if (analysis.asksNextEvent) eligible = moveFirst(eligible, (candidate) => NEXT_EVENT.test(candidate.sentence.text), minSupport);
  // "Who mediated between Mexico and Ecuador?": the sentence saying who mediated first, before one
  // naming others in a paragraph that says it.
  const actorVerb = concepts.find((expanded) => expanded.concept === analysis.actorVerb);
  if (actorVerb !== undefined) {
    // Its own word: an alias ("blames" → "accusing") may tell of something else.
    const verbTerms = new Set(actorVerb.concept.parts.map((part) => part.term));
    // "Who wrote the Tale of Genji?": "The Tale of Genji by Lady Murasaki Shikibu" credits the work
    // to its maker without the verb; not to whoever else did something with it ("who translated it").
    const makes = actorVerb.concept.parts.every((part) => MAKING_VERBS.has(part.term));
    const workTerms = makes ? new Set(concepts.filter((expanded) => expanded !== actorVerb).flatMap((expanded) => expanded.concept.parts.map((part) => part.term))) : null;
    eligible = moveFirst(eligible, (candidate) => saysAnyOf(candidate, verbTerms) || (workTerms !== null && creditsMaker(candidate.sentence.text, workTerms)), minSupport);
  }
  const thing = analysis.namedThing === null ? -1 : concepts.findIndex((expanded) => expanded.concept === analysis.namedThing);
  if (thing >= 0) {
    // "Which hotel did the delegation stay in?": a sentence whose paragraph never says "hotel" names
    // none, and neither does "declined to name the bank": the word must be part of a name ("the Pera
    // Palace Hotel", "Judge Whitfield") or stand beside one ("a Moscow court").
    // A person holding the office may also be named beside it: "a spokeswoman for the US delegation,
    // Danielle Forsythe, said" (who names a new person is checked above).
    const expanded = concepts[thing];
    const wanted = expanded === undefined ? undefined : singleTermsOf(expanded);
    // "Which Norwegian bank": the asker's own qualifier names no bank ("a Norwegian bank blocked it").
    const before = concepts[thing - 1];
    const qualifies = before !== undefined && (before.concept.isName || before.concept.parts.every((part) => isCountryWord(part.folded)));
    const qualifier = qualifies ? singleTermsOf(before) : new Set<string>();
    eligible = eligible.filter(
      (candidate) =>
        (candidate.contextMatches[thing] ?? 0) > 0 &&
        (wanted === undefined ||
          namesInstanceOf(candidate.sentence.text, wanted, qualifier) ||
          (analysis.asksPerson && saysAnyOf(candidate, wanted))),
    );
  }
  // "Did Turkish officials attend?": a story naming Türkiye only as where it happened does not say.
  const { actorCountry } = analysis;
  if (actorCountry !== null) eligible = eligible.filter((candidate) => actsInArticle(candidate.passage.article, actorCountry));
  // "Where is the US consulate in Istanbul?": not a sentence about the Russian consulate there.
  const { ownedMission } = analysis;
  if (ownedMission !== null) eligible = eligible.filter((candidate) => !namesOthersMission(candidate.sentence.text, ownedMission));
  if (claimedDate) eligible = eligible.filter((candidate) => answerKindEvidence(candidate.sentence.text, 'date', new Set()) > 0);
  // "What was the point of the talks?": a sentence saying what they were for ("to normalize the
  // activities of diplomatic missions", "the focus of the meeting was to restore ...") first.
  if (analysis.asksPurpose) {
    eligible = moveFirst(eligible, (candidate) => statesPurpose(candidate.sentence.text), minSupport);
    // Told twice ("to normalize ..." in the lead, "the focus of the meeting was to restore ..." as
    // both sides affirmed it), the story's lead tells it, unless the question asks what someone said.
    if (!asksWhatWasSaid(question, analysis)) eligible = moveFirst(eligible, (candidate) => candidate.features.lead === 1 && statesPurpose(candidate.sentence.text), minSupport);
  }
  // "What's the biggest sticking point?": a sentence picking one out ("One of the most controversial issues") first.
  if (analysis.asksStandout) eligible = moveFirst(eligible, (candidate) => tokenize(candidate.sentence.text).some((token) => picksOneOut(token.folded)), minSupport);
  // "What does the US complain about?": the sentence where they speak ("while the US reflected that ...") first.
  if (sayer !== undefined && speakerConcept === undefined && sayer.concept.parts.every((part) => isCountryWord(part.folded))) eligible = moveFirst(eligible, (candidate) => speaksIn(candidate.sentence.text, sayer), minSupport);
  // "What does AARP stand for?": the sentence spelling it out ("the American Association of Retired Persons") first.
  const acronym = analysis.acronymAsked;
  if (acronym !== null) eligible = moveFirst(eligible, (candidate) => spellsOut(candidate.sentence.text, acronym), minSupport);
  // "Which rival did Abercrombie and Fitch sue?": the best-scored sentence may say the names and
  // little else while the next covers the question; a question (not a check) is answered from it.
  if (!analysis.isCheck) eligible = supportedFirst(eligible, minSupport);
  const best = eligible[0];
  if (best === undefined || best.support < minSupport || onlySettingsFound(concepts, analysis.kind, best)) return declined(question, { kind: 'weak-match' });
  const answers = selectAnswers(eligible, best, options.relatedAnswerRatio ?? RELATED_ANSWER_RATIO);
  const chosen = new Set(answers);
  const more = ranked.filter((candidate) => !chosen.has(candidate)).slice(0, 10);
  return {
    kind: 'answered',
    question,
    answerKind: analysis.kind,
    answers: answers.map((candidate) => quote(index, candidate)),
    more: more.map((candidate) => quote(index, candidate)),
  };
}

/**
 * "Which news agency ...": the outlet noun is what is asked, and the knowledge's outlets answer it
 * ("Reuters reported that ..."), so it searches for them, with the weight of a content word.
 */
function asOutlets(index: KnowledgeIndex, expanded: ExpandedConcept): ExpandedConcept {
  const alternatives = index.outlets().map((outlet) => ({ terms: termsOf(outlet), weight: 1 })).filter((alternative) => alternative.terms.length > 0);
  if (alternatives.length === 0) return expanded;
  const importance = Math.max(...alternatives.map((alternative) => Math.min(...alternative.terms.map((term) => index.idf(term)))));
  return { ...expanded, status: 'known', alternatives, importance };
}

/**
 * "Weather in Istanbul in April?": the knowledge has the place and the month, which only say when
 * and where, and nothing of what is asked about. True when every concept the best sentence's
 * context covers is a setting or date (not asked for), and the rest are words it lacks, a topic
 * among them (not only verbs: "what were they trying to achieve in Türkiye").
 */
function onlySettingsFound(concepts: readonly ExpandedConcept[], kind: AnswerKind, best: ScoredSentence): boolean {
  const asked = concepts
    .map((expanded, i) => ({ expanded, found: (best.contextMatches[i] ?? 0) > 0 }))
    .filter(({ expanded }) => !onlySaysWhichEvent(expanded.concept, kind) && !expanded.concept.isFrame);
  return asked.length > 0 && asked.every(({ expanded, found }) => !found && expanded.status === 'unknown') && asked.some(({ expanded }) => expanded.concept.isTopic);
}

/** A name made only of countries, peoples and capitals ("US", "Russian", "Berlin"). */
function namesCountry(expanded: ExpandedConcept): boolean {
  const { parts, isName } = expanded.concept;
  // In lowercase ("the us-russia talks") "us" may be the pronoun; "russia" is a country all the same.
  return parts.every((part) => isCountryWord(part.folded) && (isName || part.folded !== 'us'));
}

/**
 * Whether the candidate's sentence, paragraph, headline or first paragraph names the country of a
 * country concept in any of its forms: "Moscow" is told by "the Russian Foreign Ministry", "Venezuela"
 * by "Venezuelan diplomats".
 */
function mentionsCountryOf(index: KnowledgeIndex, candidate: ScoredSentence, expanded: ExpandedConcept | undefined): boolean {
  // "The US embassy in Moscow" is a place: only Moscow (or its aliases) tells it.
  if (expanded === undefined || expanded.concept.isSetting) return false;
  const countries = new Set(expanded.concept.parts.map((part) => countryMeantBy(part.term)));
  countries.delete(null);
  if (countries.size === 0) return false;
  const told = (terms: Iterable<string>): boolean => {
    for (const term of terms) if (countries.has(countryOfTerm(term))) return true;
    return false;
  };
  return told(index.leadTermsOf(candidate.passage.article)) || index.sentencesOf(candidate.passage).some((sentence) => told(sentence.terms));
}

/** Whether the candidate's article has the concept (or an alias of it) in its headline or first paragraph. */
function inLead(index: KnowledgeIndex, candidate: ScoredSentence, expanded: ExpandedConcept | undefined): boolean {
  return expanded !== undefined && names(index.leadTermsOf(candidate.passage.article), expanded);
}

/**
 * The candidates about the round a question names. "Where was the previous round held?": a
 * paragraph that recalls no earlier meeting tells of the story's own ("the delegations visited
 * Istanbul"), and the sentence that itself recalls one comes first. "Where was the first round?":
 * not a sentence about the second ("met for a second round of talks"), and for where or when, a
 * sentence numbering the round asked comes before its neighbours.
 */
function aboutRoundAsked(candidates: ScoredSentence[], analysis: QuestionAnalysis, minSupport: number): ScoredSentence[] {
  let about = candidates;
  if (analysis.asksEarlierEvent) {
    about = moveFirst(
      about.filter((candidate) => RECALLING.test(candidate.passage.text)),
      (candidate) => RECALLING.test(candidate.sentence.text),
      minSupport,
    );
  }
  const asked = analysis.eventOrdinals;
  if (asked.length > 0) {
    const numbersAsked = (candidate: ScoredSentence): boolean => eventOrdinalsOf(candidate.sentence.text).some((ordinal) => asked.includes(ordinal));
    about = about.filter((candidate) => eventOrdinalsOf(candidate.sentence.text).length === 0 || numbersAsked(candidate));
    if (ROUND_SETTING_KINDS.has(analysis.kind)) about = moveFirst(about, numbersAsked, minSupport);
  }
  return about;
}

/**
 * "What came out of the fourth round in Istanbul?": when the question asks of what took place, an
 * article that names the round's place or number only as one still to come ("No date has been
 * set for a fourth round"; "the next round is scheduled for February in Bursa") reports nothing of
 * it, and none of its sentences answers. A place it also names otherwise ("met in Istanbul on April
 * 16 ... a follow-up meeting is expected in Istanbul") keeps it; a country ("the UK-Iran round")
 * names the parties, not the round.
 */
function notStillToCome(candidates: ScoredSentence[], concepts: readonly ExpandedConcept[], analysis: QuestionAnalysis): ScoredSentence[] {
  if (!analysis.asksPast) return candidates;
  const qualifiers = concepts
    .filter((expanded) => (expanded.concept.isSetting && !namesCountry(expanded)) || analysis.eventOrdinals.includes(expanded.concept.parts[0]?.folded ?? ''))
    .map((expanded) => expanded.concept.parts.map((part) => part.term));
  if (qualifiers.length === 0) return candidates;
  return candidates.filter((candidate) => {
    const { planned, elsewhere } = plannedTermsOf(candidate.passage.article);
    // Named only as still to come: in a plan, and nowhere else.
    return !qualifiers.some((terms) => terms.some((term) => planned.has(term)) && !terms.some((term) => elsewhere.has(term)));
  });
}

/** An article's terms split by where they stand: in a clause telling of a round still to come, or elsewhere. */
interface PlannedTerms {
  readonly planned: ReadonlySet<string>;
  readonly elsewhere: ReadonlySet<string>;
}

/** Per article, its terms in plans and elsewhere, worked out when first asked. */
const plannedTermsCache = new WeakMap<Article, PlannedTerms>();

function plannedTermsOf(article: Article): PlannedTerms {
  const cached = plannedTermsCache.get(article);
  if (cached !== undefined) return cached;
  const planned = new Set<string>();
  const elsewhere = new Set<string>();
  for (const text of [article.title, ...article.paragraphs]) {
    for (const { text: sentence } of splitSentences(text)) {
      // Each plan runs to the end of its clause: "set up a group that will meet monthly, and to hold
      // a third round in Istanbul" has two.
      let rest = sentence;
      for (const plan of sentence.matchAll(STILL_TO_COME)) {
        const clause = sentence.slice(plan.index).split(/[,;:]/u)[0] ?? '';
        for (const term of termsOf(clause)) planned.add(term);
        rest = rest.replace(clause, ' ');
      }
      for (const term of termsOf(rest)) elsewhere.add(term);
    }
  }
  const terms = { planned, elsewhere };
  plannedTermsCache.set(article, terms);
  return terms;
}

/** A sentence speaking of the story's city without naming it, or of a district in it. */
const CITY_REFERENCE = /\bthe (?:city|capital)['’]s\b|\bin the (?:city|capital)\b|\b(?:district|neighbou?rhood|quarter)\b/iu;

/** Words after a country that make it a place: "the Turkish resort city of Antalya". */
const PLACE_AFTER: ReadonlySet<string> = new Set(['city', 'cities', 'resort', 'port', 'capital', 'coast', 'border', 'province', 'region', 'town', 'soil']);

/**
 * Whether the sentence names the mission (consulate, embassy) as another country's ("the Russian
 * consulate") and never as the one asked about.
 */
function namesOthersMission(sentence: string, asked: { readonly country: string; readonly mission: string }): boolean {
  const tokens = tokenize(sentence);
  let other = false;
  for (const [i, token] of tokens.entries()) {
    if (termOf(token.folded) !== asked.mission) continue;
    const owner = missionOwnerAt(tokens, i);
    if (owner === asked.country) return false;
    if (owner !== null) other = true;
  }
  return other;
}

/** Per article, the countries it has act (see `actsIn`), worked out when first asked. */
const actingCountries = new WeakMap<Article, Map<string, boolean>>();

/** Whether any sentence of the article, or its headline, has the country act (see `actsIn`). */
function actsInArticle(article: Article, country: string): boolean {
  let known = actingCountries.get(article);
  if (known === undefined) {
    known = new Map();
    actingCountries.set(article, known);
  }
  let acts = known.get(country);
  if (acts === undefined) {
    acts = [article.title, ...article.paragraphs].some((text) => actsIn(text, country));
    known.set(country, acts);
  }
  return acts;
}

/**
 * Whether the text names the country (by its name, people or capital) other than as a place:
 * "Turkish officials", "Turkey's foreign ministry said", "Ankara offered"; not "Istanbul (Türkiye)",
 * "in Ankara" or "the Turkish resort city of Antalya".
 */
function actsIn(sentence: string, country: string): boolean {
  const tokens = tokenize(sentence);
  return tokens.some((token, i) => {
    if (countryMeantBy(termOf(token.folded) ?? '') !== country) return false;
    const bracketed = /\(\s*$/u.test(sentence.slice(0, token.start));
    return !bracketed && !PREPOSITIONS.has(tokens[i - 1]?.folded ?? '') && !PLACE_AFTER.has(tokens[i + 1]?.folded ?? '');
  });
}

/**
 * Whether a concept the knowledge lacks is a premise the answer corrects, or the asker's chatter,
 * rather than a sign the knowledge does not cover the question (`before`: the concepts before it):
 * - the place or leader a check puts forward ("Didn't they meet in Ankara?", "Were the talks led by Lavrov?");
 * - a word of the asker's remark ("Honestly both sides have been sniping at each other for ages. What ...?");
 * - the place a check ends its claim on ("Pioneer Point is a villa in Virginia, correct?");
 * - in a claim about someone the knowledge names, another name ("Tammy Bruce is the Pentagon
 *   spokeswoman, right?"; not "did Lavrov attend?", asked of no one known).
 */
function isPremiseOrChatter(analysis: QuestionAnalysis, concept: Concept, before: readonly ExpandedConcept[]): boolean {
  return (
    concept === analysis.checkedPlace ||
    analysis.checkedLeaders.includes(concept) ||
    analysis.remarked.includes(concept) ||
    analysis.claimedPlaces.includes(concept) ||
    (analysis.isClaim && concept.isName && before.some(isKnownPersonOrBody))
  );
}

/** A name the knowledge has that is no country ("Bruce", "Sonata Coulter"): whom a claim is about. */
function isKnownPersonOrBody(expanded: ExpandedConcept): boolean {
  return expanded.status === 'known' && expanded.concept.isName && !isCountryWord(expanded.concept.parts[0]?.folded ?? '');
}

/**
 * Whether a question asks what someone said ("what did both sides say was the focus", "the main
 * goal according to both governments").
 */
function asksWhatWasSaid(question: string, analysis: QuestionAnalysis): boolean {
  return analysis.speaker !== null || analysis.sayer !== null || SAYING.test(question);
}

/** Words of saying, and of whose word it is. */
const SAYING = /\b(?:say|said|says|affirm(?:ed)?|declared?|stated?|claim(?:ed)?|announced?|according|per|both)\b/iu;

/** The candidates with those passing `first` ahead (in their order), when the best of them has enough support. */
function moveFirst(candidates: ScoredSentence[], first: (candidate: ScoredSentence) => boolean, minSupport: number): ScoredSentence[] {
  const ahead = candidates.filter(first);
  return (ahead[0]?.support ?? 0) >= minSupport ? [...ahead, ...candidates.filter((candidate) => !first(candidate))] : candidates;
}

/** Words that recall an earlier meeting in a paragraph ("the previous round took place in Yerevan", "after two meetings in Vienna"). */
const RECALLING = /\b(?:previous|earlier|prior|preceding|first|initial)\b|\b(?:after|following|followed|since)\s+(?:\S+\s+){0,3}(?:meetings?|rounds?|sessions?|talks)\b/iu;

/** Verbs of paying off what is owed, which answer "how much did they pay / owe". */
const SETTLING_TERMS: ReadonlySet<string> = termSetOf(['settle', 'repay', 'reimburse']);

/** Words for a meeting whose length is asked ("how long did the Geneva session go on"). */
const MEETING_WORDS: ReadonlySet<string> = new Set(['talks', 'meeting', 'session', 'round', 'briefing', 'negotiations', 'consultations', 'visit']);

/** How long a meeting lasted: "lasted about six hours", "six hours of talks", "a two-day round" (not "within 21 days", "to leave within 72 hours", "72 hours' notice"). */
const MEETING_LENGTH = /\blast(?:ed|ing|s)?\b|(?<!within )\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)[- ](?:hours?|minutes?)\b(?!['’]?\s+notice)|\b(?:\d+|one|two|three|four|five)-day\b|\b(?:\d+|two|three|four|five) days of\b/iu;

/** Kinds of answer that place a round in space or time. */
const ROUND_SETTING_KINDS: ReadonlySet<AnswerKind> = new Set(['place', 'date', 'time']);

/** "The first Istanbul round": an article that never calls its meeting a second or later one tells of the first. */
function isOnlyRound(index: KnowledgeIndex, candidate: ScoredSentence, expanded: ExpandedConcept | undefined): boolean {
  if (expanded === undefined || !['first', '1st'].includes(expanded.concept.parts[0]?.folded ?? '')) return false;
  const terms = index.articleTermsOf(candidate.passage.article);
  for (const ordinal of LATER_ORDINALS) if (terms.has(ordinal)) return false;
  return true;
}

/**
 * Another name or setting of the question that the candidate matches: "the first round in Istanbul"
 * picks the round by its place too, while in "where was the first round?" the ordinal alone picks it.
 */
function identifiedBesides(candidate: ScoredSentence, concepts: readonly ExpandedConcept[], ordinalAt: number): boolean {
  return concepts.some(
    (expanded, j) => j !== ordinalAt && (expanded.concept.isName || expanded.concept.isSetting) && (candidate.contextMatches[j] ?? 0) > 0,
  );
}

/** An office ("Was Turkey's foreign minister there?"): a person the knowledge would have named. */
function isOffice(expanded: ExpandedConcept): boolean {
  return expanded.concept.parts.length === 1 && PERSON_ROLES.has(expanded.concept.parts[0]?.folded ?? '');
}

/** A single lowercase word that is a known place or people ("what did she say about china"). */
function isPlaceName(expanded: ExpandedConcept): boolean {
  return expanded.concept.parts.length === 1 && PLACE_NAME_WORDS.has(expanded.concept.parts[0]?.folded ?? '');
}

/** Prefixes written apart before a hyphen ("multi-entry visas"): no names. */
const WORD_PREFIXES: ReadonlySet<string> = new Set(['multi', 'inter', 'intra', 'trans', 'ultra', 'super', 'socio', 'quasi', 'pseudo', 'counter']);

/** A lowercase word no dictionary lists, nor is a slip for one, and the knowledge lacks, even as a typo: a name typed in lowercase ("erdogan"), not "titel". */
function isUnlistedWord(expanded: ExpandedConcept): boolean {
  return expanded.concept.parts.every(
    (part) =>
      part.folded.length >= 5 && /^\p{L}+$/u.test(part.folded) && !isDictionaryWord(part.folded) && !isMisspeltWord(part.folded) && !WORD_PREFIXES.has(part.folded),
  );
}

/**
 * The terms of whoever the sentence credits: its speaker (resolved from the article) by name and by
 * the role the article gives them ("the State Department spokeswoman"), the article's outlet, and
 * the one whose claim a speaker reports.
 */
function creditedTermsOf(index: KnowledgeIndex, sentence: Sentence): ReadonlySet<string> {
  const credited = index.speakerOf(sentence);
  // "According to the Reuters report, ...": everything a Reuters article says is according to Reuters.
  const terms = new Set([...index.sourceTermsOf(index.passageOf(sentence).article), ...termsOf(`${credited?.name ?? ''} ${credited?.role ?? ''}`)]);
  // "Markova said Moscow puts its losses at $48 million": the claim reported is Moscow's.
  if (credited !== null) for (const term of reportedSubjectTerms(sentence.text)) terms.add(term);
  return terms;
}

/**
 * How far down the ranking a sentence that covers the question may be taken from when the first
 * does not (see {@link supportedFirst}). Measured: 3 answered six questions declined before and
 * declined every out-of-scope question still; 10 answered two out-of-scope ones.
 */
const SUPPORTED_RANKS = 3;

/**
 * The candidates with the first one that covers the question (support at least `minSupport`)
 * first, when the best-scored does not and it is among the first {@link SUPPORTED_RANKS}: scores
 * favour sentences that repeat the question's names, support counts everything it asks.
 */
function supportedFirst(candidates: ScoredSentence[], minSupport: number): ScoredSentence[] {
  if ((candidates[0]?.support ?? 0) >= minSupport) return candidates;
  const covering = candidates.slice(0, SUPPORTED_RANKS).findIndex((candidate) => candidate.support >= minSupport);
  return covering <= 0 ? candidates : [candidates[covering] as ScoredSentence, ...candidates.filter((_, i) => i !== covering)];
}

/** Whether the candidate's sentence itself has one of the terms. */
function saysAnyOf(candidate: ScoredSentence, terms: ReadonlySet<string>): boolean {
  return candidate.sentence.terms.some((term) => terms.has(term));
}

/**
 * Whether a one-word speaker naming a country or its capital ("Baku's spokeswoman") is the country
 * of someone the terms credit ("Azerbaijani foreign ministry spokeswoman Leyla Aliyarova").
 */
function sameCountry(terms: ReadonlySet<string>, expanded: ExpandedConcept): boolean {
  if (expanded.concept.parts.length !== 1) return false;
  const country = countryMeantBy(expanded.concept.parts[0]?.term ?? '');
  if (country === null) return false;
  for (const term of terms) if (countryOfTerm(term) === country) return true;
  return false;
}

/** A name as the knowledge writes it: "coulter", typed in lowercase, is "Coulter" there. */
function displayName(index: KnowledgeIndex, concept: Concept): string {
  if (!concept.parts.every((part) => /^\p{Ll}/u.test(part.surface) && index.isProperWord(part.folded))) return concept.surface;
  return concept.parts.map((part) => part.surface.charAt(0).toUpperCase() + part.surface.slice(1)).join(' ');
}

/** Whether the terms hold the concept, or one of its aliases, whole. */
function names(terms: ReadonlySet<string>, expanded: ExpandedConcept): boolean {
  return expanded.alternatives.some((alternative) => alternative.terms.every((term) => terms.has(term)));
}

/** The capitalised words right after a verb of saying ("said Moscow", "said that Russia"): whose claim is reported. */
function reportedSubjectTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(/\b(?:said|says|told reporters|added|noted)\s+(?:that\s+)?((?:\p{Lu}[\p{L}'’]*\s*){1,3})/gu)) {
    terms.push(...termsOf(match[1] ?? ''));
  }
  return terms;
}

const SPEECH_TERMS: ReadonlySet<string> = new Set(termsOf('say said says tell told note noted state stated comment commented report reported think mean complain complained claim claimed statement remarks'));

/** Verbs a sentence reports a party's words with, as terms. */
const REPORTING_TERMS: ReadonlySet<string> = new Set([...SPEECH_TERMS, ...termsOf('reflected affirmed stressed added warned insisted complained accused argued')]);

/** Whether the asked-of party (by its name or a variant of it) speaks in the sentence, right before a verb of saying: "while the US reflected that". */
function speaksIn(text: string, party: ExpandedConcept): boolean {
  const tokens = tokenize(text);
  const own = party.alternatives.filter((alternative) => alternative.weight >= VARIANT_WEIGHT && alternative.terms.length === 1).map((alternative) => alternative.terms[0]);
  // Lowercase: "US State Department" names a body, it says nothing.
  return tokens.some((token, i) => own.includes(termOf(token.folded) ?? '') && /^\p{Ll}/u.test(tokens[i + 1]?.surface ?? '') && REPORTING_TERMS.has(termOf(tokens[i + 1]?.folded ?? '') ?? ''));
}

function isSpeechVerb(concept: ExpandedConcept): boolean {
  return concept.concept.parts.every((part) => SPEECH_TERMS.has(part.term));
}

/** A sentence telling of a meeting to come: "a second round is planned for July", "will meet again in Ankara". */
const NEXT_EVENT = /\b(?:rounds?|meetings?|sessions?|talks)\b[^.;]*?\b(?:expected|planned|scheduled|due|set)\b|\b(?:will|would|to|agreed to)\s+(?:meet|hold|reconvene|be held|take place)\b|\bnext\s+(?:round|meeting|session)\b/iu;

/** Rounds still to come, each: the next one, one agreed to or planned, or one with no date set yet. */
const STILL_TO_COME =
  /\bnext (?:round|meeting|session)\b|\b(?:will|would|shall|could|may|might|agreed to|plans? to|planning to|and to|expected to|due to)\s+(?:meet|hold|reconvene|resume|be held|take place)\b|\b(?:rounds?|meetings?|sessions?|talks) (?:is|are|was|were) (?:expected|planned|scheduled|due|set)\b|\bno date (?:(?:has|had) (?:yet )?been|was|is) (?:yet )?(?:set|fixed)\b/giu;

/** Words that place a sentence's event ahead: "will resume", "would take place", "is scheduled for", "next". */
const FUTURE_MARKERS = /\b(?:will|would|shall|again|scheduled|planned|plans|next|upcoming|expected|due|set to|set for|later this|agreed to (?:hold|meet|resume|reconvene)|pencill?ed in|(?:could|might|may) be (?:held|hosted)|possible venues?)\b/iu;

/** Shortest shared start that counts two terms as one word family ("discov" of discovered, "discoveri" of discovery). */
const WORD_FAMILY_PREFIX = 5;

/**
 * Whether the candidate's paragraph (or headline) mentions the event verb (`concepts[verbAt]`): one
 * of its terms or aliases (ranking already looked: `contextMatches`), or a term of the same word
 * family (discovered, discovery; founded, founder).
 */
function mentionsEvent(index: KnowledgeIndex, candidate: ScoredSentence, concepts: readonly ExpandedConcept[], verbAt: number): boolean {
  if ((candidate.contextMatches[verbAt] ?? 0) > 0) return true;
  const verb = concepts[verbAt];
  if (verb === undefined) return false;
  // "James Dean (1931-1955)": a life's span dates its birth and death.
  if (verb.concept.parts.every((part) => LIFE_EVENTS.has(part.term)) && givesLifespan(candidate.sentence.text)) return true;
  const wanted = verb.alternatives.filter((alternative) => alternative.terms.length === 1).map((alternative) => alternative.terms[0] ?? '');
  const present = new Set(index.titleTermsOf(candidate.passage.article));
  for (const sentence of index.sentencesOf(candidate.passage)) for (const term of sentence.terms) present.add(term);
  for (const term of verb.concept.parts.map((part) => part.term).concat(wanted)) {
    for (const other of present) {
      const [shorter, longer] = term.length <= other.length ? [term, other] : [other, term];
      if (shorter.length >= WORD_FAMILY_PREFIX && longer.startsWith(shorter)) return true;
    }
  }
  return false;
}

/** Share of the importance of the `topic` concepts found in the candidate's sentence or paragraph (1 when there are none). */
function topicSupport(concepts: readonly ExpandedConcept[], candidate: ScoredSentence, topic: readonly boolean[]): number {
  let total = 0;
  let found = 0;
  concepts.forEach((concept, i) => {
    if (topic[i] !== true) return;
    total += concept.importance;
    found += concept.importance * (candidate.contextMatches[i] ?? 0);
  });
  return total === 0 ? 1 : found / total;
}

/**
 * The candidates without repeats: a sentence carried word for word by several articles (a wire
 * story reprinted, a lead quoted again) is quoted once, from its best-ranked copy.
 */
function distinctSentences(ranked: readonly ScoredSentence[]): ScoredSentence[] {
  const seen = new Set<string>();
  return ranked.filter((candidate) => {
    const key = candidate.sentence.text.replace(/\s+/gu, ' ').trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The best sentence, plus up to two more that score close to it. */
function selectAnswers(ranked: readonly ScoredSentence[], best: ScoredSentence, ratio: number): ScoredSentence[] {
  const floor = best.score * ratio;
  return ranked.filter((candidate, rank) => rank === 0 || candidate.score >= floor).slice(0, MAX_ANSWERS);
}

function quote(index: KnowledgeIndex, candidate: ScoredSentence): QuotedSentence {
  const { sentence, passage } = candidate;
  return {
    text: sentence.text,
    score: Math.round(candidate.score * 1000) / 1000,
    article: passage.article,
    paragraph: passage.paragraph,
    sentenceId: sentenceId(passage, sentence),
    matchedTerms: [...candidate.matchedTerms],
    speaker: index.speakerOf(sentence),
  };
}

function declined(question: string, reason: DeclineReason): AnswerResult {
  return { kind: 'declined', question, reason };
}

/** The one-word alternatives of a concept ("court", its aliases), as terms. */
function singleTermsOf(expanded: ExpandedConcept): ReadonlySet<string> {
  return new Set(expanded.alternatives.flatMap((alternative) => (alternative.terms.length === 1 ? alternative.terms : [])));
}
