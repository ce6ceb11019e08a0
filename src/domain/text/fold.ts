/**
 * Unicode folding shared by everything that compares words: `Türkiye` and `Turkiye` must be the same
 * term, whichever way a moderator or a member typed them.
 */

/** Letters that canonical decomposition does not split into a base letter plus marks. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ð: 'd',
  đ: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

const COMBINING_MARKS = /\p{M}+/gu;
const SPECIAL_LETTER_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu');

/** Lowercases, removes diacritics (ü → u) and maps the few letters NFD leaves alone (ß → ss). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_LETTER_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}
