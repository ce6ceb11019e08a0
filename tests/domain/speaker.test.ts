import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributeSpeaker } from '../../src/domain/answer/speaker.js';
import { parseArticle } from '../../src/domain/knowledge/parseArticle.js';
import { splitSentences } from '../../src/domain/text/sentences.js';

const file = 'knowledge/2025-04-10-istanbul-embassy-talks.md';
const parsed = parseArticle('2025-04-10-istanbul-embassy-talks', readFileSync(file), file);
if (parsed.kind !== 'ok') throw new Error('the seed article must be valid');
const seedSentences = parsed.article.paragraphs.flatMap((paragraph) => splitSentences(paragraph).map((span) => span.text));

/** Who each sentence of the seed article credits, in reading order (null: the article's own voice). */
const SEED_TABLE: readonly (readonly [string, string | null, string | null])[] = [
  ['Reuters reported that on April 10', 'Reuters', null],
  ['US-Russia relations are said to have fallen', null, null], // passive "are said": nobody credited
  ['According to Reuters, a number of vehicles', 'Reuters', null],
  ['The Russian Foreign Ministry said the talks', 'Russian Foreign Ministry', null],
  ['Both Moscow and Washington have previously affirmed', 'Moscow and Washington', null],
  ['On April 8, US State Department spokeswoman Tammy Bruce said', 'Tammy Bruce', 'US State Department spokeswoman'],
  ['Ms. Bruce also noted', 'Tammy Bruce', 'US State Department spokeswoman'], // resolved from the sentence before
  ['In recent years, both the US and Russia have encountered', null, null],
  ['Russia said that paying salaries', 'Russia and the US', null], // "Russia said ..., while the US reflected ..."
  ['Both sides have been accused', null, null],
  ['One of the most controversial issues', null, null],
  ['Washington has imposed restrictions', null, null], // an action, not a statement
];

describe('attributeSpeaker on the seed article', () => {
  it('covers every sentence of the article', () => {
    expect(seedSentences).toHaveLength(SEED_TABLE.length);
  });

  it.each(SEED_TABLE.map((row, i) => [i, ...row] as const))('sentence %i "%s…" → %s', (i, start, name, role) => {
    const sentence = seedSentences[i] ?? '';
    expect(sentence.startsWith(start)).toBe(true);
    const speaker = attributeSpeaker(sentence, seedSentences.slice(0, i));
    expect(speaker === null ? null : speaker.name).toBe(name);
    if (speaker !== null) expect(speaker.role).toBe(role);
  });
});

describe('attributeSpeaker beyond the seed', () => {
  it.each([
    ['a title before the name', 'US Deputy Assistant Secretary of State Sonata Coulter said the talks were useful.', 'Sonata Coulter'],
    ['the verb after a quote', '"The talks were useful," said Maria Zakharova, the ministry spokeswoman.', 'Maria Zakharova'],
    ['a name after a quote', '"We will meet again," Darchiev told reporters.', 'Darchiev'],
    ['after a quote, an office in lowercase before the name', '"Property is no gift," said Polish foreign ministry spokesman Pawel Sroka.', 'Pawel Sroka'],
    ['an organisation', 'The State Department announced new rules on Friday.', 'State Department'],
    ['a relative clause between name and verb', 'Deputy Foreign Minister Selin Akbas, who attended the ceremony, said ties were good.', 'Selin Akbas'],
    ['a participle\'s clause between name and verb', 'Chinese foreign ministry spokesman Zhou Kaiming, speaking at a regular briefing in Beijing, said the name remained the root cause.', 'Zhou Kaiming'],
    ['an acronym keeps "the"', 'The talks went well, the US said.', 'the US'],
    ['a lowercase subject is not credited', 'Officials said the talks went well.', null],
    ['officials named by their country', 'Canadian officials also said the embassy owed 318,000 dollars.', 'Canadian officials'],
    ['an acronym country', 'US diplomats told reporters the talks were useful.', 'US diplomats'],
    ['a complaint', 'US diplomats complained that they cannot travel freely.', 'US diplomats'],
    ['not "The officials"', 'The officials said so.', null],
    ['no reporting verb', 'The delegations met for six hours.', null],
  ])('%s', (_case, sentence, name) => {
    expect(attributeSpeaker(sentence)?.name ?? null).toBe(name);
  });

  it('resolves "she" to the last person credited earlier in the article', () => {
    const earlier = ['Spokeswoman Maria Zakharova said the talks were useful.'];
    expect(attributeSpeaker('She added that more rounds would follow.', earlier)?.name).toBe('Maria Zakharova');
  });

  it('reads a name set off by commas after its description, and "she" in the next sentence as that person', () => {
    const first = 'In New York, a deputy spokesperson for the UN Secretary-General, Stephanie Laurent, welcomed the contacts.';
    expect(attributeSpeaker(first)).toEqual({ name: 'Stephanie Laurent', role: 'deputy spokesperson for the UN Secretary-General' });
    const earlier = ['Ms. Karaca said her government would host a meeting.', first];
    expect(attributeSpeaker('"Any channel that lowers tensions is a good thing," she said.', earlier)?.name).toBe('Stephanie Laurent');
    // A list of places between commas is no speaker.
    expect(attributeSpeaker('Delegations from Norway, Sweden, Finland, agreed to meet.')).toBeNull();
  });

  it('leaves "Ms. Smith" as written when no earlier sentence gives her full name', () => {
    expect(attributeSpeaker('Ms. Smith noted the delay.', ['The talks began.'])?.name).toBe('Ms. Smith');
  });
});
