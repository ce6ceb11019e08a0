// Reading the TrecQA benchmark: its CSV quoting, its Penn Treebank escapes, and how candidates pool.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { candidateDigest, readPoolQuestions, readTrecQa, unescapePtb } from '../../src/eval/trecqa.js';

let folder: string | undefined;

afterEach(async () => {
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

describe('readTrecQa', () => {
  it('reads brackets back from their Penn Treebank escapes, in questions and candidates', async () => {
    expect(unescapePtb('What division -LRB- weight -RRB- did he win ?')).toBe('What division ( weight ) did he win ?');
    // Quotes stay as written: a closing '' read as '"' after " ." would split off as a sentence.
    expect(unescapePtb("his `` Wall Street , '' role -LSB- sic -RSB-")).toBe("his `` Wall Street , '' role [ sic ]");
    folder = await mkdtemp(join(tmpdir(), 'parley-trecqa-'));
    const file = join(folder, 'dev.csv');
    await writeFile(
      file,
      [
        'qtext,label,atext',
        'What division -LRB- weight -RRB- did Floyd Patterson win ?,1,"Floyd Patterson , the former heavyweight champion , is <num> ."',
        'What division -LRB- weight -RRB- did Floyd Patterson win ?,0,"He starred in `` Fixed Bayonet , \'\' a film ."',
        'Who wrote nothing ?,0,An unlabelled candidate .',
      ].join('\n'),
    );
    const pool = await readTrecQa(file);
    expect(pool.questions).toEqual([{ question: 'What division ( weight ) did Floyd Patterson win ?', positives: ['Floyd Patterson , the former heavyweight champion , is <num> .'] }]);
    expect(pool.articles.map((article) => article.paragraphs)).toEqual([
      ['Floyd Patterson , the former heavyweight champion , is <num> .', "He starred in `` Fixed Bayonet , '' a film ."],
      ['An unlabelled candidate .'],
    ]);
    expect(pool.withoutAnswer).toBe(1);
  });
});

describe('readPoolQuestions', () => {
  it('finds each answer among the pool\'s candidates by its digest, and names the line of one it cannot find', async () => {
    folder = await mkdtemp(join(tmpdir(), 'parley-trecqa-'));
    const csv = join(folder, 'dev.csv');
    await writeFile(csv, ['qtext,label,atext', 'Who is Ice T ?,0,"Ice , a.k.a . Tracy Morrow , sat on a panel -LRB- Monday -RRB- ."', 'Who is Ice T ?,0,Tickets sold out .'].join('\n'));
    const pool = await readTrecQa(csv);
    const extra = join(folder, 'extra.jsonl');
    const panel = 'Ice , a.k.a . Tracy Morrow , sat on a panel ( Monday ) .';
    await writeFile(extra, `${JSON.stringify({ id: 'x1', question: "What was Ice T's original name?", answers: [candidateDigest(panel)] })}\n`);
    expect(await readPoolQuestions(extra, pool)).toEqual([{ question: "What was Ice T's original name?", positives: [panel] }]);

    await writeFile(extra, `${JSON.stringify({ id: 'x1', question: 'q?', answers: [candidateDigest('Tickets sold out .')] })}\n${JSON.stringify({ id: 'x2', question: 'q?', answers: ['0000000000000000'] })}\n`);
    await expect(readPoolQuestions(extra, pool)).rejects.toThrow(/extra\.jsonl:2: answer 0000000000000000 is no candidate/);
  });
});

describe('the extra questions over the dev pool', () => {
  it.each([
    ['tests/fixtures/trecqa-dev-extra.jsonl', 120],
    ['tests/fixtures/trecqa-dev-extra2.jsonl', 65],
    ['tests/fixtures/trecqa-dev-extra3.jsonl', 53],
  ])('%s holds no text of the data set: each answer is a digest, each question the project\'s own', async (file, count) => {
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    const questions = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(questions).toHaveLength(count);
    expect(new Set(questions.map((question) => question['id'])).size).toBe(count);
    expect(new Set(questions.map((question) => String(question['question']).toLowerCase())).size).toBe(count);
    for (const question of questions) {
      expect(Object.keys(question).sort()).toEqual(['answers', 'id', 'question', 'target']);
      expect(question['answers']).toEqual(expect.arrayContaining([expect.stringMatching(/^[0-9a-f]{16}$/u)]));
      expect((question['answers'] as string[]).every((answer) => /^[0-9a-f]{16}$/u.test(answer))).toBe(true);
    }
  });
});
