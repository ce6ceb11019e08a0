import { termOf } from '../text/terms.js';
import { tokenize } from '../text/tokens.js';

/** Words that point back to an earlier event: "after two earlier meetings in Istanbul". */
const RECALL_CUES: ReadonlySet<string> = new Set(['earlier', 'previous', 'prior', 'preceding']);

/** Words that put an event named next before the one told: "after the first meeting". */
const AFTER_WORDS: ReadonlySet<string> = new Set(['after', 'since', 'following']);

/** Words before "first" in "after the first meeting", "after their first session". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'their', 'its', 'our', 'a']);

/** How many words after a cue its event's names may stand ("earlier meetings in Mexico City and Doha"). */
const RECALL_REACH = 7;

/**
 * Terms of the names a paragraph mentions only when recalling an earlier event ("The talks in
 * Bridgetown were the third round, after earlier meetings in Mexico City and Doha": Mexico City and
 * Doha). Such a paragraph is not about the event held there, so it does not place its sentences in
 * that city. A name the paragraph (or `alsoAbout`, the headline) also uses otherwise is not included.
 */
export function recalledOnlyTerms(sentences: readonly string[], alsoAbout: ReadonlySet<string>): ReadonlySet<string> {
  const recalled = new Set<string>();
  const elsewhere = new Set<string>(alsoAbout);
  for (const sentence of sentences) {
    const tokens = tokenize(sentence);
    let reach = -1;
    tokens.forEach((token, i) => {
      // "six weeks after the first meeting in Istanbul", "since the first round in Vienna".
      // "two months after their first session at the Russian consulate in Istanbul".
      const afterFirst = token.folded === 'first' && DETERMINERS.has(tokens[i - 1]?.folded ?? '') && AFTER_WORDS.has(tokens[i - 2]?.folded ?? '');
      if (RECALL_CUES.has(token.folded) || afterFirst) reach = i + RECALL_REACH;
      const term = termOf(token.folded);
      if (term === null) return;
      if (i <= reach && /^\p{Lu}/u.test(token.surface)) recalled.add(term);
      else elsewhere.add(term);
    });
  }
  for (const term of elsewhere) recalled.delete(term);
  return recalled;
}
