import { termsOf } from '../text/terms.js';

/**
 * Curated aliases: groups of words or phrases that readers use for the same thing (`Turkey`,
 * `Türkiye`; `envoy`, `ambassador`; `US`, `United States`). A question that uses one member also
 * searches for the others, at a lower weight than its own words (see `ALIAS_WEIGHT`).
 */
export type AliasGroups = readonly (readonly string[])[];

/**
 * How much an alias counts next to the question's own word. Below 1 so a sentence that uses the
 * asker's own word wins a tie, high enough that "envoy" still finds "ambassador".
 */
export const ALIAS_WEIGHT = 0.7;

/** How much a near-identical variant counts ("Russian" for "Russia", "Türkiye" for "Turkey", "Dept" for "Department"). */
export const VARIANT_WEIGHT = 0.9;

/** Most words in an alias phrase a question is searched for ("all-time low", "Secretary of State"). */
export const MAX_ALIAS_PHRASE_TERMS = 3;

/** One alias member as search terms (a single word is one term, a phrase several), and its weight. */
export interface AliasExpansion {
  readonly terms: readonly string[];
  /** Credit for finding this member instead of the asker's own word (0–1). */
  readonly weight: number;
}

/** Alias groups that share a weight: near-identical variants weigh more than synonyms. */
export interface WeightedAliasGroups {
  readonly groups: AliasGroups;
  readonly weight: number;
}

/** Alias look-up by a word's term or a phrase's terms. */
export class AliasTable {
  private readonly byKey = new Map<string, AliasExpansion[]>();

  /**
   * Builds the table; members that analyse to no term (only stop words) are ignored. A member found
   * in several groups keeps the highest weight.
   */
  constructor(sets: readonly WeightedAliasGroups[]) {
    for (const { groups, weight } of sets) {
      for (const group of groups) {
        const members = group.map((member) => termsOf(member)).filter((terms) => terms.length > 0);
        for (const member of members) {
          const key = member.join(' ');
          const list = this.byKey.get(key) ?? [];
          for (const other of members) {
            const otherKey = other.join(' ');
            if (otherKey === key) continue;
            const known = list.findIndex((expansion) => expansion.terms.join(' ') === otherKey);
            if (known < 0) list.push({ terms: other, weight });
            else if ((list[known]?.weight ?? 0) < weight) list[known] = { terms: other, weight };
          }
          this.byKey.set(key, list);
        }
      }
    }
  }

  /** Other ways to say the word or phrase with these terms (empty when it has no alias). */
  expansionsOf(terms: string | readonly string[]): readonly AliasExpansion[] {
    return this.byKey.get(typeof terms === 'string' ? terms : terms.join(' ')) ?? [];
  }
}
