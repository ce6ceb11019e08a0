import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/app/knowledgeService.js';
import { runConsole } from '../../src/cli/console.js';

/** Runs the console on `input` and returns everything it printed. */
async function converse(input: string): Promise<string> {
  const snapshot = await buildSnapshot('knowledge');
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const stdin = new PassThrough();
  stdin.end(input);
  await runConsole({ knowledge: () => snapshot, input: stdin, output, interactive: false });
  return printed;
}

describe('local console', () => {
  it('answers /ask and plain questions with quotes and sources', async () => {
    const printed = await converse('/ask Who led the Russian delegation?\nWhere is Pioneer Point?\n');
    expect(printed).toContain('“The Russian Foreign Ministry said the talks would be led by the new Russian Ambassador to Washington, Alexander Darchiev');
    expect(printed).toContain('— Russian Foreign Ministry · Reuters, “US and Russian delegations meet in Istanbul to normalise embassy operations”, 10 Apr 2025, ¶3');
    expect(printed).toContain('the Pioneer Point suburban motel in Maryland');
  });

  it('searches, shows an article, continues with /more, and explains unknown commands', async () => {
    const printed = await converse('/search visas\n/article istanbul talks\n/ask Who led the Russian delegation?\n/more\n/frobnicate\n');
    expect(printed).toContain('1. US and Russian delegations meet in Istanbul to normalise embassy operations · Reuters, 10 Apr 2025, ¶7');
    expect(printed).toContain('Reuters, 10 Apr 2025 · 9 paragraphs · id 2025-04-10-istanbul-embassy-talks');
    expect(printed).toContain('Unknown command /frobnicate. Type /help for the list.');
  });

  it('declines with close topics and stops at /quit', async () => {
    const printed = await converse('What did Vladimir Putin say?\n/quit\n/help\n');
    expect(printed).toContain('Not in my sources: none of my articles mentions “Vladimir Putin”.');
    expect(printed).not.toContain('Commands (the same as in Discord)');
  });

  it('opens from npm start without a token, with piped input', async () => {
    const child = spawn(process.execPath, ['dist/src/main.js'], { env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end('/help\nWho is Sonata Coulter?\n');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('No DISCORD_TOKEN set: starting the local console (type /help, or just ask a question).\n');
    expect(stdout).toContain('Knowledge: 1 article, 9 paragraphs');
    expect(stdout).toContain('US Deputy Assistant Secretary of State Sonata Coulter');
  });
});
