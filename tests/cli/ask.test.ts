import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ASK = path.resolve('dist/src/cli/ask.js');

/** Where the CLI keeps its saved index during these tests. */
let dataDir = os.tmpdir();

/** Runs the built CLI (npm test builds first) and returns its exit code and output. */
async function ask(args: readonly string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.KNOWLEDGE_DIR;
  const child = run(process.execPath, [ASK, ...args], { timeout: 15_000, env });
  if (stdin !== undefined) {
    child.child.stdin?.end(stdin);
  } else {
    child.child.stdin?.end();
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('ask CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'parley-cli-'));
    dataDir = path.join(dir, 'data');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('answers with the Darchiev sentence and its source in JSON', async () => {
    const { code, stdout, stderr } = await ask(['--json', 'Who led the Russian delegation?']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout) as { question: string; answered: boolean; answers: Record<string, unknown>[] };
    expect(result.question).toBe('Who led the Russian delegation?');
    expect(result.answered).toBe(true);
    const [first] = result.answers;
    expect(first).toMatchObject({
      article: {
        id: '2025-04-10-istanbul-embassy-talks',
        title: 'US and Russian delegations meet in Istanbul to normalise embassy operations',
        source: 'Reuters',
        url: null,
        published: '2025-04-10',
      },
      paragraph: 3,
      speaker: 'Russian Foreign Ministry',
    });
    expect(first?.text).toContain('Alexander Darchiev');
    expect(Object.keys(first ?? {})).toEqual(['text', 'score', 'article', 'paragraph', 'speaker']);
    expect(typeof first?.score).toBe('number');
  });

  it('prints quotes and their sources in plain mode', async () => {
    const { code, stdout } = await ask(['What', 'did', 'Tammy', 'Bruce', 'say', 'about', 'Ukraine?']);
    expect(code).toBe(0);
    expect(stdout).toContain('“On April 8, US State Department spokeswoman Tammy Bruce said');
    expect(stdout).toContain('— Tammy Bruce, US State Department spokeswoman · Reuters, “US and Russian delegations meet in Istanbul to normalise embassy operations”, 10 Apr 2025, ¶5');
  });

  it('declines with answered:false and no answers', async () => {
    const { stdout } = await ask(['--json', 'What did Vladimir Putin say about the talks?']);
    expect(JSON.parse(stdout)).toEqual({ question: 'What did Vladimir Putin say about the talks?', answered: false, answers: [] });
  });

  it('answers a batch from stdin in input order, skipping blank lines, one JSON line each', async () => {
    const { code, stdout } = await ask(['--batch', '-'], 'Who is Sonata Coulter?\n\n  \nHow do I reset my router?\nWhere is Pioneer Point?\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { question: string; answered: boolean });
    expect(lines.map((line) => [line.question, line.answered])).toEqual([
      ['Who is Sonata Coulter?', true],
      ['How do I reset my router?', false],
      ['Where is Pioneer Point?', true],
    ]);
  });

  it('reads a batch file and uses --knowledge', async () => {
    const knowledge = path.join(dir, 'kb');
    await import('node:fs/promises').then(({ mkdir }) => mkdir(knowledge));
    await writeFile(
      path.join(knowledge, 'moon.md'),
      '---\ntitle: Probe lands on the Moon\nsource: AP\npublished: 2025-01-02\n---\nThe probe landed near the south pole on Thursday.\n',
    );
    await writeFile(path.join(dir, 'questions.txt'), 'Where did the probe land?\n');
    const { stdout } = await ask(['--knowledge', knowledge, '--batch', path.join(dir, 'questions.txt')]);
    const [line] = stdout.trim().split('\n').map((text) => JSON.parse(text) as { answers: { text: string; article: { id: string } }[] });
    expect(line?.answers[0]).toMatchObject({ text: 'The probe landed near the south pole on Thursday.', article: { id: 'moon' } });
  });

  it('warns on stderr about a broken file and still answers from the others', async () => {
    const knowledge = path.join(dir, 'kb2');
    await import('node:fs/promises').then(({ mkdir }) => mkdir(knowledge));
    await writeFile(path.join(knowledge, 'ok.md'), '---\ntitle: Ferry resumes\nsource: AP\npublished: 2025-01-02\n---\nThe ferry resumed service on Monday.\n');
    await writeFile(path.join(knowledge, 'bad.md'), 'oops');
    const { code, stdout, stderr } = await ask(['--json', '--knowledge', knowledge, 'When did the ferry resume?']);
    expect(code).toBe(0);
    expect(stderr).toContain(`warning: skipped ${path.join(knowledge, 'bad.md')}: front matter is missing`);
    expect((JSON.parse(stdout) as { answered: boolean }).answered).toBe(true);
  });

  it.each([
    [[], 'ask: no question given (usage: npm run --silent ask -- [--json] [--knowledge DIR] [--batch FILE|-] [QUESTION])'],
    [['   '], 'ask: the question is empty'],
    [['--frobnicate', 'x'], 'ask: unknown option --frobnicate (usage: npm run --silent ask -- [--json] [--knowledge DIR] [--batch FILE|-] [QUESTION])'],
    [['x'.repeat(501)], 'ask: the question is 501 characters long; the limit is 500'],
    [['--batch', '-', 'also a question'], 'ask: give either --batch or a question, not both'],
  ])('exits 2 with one line for %j', async (args, message) => {
    const { code, stdout, stderr } = await ask(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${message}\n`);
  });

  it('exits 1 with one line when the knowledge folder is missing', async () => {
    const { code, stderr } = await ask(['--knowledge', path.join(dir, 'none'), 'Who?']);
    expect(code).toBe(1);
    expect(stderr).toBe(`ask: Cannot read the knowledge folder "${path.join(dir, 'none')}": it does not exist\n`);
  });
});
