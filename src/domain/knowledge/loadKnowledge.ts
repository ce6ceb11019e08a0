import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AliasGroups } from '../search/aliases.js';
import { ALIAS_FILE_NAME, parseAliases } from './aliasFile.js';
import { MAX_ARTICLE_BYTES, type Article } from './article.js';
import { oversizeMessage, parseArticle } from './parseArticle.js';
import type { KnowledgeProblem } from './problem.js';

/** What a knowledge folder holds: the valid articles, and the problems of the files that were skipped. */
export interface LoadedKnowledge {
  /** Valid articles, sorted by id. */
  readonly articles: readonly Article[];
  /** Curated alias groups from `aliases.yaml` (empty when the file is absent or invalid). */
  readonly aliases: AliasGroups;
  /** One entry per problem; a file with problems is skipped, the others still serve. */
  readonly problems: readonly KnowledgeProblem[];
  /** When the newest file was last modified (null for an empty folder): the knowledge's freshness. */
  readonly lastModified: Date | null;
}

/** One file of a knowledge folder as read from disk. */
export interface KnowledgeFile {
  /** File name, e.g. `talks.md` or `aliases.yaml`. */
  readonly name: string;
  /** The bytes, or why they could not be read (an oversized file is not read). */
  readonly content: Uint8Array | { readonly problem: string };
  readonly modifiedMs: number;
}

/** The knowledge folder itself is missing or unreadable: nothing can be served from it. */
export class KnowledgeFolderError extends Error {
  constructor(
    readonly folder: string,
    reason: string,
  ) {
    super(`Cannot read the knowledge folder "${folder}": ${reason}`);
    this.name = 'KnowledgeFolderError';
  }
}

const ARTICLE_EXTENSION = '.md';
/** Files read at once: enough to keep the disk busy, few enough not to run out of descriptors. */
const READ_CONCURRENCY = 64;

/**
 * Reads every `*.md` file of `folder` (not recursive), validates each, reports duplicates of the same
 * text, and reads the optional alias file (`aliases.yaml`). Other files are ignored. Throws
 * {@link KnowledgeFolderError} only when the folder cannot be listed.
 */
export async function loadKnowledge(folder: string): Promise<LoadedKnowledge> {
  return parseKnowledgeFiles(folder, await readKnowledgeFiles(folder));
}

/** The article files (sorted by name) and the alias file of a folder, read but not parsed. */
export async function readKnowledgeFiles(folder: string): Promise<KnowledgeFile[]> {
  const names = await listKnowledgeFiles(folder);
  return inParallel(names, (name) => readOne(path.join(folder, name)).then((read) => ({ name, ...read })));
}

/** A knowledge file's name, size and modification time, without its content. */
export interface KnowledgeFileStat {
  readonly name: string;
  readonly size: number;
  readonly modifiedMs: number;
}

/**
 * The size and modification time of every knowledge file: enough to tell which files may have
 * changed since they were last read (like git's index), without reading them.
 */
export async function statKnowledgeFiles(folder: string): Promise<KnowledgeFileStat[]> {
  const names = await listKnowledgeFiles(folder);
  const stats = await inParallel(names, async (name) => {
    try {
      const { size, mtimeMs } = await stat(path.join(folder, name));
      return { name, size, modifiedMs: mtimeMs };
    } catch {
      return { name, size: -1, modifiedMs: 0 };
    }
  });
  return stats;
}

async function listKnowledgeFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && (entry.name.endsWith(ARTICLE_EXTENSION) || entry.name === ALIAS_FILE_NAME))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new KnowledgeFolderError(folder, describeFsError(error));
  }
}

/** Maps over `items` with at most {@link READ_CONCURRENCY} operations at once, keeping the order. */
async function inParallel<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const at = next++;
      results[at] = await task(items[at] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, items.length) }, worker));
  return results;
}

/** Validates files read by {@link readKnowledgeFiles}: articles, aliases, problems, freshness. */
export function parseKnowledgeFiles(folder: string, files: readonly KnowledgeFile[]): LoadedKnowledge {
  const articles: Article[] = [];
  const problems: KnowledgeProblem[] = [];
  const firstWithText = new Map<string, string>();
  let aliases: AliasGroups = [];
  let newest = 0;
  for (const file of files) {
    newest = Math.max(newest, file.modifiedMs);
    const displayName = path.join(folder, file.name);
    if ('problem' in file.content) {
      problems.push({ file: displayName, message: file.content.problem });
      continue;
    }
    if (file.name === ALIAS_FILE_NAME) {
      const parsed = parseAliases(Buffer.from(file.content).toString('utf8'), displayName);
      if (parsed.kind === 'ok') aliases = parsed.groups;
      else problems.push(...parsed.problems);
      continue;
    }
    const parsed = parseArticleFile(folder, file);
    if (parsed.kind === 'invalid') {
      problems.push(...parsed.problems);
      continue;
    }
    const text = parsed.article.paragraphs.join('\n');
    const original = firstWithText.get(text);
    if (original !== undefined) {
      problems.push({ file: displayName, message: `has the same text as ${path.join(folder, original)}` });
      continue;
    }
    firstWithText.set(text, file.name);
    articles.push(parsed.article);
  }
  return { articles, aliases, problems, lastModified: newest > 0 ? new Date(newest) : null };
}

/** Parses one article file read by {@link readKnowledgeFiles} (its id is its name without `.md`). */
export function parseArticleFile(folder: string, file: KnowledgeFile): ReturnType<typeof parseArticle> {
  const displayName = path.join(folder, file.name);
  if ('problem' in file.content) return { kind: 'invalid', problems: [{ file: displayName, message: file.content.problem }] };
  return parseArticle(file.name.slice(0, -ARTICLE_EXTENSION.length), file.content, displayName);
}

/** Reads one file (an oversized one is not read at all); a missing file is `null`. */
export async function readKnowledgeFile(folder: string, name: string): Promise<KnowledgeFile | null> {
  const read = await readOne(path.join(folder, name));
  if ('problem' in read.content && read.content.problem === MISSING) return null;
  return { name, ...read };
}

const MISSING = 'cannot be read: it does not exist';

async function readOne(file: string): Promise<Pick<KnowledgeFile, 'content' | 'modifiedMs'>> {
  try {
    const { size, mtimeMs } = await stat(file);
    if (size > MAX_ARTICLE_BYTES) return { content: { problem: oversizeMessage(size) }, modifiedMs: mtimeMs };
    return { content: await readFile(file), modifiedMs: mtimeMs };
  } catch (error) {
    return { content: { problem: `cannot be read: ${describeFsError(error)}` }, modifiedMs: 0 };
  }
}

/** A short, human reason for a file-system error ("it does not exist"), never a stack trace. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'ENOTDIR':
      return 'it is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
