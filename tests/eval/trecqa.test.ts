// Reading the TrecQA benchmark: its CSV quoting, its Penn Treebank escapes, and how candidates pool.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTrecQa, unescapePtb } from '../../src/eval/trecqa.js';

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
