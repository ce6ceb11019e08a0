import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Test seam: runs after the temporary file is written and synced, before it replaces the target. */
export type BeforeRename = (temporaryFile: string, target: string) => Promise<void>;

/**
 * Writes `content` to `file` so that a crash at any moment leaves either the old file or the new
 * one, never a torn mix: write a temporary file in the same folder, fsync it, rename it over the
 * target (atomic on POSIX file systems), then fsync the folder so the rename itself is durable. The
 * temporary file is a dotfile, which the knowledge loader ignores, and is removed on failure.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array, beforeRename?: BeforeRename): Promise<void> {
  const folder = path.dirname(file);
  await mkdir(folder, { recursive: true });
  const temporary = path.join(folder, `.parley-tmp-${path.basename(file)}-${randomBytes(6).toString('hex')}`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await beforeRename?.(temporary, file);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Removes `file` and makes the removal durable. */
export async function removeFileDurably(file: string): Promise<void> {
  await rm(file);
  await syncFolder(path.dirname(file));
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems do not support syncing a folder; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}
