import { mkdir, mkdtemp, readFile, rename, rm, rmdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedbackStore, type FeedbackRecord } from '../../src/app/feedbackStore.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-feedback-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const vote = (answerKey: string, userId: string, up = true): Omit<FeedbackRecord, 'time'> => ({
  answerKey,
  userId,
  vote: up ? 'up' : 'down',
  question: 'Who led the talks?',
  sentenceIds: ['talks#3.1', 'talks#1.1'],
});

describe('FeedbackStore', () => {
  it('records a vote with its time, question and quoted sentence ids in DATA_DIR/feedback.jsonl', async () => {
    const store = new FeedbackStore(dataDir);
    expect(await store.record(vote('a1', 'u1'), new Date('2025-04-10T12:00:00Z'))).toBe('recorded');
    const expected = { time: '2025-04-10T12:00:00.000Z', ...vote('a1', 'u1') };
    expect(await store.all()).toEqual([expected]);
    expect(JSON.parse(await readFile(path.join(dataDir, 'feedback.jsonl'), 'utf8'))).toEqual(expected);
  });

  it('takes one vote per member per answer, whichever way it goes', async () => {
    const store = new FeedbackStore(dataDir);
    expect(await store.record(vote('a1', 'u1', true))).toBe('recorded');
    expect(await store.record(vote('a1', 'u1', false))).toBe('already-voted');
    expect(await store.record(vote('a1', 'u2', false))).toBe('recorded');
    expect(await store.record(vote('a2', 'u1', false))).toBe('recorded');
    expect((await store.all()).map((record) => [record.answerKey, record.userId, record.vote])).toEqual([
      ['a1', 'u1', 'up'],
      ['a1', 'u2', 'down'],
      ['a2', 'u1', 'down'],
    ]);
  });

  it('counts a double click (two votes at once) once', async () => {
    const store = new FeedbackStore(dataDir);
    const outcomes = await Promise.all([store.record(vote('a1', 'u1')), store.record(vote('a1', 'u1', false))]);
    expect(outcomes).toEqual(['recorded', 'already-voted']);
    expect(await store.all()).toHaveLength(1);
  });

  it('still refuses a second vote after a restart (a new store over the same file)', async () => {
    await new FeedbackStore(dataDir).record(vote('a1', 'u1'));
    const restarted = new FeedbackStore(dataDir);
    expect(await restarted.record(vote('a1', 'u1', false))).toBe('already-voted');
    expect(await restarted.record(vote('a1', 'u2'))).toBe('recorded');
    expect(await restarted.all()).toHaveLength(2);
  });

  it('lets the member vote again when the write failed', async () => {
    const file = path.join(dataDir, 'feedback.jsonl');
    const store = new FeedbackStore(dataDir);
    expect(await store.record(vote('a1', 'u0'))).toBe('recorded');
    await rename(file, `${file}.bak`);
    await mkdir(file); // appendFile now fails with EISDIR
    await expect(store.record(vote('a1', 'u1'))).rejects.toThrow(/EISDIR/u);
    await rmdir(file);
    await rename(`${file}.bak`, file);
    expect(await store.record(vote('a1', 'u1'))).toBe('recorded');
    expect((await store.all()).map((record) => record.userId)).toEqual(['u0', 'u1']);
  });

  // Was a bug (fixed): FeedbackStore caches the promise of its first read of feedback.jsonl (`this.seen ??= ...`)
  // even when that read rejects (EISDIR, EACCES, EMFILE...), so after one failed read every later
  // vote rejects too, until the bot restarts, even once the file is readable again.
  it('recovers from a failed first read of the feedback file', async () => {
    const file = path.join(dataDir, 'feedback.jsonl');
    await mkdir(file);
    const store = new FeedbackStore(dataDir);
    await expect(store.record(vote('a1', 'u1'))).rejects.toThrow(/EISDIR/u);
    await rmdir(file);
    expect(await store.record(vote('a1', 'u1'))).toBe('recorded');
  });
});
