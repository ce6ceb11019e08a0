// Minimal declarations for two small CommonJS packages that ship no types.

declare module 'wink-porter2-stemmer' {
  /** Porter2 (English) stem of a lowercase word. */
  const stem: (word: string) => string;
  export default stem;
}

declare module 'wink-lemmatizer' {
  /** Base forms from WordNet's exception lists plus suffix rules (e.g. `led` → `lead` as a verb). */
  const lemmatizer: {
    verb: (word: string) => string;
    noun: (word: string) => string;
    adjective: (word: string) => string;
  };
  export default lemmatizer;
}
