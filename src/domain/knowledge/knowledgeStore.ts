import { createHash } from 'node:crypto';
import { mkdir, open, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { AliasGroups } from '../search/aliases.js';
import { ALIAS_FILE_NAME, formatAliases, parseAliases } from './aliasFile.js';
import { articleFileName, isArticleId, type Article } from './article.js';
import { removeFileDurably, writeFileAtomic, type BeforeRename } from './atomicWrite.js';
import { formatArticle } from './formatArticle.js';
import { parseArticle } from './parseArticle.js';
import { withFileLock } from './fileLock.js';
import { formatProblem } from './problem.js';

/** Who made a change: a Discord member (or `cli` for hand edits picked up by a reload). */
export interface Actor {
  readonly userId: string;
  readonly tag: string;
}

/** What a change did. `import` is an `add` from a web page. */
export type ChangeAction = 'add' | 'import' | 'edit' | 'remove' | 'aliases' | 'undo';

/** One line of the audit log (`DATA_DIR/audit.jsonl`). */
export interface ChangeRecord {
  /** 1, 2, 3... in the order changes were made. */
  readonly seq: number;
  readonly time: string;
  readonly userId: string;
  readonly userTag: string;
  readonly action: ChangeAction;
  /** The article id, or `aliases` for the alias file. */
  readonly id: string;
  /** The article's headline after the change (before it, for a removal), for display. */
  readonly title: string | null;
  /** SHA-256 of the file after the change; null when the change removed it. */
  readonly hash: string | null;
  /** SHA-256 of the file before the change; null when it did not exist. */
  readonly previousHash: string | null;
  /** Where the file's previous content is kept, relative to the data folder; null when it did not exist. */
  readonly previousVersion: string | null;
  /** For `undo`: the `seq` of the change it reverted. */
  readonly reverts?: number;
}

/** The outcome of a store operation: done, or refused with a message safe to show a moderator. */
export type StoreOutcome = { readonly kind: 'done'; readonly record: ChangeRecord } | { readonly kind: 'refused'; readonly message: string };

/** Where the store keeps its files, and test seams. */
export interface KnowledgeStoreOptions {
  readonly knowledgeDir: string;
  readonly dataDir: string;
  readonly now?: () => Date;
  /** Runs between writing a temporary file and renaming it into place (tests simulate crashes here). */
  readonly beforeRename?: BeforeRename;
}

const AUDIT_FILE = 'audit.jsonl';
const LOCK_FILE = '.knowledge-write.lock';
const HISTORY_FOLDER = 'history';
const ALIASES_ID = 'aliases';

/**
 * Writes the knowledge folder on behalf of moderators, so that nothing is ever lost:
 *
 * - every write is validated first (the same validator as start-up and `knowledge validate`),
 *   then made atomic (temporary file, fsync, rename);
 * - the previous version of a changed or removed file is kept under `DATA_DIR/history/<id>/`;
 * - every change is appended to `DATA_DIR/audit.jsonl` (time, who, what, which, content hashes);
 * - writes are serialised, within the process and across processes sharing the folders (shards,
 *   through a lock file), so two moderators at once both land, one after the other;
 * - `undo` reverts the most recent change not yet undone, unless the file changed since.
 *
 * Ids are checked against the id pattern before any path is built, so no id can reach outside the
 * knowledge folder.
 */
export class KnowledgeStore {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  /** The audit records read so far, and the byte offset in the log up to which they were read. */
  private audit: { records: ChangeRecord[]; offset: number } = { records: [], offset: 0 };

  constructor(private readonly options: KnowledgeStoreOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Adds a new article; refused when the id is taken or the article does not validate. */
  create(article: Article, actor: Actor, action: 'add' | 'import' = 'add'): Promise<StoreOutcome> {
    return this.serialised(async () => {
      const problem = checkArticle(article);
      if (problem !== null) return refused(problem);
      if ((await this.currentText(article.id)) !== null) return refused(`An article with the id "${article.id}" already exists.`);
      return this.write(article.id, formatArticle(article), action, actor, article.title);
    });
  }

  /** Replaces an existing article (same id); refused when it does not exist or does not validate. */
  update(article: Article, actor: Actor): Promise<StoreOutcome> {
    return this.serialised(async () => {
      const problem = checkArticle(article);
      if (problem !== null) return refused(problem);
      const current = await this.currentText(article.id);
      if (current === null) return refused(`There is no article with the id "${article.id}".`);
      const text = formatArticle(article);
      if (text === current) return refused('That is exactly the current text; nothing changed.');
      return this.write(article.id, text, 'edit', actor, article.title);
    });
  }

  /** Removes an article (its last version stays in the history). */
  remove(id: string, actor: Actor): Promise<StoreOutcome> {
    return this.serialised(async () => {
      if (!isArticleId(id)) return refused(`"${id.slice(0, 80)}" is not an article id.`);
      const current = await this.currentText(id);
      if (current === null) return refused(`There is no article with the id "${id}".`);
      return this.write(id, null, 'remove', actor, titleOf(id, current));
    });
  }

  /** Replaces the alias file. */
  writeAliases(groups: AliasGroups, actor: Actor): Promise<StoreOutcome> {
    return this.serialised(async () => {
      const text = formatAliases(groups);
      const parsed = parseAliases(text, ALIAS_FILE_NAME);
      if (parsed.kind === 'invalid') return refused(parsed.problems.map((problem) => problem.message).join('; '));
      return this.write(ALIASES_ID, text, 'aliases', actor, null);
    });
  }

  /** The alias groups as they are on disk now (empty when there is no valid alias file). */
  async readAliases(): Promise<AliasGroups> {
    const text = await this.currentText(ALIASES_ID);
    if (text === null) return [];
    const parsed = parseAliases(text, ALIAS_FILE_NAME);
    return parsed.kind === 'ok' ? parsed.groups : [];
  }

  /**
   * Reverts the most recent change that has not been undone yet (repeating walks further back).
   * Refused when the file changed since that change (a hand edit, another change) — undoing then
   * would silently discard someone's work.
   */
  undo(actor: Actor): Promise<StoreOutcome & { reverted?: ChangeRecord }> {
    return this.serialised(async () => {
      const records = await this.loadRecords();
      const undone = new Set(records.flatMap((record) => (record.reverts === undefined ? [] : [record.reverts])));
      const target = [...records].reverse().find((record) => record.action !== 'undo' && !undone.has(record.seq));
      if (target === undefined) return refused('There is nothing to undo.');
      const current = await this.currentText(target.id);
      if (hashOf(current) !== target.hash) {
        return refused(`"${target.id}" has changed since that ${target.action} (seq ${target.seq}), so undoing it would lose later work.`);
      }
      const previous = target.previousVersion === null ? null : await readFile(path.join(this.options.dataDir, target.previousVersion), 'utf8');
      const title = previous === null ? target.title : target.id === ALIASES_ID ? null : titleOf(target.id, previous);
      const outcome = await this.write(target.id, previous, 'undo', actor, title, target.seq);
      return outcome.kind === 'done' ? { ...outcome, reverted: target } : outcome;
    });
  }

  /** The latest changes, newest first, optionally only those of one article. */
  async history(options: { id?: string; limit?: number } = {}): Promise<ChangeRecord[]> {
    const records = await this.serialised(() => this.loadRecords());
    return records
      .filter((record) => options.id === undefined || record.id === options.id)
      .reverse()
      .slice(0, options.limit ?? 20);
  }

  /** Resolves once every write started so far has finished. */
  async flush(): Promise<void> {
    await this.serialised(() => Promise.resolve());
  }

  /**
   * Writes (or, with `text` null, removes) one knowledge file: keeps the previous version, replaces
   * the file atomically, then appends the audit record. Called inside the queue only.
   */
  private async write(id: string, text: string | null, action: ChangeAction, actor: Actor, title: string | null, reverts?: number): Promise<StoreOutcome> {
    const records = await this.loadRecords();
    const seq = (records.at(-1)?.seq ?? 0) + 1;
    const file = this.fileOf(id);
    const before = await this.currentText(id);
    let previousVersion: string | null = null;
    if (before !== null) {
      previousVersion = path.join(HISTORY_FOLDER, id, `${String(seq).padStart(6, '0')}-before.${id === ALIASES_ID ? 'yaml' : 'md'}`);
      await writeFileAtomic(path.join(this.options.dataDir, previousVersion), before);
    }
    if (text === null) await removeFileDurably(file);
    else await writeFileAtomic(file, text, this.options.beforeRename);

    const record: ChangeRecord = {
      seq,
      time: this.now().toISOString(),
      userId: actor.userId,
      userTag: actor.tag,
      action,
      id,
      title,
      hash: hashOf(text),
      previousHash: hashOf(before),
      previousVersion,
      ...(reverts === undefined ? {} : { reverts }),
    };
    await appendLineDurably(path.join(this.options.dataDir, AUDIT_FILE), JSON.stringify(record));
    return { kind: 'done', record };
  }

  private fileOf(id: string): string {
    if (id === ALIASES_ID) return path.join(this.options.knowledgeDir, ALIAS_FILE_NAME);
    if (!isArticleId(id)) throw new Error(`refusing a path for the invalid id "${id}"`);
    return path.join(this.options.knowledgeDir, articleFileName(id));
  }

  private async currentText(id: string): Promise<string | null> {
    try {
      return await readFile(this.fileOf(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /**
   * The audit log, up to date: only what was appended since the last read is read (another process
   * may have appended too), so a write costs the same with ten records or a hundred thousand. A
   * log that shrank (replaced by hand) is read again from the start.
   */
  private async loadRecords(): Promise<readonly ChangeRecord[]> {
    let handle;
    try {
      handle = await open(path.join(this.options.dataDir, AUDIT_FILE), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.audit = { records: [], offset: 0 };
      return this.audit.records;
    }
    try {
      const { size } = await handle.stat();
      if (size < this.audit.offset) this.audit = { records: [], offset: 0 };
      if (size === this.audit.offset) return this.audit.records;
      const buffer = Buffer.alloc(size - this.audit.offset);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, this.audit.offset);
      const tail = buffer.subarray(0, bytesRead);
      // Only whole lines: a line still being written (or torn by a crash) is read again next time.
      const complete = tail.lastIndexOf(10) + 1;
      for (const line of tail.subarray(0, complete).toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        try {
          this.audit.records.push(JSON.parse(line) as ChangeRecord);
        } catch {
          // A line torn by a crash (and completed by the next append): the change it described did
          // not complete its record.
        }
      }
      this.audit.offset += complete;
      return this.audit.records;
    } finally {
      await handle.close();
    }
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const locked = (): Promise<T> => withFileLock(path.join(this.options.dataDir, LOCK_FILE), task);
    const run = this.queue.then(locked, locked);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** The ids of the articles in a knowledge folder (file names without `.md`). */
export async function listArticleIds(knowledgeDir: string): Promise<Set<string>> {
  const names = await readdir(knowledgeDir);
  return new Set(names.filter((name) => name.endsWith('.md') && !name.startsWith('.')).map((name) => name.slice(0, -3)));
}

/** SHA-256 of a file's text, or null for no file. */
export function hashOf(text: string | null): string | null {
  return text === null ? null : createHash('sha256').update(text).digest('hex');
}

function checkArticle(article: Article): string | null {
  const parsed = parseArticle(article.id, formatArticle(article), articleFileName(article.id));
  return parsed.kind === 'ok' ? null : parsed.problems.map(formatProblem).join('\n');
}

function titleOf(id: string, text: string): string | null {
  const parsed = parseArticle(id, text, articleFileName(id));
  return parsed.kind === 'ok' ? parsed.article.title : null;
}

/** Appends one line and fsyncs it, so an acknowledged change is on disk. */
async function appendLineDurably(file: string, line: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'a+');
  try {
    // After a crash mid-append the log may end in a torn line: start on a line of our own.
    const { size } = await handle.stat();
    const last = Buffer.alloc(1);
    if (size > 0) await handle.read(last, 0, 1, size - 1);
    await handle.write(`${size > 0 && last[0] !== 10 ? '\n' : ''}${line}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function refused(message: string): StoreOutcome {
  return { kind: 'refused', message };
}
