// wink-lexicon ships no types; only its part-of-speech table is used.
declare module 'wink-lexicon/src/lexicon.js' {
  /** Penn Treebank tags per lowercase word, most frequent first (13k common English words). */
  const lexicon: Readonly<Record<string, readonly string[] | undefined>>;
  export default lexicon;
}

declare module 'wink-lexicon/src/wn-words.js' {
  /** WordNet's lemmas (77k words and names), as keys. */
  const words: Readonly<Record<string, unknown>>;
  export default words;
}
