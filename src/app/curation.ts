import path from 'node:path';
import type { AliasGroups } from '../domain/search/aliases.js';
import { ALIAS_FILE_NAME, memberProblem } from '../domain/knowledge/aliasFile.js';
import { isArticleId, type Article } from '../domain/knowledge/article.js';
import type { Actor, ChangeRecord, KnowledgeStore, StoreOutcome } from '../domain/knowledge/knowledgeStore.js';
import { parseArticle, splitParagraphs } from '../domain/knowledge/parseArticle.js';
import { formatProblem } from '../domain/knowledge/problem.js';
import { articleIdFor, uniqueId } from '../domain/knowledge/slug.js';
import { foldText } from '../domain/text/fold.js';
import type { KnowledgeService } from './knowledgeService.js';
import type { Logger } from './logger.js';
import type { UnansweredLog } from './unansweredLog.js';

/** An article as a moderator types it: fields and the text, paragraphs separated by blank lines. */
export interface ArticleInput {
  readonly title: string;
  readonly source: string;
  readonly published: string;
  readonly url: string | null;
  readonly text: string;
}

/** The outcome of a curation command. */
export type CurationOutcome =
  | {
      readonly kind: 'done';
      /** One sentence for the moderator and the mod log: "added “Headline” (id)". */
      readonly summary: string;
      readonly record: ChangeRecord;
      /** The article after the change (null for a removal or an alias change). */
      readonly article: Article | null;
    }
  | { readonly kind: 'refused'; readonly message: string };

/** A change worth posting to the mod log. */
export interface ChangeNotice {
  readonly actor: Actor;
  readonly summary: string;
  readonly record: ChangeRecord;
  readonly article: Article | null;
}

/**
 * A change this curation made to the knowledge folder, or a request to re-read it (hand edits):
 * what other processes serving the same folder (shards) need to hear about.
 */
export interface FolderChange {
  /** The change's action (`add`, `import`, `edit`, `remove`, `aliases`, `undo`), or `reload`. */
  readonly action: ChangeRecord['action'] | 'reload';
  /** The article id the change wrote (the alias file's id for `aliases`); null for `reload`. */
  readonly id: string | null;
}

/** A group of similar unanswered questions. */
export interface Gap {
  /** The most recent wording. */
  readonly question: string;
  readonly count: number;
  readonly lastAsked: string;
}

export interface CurationDependencies {
  readonly store: KnowledgeStore;
  readonly knowledge: KnowledgeService;
  readonly unanswered: UnansweredLog;
  readonly logger: Logger;
  /** Posts a change to the mod log; failures are logged, never block the change. */
  readonly announce?: (notice: ChangeNotice) => Promise<void>;
}

/**
 * What moderators can do to the knowledge, independent of Discord: every change is validated with
 * the knowledge validator, written by the store (atomic, recorded, undoable), applied live (the
 * next question is answered from it), and announced to the mod log.
 */
export class Curation {
  private readonly folderListeners = new Set<(change: FolderChange) => void>();

  constructor(private readonly deps: CurationDependencies) {}

  /**
   * Calls `listener` after each change this curation wrote to the knowledge folder, and after each
   * `reload`, once this process has reloaded (whether or not that succeeded: the folder changed
   * either way). Used to tell the other shards (see `shardSync.ts`).
   */
  onFolderChanged(listener: (change: FolderChange) => void): () => void {
    this.folderListeners.add(listener);
    return () => this.folderListeners.delete(listener);
  }

  /** Adds an article typed into a form, or given as fields plus a `.txt` body. */
  add(input: ArticleInput, actor: Actor, action: 'add' | 'import' = 'add', preferredId?: string): Promise<CurationOutcome> {
    const paragraphs = splitParagraphs(input.text);
    const id = this.freeId(preferredId ?? articleIdFor(input.title, input.published));
    const article: Article = { id, title: input.title.trim(), source: input.source.trim(), published: input.published.trim(), url: emptyToNull(input.url), paragraphs };
    return this.create(article, actor, action);
  }

  /**
   * Adds an article from an uploaded file: a `.md` knowledge file (the id comes from the file name
   * when it is a valid id, else from the title), or a `.txt` body with the fields given separately.
   */
  addFile(fileName: string, content: Uint8Array, fields: Partial<Omit<ArticleInput, 'text'>>, actor: Actor): Promise<CurationOutcome> {
    const extension = path.extname(fileName).toLowerCase();
    const base = path.basename(fileName, path.extname(fileName)).toLowerCase();
    if (extension === '.md') {
      const parsed = parseArticle(isArticleId(base) ? base : 'upload', content, fileName);
      if (parsed.kind === 'invalid') return refuse(parsed.problems.map(formatProblem).join('\n'));
      const id = this.freeId(isArticleId(base) ? base : articleIdFor(parsed.article.title, parsed.article.published));
      return this.create({ ...parsed.article, id }, actor, 'add');
    }
    if (extension === '.txt') {
      const missing = (['title', 'source', 'published'] as const).filter((field) => (fields[field] ?? '').trim() === '');
      if (missing.length > 0) return refuse(`A .txt file needs the ${missing.map((field) => `\`${field}\``).join(', ')} option${missing.length === 1 ? '' : 's'} too.`);
      const text = decodeText(content);
      if (text === null) return refuse(`${fileName} is not UTF-8 text.`);
      return this.add({ title: fields.title ?? '', source: fields.source ?? '', published: fields.published ?? '', url: fields.url ?? null, text }, actor);
    }
    return refuse('Attach a .md file in the knowledge format, or a .txt file with the title, source and published options.');
  }

  /** Replaces an article's fields and text (the id stays). */
  async edit(id: string, input: ArticleInput, actor: Actor): Promise<CurationOutcome> {
    const article: Article = { id, title: input.title.trim(), source: input.source.trim(), published: input.published.trim(), url: emptyToNull(input.url), paragraphs: splitParagraphs(input.text) };
    const duplicate = this.duplicateOf(article);
    if (duplicate !== null) return refuse(duplicate);
    return this.finish(await this.deps.store.update(article, actor), actor, article, `edited “${article.title}” (\`${id}\`)`);
  }

  /** Replaces an article with an uploaded `.md` file, keeping its id. */
  editFromFile(id: string, fileName: string, content: Uint8Array, actor: Actor): Promise<CurationOutcome> {
    if (path.extname(fileName).toLowerCase() !== '.md') return refuse('Attach the replacement as a .md file in the knowledge format.');
    const parsed = parseArticle(id, content, fileName);
    if (parsed.kind === 'invalid') return refuse(parsed.problems.map(formatProblem).join('\n'));
    const { title, source, published, url, paragraphs } = parsed.article;
    return this.edit(id, { title, source, published, url, text: paragraphs.join('\n\n') }, actor);
  }

  /** Removes an article (its last version stays in the history, and undo brings it back). */
  async remove(id: string, actor: Actor): Promise<CurationOutcome> {
    const title = this.deps.knowledge.current.index.articles.get(id)?.title ?? id;
    return this.finish(await this.deps.store.remove(id, actor), actor, null, `removed “${title}” (\`${id}\`)`);
  }

  /** Reverts the most recent change not yet undone. */
  async undo(actor: Actor): Promise<CurationOutcome> {
    const outcome = await this.deps.store.undo(actor);
    if (outcome.kind === 'refused') return outcome;
    const reverted = outcome.reverted;
    const what = reverted === undefined ? 'the last change' : `${describeAction(reverted.action)} of “${reverted.title ?? reverted.id}” (\`${reverted.id}\`) by ${reverted.userTag}`;
    await this.deps.knowledge.refreshFile(knowledgeFileName(outcome.record.id));
    this.folderChanged({ action: outcome.record.action, id: outcome.record.id });
    const article = reverted === undefined ? null : (this.deps.knowledge.current.index.articles.get(reverted.id) ?? null);
    return this.announced({ kind: 'done', summary: `undid the ${what}`, record: outcome.record, article }, actor);
  }

  /** Adds an alias group (words readers use for the same thing). */
  async addAliases(words: readonly string[], actor: Actor): Promise<CurationOutcome> {
    const members = words.map((word) => word.trim()).filter((word) => word !== '');
    const problem = memberProblem(members);
    if (problem !== null) return refuse(`That alias group ${problem}.`);
    const groups = await this.deps.store.readAliases();
    const folded = new Set(members.map(foldText));
    if (groups.some((group) => group.length === members.length && group.every((member) => folded.has(foldText(member))))) {
      return refuse('That alias group already exists.');
    }
    return this.finish(await this.deps.store.writeAliases([...groups, members], actor), actor, null, `added the aliases ${members.join(' ⇄ ')}`);
  }

  /** Removes the alias groups that contain `word`. */
  async removeAliases(word: string, actor: Actor): Promise<CurationOutcome> {
    const groups = await this.deps.store.readAliases();
    const wanted = foldText(word.trim());
    const kept = groups.filter((group) => !group.some((member) => foldText(member) === wanted));
    if (kept.length === groups.length) return refuse(`No alias group contains “${word.trim()}”.`);
    const removed = groups.filter((group) => !kept.includes(group)).map((group) => group.join(' ⇄ '));
    return this.finish(await this.deps.store.writeAliases(kept, actor), actor, null, `removed the aliases ${removed.join('; ')}`);
  }

  /** The curated alias groups. */
  aliases(): Promise<AliasGroups> {
    return this.deps.store.readAliases();
  }

  /** The latest changes, newest first. */
  history(id?: string, limit = 10): Promise<ChangeRecord[]> {
    return this.deps.store.history({ ...(id === undefined ? {} : { id }), limit });
  }

  /**
   * The unanswered questions, grouped by their wording (case, accents, punctuation and spacing
   * ignored), most recently asked first.
   */
  async gaps(limit = 15): Promise<{ gaps: Gap[]; total: number }> {
    const records = await this.deps.unanswered.all();
    const groups = new Map<string, Gap>();
    for (const record of records) {
      const key = foldText(record.question).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      const known = groups.get(key);
      groups.set(key, { question: record.question, count: (known?.count ?? 0) + 1, lastAsked: record.time });
    }
    const gaps = [...groups.values()].sort((a, b) => b.lastAsked.localeCompare(a.lastAsked));
    return { gaps: gaps.slice(0, limit), total: records.length };
  }

  /** Re-reads the knowledge folder (after hand edits); reports the files it had to skip. */
  async reload(): Promise<CurationOutcome | { kind: 'reloaded'; articles: number; problems: string[] }> {
    const result = await this.deps.knowledge.reload();
    this.folderChanged({ action: 'reload', id: null });
    if (!result.ok) return refuse(`Reload failed, still serving the previous knowledge: ${result.error.message}`);
    return { kind: 'reloaded', articles: result.snapshot.index.articles.size, problems: result.snapshot.problems.map(formatProblem) };
  }

  private async create(article: Article, actor: Actor, action: 'add' | 'import'): Promise<CurationOutcome> {
    const duplicate = this.duplicateOf(article);
    if (duplicate !== null) return refuse(duplicate);
    const verb = action === 'import' ? 'imported' : 'added';
    return this.finish(await this.deps.store.create(article, actor, action), actor, article, `${verb} “${article.title}” (\`${article.id}\`)`);
  }

  /** After a store change: apply it live, then announce it. */
  private async finish(outcome: StoreOutcome, actor: Actor, article: Article | null, summary: string): Promise<CurationOutcome> {
    if (outcome.kind === 'refused') return outcome;
    // Only the file the change wrote is re-read and re-indexed: live in milliseconds at any size.
    await this.deps.knowledge.refreshFile(knowledgeFileName(outcome.record.id));
    this.folderChanged({ action: outcome.record.action, id: outcome.record.id });
    return this.announced({ kind: 'done', summary, record: outcome.record, article }, actor);
  }

  private async announced(outcome: CurationOutcome & { kind: 'done' }, actor: Actor): Promise<CurationOutcome> {
    await this.deps.announce?.({ actor, summary: outcome.summary, record: outcome.record, article: outcome.article }).catch((error: unknown) => {
      this.deps.logger.error({ err: error }, 'could not post to the mod log');
    });
    return outcome;
  }

  private folderChanged(change: FolderChange): void {
    for (const listener of this.folderListeners) {
      try {
        listener(change);
      } catch (error) {
        this.deps.logger.error({ err: error }, 'a knowledge folder listener failed');
      }
    }
  }

  private freeId(id: string): string {
    const articles = this.deps.knowledge.current.index.articles;
    return uniqueId(id, (candidate) => articles.has(candidate));
  }

  /** A refusal message when another article already has exactly this text. */
  private duplicateOf(article: Article): string | null {
    const { paragraphs } = article;
    for (const other of this.deps.knowledge.current.index.articles.values()) {
      // Compared paragraph by paragraph: most articles differ at the first one, so this stays cheap
      // with tens of thousands of articles.
      if (other.id === article.id || other.paragraphs.length !== paragraphs.length) continue;
      if (other.paragraphs.every((paragraph, i) => paragraph === paragraphs[i])) return `“${other.title}” (\`${other.id}\`) already has exactly this text.`;
    }
    return null;
  }
}

/** The knowledge file a change record names: `<id>.md`, or the alias file. */
function knowledgeFileName(id: string): string {
  return id === 'aliases' ? ALIAS_FILE_NAME : `${id}.md`;
}

function describeAction(action: ChangeRecord['action']): string {
  return { add: 'addition', import: 'import', edit: 'edit', remove: 'removal', aliases: 'alias change', undo: 'undo' }[action];
}

function emptyToNull(url: string | null): string | null {
  const trimmed = url?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function decodeText(content: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return null;
  }
}

function refuse(message: string): Promise<CurationOutcome> {
  return Promise.resolve({ kind: 'refused', message });
}
