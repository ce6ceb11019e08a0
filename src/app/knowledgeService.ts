import { loadKnowledge } from '../domain/knowledge/loadKnowledge.js';
import type { KnowledgeProblem } from '../domain/knowledge/problem.js';
import { KnowledgeIndex } from '../domain/search/knowledgeIndex.js';
import type { Logger } from './logger.js';

/** Everything a question is answered from, replaced whole when the knowledge changes. */
export interface KnowledgeSnapshot {
  readonly index: KnowledgeIndex;
  /** When the newest knowledge file was modified (null when the folder is empty). */
  readonly lastModified: Date | null;
  /** Problems of the files that were skipped. */
  readonly problems: readonly KnowledgeProblem[];
}

/** Loads a knowledge folder into a snapshot. Throws only when the folder cannot be read. */
export async function buildSnapshot(folder: string): Promise<KnowledgeSnapshot> {
  const loaded = await loadKnowledge(folder);
  return { index: new KnowledgeIndex(loaded.articles, loaded.aliases), lastModified: loaded.lastModified, problems: loaded.problems };
}

/**
 * Holds the current knowledge snapshot. A reload builds the new snapshot first and swaps it in only
 * when the build succeeds, so questions asked meanwhile are answered from the previous one and a
 * failed reload keeps it.
 */
export class KnowledgeService {
  private snapshot: KnowledgeSnapshot;

  private constructor(
    readonly folder: string,
    initial: KnowledgeSnapshot,
    private readonly logger: Logger,
  ) {
    this.snapshot = initial;
  }

  /** Loads the folder (throws when it cannot be read) and logs skipped files. */
  static async open(folder: string, logger: Logger): Promise<KnowledgeService> {
    const snapshot = await buildSnapshot(folder);
    const service = new KnowledgeService(folder, snapshot, logger);
    service.report(snapshot);
    return service;
  }

  /** The snapshot to answer from right now. */
  get current(): KnowledgeSnapshot {
    return this.snapshot;
  }

  /** Re-reads the folder; on failure keeps the current snapshot and returns the error. */
  async reload(): Promise<{ ok: true; snapshot: KnowledgeSnapshot } | { ok: false; error: Error }> {
    try {
      const next = await buildSnapshot(this.folder);
      this.snapshot = next;
      this.report(next);
      return { ok: true, snapshot: next };
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      this.logger.error({ err: failure }, 'knowledge reload failed; still serving the previous snapshot');
      return { ok: false, error: failure };
    }
  }

  private report(snapshot: KnowledgeSnapshot): void {
    for (const problem of snapshot.problems) this.logger.warn({ file: problem.file, field: problem.field }, `skipped knowledge file: ${problem.message}`);
    this.logger.info(
      { articles: snapshot.index.articles.size, passages: snapshot.index.passageCount },
      'knowledge loaded',
    );
  }
}
