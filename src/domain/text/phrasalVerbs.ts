import { termOf } from './terms.js';

/**
 * Phrasal verbs people type and the plain verb news prose uses for them ("what problems have they
 * run into" is what they "encountered"). Their particle is a stop word ("into", "up", "out") or
 * means little alone ("back", "downhill"), so word by word "run into" would search for "run", which
 * means lead, and "hand out" for a hand.
 */
const PHRASAL_VERBS: readonly (readonly [string, string])[] = [
  ['run into', 'encounter'],
  ['lean on', 'pressure'],
  ['patch up', 'fix'],
  ['come back', 'return'],
  ['go back', 'return'],
  ['give back', 'return'],
  ['bring back', 'return'],
  ['hand out', 'grant'],
  ['give out', 'grant'],
  ['go downhill', 'deteriorate'],
  ['break down', 'collapse'],
  ['break off', 'suspend'],
  ['call off', 'cancel'],
  ['put off', 'postpone'],
  ['set up', 'establish'],
  ['shut down', 'close'],
  ['close down', 'close'],
  ['carry out', 'conduct'],
  ['kick out', 'expel'],
  ['throw out', 'expel'],
  ['pull out', 'withdraw'],
  ['step down', 'resign'],
  ['turn down', 'reject'],
  ['rule out', 'exclude'],
  ['look into', 'investigate'],
  ['sort out', 'resolve'],
  ['point out', 'note'],
  ['talk about', 'discuss'],
  ['head up', 'lead'],
  ['show up', 'attend'],
  ['turn up', 'arrive'],
  ['sit down', 'meet'],
  ['cut off', 'sever'],
  ['kick off', 'begin'],
  ['break out', 'begin'],
];

/** "<verb term> <particle>" → the plain verb, so any form of the verb matches ("ran into", "leaning on"). */
const PLAIN_VERBS: ReadonlyMap<string, string> = new Map(
  PHRASAL_VERBS.map(([phrase, verb]) => {
    const [head = '', particle = ''] = phrase.split(' ');
    return [`${termOf(head) ?? head} ${particle}`, verb];
  }),
);

/**
 * The plain verb for a phrasal verb whose verb is `words[position]` and whose particle follows it
 * ("ran" in "ran into" → "encounter"), or undefined. `words` are folded.
 */
export function plainVerbAt(words: readonly string[], position: number): string | undefined {
  const verb = termOf(words[position] ?? '');
  const particle = words[position + 1];
  return verb === null || particle === undefined ? undefined : PLAIN_VERBS.get(`${verb} ${particle}`);
}
