import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeService } from '../../src/app/knowledgeService.js';
import { recordingLogger } from '../discord/support.js';

const article = (title: string, body: string): string => `---\ntitle: ${title}\nsource: AP\npublished: 2025-05-01\n---\n${body}\n`;

let dir: string;
let folder: string;
let logger: ReturnType<typeof recordingLogger>;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parley-service-'));
  folder = path.join(dir, 'knowledge');
  await cp('knowledge', folder, { recursive: true });
  logger = recordingLogger();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('KnowledgeService', () => {
  it('opens the folder and logs what it loaded', async () => {
    const service = await KnowledgeService.open(folder, logger);
    expect([...service.current.index.articles.keys()]).toEqual(['2025-04-10-istanbul-embassy-talks']);
    expect(service.current.lastModified).toBeInstanceOf(Date);
    expect(logger.entries).toEqual([{ level: 'info', fields: { articles: 1, passages: 9 }, message: 'knowledge loaded' }]);
  });

  it('refuses to open a folder that does not exist', async () => {
    await expect(KnowledgeService.open(path.join(dir, 'missing'), logger)).rejects.toThrow('it does not exist');
  });

  it('swaps in the new snapshot only once a reload has built it', async () => {
    const service = await KnowledgeService.open(folder, logger);
    const before = service.current;
    await writeFile(path.join(folder, 'visa-row.md'), article('Visa row deepens', 'Diplomats waited for visas.'));
    const reloading = service.reload();
    expect(service.current).toBe(before);
    const result = await reloading;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(service.current).toBe(result.snapshot);
    expect([...service.current.index.articles.keys()]).toEqual(['2025-04-10-istanbul-embassy-talks', 'visa-row']);
    expect([...before.index.articles.keys()]).toEqual(['2025-04-10-istanbul-embassy-talks']);
  });

  it('keeps serving the old snapshot when the folder was deleted, and says why', async () => {
    const service = await KnowledgeService.open(folder, logger);
    const before = service.current;
    await rm(folder, { recursive: true });
    const result = await service.reload();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe(`Cannot read the knowledge folder "${folder}": it does not exist`);
    expect(service.current).toBe(before);
    expect(service.current.index.articles.size).toBe(1);
    expect(logger.entries.filter((entry) => entry.level === 'error').map((entry) => [entry.fields.err, entry.message])).toEqual([
      [result.error, 'knowledge reload failed; still serving the previous snapshot'],
    ]);
  });

  it('skips a broken file on reload, logging it, and serves the rest', async () => {
    const service = await KnowledgeService.open(folder, logger);
    await writeFile(path.join(folder, 'broken.md'), 'no front matter');
    await writeFile(path.join(folder, 'visa-row.md'), article('Visa row deepens', 'Diplomats waited for visas.'));
    const result = await service.reload();
    expect(result.ok && [...result.snapshot.index.articles.keys()]).toEqual(['2025-04-10-istanbul-embassy-talks', 'visa-row']);
    expect(logger.entries.filter((entry) => entry.level === 'warn').map((entry) => entry.fields)).toEqual([
      { file: path.join(folder, 'broken.md'), field: undefined },
    ]);
  });

  it('answers a reload requested during another with the folder as it was at the request', async () => {
    const service = await KnowledgeService.open(folder, logger);
    const first = service.reload();
    await writeFile(path.join(folder, 'visa-row.md'), article('Visa row deepens', 'Diplomats waited for visas.'));
    const second = service.reload();
    const [, result] = await Promise.all([first, second]);
    expect(result.ok && result.snapshot.index.articles.has('visa-row')).toBe(true);
    expect(service.current.index.articles.has('visa-row')).toBe(true);
  });
});
