import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/domain/text/sentences.js';

const split = (text: string): string[] => splitSentences(text).map((span) => span.text);

describe('splitSentences', () => {
  it.each([
    ['two plain sentences', 'The talks began. They ended late.', ['The talks began.', 'They ended late.']],
    ['Ms. before a name', 'Ms. Bruce also noted it. She left.', ['Ms. Bruce also noted it.', 'She left.']],
    ['Mr. and Dr.', 'Mr. Smith met Dr. Jones today. It went well.', ['Mr. Smith met Dr. Jones today.', 'It went well.']],
    ['St. and Gen.', 'They met at St. Paul with Gen. Miller. Then they left.', ['They met at St. Paul with Gen. Miller.', 'Then they left.']],
    ['U.S. inside a sentence', 'The U.S. Embassy reopened. Staff returned.', ['The U.S. Embassy reopened.', 'Staff returned.']],
    ['U.S. ending a sentence', 'Diplomats flew to the U.S. The talks resumed.', ['Diplomats flew to the U.S.', 'The talks resumed.']],
    ['a.m. inside a sentence', 'The meeting began at 10 a.m. local time. It lasted hours.', ['The meeting began at 10 a.m. local time.', 'It lasted hours.']],
    ['initials', 'J. K. Rowling and George W. Bush spoke. Nobody listened.', ['J. K. Rowling and George W. Bush spoke.', 'Nobody listened.']],
    ['decimals', 'Trade fell 3.5 percent in 2024. Exports rose.', ['Trade fell 3.5 percent in 2024.', 'Exports rose.']],
    ['a closing quote stays with its sentence', 'He said, "We are ready." The room went quiet.', ['He said, "We are ready."', 'The room went quiet.']],
    ['a question inside a quote continues', '"Is it over?" she asked. Nobody answered.', ['"Is it over?" she asked.', 'Nobody answered.']],
    ['exclamation and question marks', 'Stop! Why now? Because.', ['Stop!', 'Why now?', 'Because.']],
    ['No. before a number', 'It was resolution No. 5 of the year. It passed.', ['It was resolution No. 5 of the year.', 'It passed.']],
    ['"no." as a word ends a sentence', 'The answer was no. The talks ended.', ['The answer was no.', 'The talks ended.']],
    ['month abbreviation before a day', 'Talks resumed on Jan. 5 in Istanbul. Both sides came.', ['Talks resumed on Jan. 5 in Istanbul.', 'Both sides came.']],
    ['newswire spacing', 'Conant worked for Adm . Chester Nimitz during the war .', ['Conant worked for Adm . Chester Nimitz during the war .']],
    ['no final stop', 'A headline without a stop', ['A headline without a stop']],
    ['extra whitespace', '  First one.   Second one.  ', ['First one.', 'Second one.']],
    ['empty text', '   ', []],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('reports offsets that slice back to each sentence', () => {
    const text = 'Ms. Bruce spoke.  Then Mr. Darchiev did.';
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('keeps every sentence of the seed article intact', () => {
    const paragraph =
      'Russia said that paying salaries to diplomats is Hampered by Western sanctions, while the US reflected that the country\'s diplomats are restricted from traveling in Russia. Both sides have been accused of being pressured and threatened.';
    expect(split(paragraph)).toHaveLength(2);
  });
});
