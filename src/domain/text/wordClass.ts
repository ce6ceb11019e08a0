import SearchableMap from 'minisearch/SearchableMap';
import lemmatizer from 'wink-lemmatizer';
import lexicon from 'wink-lexicon/src/lexicon.js';
import wordNetWords from 'wink-lexicon/src/wn-words.js';

/** The most likely part of speech of a word, from a 13k-word English lexicon; `rare` when not listed. */
export type WordClass = 'noun' | 'verb' | 'adjective' | 'adverb' | 'function' | 'rare';

/**
 * Classifies a folded word by its most frequent tag. Names and rare words are absent from the
 * lexicon and come back as `rare`: in a question, those are the words that carry its topic.
 */
export function wordClassOf(folded: string): WordClass {
  const tags = Object.hasOwn(lexicon, folded) ? lexicon[folded] : undefined;
  const tag = tags?.[0];
  if (tag === undefined) return 'rare';
  if (tag.startsWith('NN')) return 'noun';
  if (tag.startsWith('VB') || tag === 'MD') return 'verb';
  if (tag.startsWith('JJ')) return 'adjective';
  if (tag.startsWith('RB')) return 'adverb';
  return 'function';
}

/**
 * True when a folded word, or its base form, is an English word or a name WordNet knows. Typo
 * correction leaves such words alone: "primary" is not a misspelling of "primacy".
 */
export function isDictionaryWord(folded: string): boolean {
  if (Object.hasOwn(lexicon, folded)) return true;
  return [folded, lemmatizer.noun(folded), lemmatizer.verb(folded), lemmatizer.adjective(folded)].some((form) =>
    Object.hasOwn(wordNetWords, form),
  );
}

/** True when the lexicon lists a verb use of the word ("end", "open", "last"), whatever its most frequent use. */
export function canBeVerb(folded: string): boolean {
  const tags = Object.hasOwn(lexicon, folded) ? lexicon[folded] : undefined;
  return tags?.some((tag) => tag.startsWith('VB')) ?? false;
}

/** The lexicon's words in a radix tree for typo look-ups, built on first use. */
let dictionaryTree: SearchableMap<true> | undefined;

/**
 * Words of the lexicon within `maxDistance` edits of a folded word, with their distance, closest
 * first: "harrassment" → harassment (1). The dictionary knows spellings the knowledge may only use
 * in another form ("harassing").
 */
export function similarDictionaryWords(folded: string, maxDistance: number): { word: string; distance: number }[] {
  if (dictionaryTree === undefined) {
    dictionaryTree = new SearchableMap<true>();
    for (const word of Object.keys(lexicon)) dictionaryTree.set(word, true);
  }
  return [...dictionaryTree.fuzzyGet(folded, maxDistance)]
    .map(([word, [, distance]]) => ({ word, distance }))
    .sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word));
}

/**
 * Whether a word the lexicon lacks is a slip for one it has: one edit away, or two letters swapped
 * ("titel" → title), keeping the first letter (typos rarely hit it). "repped" and "titel" are
 * misspelt words, not names; "vollmer" is no misspelling.
 */
export function isMisspeltWord(folded: string): boolean {
  if (similarDictionaryWords(folded, 1).some(({ word }) => word[0] === folded[0])) return true;
  for (let i = 1; i + 1 < folded.length; i++) {
    if (isDictionaryWord(`${folded.slice(0, i)}${folded[i + 1] ?? ''}${folded[i] ?? ''}${folded.slice(i + 2)}`)) return true;
  }
  return false;
}
