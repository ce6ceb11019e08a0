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
  /** When the newest file was last modified (null for an empty folder): the knowledge's freshness. */
  readonly lastModified: Date | null;
  /** One entry per problem; a file with problems is skipped, the others still serve. */
  readonly problems: readonly KnowledgeProblem[];
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

/**
 * Reads every `*.md` file of `folder` (not recursive), validates each, reports duplicates of the same
 * text, and reads the optional alias file (`aliases.yaml`). Other files are ignored. Throws {@link KnowledgeFolderError} only when the folder
 * cannot be listed.
 */
export async function loadKnowledge(folder: string): Promise<LoadedKnowledge> {
  const names = await listArticleFiles(folder);
  const articles: Article[] = [];
  const problems: KnowledgeProblem[] = [];
  const firstWithText = new Map<string, string>();

  const contents = await Promise.all(
    names.map(async (name) => ({ name, ...(await readArticleFile(path.join(folder, name))) })),
  );
  let newest = 0;
  for (const { name, content, modifiedMs } of contents) {
    newest = Math.max(newest, modifiedMs);
    const displayName = path.join(folder, name);
    if (typeof content === 'string') {
      problems.push({ file: displayName, message: content });
      continue;
    }
    const parsed = parseArticle(name.slice(0, -ARTICLE_EXTENSION.length), content, displayName);
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
    firstWithText.set(text, name);
    articles.push(parsed.article);
  }
  const { aliases, modifiedMs } = await loadAliases(folder, problems);
  newest = Math.max(newest, modifiedMs);
  return { articles, aliases, problems, lastModified: newest > 0 ? new Date(newest) : null };
}

async function loadAliases(folder: string, problems: KnowledgeProblem[]): Promise<{ aliases: AliasGroups; modifiedMs: number }> {
  const file = path.join(folder, ALIAS_FILE_NAME);
  let text: string;
  let modifiedMs: number;
  try {
    [text, modifiedMs] = await Promise.all([readFile(file, 'utf8'), stat(file).then((info) => info.mtimeMs)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push({ file, message: `cannot be read: ${describeFsError(error)}` });
    return { aliases: [], modifiedMs: 0 };
  }
  const parsed = parseAliases(text, file);
  if (parsed.kind === 'ok') return { aliases: parsed.groups, modifiedMs };
  problems.push(...parsed.problems);
  return { aliases: [], modifiedMs };
}

async function listArticleFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith(ARTICLE_EXTENSION) && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new KnowledgeFolderError(folder, describeFsError(error));
  }
}

/** The file's bytes, or why they could not be read (an oversized file is not read at all). */
async function readArticleFile(file: string): Promise<{ content: Uint8Array | string; modifiedMs: number }> {
  try {
    const { size, mtimeMs } = await stat(file);
    if (size > MAX_ARTICLE_BYTES) return { content: oversizeMessage(size), modifiedMs: mtimeMs };
    return { content: await readFile(file), modifiedMs: mtimeMs };
  } catch (error) {
    return { content: `cannot be read: ${describeFsError(error)}`, modifiedMs: 0 };
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
