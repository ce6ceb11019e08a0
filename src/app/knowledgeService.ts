import { watch, type FSWatcher } from 'node:fs';
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

/** The outcome of a reload: the new snapshot, or why the old one is still serving. */
export type ReloadResult = { readonly ok: true; readonly snapshot: KnowledgeSnapshot } | { readonly ok: false; readonly error: Error };

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
  private reloading: Promise<ReloadResult> | undefined;
  private followUp: Promise<ReloadResult> | undefined;
  private watcher: FSWatcher | undefined;
  private readonly listeners = new Set<(snapshot: KnowledgeSnapshot) => void>();

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

  /**
   * Re-reads the folder and swaps the new snapshot in; on failure keeps the current one and returns
   * the error. Calls made while a reload runs are folded into one more reload after it, so the
   * result always reflects the folder as it was at (or after) the call.
   */
  reload(): Promise<ReloadResult> {
    if (this.reloading === undefined) {
      this.reloading = this.rebuild().finally(() => {
        this.reloading = undefined;
      });
      return this.reloading;
    }
    this.followUp ??= this.reloading.then(() => {
      this.followUp = undefined;
      return this.reload();
    });
    return this.followUp;
  }

  /** Calls `listener` with every new snapshot (after reloads and watched edits). */
  onChange(listener: (snapshot: KnowledgeSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Watches the folder and reloads shortly after files change (hand edits, git pulls), so saved
   * edits apply by themselves. Bursts of events are debounced; temporary dotfiles are ignored.
   */
  watch(debounceMs = 300): void {
    if (this.watcher !== undefined) return;
    let timer: NodeJS.Timeout | undefined;
    this.watcher = watch(this.folder, { persistent: false }, (_event, name) => {
      if (name !== null && String(name).startsWith('.')) return;
      clearTimeout(timer);
      timer = setTimeout(() => void this.reload(), debounceMs);
    });
    this.watcher.on('error', (error) => this.logger.warn({ err: error }, 'knowledge folder watch stopped'));
  }

  /** Stops watching and waits for a reload in progress. */
  async close(): Promise<void> {
    this.watcher?.close();
    this.watcher = undefined;
    await this.reloading;
  }

  private async rebuild(): Promise<ReloadResult> {
    try {
      const next = await buildSnapshot(this.folder);
      this.snapshot = next;
      this.report(next);
      for (const listener of this.listeners) listener(next);
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
