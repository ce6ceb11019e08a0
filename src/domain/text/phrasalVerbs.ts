import { termOf, termSetOf } from './terms.js';

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
  ['make worse', 'worsen'],
  ['make better', 'improve'],
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
  ['come up', 'discuss'],
  ['head up', 'lead'],
  ['show up', 'attend'],
  ['turn up', 'arrive'],
  ['sit down', 'meet'],
  ['cut off', 'sever'],
  ['kick off', 'begin'],
  ['build up', 'grow'],
  ['run out', 'expire'],
  ['pull into', 'enter'],
  ['go into', 'enter'],
  ['drive into', 'enter'],
  ['drive in', 'enter'],
  ['head into', 'enter'],
  ['pile up', 'grow'],
  ['break out', 'begin'],
  ['thaw out', 'unfreeze'],
  ['hash out', 'negotiate'],
  ['iron out', 'resolve'],
];

/** "<verb term> <particle>" → the plain verb, so any form of the verb matches ("ran into", "leaning on"). */
const PLAIN_VERBS: ReadonlyMap<string, string> = new Map(
  PHRASAL_VERBS.map(([phrase, verb]) => {
    const [head = '', particle = ''] = phrase.split(' ');
    return [`${termOf(head) ?? head} ${particle}`, verb];
  }),
);

/** Verbs whose object may stand between them and "back": "have the ambassadors back", "get its buildings back". */
const RETURNING_VERBS: ReadonlySet<string> = termSetOf(['have', 'get', 'bring', 'give', 'want']);

/** Most words between such a verb and "back". */
const MAX_OBJECT_WORDS = 3;

/** Objects short enough to stand inside a phrasal verb ("patch things up"). */
const SHORT_OBJECTS: ReadonlySet<string> = new Set(['it', 'them', 'things', 'this', 'that', 'him', 'her', 'everything']);

/**
 * The plain verb for a phrasal verb whose verb is `words[position]` ("ran" in "ran into" →
 * "encounter"), with the position of its particle, or undefined. The particle follows the verb,
 * except "back", which may follow a short object ("have ambassadors back" → "return"). `words`
 * are folded.
 */
export function plainVerbAt(words: readonly string[], position: number): { verb: string; particleAt: number } | undefined {
  const verb = termOf(words[position] ?? '') ?? words[position] ?? '';
  const particle = words[position + 1];
  const plain = particle === undefined ? undefined : PLAIN_VERBS.get(`${verb} ${particle}`);
  if (plain !== undefined) return { verb: plain, particleAt: position + 1 };
  // "patch things up", "kick them out", "call it off": a short object between verb and particle.
  const split = SHORT_OBJECTS.has(particle ?? '') ? PLAIN_VERBS.get(`${verb} ${words[position + 2] ?? ''}`) : undefined;
  if (split !== undefined) return { verb: split, particleAt: position + 2 };
  if (!RETURNING_VERBS.has(verb)) return undefined;
  for (let at = position + 2; at <= position + 1 + MAX_OBJECT_WORDS && at < words.length; at++) {
    if (words[at] === 'back') return { verb: 'return', particleAt: at };
  }
  return undefined;
}
