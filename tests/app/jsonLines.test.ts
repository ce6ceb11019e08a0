import { mkdir, mkdtemp, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonLinesFile } from '../../src/app/jsonLines.js';

interface Row {
  readonly n: number;
  readonly text?: string;
}

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parley-jsonl-'));
  file = path.join(dir, 'rows.jsonl');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('JsonLinesFile', () => {
  it('appends one JSON line per record and reads them back oldest first', async () => {
    const rows = new JsonLinesFile<Row>(file);
    await rows.append({ n: 1 });
    await rows.append({ n: 2, text: 'line\nbreak "quoted"' });
    expect(await readFile(file, 'utf8')).toBe('{"n":1}\n{"n":2,"text":"line\\nbreak \\"quoted\\""}\n');
    expect(await rows.readAll()).toEqual([{ n: 1 }, { n: 2, text: 'line\nbreak "quoted"' }]);
  });

  it('reads nothing from a file that does not exist yet, and creates missing folders on the first append', async () => {
    const nested = new JsonLinesFile<Row>(path.join(dir, 'a', 'b', 'rows.jsonl'));
    expect(await nested.readAll()).toEqual([]);
    await nested.append({ n: 1 });
    expect(await nested.readAll()).toEqual([{ n: 1 }]);
  });

  it('keeps every line whole and in call order when appends are not awaited one by one', async () => {
    const rows = new JsonLinesFile<Row>(file);
    const text = 'x'.repeat(5_000);
    await Promise.all(Array.from({ length: 200 }, (_, n) => rows.append({ n, text })));
    const lines = (await readFile(file, 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => (JSON.parse(line) as Row).n)).toEqual(Array.from({ length: 200 }, (_, n) => n));
  });

  it('flush() waits for every append started so far', async () => {
    const rows = new JsonLinesFile<Row>(file);
    for (let n = 0; n < 20; n++) void rows.append({ n });
    await rows.flush();
    expect((await readFile(file, 'utf8')).trim().split('\n')).toHaveLength(20);
  });

  it('skips a torn last line (a crash mid-write) and keeps the rest', async () => {
    await writeFile(file, '{"n":1}\n{"n":2}\n{"n":3,"te');
    expect(await new JsonLinesFile<Row>(file).readAll()).toEqual([{ n: 1 }, { n: 2 }]);
  });

  // Was a bug (fixed): after a crash that tore the last line (no trailing newline), the next append is written
  // straight after the torn bytes (`{"n":2,"te{"n":3}`), so readAll skips the new record too: the
  // first vote or unanswered question after such a restart is silently lost. append() should start
  // on a fresh line when the file does not end with "\n".
  it('does not lose the first record appended after a torn last line', async () => {
    await writeFile(file, '{"n":1}\n{"n":2,"te');
    const rows = new JsonLinesFile<Row>(file);
    await rows.append({ n: 3 });
    expect(await rows.readAll()).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it('rejects a failed append but keeps accepting later ones', async () => {
    await mkdir(file); // a folder where the file should be: appendFile fails with EISDIR
    const rows = new JsonLinesFile<Row>(file);
    await expect(rows.append({ n: 1 })).rejects.toThrow(/EISDIR/u);
    await expect(rows.flush()).resolves.toBeUndefined();
    await rmdir(file);
    await rows.append({ n: 2 });
    expect(await rows.readAll()).toEqual([{ n: 2 }]);
  });
});
