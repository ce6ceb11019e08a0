import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnansweredLog } from '../../src/app/unansweredLog.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-unanswered-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('UnansweredLog', () => {
  it('appends each declined question with its time, reason kind and guild (no member id) to DATA_DIR/unanswered.jsonl', async () => {
    const log = new UnansweredLog(dataDir);
    await log.record('Who is Putin?', { kind: 'unknown-name', names: ['Putin'] }, 'guild-1', new Date('2025-04-11T09:30:00Z'));
    await log.record('When did they meet?', { kind: 'missing-detail', detail: 'date' }, null, new Date('2025-04-11T09:31:00Z'));
    const expected = [
      { time: '2025-04-11T09:30:00.000Z', question: 'Who is Putin?', reason: 'unknown-name', guildId: 'guild-1' },
      { time: '2025-04-11T09:31:00.000Z', question: 'When did they meet?', reason: 'missing-detail', guildId: null },
    ];
    expect(await log.all()).toEqual(expected);
    const lines = (await readFile(path.join(dataDir, 'unanswered.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(expected);
  });

  it('keeps the questions of unawaited records in order, and a new log over the same folder reads them', async () => {
    const log = new UnansweredLog(dataDir);
    for (let i = 0; i < 10; i++) void log.record(`question ${i}`, { kind: 'no-match' }, 'g');
    await log.flush();
    expect((await new UnansweredLog(dataDir).all()).map((record) => record.question)).toEqual(Array.from({ length: 10 }, (_, i) => `question ${i}`));
  });
});
