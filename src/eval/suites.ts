/** A question set with the knowledge it is asked against. */
export interface Suite {
  readonly name: string;
  readonly questions: string;
  readonly knowledge: readonly string[];
}

/**
 * The project's question sets (paths from the project root). Development sets were used to develop
 * the method (the second pair was the first held-out set until its figures had been reported; see
 * README); the held-out pairs were written after the method was frozen, one by an author who saw
 * neither the method nor the other sets, and are only reported.
 */
export const STANDARD_SUITES: readonly Suite[] = [
  { name: 'dev', questions: 'tests/fixtures/dev.jsonl', knowledge: ['knowledge'] },
  { name: 'paraphrases (dev)', questions: 'tests/fixtures/questions/paraphrases.jsonl', knowledge: ['knowledge'] },
  {
    name: 'near-topic (dev)',
    questions: 'tests/fixtures/questions/distractors.jsonl',
    knowledge: ['knowledge', 'tests/fixtures/distractors'],
  },
  { name: 'second author (dev)', questions: 'tests/fixtures/heldout/seed.jsonl', knowledge: ['knowledge'] },
  {
    name: 'second author near-topic (dev)',
    questions: 'tests/fixtures/heldout/mixed.jsonl',
    knowledge: ['knowledge', 'tests/fixtures/heldout/knowledge'],
  },
  { name: 'held-out, independent author', questions: 'tests/fixtures/heldout-independent/seed.jsonl', knowledge: ['knowledge'] },
  {
    name: 'held-out near-topic, independent author',
    questions: 'tests/fixtures/heldout-independent/mixed.jsonl',
    knowledge: ['knowledge', 'tests/fixtures/heldout-independent/knowledge'],
  },
  { name: 'held-out, project author', questions: 'tests/fixtures/heldout-b/seed.jsonl', knowledge: ['knowledge'] },
  {
    name: 'held-out near-topic, project author',
    questions: 'tests/fixtures/heldout-b/mixed.jsonl',
    knowledge: ['knowledge', 'tests/fixtures/heldout-b/knowledge'],
  },
];
