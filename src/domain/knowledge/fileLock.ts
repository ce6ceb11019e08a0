import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** How long to wait for another process's lock before giving up. */
export const LOCK_WAIT_MS = 10_000;
/** A lock older than this is from a process that died mid-write, and is broken. */
export const STALE_LOCK_MS = 60_000;

/**
 * Runs `task` holding an exclusive lock file, so that processes sharing a folder (shards) write one
 * at a time. The lock is a file created with `O_EXCL` holding the owner's pid; a lock whose owner is
 * gone, or older than {@link STALE_LOCK_MS}, is broken. Within one process, callers serialise
 * themselves before calling this.
 */
export async function withFileLock<T>(lockFile: string, task: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale(lockFile)) {
        await rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error('another process has been changing the knowledge for too long; try again', { cause: error });
      await new Promise((resolve) => setTimeout(resolve, Math.min(200, 5 * 2 ** attempt)));
    }
  }
  try {
    return await task();
  } finally {
    await rm(lockFile, { force: true });
  }
}

async function isStale(lockFile: string): Promise<boolean> {
  try {
    const [owner, info] = await Promise.all([readFile(lockFile, 'utf8'), stat(lockFile)]);
    if (Date.now() - info.mtimeMs > STALE_LOCK_MS) return true;
    const pid = Number(owner);
    if (!Number.isInteger(pid) || pid <= 0) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  } catch {
    return false;
  }
}
