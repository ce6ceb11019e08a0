import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../domain/knowledge/atomicWrite.js';
import type { KnowledgeProblem } from '../domain/knowledge/problem.js';
import type { IndexData } from '../domain/search/knowledgeIndex.js';
import { decodeIndex, encodeIndex } from '../domain/search/persistedIndex.js';

/** What a knowledge file was when it was last read: content hash, size and modification time. */
export interface FileState {
  readonly hash: string;
  readonly size: number;
  readonly modifiedMs: number;
}

/** A saved index with what it was built from. */
export interface StoredIndex {
  readonly data: IndexData;
  /** Each knowledge file the index reflects (name → state). */
  readonly files: Readonly<Record<string, FileState>>;
  /** Problems of the files that were skipped. */
  readonly problems: readonly KnowledgeProblem[];
}

const FILE_NAME = 'knowledge-index.bin';
const MANIFEST_VERSION = 2;

interface Manifest {
  readonly version: number;
  readonly files: Readonly<Record<string, FileState>>;
  readonly problems: readonly KnowledgeProblem[];
  readonly headerLength: number;
}

/**
 * Saves the index so the next start loads it instead of analysing every article again. One file,
 * written atomically: `[manifest length][manifest JSON][index header length][index header][padding][arrays]`.
 */
export async function saveIndex(folder: string, data: IndexData, stored: Omit<StoredIndex, 'data'>): Promise<void> {
  const { header, body } = encodeIndex(data);
  const headerBytes = Buffer.from(header, 'utf8');
  const manifest: Manifest = { version: MANIFEST_VERSION, files: stored.files, problems: stored.problems, headerLength: headerBytes.length };
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  const prefix = 8 + manifestBytes.length + headerBytes.length;
  const padding = (8 - (prefix % 8)) % 8;
  const file = Buffer.alloc(prefix + padding + body.length);
  file.writeUInt32LE(manifestBytes.length, 0);
  manifestBytes.copy(file, 4);
  file.writeUInt32LE(headerBytes.length, 4 + manifestBytes.length);
  headerBytes.copy(file, 8 + manifestBytes.length);
  body.copy(file, prefix + padding);
  await writeFileAtomic(path.join(folder, FILE_NAME), file);
}

/** The saved index, or null when there is none, or it is unreadable or of another format. */
export async function loadIndex(folder: string): Promise<StoredIndex | null> {
  let file: Buffer;
  try {
    file = await readFile(path.join(folder, FILE_NAME));
  } catch {
    return null;
  }
  try {
    const manifestLength = file.readUInt32LE(0);
    const manifest = JSON.parse(file.subarray(4, 4 + manifestLength).toString('utf8')) as Manifest;
    const headerLength = file.readUInt32LE(4 + manifestLength);
    const headerStart = 8 + manifestLength;
    const header = file.subarray(headerStart, headerStart + headerLength).toString('utf8');
    const prefix = headerStart + headerLength;
    const body = file.subarray(prefix + ((8 - (prefix % 8)) % 8));
    const data = manifest.version === MANIFEST_VERSION ? decodeIndex(header, body) : null;
    return data === null ? null : { data, files: manifest.files, problems: manifest.problems };
  } catch {
    return null;
  }
}
