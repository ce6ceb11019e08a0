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
    expect(logger.entries).toEqual([{ level: 'info', fields: { articles: 1, passages: 9, ms: expect.any(Number) as unknown }, message: 'knowledge built' }]);
  });

  it('refuses to open a folder that does not exist', async () => {
    await expect(KnowledgeService.open(path.join(dir, 'missing'), logger)).rejects.toThrow('it does not exist');
  });

  it('applies a reload only once it has read the files: until then questions see the previous knowledge', async () => {
    const service = await KnowledgeService.open(folder, logger);
    await writeFile(path.join(folder, 'visa-row.md'), article('Visa row deepens', 'Diplomats waited for visas.'));
    const reloading = service.reload();
    expect([...service.current.index.articles.keys()]).toEqual(['2025-04-10-istanbul-embassy-talks']);
    const result = await reloading;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(service.current).toBe(result.snapshot);
    expect([...service.current.index.articles.keys()]).toEqual(['2025-04-10-istanbul-embassy-talks', 'visa-row']);
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
      [result.error, 'knowledge reload failed; still serving the previous knowledge'],
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

describe('KnowledgeService with a saved index', () => {
  const question = (service: KnowledgeService, id: string): boolean => service.current.index.articles.has(id);

  it('saves the index, loads it on the next start, and re-indexes only what changed on disk meanwhile', async () => {
    const indexDir = path.join(dir, 'index');
    const first = await KnowledgeService.open(folder, logger, { indexDir, saveDelayMs: 0 });
    await first.close();
    const saved = await import('node:fs/promises').then(({ readdir }) => readdir(indexDir));
    expect(saved).toEqual(['knowledge-index.bin']);

    await writeFile(path.join(folder, 'visa-row.md'), article('Visa row deepens', 'Diplomats waited for visas.'));
    const second = await KnowledgeService.open(folder, logger, { indexDir, saveDelayMs: 0 });
    expect(logger.entries.at(-1)?.message).toBe('knowledge loaded');
    expect(question(second, 'visa-row')).toBe(true);
    expect(question(second, '2025-04-10-istanbul-embassy-talks')).toBe(true);
    await second.close();
  });

  it('ignores a corrupt saved index and builds from the files', async () => {
    const indexDir = path.join(dir, 'index');
    await import('node:fs/promises').then(({ mkdir }) => mkdir(indexDir));
    await writeFile(path.join(indexDir, 'knowledge-index.bin'), 'not an index');
    const service = await KnowledgeService.open(folder, logger, { indexDir });
    expect(logger.entries.at(-1)?.message).toBe('knowledge built');
    expect(question(service, '2025-04-10-istanbul-embassy-talks')).toBe(true);
    await service.close();
  });

  it('refreshes one file: added, edited (broken, then fixed) and deleted', async () => {
    const service = await KnowledgeService.open(folder, logger);
    const file = path.join(folder, 'visa-row.md');
    await writeFile(file, article('Visa row deepens', 'Diplomats waited for visas.'));
    await service.refreshFile('visa-row.md');
    expect(question(service, 'visa-row')).toBe(true);
    await writeFile(file, 'broken now');
    await service.refreshFile('visa-row.md');
    expect(question(service, 'visa-row')).toBe(false);
    expect(service.current.problems.map((problem) => problem.file)).toEqual([file]);
    await writeFile(file, article('Visa row ends', 'The visas were granted.'));
    await service.refreshFile('visa-row.md');
    expect(service.current.index.articles.get('visa-row')?.title).toBe('Visa row ends');
    expect(service.current.problems).toEqual([]);
    await rm(file);
    await service.refreshFile('visa-row.md');
    expect(question(service, 'visa-row')).toBe(false);
  });
});
