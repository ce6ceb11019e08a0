import { appendFile, mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * An append-only JSON Lines file (audit log, feedback, unanswered questions). Appends are
 * serialised, so lines never interleave, and {@link JsonLinesFile.flush} waits for all of them
 * (used at shutdown). Each record is one `write` with `O_APPEND`: a crash can lose the last line but
 * never tear an earlier one.
 */
export class JsonLinesFile<T extends object> {
  private queue: Promise<void> = Promise.resolve();
  /** Whether the file's end has been checked for a line torn by a crash (done before the first append). */
  private tailChecked = false;

  constructor(readonly file: string) {}

  /** Appends one record; resolves when it is on disk, rejects if the write failed. */
  append(record: T): Promise<void> {
    const line = `${JSON.stringify(record)}\n`;
    const write = this.queue.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      // After a crash the last line may lack its newline; start a fresh line so this record is whole.
      const prefix = this.tailChecked ? '' : await this.separatorAfterTornLine();
      await appendFile(this.file, prefix + line, 'utf8');
      this.tailChecked = true;
    });
    // Keep the chain alive after a failed write; the caller still sees the failure.
    this.queue = write.catch(() => undefined);
    return write;
  }

  /** Every record, oldest first; lines that are not valid JSON (a torn last line) are skipped. */
  async readAll(): Promise<T[]> {
    await this.flush();
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const records: T[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        records.push(JSON.parse(line) as T);
      } catch {
        // A line cut short by a crash: skip it, keep the rest.
      }
    }
    return records;
  }

  private async separatorAfterTornLine(): Promise<string> {
    let handle;
    try {
      handle = await open(this.file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw error;
    }
    try {
      const { size } = await handle.stat();
      if (size === 0) return '';
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      return last[0] === 0x0a ? '' : '\n';
    } finally {
      await handle.close();
    }
  }

  /** Resolves once every append started so far has finished. */
  flush(): Promise<void> {
    return this.queue;
  }
}
