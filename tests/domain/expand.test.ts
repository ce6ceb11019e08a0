// How question words map to the knowledge's terms (aliases, phrases, names), on the seed article
// and its curated alias file.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/domain/answer/answer.js';
import { expandConcepts, type ExpandedConcept } from '../../src/domain/answer/expand.js';
import { analyzeQuestion } from '../../src/domain/answer/question.js';
import { loadKnowledge } from '../../src/domain/knowledge/loadKnowledge.js';
import { KnowledgeIndex } from '../../src/domain/search/knowledgeIndex.js';

const { articles, aliases } = await loadKnowledge('knowledge');
const index = new KnowledgeIndex(articles, aliases);
const SEED = '2025-04-10-istanbul-embassy-talks';

function expand(question: string): ExpandedConcept[] {
  return expandConcepts(index, analyzeQuestion(question).concepts);
}

const alternativesOf = (concept: ExpandedConcept | undefined): string[] => (concept?.alternatives ?? []).map((alternative) => alternative.terms.join(' '));

describe('alias phrases in questions', () => {
  it('joins consecutive words that form a curated alias phrase into one concept', () => {
    // aliases.yaml: [record low, all-time low, rock bottom]
    const concepts = expand('since when have us russia ties been at rock bottom');
    expect(concepts.map((concept) => concept.concept.surface)).toEqual(['us', 'russia', 'ties', 'rock bottom']);
    const rockBottom = concepts.at(-1);
    expect(rockBottom?.status).toBe('alias');
    expect(alternativesOf(rockBottom)).toContain('record low');
  });

  it('answers with the sentence that says it in the alias words', () => {
    const result = answerQuestion(index, 'since when have us russia ties been at rock bottom');
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe(`${SEED}#1.2`);
  });

  it('keeps words apart when together they are no alias', () => {
    expect(expand('rock concert bottom line').map((concept) => concept.concept.surface)).toEqual(['rock', 'concert', 'bottom', 'line']);
  });
});

describe('names', () => {
  it('takes near-identical variants inside a name: "State Dept" is the State Department', () => {
    const [name] = expand('What did the State Dept say?');
    expect(name?.concept.surface).toBe('State Dept');
    expect(name?.status).not.toBe('unknown');
    expect(alternativesOf(name)).toContain('depart');
  });

  it('takes no synonyms inside a name: the Washington Post is not "US Post"', () => {
    const [name] = expand('What did the Washington Post report?');
    expect(name?.concept.surface).toBe('Washington Post');
    expect(alternativesOf(name)).not.toContain('us');
  });
});

describe('aliases of variants', () => {
  it('gives a name its variant\'s aliases at the product of the weights: "United States" is "US", so "Washington"', () => {
    const [name] = expand('What did the United States say?');
    const washington = name?.alternatives.find((alternative) => alternative.terms.join(' ') === 'washington');
    expect(washington?.weight).toBeCloseTo(0.9 * 0.7);
  });
});

describe('typos', () => {
  it('corrects a slip by the dictionary when the knowledge writes the word in another form', () => {
    // The seed writes "harassing" and "led"; "harrassment" and "leadng" are a letter off "harassment" and "leading".
    expect(alternativesOf(expand('harrassment')[0])).toEqual(['harass']);
    expect(alternativesOf(expand('leadng')[0])).toEqual(['lead']);
    expect(answerQuestion(index, "who's leadng the US delegaton in istanbul").kind).toBe('answered');
  });

  it('corrects a slip two edits from every form the knowledge writes, but one from the dictionary\'s', () => {
    // The seed writes "accusing" and "accused"; "acuse" is one letter short of "accuse".
    const [accuse] = expand('acuse');
    expect(accuse?.status).toBe('typo');
    expect(alternativesOf(accuse)).toEqual(['accus']);
    const result = answerQuestion(index, 'what did each side acuse the other of doing');
    expect(result.kind).toBe('answered');
  });
});

describe('an alias of an alias', () => {
  it('reads "Moscow\'s team" as Russia\'s in any form, but "in Moscow" only as the city', () => {
    const moscow = expand("Who headed Moscow's team at the talks?").find((concept) => concept.concept.surface === "Moscow's");
    expect(alternativesOf(moscow)).toEqual(expect.arrayContaining(['moscow', 'russia', 'russian']));
    const russian = moscow?.alternatives.find((alternative) => alternative.terms.join(' ') === 'russian');
    expect(russian?.weight).toBeCloseTo(0.7 * 0.9); // an alias (capital for country) of a variant (people for country)
    const place = expand('Who works at the US embassy in Moscow?').find((concept) => concept.concept.surface === 'Moscow');
    expect(alternativesOf(place)).not.toContain('russian');
  });

  it('names the Russian leader for "Moscow\'s team"', () => {
    const result = answerQuestion(index, "Who headed Moscow's team at the talks?");
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe(`${SEED}#3.1`);
  });
});

describe('everyday synonyms', () => {
  it('reads "across the board" as comprehensive and "discuss" as on the agenda', () => {
    const concepts = expand('Was the meeting supposed to reset relations across the board?');
    expect(alternativesOf(concepts.find((concept) => concept.concept.surface === 'across board'))).toContain('comprehens');
    expect(alternativesOf(expand('discuss')[0])).toContain('agenda');
    const result = answerQuestion(index, 'will they discuss the war in ukraine at the talks');
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe(`${SEED}#5.1`);
  });

  it('reads a broader thaw as a comprehensive normalization', () => {
    expect(alternativesOf(expand('thaw')[0])).toContain('normal');
    expect(alternativesOf(expand('broader')[0])).toContain('comprehens');
    expect(alternativesOf(expand('overall')[0])).toContain('comprehens');
    expect(expand('so was the istanbul thing about fixing us-russia relations overall or nah').map((concept) => concept.concept.surface)).not.toContain('nah');
    const result = answerQuestion(index, "Ms Bruce's condition for a broader thaw");
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe(`${SEED}#6.1`);
  });

  it('reads a goal or aim as the focus', () => {
    expect(alternativesOf(expand('goal')[0])).toContain('focus');
    const result = answerQuestion(index, 'What had both governments said beforehand about the goal of the talks?');
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe(`${SEED}#4.1`);
  });

  it('reads "beforehand" as previously and "concentrate on" as the focus', () => {
    expect(alternativesOf(expand('beforehand')[0])).toContain('previous');
    expect(alternativesOf(expand('concentrate')[0])).toContain('focus');
    const result = answerQuestion(index, 'What did both capitals say the meeting would concentrate on?');
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe(`${SEED}#4.1`);
  });

  it('reads "bring back" as return', () => {
    const returning = new KnowledgeIndex([
      { id: 'deal', title: 'Diplomats to return', source: 'CBC News', published: '2025-04-24', url: null, paragraphs: ['Each side may return 21 diplomats over the next 90 days.'] },
    ]);
    const concepts = expandConcepts(returning, analyzeQuestion('How many diplomats may each side bring back?').concepts);
    expect(alternativesOf(concepts.find((concept) => concept.concept.surface === 'bring back'))).toContain('return');
    const result = answerQuestion(returning, 'How many diplomats may each side bring back?');
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe('deal#1.1');
  });

  it('reads a collapse as a fall', () => {
    expect(alternativesOf(expand('collapse')[0])).toContain('fall');
    const result = answerQuestion(index, 'what conflict does the article blame for the collapse in relations');
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe(`${SEED}#1.2`);
  });

  it('reads friction as tensions', () => {
    expect(alternativesOf(expand('friction')[0])).toContain('tension');
    const result = answerQuestion(index, 'how long has the friction between them lasted');
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe(`${SEED}#4.1`);
  });

  it('reads problems as difficulties and a trip as a visit', () => {
    const [problems] = expand('problems');
    expect(alternativesOf(problems)).toContain('difficulti');
    const [trip] = expand('trip');
    expect(alternativesOf(trip)).toContain('visit');
    const result = answerQuestion(index, 'What problems have diplomats faced lately?');
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe(`${SEED}#7.1`);
  });
});

describe('countries outside the variant groups', () => {
  it('finds a country by its people and a people by its country', async () => {
    const { termOf } = await import('../../src/domain/text/terms.js');
    const withBelarus = new KnowledgeIndex([
      { id: 'talks', title: 'Border talks', source: 'AP', published: '2025-06-12', url: null, paragraphs: ['The Belarusian side was led by Ambassador Kirill Danilevich. Venezuela was not invited.'] },
    ]);
    const [belarus, venezuelan] = expandConcepts(withBelarus, analyzeQuestion('Belarus venezuelan').concepts);
    expect(alternativesOf(belarus)).toContain(termOf('belarusian'));
    expect(belarus?.alternatives.find((alternative) => alternative.terms[0] === termOf('belarusian'))?.weight).toBe(0.9);
    expect(alternativesOf(venezuelan)).toContain(termOf('venezuela'));
    const result = answerQuestion(withBelarus, 'Who headed the delegation of Belarus?');
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe('talks#1.1');
  });
});

describe('a country\'s capital', () => {
  it('finds the city for "the US capital" and "the capital of Russia"', () => {
    const capital = (question: string): string[] => alternativesOf(expand(question).find((concept) => concept.concept.surface === 'capital'));
    expect(capital("Who is Russia's new envoy in the US capital?")).toContain('washington');
    expect(capital('Which facilities are in the capital of Russia?')).toContain('moscow');
    expect(capital('What is the capital requirement?')).not.toContain('washington');
    const result = answerQuestion(index, "Who is Russia's new envoy in the US capital?");
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe(`${SEED}#3.1`);
  });

  it('reads "both capitals" as the capitals the knowledge names, and "affirmed" as said', () => {
    const capitals = alternativesOf(expand('What did both capitals say?').find((concept) => concept.concept.surface === 'capitals'));
    expect(capitals).toEqual(expect.arrayContaining(['moscow', 'washington']));
    expect(capitals).not.toContain('paris'); // a capital the knowledge never names
    expect(alternativesOf(expand('say')[0])).toContain('affirm');
  });
});

describe('regions', () => {
  const region = (question: string, surface: string): ExpandedConcept | undefined =>
    expand(question).find((concept) => concept.concept.surface === surface);

  it('finds the places the knowledge has within a region, typed either way', () => {
    for (const [question, surface] of [
      ['Which Russian consulates on the West Coast are restricted?', 'West Coast'],
      ['which west coast consulates are on the list', 'west coast'],
      ['Which cities of the US West Coast have Russian consulates?', 'US West Coast'],
      // A people's word after the region is not part of its name.
      ['Which West Coast Russian consulates appear on the restricted list?', 'West Coast'],
      // A region's name may end in lowercase.
      ['Which Russian consulates on the Pacific coast are affected by the restrictions?', 'Pacific coast'],
    ] as const) {
      const concept = region(question, surface);
      expect(concept?.status).toBe('alias');
      expect(alternativesOf(concept)).toEqual(expect.arrayContaining(['san francisco', 'seattl']));
      expect(alternativesOf(concept)).not.toContain('washington');
    }
  });

  it('goes one way: a place does not find the region\'s other places', () => {
    expect(alternativesOf(region('Is there a Russian consulate in San Francisco?', 'San Francisco'))).not.toContain('seattl');
  });

  it('leaves a region with none of its places in the knowledge unknown, so the question is declined', () => {
    expect(region('Which Russian consulates in the Balkans reopened?', 'Balkans')?.status).toBe('unknown');
    expect(answerQuestion(index, 'Which Russian consulates in the Balkans reopened?').kind).toBe('declined');
  });

  it('answers with the sentence naming the places', () => {
    const result = answerQuestion(index, 'which west coast russian consulates are mentioned');
    expect(result.kind === 'answered' && result.answers[0]?.sentenceId).toBe(`${SEED}#9.2`);
  });
});
