import { termsOf } from '../text/terms.js';

/**
 * Curated aliases: groups of words or phrases that readers use for the same thing (`Turkey`,
 * `Türkiye`; `envoy`, `ambassador`). A question that uses one member also searches for the others,
 * at a lower weight than its own words (see `ALIAS_WEIGHT`).
 */
export type AliasGroups = readonly (readonly string[])[];

/** One alias member as search terms: a single word is one term, a phrase several. */
export interface AliasExpansion {
  readonly terms: readonly string[];
}

/** Alias look-up by term: for each term, the other members of every group it belongs to. */
export class AliasTable {
  private readonly byTerm = new Map<string, AliasExpansion[]>();

  /** Builds the table; members that analyse to no term (only stop words) are ignored. */
  constructor(readonly groups: AliasGroups) {
    for (const group of groups) {
      const members = group.map((member) => termsOf(member)).filter((terms) => terms.length > 0);
      for (const member of members) {
        if (member.length !== 1) continue;
        const [term] = member as [string];
        const others = members.filter((other) => other !== member && !(other.length === 1 && other[0] === term));
        const list = this.byTerm.get(term) ?? [];
        for (const other of others) {
          if (!list.some((known) => sameTerms(known.terms, other))) list.push({ terms: other });
        }
        this.byTerm.set(term, list);
      }
    }
  }

  /** Other ways to say `term` (empty when it has no alias). Phrase members come back as several terms. */
  expansionsOf(term: string): readonly AliasExpansion[] {
    return this.byTerm.get(term) ?? [];
  }
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((term, i) => term === b[i]);
}
