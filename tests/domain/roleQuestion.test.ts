// Office-holder questions: read the office and its qualifiers, and check them in a sentence by word
// order, which bag-of-words ranking (with aliases making Washington the US) cannot do.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/domain/answer/answer.js';
import { expandConcepts } from '../../src/domain/answer/expand.js';
import { analyzeQuestion } from '../../src/domain/answer/question.js';
import { namesOfficeHolder } from '../../src/domain/answer/roleQuestion.js';
import { loadKnowledge } from '../../src/domain/knowledge/loadKnowledge.js';
import { KnowledgeIndex } from '../../src/domain/search/knowledgeIndex.js';
import { termsOf } from '../../src/domain/text/terms.js';

describe('roleQuestionOf', () => {
  it.each([
    ['Who is the US ambassador to Moscow?', { before: ['us'], office: ['ambassador'], after: ['moscow'] }],
    ["Who is Russia's foreign minister?", { before: ['russia', 'foreign'], office: ['minister'], after: [] }],
    ['Who is the US Secretary of State?', { before: ['us'], office: ['secretary'], after: ['state'] }],
    ['who is the new russian envoy', { before: ['russian'], office: ['envoy'], after: [] }],
    ['Who is the British ambassador in Moscow?', { before: ['british'], office: ['ambassador'], after: ['moscow'] }],
    ["What's the name of Estonia's foreign minister?", { before: ['estonia', 'foreign'], office: ['minister'], after: [] }],
    // An asker who capitalises nothing still links the office to a name; a body the office belongs
    // to ("of the ... ministry") qualifies it as if written before it.
    ['who is the spokesperson of the russian foreign ministry', { before: ['russian', 'foreign', 'ministry'], office: ['spokesperson'], after: [] }],
    ['who is the spokeswoman for the state department', { before: ['state', 'department'], office: ['spokeswoman'], after: [] }],
    ['whats the name of the russian consul general in istanbul', { before: ['russian'], office: ['consul', 'general'], after: ['istanbul'] }],
    ['What is the name of the Norwegian deputy foreign minister who negotiated in Helsinki?', { before: ['norwegian', 'deputy', 'foreign'], office: ['minister'], after: [] }],
    ['Name the Russian Foreign Ministry spokeswoman who commented on the talks.', { before: ['russian', 'foreign', 'ministry'], office: ['spokeswoman'], after: [] }],
    // "who's", and where to look ("in the Norway story") is no qualifier.
    ["who's the us ambassador to russia rn", { before: ['us'], office: ['ambassador'], after: ['russia'] }],
    // Lookups: the office, then "name" or "who", or placed by a link.
    ['russian foreign ministry spokesperson name', { before: ['russian', 'foreign', 'ministry'], office: ['spokesperson'], after: [] }],
    ['russia ambassador to turkey who', { before: ['russia'], office: ['ambassador'], after: ['turkey'] }],
    ['indian ambassador to ottawa', { before: ['indian'], office: ['ambassador'], after: ['ottawa'] }],
    ['who is the spokeswoman in the norway story', { before: [], office: ['spokeswoman'], after: [] }],
    ["who is canada's charge d'affaires in moscow", { before: ['canada'], office: ['charge', 'daffaires'], after: ['moscow'] }],
    ['Who is the spokesperson of the Russian foreign ministry?', { before: ['russian', 'foreign', 'ministry'], office: ['spokesperson'], after: [] }],
    // Filler and set phrases around it change nothing.
    ['who is the US ambassador to russia right now lol', { before: ['us'], office: ['ambassador'], after: ['russia'] }],
    // A link to the event the holder took part in says nothing of where the office is.
    ['who was the us deputy assistant secretary at the istanbul talks', { before: ['us', 'deputy', 'assistant'], office: ['secretary'], after: [] }],
    // "At the time" says when, not where the office is.
    ['who was the US ambassador in moscow at the time?', { before: ['us'], office: ['ambassador'], after: ['moscow'] }],
    // A participle's clause after the office says which, like a relative clause.
    ['who was the new russian ambassador to washington leading the april talks?', { before: ['russian'], office: ['ambassador'], after: ['washington'] }],
    // So does a past participle's after the name the office is linked to.
    ["who's the new Russian ambassador to Washington mentioned in the Istanbul story?", { before: ['russian'], office: ['ambassador'], after: ['washington'] }],
    // Or right after the office; "now" says when; "dept" is the department.
    ["who's the russian foreign ministry spokesperson quoted in this", { before: ['russian', 'foreign', 'ministry'], office: ['spokesperson'], after: [] }],
    ['who is the state dept spokesperson quoted in the article', { before: ['state', 'department'], office: ['spokesperson'], after: [] }],
    ['who is US ambassador in moscow now?', { before: ['us'], office: ['ambassador'], after: ['moscow'] }],
    // After an opening clause that ends in a comma and a conjunction.
    ["Forgive a silly question, but who is Russia's ambassador to Turkey?", { before: ['russia'], office: ['ambassador'], after: ['turkey'] }],
    // A bare "name of ..." asks the same as "what is the name of ...".
    ["name of china's charge d'affaires in vilnius?", { before: ['china'], office: ['charge', 'daffaires'], after: ['vilnius'] }],
  ])('%j', (question, role) => {
    expect(analyzeQuestion(question).role).toEqual(role);
  });

  it.each([
    'Who is Tammy Bruce?', // a person, not an office
    'Who was the US representative?', // a part played, not a title
    'Who led the Russian delegation?', // not "who is"
    'Who was the US ambassador at the start?', // linked to no name
    'sonata coulter deputy assistant secretary', // a lookup giving the holder, unmarked
    'seattle consulate', // a consulate is no consul
    'what happened at the russian consulate in istanbul',
  ])('is null for %j', (question) => {
    expect(analyzeQuestion(question).role).toBeNull();
  });
});

describe('namesOfficeHolder', async () => {
  const { articles, aliases } = await loadKnowledge('knowledge');
  const index = new KnowledgeIndex(articles, aliases);
  /** Whether `sentence`, in an article with the words of `article`, names the office asked about. */
  const check = (question: string, sentence: string, article = sentence): boolean => {
    const role = analyzeQuestion(question).role;
    if (role === null) throw new Error(`not an office question: ${question}`);
    return namesOfficeHolder(sentence, role, expandConcepts(index, analyzeQuestion(question).concepts), new Set(termsOf(article)));
  };
  const DARCHIEV = 'the talks would be led by the new Russian Ambassador to Washington, Alexander Darchiev';

  it('accepts the office with its qualifiers in place, through aliases', () => {
    expect(check("Who is Russia's envoy to the United States?", DARCHIEV)).toBe(true);
    expect(check('Who is the State Department spokesperson?', 'US State Department spokeswoman Tammy Bruce said')).toBe(true);
  });

  it('takes qualifiers the phrase leaves out from the article, when a name follows and no other name stands in their place', () => {
    const campos = "Speaking at the ministry's weekly briefing in Brasília, spokeswoman Luiza Campos said the measures were a response.";
    const withBrazil = new KnowledgeIndex([
      ...articles,
      { id: 'brazil', title: 'Brazil cuts embassy staff', source: 'AP', published: '2025-04-24', url: null, paragraphs: [`Brazil's foreign ministry said on Thursday it would cut staff. ${campos}`] },
    ]);
    const question = 'Who is the Brazilian foreign ministry spokeswoman?';
    const role = analyzeQuestion(question).role;
    if (role === null) throw new Error('not an office question');
    const concepts = expandConcepts(withBrazil, analyzeQuestion(question).concepts);
    expect(namesOfficeHolder(campos, role, concepts, new Set(termsOf(`Brazil's foreign ministry. ${campos}`)))).toBe(true);
    expect(namesOfficeHolder(campos, role, concepts, new Set(termsOf(`Chile's foreign ministry. ${campos}`)))).toBe(false);
    // No name after the office: the qualifiers cannot come from the article.
    expect(check('Who is the US ambassador to Moscow?', 'making the operations of the ambassadors of both sides complicated', 'US Russia Moscow')).toBe(false);
  });

  it('reads a name right after the office as its holder, not as a qualifier', () => {
    const volkhov = 'Russian Ambassador Gennady Volkhov was summoned to the Foreign Office on Wednesday.';
    expect(check("who is russia's envoy in london", volkhov, `${volkhov} London`)).toBe(true);
    // The sentence's first word is a qualifier too when it is a known place or people.
    expect(check('Who is the British ambassador in Moscow?', volkhov, `${volkhov} Britain Moscow`)).toBe(false);
  });

  it('takes "US State Department spokeswoman" for the American spokeswoman, not a Russian one', () => {
    expect(check('who was the american spokeswoman', 'US State Department spokeswoman Tammy Bruce said')).toBe(true);
    expect(check('who was the american spokeswoman', 'Russian Foreign Ministry spokeswoman Maria Zakharova said')).toBe(false);
  });

  it('takes "the spokesperson of the Russian foreign ministry" for its Russian spokesperson, not the US one', () => {
    const article = 'The Russian Foreign Ministry said the talks would be led by Darchiev. US State Department spokeswoman Tammy Bruce said';
    expect(check('who is the spokesperson of the russian foreign ministry', 'US State Department spokeswoman Tammy Bruce said', article)).toBe(false);
    expect(check('who is the spokesperson of the russian foreign ministry', 'Russian Foreign Ministry spokeswoman Maria Zakharova said')).toBe(true);
  });

  it('takes the holder after the office\'s title words and a comma', () => {
    const wierzbicki = 'The new consul general, Tomasz Wierzbicki, welcomed the first visitors.';
    const article = `Poland reopened its consulate general in the Belarusian city of Brest. ${wierzbicki}`;
    const withBrest = new KnowledgeIndex([...articles, { id: 'brest', title: 'Poland reopens Brest consulate', source: 'AP', published: '2025-08-18', url: null, paragraphs: [article] }]);
    const holds = (question: string, sentence: string): boolean => {
      const role = analyzeQuestion(question).role;
      if (role === null) throw new Error(`not an office question: ${question}`);
      return namesOfficeHolder(sentence, role, expandConcepts(withBrest, analyzeQuestion(question).concepts), new Set(termsOf(article)));
    };
    expect(holds('who is the new polish consul in brest', wierzbicki)).toBe(true);
    // A comma right after the office is no title going on: "no consul, Warsaw said" names no one.
    expect(holds('who is the polish consul in brest', 'Poland has no consul, Warsaw said.')).toBe(false);
  });

  it('does not take the employer after "for" for the holder\'s name', () => {
    const belova = 'Oksana Belova, a spokeswoman for the Russian Embassy in Ankara, called the talks businesslike.';
    expect(check('What is the name of the State Department spokeswoman?', belova, `${belova} A State Department spokeswoman said more.`)).toBe(false);
    expect(check('What is the name of the State Department spokeswoman?', 'State Department spokeswoman Oksana Belova said')).toBe(true);
  });

  it('refuses the same words in other places, or another office', () => {
    expect(check('Who is the US ambassador to Moscow?', DARCHIEV)).toBe(false);
    expect(check('Who is the US Secretary of State?', 'US Deputy Assistant Secretary of State Sonata Coulter')).toBe(false);
    expect(check("Who is Russia's foreign minister?", 'The Russian Foreign Ministry said')).toBe(false);
  });

  it('makes Parley decline an office no sentence names, and answer one that is named', () => {
    expect(answerQuestion(index, 'Who is the US ambassador to Moscow?').kind).toBe('declined');
    const envoy = answerQuestion(index, "Who is Russia's envoy to the United States?");
    expect(envoy.kind === 'answered' && envoy.answers[0]?.text).toContain('Alexander Darchiev');
  });

  it('takes the asker\'s guess at the holder\'s name for no name already known', () => {
    const bruce = answerQuestion(index, 'who was the state dept spokesperson quoted? tammy something?');
    expect(bruce.kind === 'answered' && bruce.answers[0]?.text).toContain('Tammy Bruce');
    expect(analyzeQuestion('who was the state dept spokesperson quoted? tammy something?').guesses.map((concept) => concept.surface)).toEqual(['tammy', 'something']);
    // A short question after the first that asks something of its own is no guess.
    expect(analyzeQuestion('When did they meet? And where?').guesses).toEqual([]);
    expect(answerQuestion(index, "who's the russian foreign ministry spokesperson quoted in this").kind).toBe('declined');
  });

  it('needs a holder named in the sentence, not only the office', async () => {
    const uk = await loadKnowledge('tests/fixtures/heldout-d/knowledge');
    const withUk = new KnowledgeIndex([...articles, ...uk.articles], aliases);
    // "... and the expulsion of a Russian military attache": the office, but no one holding it.
    expect(answerQuestion(withUk, 'What was the name of the expelled Russian military attache?').kind).toBe('declined');
  });
});
