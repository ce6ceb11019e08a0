/** A question set with the knowledge it is asked against. */
export interface Suite {
  readonly name: string;
  readonly questions: string;
  readonly knowledge: readonly string[];
}

/**
 * The project's question sets (paths from the project root). Development sets were used to develop
 * the method (the second pair was the first held-out set until its figures had been reported; see
 * README). The earlier held-out pairs were reported for the previous version of the method; the
 * current one was developed while their totals were printed beside the development sets (no
 * question of theirs was studied), so they are labelled "earlier". Held-out C and D were written by
 * independent authors who saw neither the method nor any other set, committed before their first
 * run, and are only reported.
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
  { name: 'earlier held-out, independent author', questions: 'tests/fixtures/heldout-independent/seed.jsonl', knowledge: ['knowledge'] },
  {
    name: 'earlier held-out near-topic, independent author',
    questions: 'tests/fixtures/heldout-independent/mixed.jsonl',
    knowledge: ['knowledge', 'tests/fixtures/heldout-independent/knowledge'],
  },
  { name: 'earlier held-out, project author', questions: 'tests/fixtures/heldout-b/seed.jsonl', knowledge: ['knowledge'] },
  {
    name: 'earlier held-out near-topic, project author',
    questions: 'tests/fixtures/heldout-b/mixed.jsonl',
    knowledge: ['knowledge', 'tests/fixtures/heldout-b/knowledge'],
  },
  { name: 'held-out C', questions: 'tests/fixtures/heldout-c/seed.jsonl', knowledge: ['knowledge'] },
  {
    name: 'held-out C near-topic',
    questions: 'tests/fixtures/heldout-c/mixed.jsonl',
    knowledge: ['knowledge', 'tests/fixtures/heldout-c/knowledge'],
  },
  { name: 'held-out D', questions: 'tests/fixtures/heldout-d/seed.jsonl', knowledge: ['knowledge'] },
  {
    name: 'held-out D near-topic',
    questions: 'tests/fixtures/heldout-d/mixed.jsonl',
    knowledge: ['knowledge', 'tests/fixtures/heldout-d/knowledge'],
  },
];
