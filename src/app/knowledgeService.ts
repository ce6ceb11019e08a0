import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { ALIAS_FILE_NAME, parseAliases } from '../domain/knowledge/aliasFile.js';
import {
  loadKnowledge,
  parseArticleFile,
  parseKnowledgeFiles,
  readKnowledgeFile,
  readKnowledgeFiles,
  statKnowledgeFiles,
  type KnowledgeFile,
} from '../domain/knowledge/loadKnowledge.js';
import type { KnowledgeProblem } from '../domain/knowledge/problem.js';
import { KnowledgeIndex } from '../domain/search/knowledgeIndex.js';
import { loadIndex, saveIndex, type FileState } from './indexCache.js';
import type { Logger } from './logger.js';

/** Everything a question is answered from. */
export interface KnowledgeSnapshot {
  readonly index: KnowledgeIndex;
  /** When the newest knowledge file was modified (null when the folder is empty). */
  readonly lastModified: Date | null;
  /** Problems of the files that were skipped. */
  readonly problems: readonly KnowledgeProblem[];
}

/** The outcome of a reload: the current snapshot, or why the previous one is still serving. */
export type ReloadResult = { readonly ok: true; readonly snapshot: KnowledgeSnapshot } | { readonly ok: false; readonly error: Error };

/** Where the service keeps its saved index (null: none, e.g. for one-off command-line runs). */
export interface KnowledgeServiceOptions {
  readonly indexDir?: string | null;
  /** How long after the last change the index is saved. */
  readonly saveDelayMs?: number;
}

/** Loads a knowledge folder into a snapshot (no saved index). Throws only when the folder cannot be read. */
export async function buildSnapshot(folder: string): Promise<KnowledgeSnapshot> {
  const loaded = await loadKnowledge(folder);
  return { index: new KnowledgeIndex(loaded.articles, loaded.aliases), lastModified: loaded.lastModified, problems: loaded.problems };
}

/**
 * Keeps the knowledge index current with the knowledge folder.
 *
 * - **Start-up** reads every file and hashes it; with a saved index (`indexDir`) it loads that and
 *   re-indexes only the files whose hash changed, so a restart at 100k passages takes about a
 *   second instead of a full analysis.
 * - **Changes** (a moderator's write, a hand edit seen by the watcher, `/knowledge reload`) are
 *   applied file by file: only the articles whose content changed are re-indexed, in place.
 *   Reading and parsing happen first, so a question asked meanwhile is answered from the state
 *   before, and a failure (an unreadable folder) leaves it serving.
 * - **Maintenance** afterwards: the index's delta is compacted and the index saved, in the
 *   background.
 */
export class KnowledgeService {
  private snapshot: KnowledgeSnapshot;
  /**
   * Each file as currently applied: content hash, size and modification time (a file with problems
   * too, so it is not re-read for nothing). A file whose size and time are unchanged is not re-read.
   */
  private readonly files: Map<string, FileState>;
  private readonly fileProblems: Map<string, readonly KnowledgeProblem[]>;
  private queue: Promise<unknown> = Promise.resolve();
  private watcher: FSWatcher | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private maintenance: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly listeners = new Set<(snapshot: KnowledgeSnapshot) => void>();

  private constructor(
    readonly folder: string,
    index: KnowledgeIndex,
    files: Map<string, FileState>,
    fileProblems: Map<string, readonly KnowledgeProblem[]>,
    private readonly logger: Logger,
    private readonly options: KnowledgeServiceOptions,
  ) {
    this.files = files;
    this.fileProblems = fileProblems;
    this.snapshot = this.makeSnapshot(index);
  }

  /**
   * Loads the folder (throws `KnowledgeFolderError` when it cannot be read), from the saved index
   * when there is one, and logs skipped files.
   */
  static async open(folder: string, logger: Logger, options: KnowledgeServiceOptions = {}): Promise<KnowledgeService> {
    const started = Date.now();
    const stored = options.indexDir == null ? null : await loadIndex(options.indexDir);
    let service: KnowledgeService;
    let changed = true;
    if (stored !== null) {
      const index = KnowledgeIndex.fromData(stored.data);
      service = new KnowledgeService(folder, index, new Map(Object.entries(stored.files)), byFile(stored.problems), logger, options);
      changed = (await service.scan()) > 0;
    } else {
      const files = await readKnowledgeFiles(folder);
      const loaded = parseKnowledgeFiles(folder, files);
      const states = new Map(files.map((file) => [file.name, stateOf(file)]));
      service = new KnowledgeService(folder, new KnowledgeIndex(loaded.articles, loaded.aliases), states, byFile(loaded.problems), logger, options);
    }
    service.report(stored === null ? 'built' : 'loaded', Date.now() - started);
    if (changed) service.scheduleMaintenance();
    return service;
  }

  /** The snapshot to answer from right now. */
  get current(): KnowledgeSnapshot {
    return this.snapshot;
  }

  /**
   * Re-reads the whole folder and applies the files that changed. On failure keeps serving and
   * returns the error.
   */
  reload(): Promise<ReloadResult> {
    return this.serialised(async () => {
      try {
        const applied = await this.scan();
        if (applied > 0) this.changed();
        this.report('reloaded', 0);
        return { ok: true, snapshot: this.snapshot } as const;
      } catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error));
        this.logger.error({ err: failure }, 'knowledge reload failed; still serving the previous knowledge');
        return { ok: false, error: failure } as const;
      }
    });
  }

  /**
   * Re-reads one file (`<id>.md` or `aliases.yaml`) and applies it: milliseconds, whatever the size
   * of the knowledge. Resolves once the change is live.
   */
  refreshFile(name: string): Promise<void> {
    return this.serialised(async () => {
      const file = await readKnowledgeFile(this.folder, name);
      const gone = file === null && this.files.has(name) ? [name] : [];
      if (this.applyFiles(file === null ? [] : [file], gone) > 0) this.changed();
    });
  }

  /** Calls `listener` with every new snapshot (after reloads, refreshes and watched edits). */
  onChange(listener: (snapshot: KnowledgeSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Watches the folder and applies saved edits shortly after (hand edits, git pulls): the changed
   * file alone when the platform names it, else a full reload. Temporary dotfiles are ignored.
   */
  watch(debounceMs = 300): void {
    if (this.watcher !== undefined) return;
    const pending = new Set<string | null>();
    let timer: NodeJS.Timeout | undefined;
    this.watcher = watch(this.folder, { persistent: false }, (_event, name) => {
      const file = name === null ? null : String(name);
      if (file !== null && (file.startsWith('.') || !(file.endsWith('.md') || file === ALIAS_FILE_NAME))) return;
      pending.add(file);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const names = [...pending];
        pending.clear();
        if (names.includes(null)) void this.reload();
        else for (const each of names) void this.refreshFile(each ?? '');
      }, debounceMs);
    });
    this.watcher.on('error', (error) => this.logger.warn({ err: error }, 'knowledge folder watch stopped'));
  }

  /** Stops watching, finishes pending work, and saves the index if a save was due. */
  async close(): Promise<void> {
    this.closed = true;
    this.watcher?.close();
    this.watcher = undefined;
    await this.queue.catch(() => undefined);
    if (this.saveTimer !== undefined) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      await this.save();
    }
    await this.maintenance;
  }

  /**
   * Compares the folder with the files as applied: lists it with sizes and times, reads only the
   * files that are new or whose size or time changed, and applies those whose content changed, and
   * the removal of the files that are gone. Returns how many files changed.
   */
  private async scan(): Promise<number> {
    const stats = await statKnowledgeFiles(this.folder);
    const present = new Set(stats.map((entry) => entry.name));
    const suspects = stats.filter((entry) => {
      const known = this.files.get(entry.name);
      return known === undefined || known.size !== entry.size || known.modifiedMs !== entry.modifiedMs;
    });
    const read = (await Promise.all(suspects.map((entry) => readKnowledgeFile(this.folder, entry.name)))).filter((file) => file !== null);
    return this.applyFiles(read, [...this.files.keys()].filter((name) => !present.has(name)));
  }

  /**
   * Applies read files whose content hash differs from the applied one, and the removal of `gone`
   * files. Returns how many changed. Synchronous: a question sees all of it or none.
   */
  private applyFiles(files: readonly KnowledgeFile[], gone: readonly string[]): number {
    const index = this.snapshot.index;
    let changed = 0;
    for (const name of gone) {
      if (name === ALIAS_FILE_NAME) index.setAliases([]);
      else index.removeArticle(articleId(name));
      this.files.delete(name);
      this.fileProblems.delete(name);
      changed++;
    }
    for (const file of files) {
      const state = stateOf(file);
      const known = this.files.get(file.name);
      this.files.set(file.name, state);
      if (known?.hash === state.hash) continue;
      changed++;
      if (file.name === ALIAS_FILE_NAME) {
        const parsed = 'problem' in file.content ? null : parseAliases(Buffer.from(file.content).toString('utf8'), path.join(this.folder, file.name));
        if (parsed?.kind === 'ok') {
          index.setAliases(parsed.groups);
          this.fileProblems.delete(file.name);
        } else {
          this.fileProblems.set(file.name, parsed?.problems ?? [{ file: path.join(this.folder, file.name), message: 'cannot be read' }]);
        }
        continue;
      }
      const parsed = parseArticleFile(this.folder, file);
      if (parsed.kind === 'ok') {
        index.upsertArticle(parsed.article);
        this.fileProblems.delete(file.name);
      } else {
        // A broken file is skipped: the article it held no longer serves, the others still do.
        index.removeArticle(articleId(file.name));
        this.fileProblems.set(file.name, parsed.problems);
      }
    }
    if (changed > 0) this.snapshot = this.makeSnapshot(index);
    return changed;
  }

  private changed(): void {
    for (const listener of this.listeners) listener(this.snapshot);
    this.scheduleMaintenance();
  }

  /** Compacts the index when due, then saves it a little after the last change. */
  private scheduleMaintenance(): void {
    if (this.closed) return;
    const index = this.snapshot.index;
    if (index.compactionDue) {
      this.maintenance = this.maintenance.then(() => index.compact()).catch((error: unknown) => this.logger.error({ err: error }, 'index compaction failed'));
    }
    if (this.options.indexDir == null) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, this.options.saveDelayMs ?? 5_000);
    this.saveTimer.unref();
  }

  private async save(): Promise<void> {
    const indexDir = this.options.indexDir;
    if (indexDir == null) return;
    const index = this.snapshot.index;
    this.maintenance = this.maintenance
      .then(async () => {
        await index.compact();
        const started = Date.now();
        await saveIndex(indexDir, index.toData(), { files: Object.fromEntries(this.files), problems: this.snapshot.problems });
        this.logger.debug({ ms: Date.now() - started }, 'knowledge index saved');
      })
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not save the knowledge index; the next start will rebuild it'));
    await this.maintenance;
  }

  private makeSnapshot(index: KnowledgeIndex): KnowledgeSnapshot {
    let newest = 0;
    for (const file of this.files.values()) newest = Math.max(newest, file.modifiedMs);
    return { index, lastModified: newest > 0 ? new Date(newest) : null, problems: [...this.fileProblems.values()].flat() };
  }

  private report(how: string, ms: number): void {
    for (const problem of this.snapshot.problems) this.logger.warn({ file: problem.file, field: problem.field }, `skipped knowledge file: ${problem.message}`);
    this.logger.info({ articles: this.snapshot.index.articles.size, passages: this.snapshot.index.passageCount, ms }, `knowledge ${how}`);
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** A file's content hash, size and time, as remembered between scans and runs. */
function stateOf(file: KnowledgeFile): FileState {
  if ('problem' in file.content) return { hash: `problem:${file.content.problem}`, size: -1, modifiedMs: file.modifiedMs };
  return { hash: createHash('sha256').update(file.content).digest('hex'), size: file.content.byteLength, modifiedMs: file.modifiedMs };
}

/** Problems grouped by file name. */
function byFile(problems: readonly KnowledgeProblem[]): Map<string, readonly KnowledgeProblem[]> {
  const grouped = new Map<string, KnowledgeProblem[]>();
  for (const problem of problems) {
    const name = path.basename(problem.file);
    grouped.set(name, [...(grouped.get(name) ?? []), problem]);
  }
  return grouped;
}

function articleId(fileName: string): string {
  return fileName.slice(0, -'.md'.length);
}
