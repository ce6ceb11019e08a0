import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeFolderError, loadKnowledge } from '../../src/domain/knowledge/loadKnowledge.js';
import { formatProblem } from '../../src/domain/knowledge/problem.js';

const article = (title: string, body: string): string => `---\ntitle: ${title}\nsource: Reuters\npublished: 2025-04-10\n---\n${body}\n`;

describe('loadKnowledge', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'parley-knowledge-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads valid articles sorted by id and skips bad files with their problems', async () => {
    await writeFile(path.join(dir, 'b-talks.md'), article('B', 'Second story.'));
    await writeFile(path.join(dir, 'a-talks.md'), article('A', 'First story.'));
    await writeFile(path.join(dir, 'broken.md'), 'no front matter');
    await writeFile(path.join(dir, 'Bad_Name.md'), article('C', 'Third story.'));
    await writeFile(path.join(dir, 'notes.txt'), 'ignored');
    const loaded = await loadKnowledge(dir);
    expect(loaded.articles.map((a) => a.id)).toEqual(['a-talks', 'b-talks']);
    expect(loaded.problems.map(formatProblem)).toEqual([
      `${path.join(dir, 'Bad_Name.md')}: the file name must be an article id: lowercase letters, digits and hyphens, 1–64 characters, starting with a letter or digit (got "Bad_Name")`,
      `${path.join(dir, 'broken.md')}: front matter is missing: the file must start with a "---" line, the fields, and another "---" line`,
    ]);
  });

  it('reports a second file with the same text', async () => {
    await writeFile(path.join(dir, 'one.md'), article('One', 'Same words.'));
    await writeFile(path.join(dir, 'two.md'), article('Two', 'Same words.'));
    const loaded = await loadKnowledge(dir);
    expect(loaded.articles.map((a) => a.id)).toEqual(['one']);
    expect(loaded.problems.map(formatProblem)).toEqual([`${path.join(dir, 'two.md')}: has the same text as ${path.join(dir, 'one.md')}`]);
  });

  it('does not read a file over the size limit', async () => {
    await writeFile(path.join(dir, 'huge.md'), article('Huge', 'x'.repeat(2 * 1024 * 1024)));
    const loaded = await loadKnowledge(dir);
    expect(loaded.problems.map(formatProblem)).toEqual([`${path.join(dir, 'huge.md')}: the file is 2.0 MB, over the 1.0 MB limit`]);
  });

  it('ignores folders named like articles', async () => {
    await mkdir(path.join(dir, 'folder.md'));
    expect((await loadKnowledge(dir)).problems).toEqual([]);
  });

  it('reads aliases.yaml, and reports a broken one without dropping articles', async () => {
    await writeFile(path.join(dir, 'one.md'), article('One', 'Text.'));
    await writeFile(path.join(dir, 'aliases.yaml'), '- [Turkey, Türkiye]\n- [envoy, ambassador]\n');
    expect((await loadKnowledge(dir)).aliases).toEqual([['Turkey', 'Türkiye'], ['envoy', 'ambassador']]);
    await writeFile(path.join(dir, 'aliases.yaml'), '- [lonely]\n');
    const loaded = await loadKnowledge(dir);
    expect(loaded.articles).toHaveLength(1);
    expect(loaded.aliases).toEqual([]);
    expect(loaded.problems.map(formatProblem)).toEqual([`${path.join(dir, 'aliases.yaml')}: group 1: needs at least two words`]);
  });

  it('throws a clear error for a missing folder', async () => {
    const missing = path.join(dir, 'missing');
    await expect(loadKnowledge(missing)).rejects.toThrow(new KnowledgeFolderError(missing, 'it does not exist'));
    await expect(loadKnowledge(missing)).rejects.toThrow(`Cannot read the knowledge folder "${missing}": it does not exist`);
  });

  it('throws a clear error when the path is a file', async () => {
    const file = path.join(dir, 'file');
    await writeFile(file, 'x');
    await expect(loadKnowledge(file)).rejects.toThrow('it is not a folder');
  });
});
