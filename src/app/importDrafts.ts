import type { ArticleInput } from './curation.js';

/** How long an import preview can be published. */
export const DRAFT_LIFETIME_MS = 15 * 60_000;

/**
 * Import previews waiting for Publish or Cancel, in memory (a restart drops them; the moderator
 * imports again). Expired drafts are dropped as new ones arrive.
 */
export class ImportDrafts {
  private readonly drafts = new Map<string, { draft: ArticleInput; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  keep(key: string, draft: ArticleInput): void {
    const now = this.now();
    for (const [known, entry] of this.drafts) if (entry.expiresAt <= now) this.drafts.delete(known);
    this.drafts.set(key, { draft, expiresAt: now + DRAFT_LIFETIME_MS });
  }

  /** The draft, removed from the list (a draft is published or discarded once). */
  take(key: string): ArticleInput | undefined {
    const entry = this.drafts.get(key);
    this.drafts.delete(key);
    return entry === undefined || entry.expiresAt <= this.now() ? undefined : entry.draft;
  }
}
