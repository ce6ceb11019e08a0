// Newswire patterns that answer factoid questions, each over sentences as news prose writes them.
import { describe, expect, it } from 'vitest';
import { creditsMaker, givesLifespan, spellsOut } from '../../src/domain/answer/newswire.js';
import { termSetOf } from '../../src/domain/text/terms.js';

describe('creditsMaker', () => {
  const genji = termSetOf(['tale', 'genji']);
  it.each([
    ["they became the basis of `` The Tale of Genji '' by Lady Murasaki Shikibu .", true],
    ['the Tale of Genji by Lady Murasaki Shikibu', true],
    ['the Tale of Genji, translated by Jakucho Setouchi', false], // another verb stands between
    ["Genji's by Murasaki", false], // a possessive owns, it is no work
    ['the Tale of Genji by the emperor', false], // no name after "by"
    ['the Tale of Genji by Genji himself', false], // the work's own word is no maker
  ])('%j → %j', (sentence, credited) => {
    expect(creditsMaker(sentence, genji)).toBe(credited);
  });
});

describe('spellsOut', () => {
  it.each([
    ['Members of the American Association of Retired Persons ( AARP ) qualify for discounts.', 'AARP', true],
    ["Iran's Ministry of Foreign Affairs said on Monday", 'MFA', true],
    ['The North Atlantic Treaty Organization met in Brussels.', 'NATO', true],
    ['AARP officials were distraught.', 'AARP', false], // the initials themselves
    ['the American Association of Retired teachers', 'AARP', false], // a lowercase word ends it short
  ])('%j spells out %j: %j', (sentence, letters, spelled) => {
    expect(spellsOut(sentence, letters)).toBe(spelled);
  });
});

describe('givesLifespan', () => {
  it.each([
    ['Elvis Presley (1935-1977), James Dean (1931-1955) and Marlon Brando', true],
    ['Marlon Brando ( 1924- ) is the last of them', true],
    ['the 1955 crash (near Cholame)', false],
    ['from 1931 to 1955', false],
  ])('%j → %j', (sentence, given) => {
    expect(givesLifespan(sentence)).toBe(given);
  });
});
