import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/knowledge/article.js';
import { formatArticle } from '../../src/domain/knowledge/formatArticle.js';
import { hashOf, KnowledgeStore } from '../../src/domain/knowledge/knowledgeStore.js';
import { loadKnowledge } from '../../src/domain/knowledge/loadKnowledge.js';

const moderator = { userId: '300000000000000003', tag: 'mod#0' };
const article = (id: string, text = `Text of ${id}.`): Article => ({
  id,
  title: `Headline ${id}`,
  source: 'AP',
  url: null,
  published: '2025-04-11',
  paragraphs: [text],
});

describe('KnowledgeStore', () => {
  let root: string;
  let knowledgeDir: string;
  let dataDir: string;
  let store: KnowledgeStore;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'parley-store-'));
    knowledgeDir = path.join(root, 'knowledge');
    dataDir = path.join(root, 'data');
    await import('node:fs/promises').then(({ mkdir }) => mkdir(knowledgeDir));
    store = new KnowledgeStore({ knowledgeDir, dataDir, now: () => new Date('2025-05-01T12:00:00Z') });
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const fileText = (id: string): Promise<string> => readFile(path.join(knowledgeDir, `${id}.md`), 'utf8');

  it('creates an article file that the loader reads back, and records who did it', async () => {
    const outcome = await store.create(article('talks'), moderator);
    expect(outcome).toMatchObject({ kind: 'done', record: { seq: 1, action: 'add', id: 'talks', userTag: 'mod#0', previousHash: null } });
    expect((await loadKnowledge(knowledgeDir)).articles).toEqual([article('talks')]);
    const audit = (await readFile(path.join(dataDir, 'audit.jsonl'), 'utf8')).trim().split('\n');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0] ?? '')).toMatchObject({ time: '2025-05-01T12:00:00.000Z', userId: moderator.userId, hash: hashOf(await fileText('talks')) });
  });

  it('refuses an invalid article or a taken id and writes nothing', async () => {
    await store.create(article('talks'), moderator);
    expect(await store.create(article('talks', 'Other text.'), moderator)).toEqual({ kind: 'refused', message: 'An article with the id "talks" already exists.' });
    const invalid = await store.create({ ...article('dated'), published: '10 April' }, moderator);
    expect(invalid).toMatchObject({ kind: 'refused', message: expect.stringContaining('"published" must be an ISO date') as unknown });
    expect((await readdir(knowledgeDir)).sort()).toEqual(['talks.md']);
    expect(await store.history()).toHaveLength(1);
  });

  it('never lets an id reach outside the knowledge folder', async () => {
    await writeFile(path.join(root, 'precious.md'), 'keep me');
    for (const id of ['../precious', '..', '/etc/passwd', 'a/../../precious', '']) {
      expect((await store.remove(id, moderator)).kind).toBe('refused');
      expect((await store.create(article(id), moderator)).kind).toBe('refused');
    }
    expect(await readFile(path.join(root, 'precious.md'), 'utf8')).toBe('keep me');
    expect(await readdir(knowledgeDir)).toEqual([]);
  });

  it('keeps the previous version of an edited or removed article in the history', async () => {
    await store.create(article('talks', 'First version.'), moderator);
    const first = await fileText('talks');
    await store.update(article('talks', 'Second version.'), moderator);
    await store.remove('talks', moderator);
    const history = await store.history();
    expect(history.map((record) => [record.seq, record.action])).toEqual([[3, 'remove'], [2, 'edit'], [1, 'add']]);
    const [removal, edit] = history;
    expect(await readFile(path.join(dataDir, edit?.previousVersion ?? ''), 'utf8')).toBe(first);
    expect(await readFile(path.join(dataDir, removal?.previousVersion ?? ''), 'utf8')).toContain('Second version.');
    expect(await readdir(knowledgeDir)).toEqual([]);
  });

  it('undoes the latest change, then the one before, and says what it reverted', async () => {
    await store.create(article('talks', 'First version.'), moderator);
    await store.update(article('talks', 'Second version.'), moderator);
    await store.remove('talks', moderator);

    const undoRemove = await store.undo(moderator);
    expect(undoRemove).toMatchObject({ kind: 'done', reverted: { seq: 3, action: 'remove' }, record: { action: 'undo', reverts: 3 } });
    expect(await fileText('talks')).toContain('Second version.');
    expect((await store.undo(moderator)).reverted?.action).toBe('edit');
    expect(await fileText('talks')).toContain('First version.');
    expect((await store.undo(moderator)).reverted?.action).toBe('add');
    expect(await readdir(knowledgeDir)).toEqual([]);
    expect(await store.undo(moderator)).toEqual({ kind: 'refused', message: 'There is nothing to undo.' });
  });

  it('refuses to undo a change when the file was edited by hand since', async () => {
    await store.create(article('talks'), moderator);
    await writeFile(path.join(knowledgeDir, 'talks.md'), formatArticle(article('talks', 'Hand edit.')));
    const outcome = await store.undo(moderator);
    expect(outcome).toEqual({ kind: 'refused', message: '"talks" has changed since that add (seq 1), so undoing it would lose later work.' });
    expect(await fileText('talks')).toContain('Hand edit.');
  });

  it('leaves the old file whole when the process dies between writing and renaming', async () => {
    await store.create(article('talks', 'Safe version.'), moderator);
    const before = await fileText('talks');
    const crashing = new KnowledgeStore({
      knowledgeDir,
      dataDir,
      beforeRename: () => Promise.reject(new Error('simulated crash')),
    });
    await expect(crashing.update(article('talks', 'Half-written version.'), moderator)).rejects.toThrow('simulated crash');
    expect(await fileText('talks')).toBe(before);
    expect(await readdir(knowledgeDir)).toEqual(['talks.md']);
    expect((await loadKnowledge(knowledgeDir)).problems).toEqual([]);
  });

  it('serialises concurrent writes so every one lands', async () => {
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => store.create(article(`story-${i}`), moderator)));
    expect(outcomes.every((outcome) => outcome.kind === 'done')).toBe(true);
    expect((await loadKnowledge(knowledgeDir)).articles).toHaveLength(12);
    expect((await store.history({ limit: 100 })).map((record) => record.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));

    const [a, b] = await Promise.all([store.update(article('story-1', 'Edited by A.'), moderator), store.update(article('story-2', 'Edited by B.'), moderator)]);
    expect([a.kind, b.kind]).toEqual(['done', 'done']);
  });

  it('keeps one history when two processes (shards) write to the same folders', async () => {
    const other = new KnowledgeStore({ knowledgeDir, dataDir });
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? store : other).create(article(`shard-story-${i}`), moderator)),
    );
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(Array(6).fill('done'));
    const seqs = (await store.history({ limit: 100 })).map((record) => record.seq);
    expect(seqs.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    // Undo in one process reverts the latest change, whichever process made it.
    const latest = (await other.history())[0];
    expect((await store.undo(moderator)).reverted?.seq).toBe(latest?.seq);
    await expect(readFile(path.join(dataDir, '.knowledge-write.lock'), 'utf8')).rejects.toThrow();
  });

  it('writes, reads and undoes the alias file', async () => {
    await store.writeAliases([['Turkey', 'Türkiye']], moderator);
    await store.writeAliases([['Turkey', 'Türkiye'], ['envoy', 'ambassador']], moderator);
    expect(await store.readAliases()).toEqual([['Turkey', 'Türkiye'], ['envoy', 'ambassador']]);
    expect((await loadKnowledge(knowledgeDir)).aliases).toEqual([['Turkey', 'Türkiye'], ['envoy', 'ambassador']]);
    await store.undo(moderator);
    expect(await store.readAliases()).toEqual([['Turkey', 'Türkiye']]);
    expect((await store.writeAliases([['lonely']], moderator)).kind).toBe('refused');
  });

  it('keeps every later record after a crash tore the last line of the audit log', async () => {
    await store.create(article('talks'), moderator);
    // A crash in the middle of appending the second record.
    await appendFile(path.join(dataDir, 'audit.jsonl'), '{"seq":2,"time":"2025-05-01T12:0');
    expect((await store.history()).map((record) => record.seq)).toEqual([1]);
    await store.create(article('more'), moderator);
    expect((await store.history()).map((record) => [record.seq, record.id])).toEqual([
      [2, 'more'],
      [1, 'talks'],
    ]);
    // A fresh reader of the same log agrees.
    expect((await new KnowledgeStore({ knowledgeDir, dataDir }).history()).map((record) => record.seq)).toEqual([2, 1]);
  });

  it('reads the audit log again when it was replaced by a shorter one', async () => {
    await store.create(article('talks'), moderator);
    await store.create(article('more'), moderator);
    const lines = (await readFile(path.join(dataDir, 'audit.jsonl'), 'utf8')).split('\n');
    await writeFile(path.join(dataDir, 'audit.jsonl'), `${lines[0] ?? ''}\n`);
    expect((await store.history()).map((record) => record.id)).toEqual(['talks']);
  });

  it('continues the sequence and undo stack after a restart', async () => {
    await store.create(article('talks'), moderator);
    const reopened = new KnowledgeStore({ knowledgeDir, dataDir });
    expect((await reopened.create(article('more'), moderator)).kind === 'done' && (await reopened.history())[0]?.seq).toBe(2);
    expect((await reopened.undo(moderator)).reverted?.id).toBe('more');
    expect((await reopened.undo(moderator)).reverted?.id).toBe('talks');
  });
});
