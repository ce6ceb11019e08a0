import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Curation, type ArticleInput } from '../../src/app/curation.js';
import { KnowledgeService } from '../../src/app/knowledgeService.js';
import { silentLogger } from '../../src/app/logger.js';
import { UnansweredLog } from '../../src/app/unansweredLog.js';
import { answerQuestion } from '../../src/domain/answer/answer.js';
import { KnowledgeStore } from '../../src/domain/knowledge/knowledgeStore.js';

const SEED_ID = '2025-04-10-istanbul-embassy-talks';
const moderator = { userId: '42', tag: 'mod#0001' };
const visaRow: ArticleInput = {
  title: 'Visa row deepens',
  source: 'Wire',
  published: '2025-05-01',
  url: null,
  text: 'Consular officers in Moscow stopped issuing visas on Monday.\n\nThe embassy said the pause was temporary.',
};

let dir: string;
let knowledgeDir: string;
let service: KnowledgeService;
let curation: Curation;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parley-curation-'));
  knowledgeDir = path.join(dir, 'knowledge');
  const dataDir = path.join(dir, 'data');
  await cp('knowledge', knowledgeDir, { recursive: true });
  service = await KnowledgeService.open(knowledgeDir, silentLogger);
  curation = new Curation({ store: new KnowledgeStore({ knowledgeDir, dataDir }), knowledge: service, unanswered: new UnansweredLog(dataDir), logger: silentLogger });
});
afterEach(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

describe('Curation', () => {
  it('adds an article: written to the folder and answered from at once', async () => {
    const outcome = await curation.add(visaRow, moderator);
    expect(outcome).toMatchObject({ kind: 'done', article: { id: '2025-05-01-visa-row-deepens' } });
    expect(await readdir(knowledgeDir)).toContain('2025-05-01-visa-row-deepens.md');
    const answer = answerQuestion(service.current.index, 'When did consular officers in Moscow stop issuing visas?');
    expect(answer.kind === 'answered' ? answer.answers[0]?.article.id : answer.kind).toBe('2025-05-01-visa-row-deepens');
  });

  it('refuses an article whose text another article already has, and writes nothing', async () => {
    await curation.add(visaRow, moderator);
    const before = await readdir(knowledgeDir);
    const outcome = await curation.add({ ...visaRow, title: 'Same text, other headline' }, moderator);
    expect(outcome).toEqual({ kind: 'refused', message: '“Visa row deepens” (`2025-05-01-visa-row-deepens`) already has exactly this text.' });
    expect(await readdir(knowledgeDir)).toEqual(before);
  });

  it('lets an edit keep the article’s own text, and tells texts apart that differ only in a later paragraph', async () => {
    await curation.add(visaRow, moderator);
    const retitled = await curation.edit('2025-05-01-visa-row-deepens', { ...visaRow, title: 'Visa row deepens further' }, moderator);
    expect(retitled.kind).toBe('done');
    const lastParagraphDiffers = await curation.add({ ...visaRow, title: 'Visa pause ends', text: visaRow.text.replace('temporary', 'over') }, moderator);
    expect(lastParagraphDiffers.kind).toBe('done');
    expect(service.current.index.articles.size).toBe(3);
  });

  it('removes an article and undo brings the same file back', async () => {
    const file = path.join(knowledgeDir, `${SEED_ID}.md`);
    const original = await readFile(file, 'utf8');
    expect((await curation.remove(SEED_ID, moderator)).kind).toBe('done');
    expect(service.current.index.articles.has(SEED_ID)).toBe(false);
    expect((await curation.undo(moderator)).kind).toBe('done');
    expect(await readFile(file, 'utf8')).toBe(original);
    expect(service.current.index.articles.has(SEED_ID)).toBe(true);
  });
});
