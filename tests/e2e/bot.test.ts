// End-to-end: Parley's real wiring and the real discord.js client against the fake Discord on 127.0.0.1.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscord, type Services } from '../../src/composition.js';
import { autocomplete, button, chatInput, startFakeDiscord, testClientOptions, type FakeDiscord } from '../support/fakeDiscord.js';
import { startParley, TOKEN, type Parley } from '../support/parleyHarness.js';

const SEED_ID = '2025-04-10-istanbul-embassy-talks';
const EPHEMERAL = 64;

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Starts the fake, then Parley (real services, real knowledge folder, temp data folder) logged in to it. */
async function start(adjust?: (services: Services) => Services): Promise<Parley> {
  const parley = await startParley(adjust === undefined ? {} : { adjust });
  cleanups.push(() => parley.stop());
  return parley;
}

type Callback = Awaited<ReturnType<FakeDiscord['waitForCallback']>>;
interface Embed {
  title?: string;
  description?: string;
  footer?: { text: string };
}
interface CallbackData {
  content?: string;
  flags?: number;
  embeds?: Embed[];
  components?: { components: { custom_id?: string; label?: string; disabled?: boolean }[] }[];
  allowed_mentions?: { parse: string[]; users?: string[] };
  choices?: { name: string; value: string }[];
}

function dataOf(callback: Callback): CallbackData {
  return (callback.body.data ?? {});
}

/** The first embed's description without the bold marks around matched words. */
function plainDescription(data: CallbackData): string {
  return (data.embeds?.[0]?.description ?? '').replaceAll('**', '');
}

async function ask(fake: FakeDiscord, options: Parameters<typeof chatInput>[1]): Promise<Callback> {
  const id = await fake.injectInteraction(chatInput('ask', options));
  return fake.waitForCallback(id, 5000);
}

describe('Parley in Discord (real discord.js client, fake Discord on 127.0.0.1)', () => {
  it('registers its commands in the configured guild once, and not again when unchanged', async () => {
    const { fake, config, services } = await start();
    const names = fake.registeredCommands(fake.guildIds[0]).map((command) => command.name);
    expect(names.sort()).toEqual(['article', 'ask', 'help', 'knowledge', 'search']);
    const puts = (): number => fake.requests.filter((request) => request.method === 'PUT' && request.path.includes('/commands')).length;
    expect(puts()).toBe(1);

    const second = await startDiscord(config, services, testClientOptions(fake));
    cleanups.push(() => second.stop());
    await second.ready;
    expect(puts()).toBe(1);
  });

  it('answers /ask with quoted sentences and their source, no mentions, within 3 s', async () => {
    const { fake } = await start();
    const callback = await ask(fake, { question: 'Who led the Russian delegation?' });
    expect(callback.body.type).toBe(4);
    expect(callback.elapsedMs).toBeLessThan(3000);
    const data = dataOf(callback);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.flags ?? 0).toBe(0);
    const embed = data.embeds?.[0];
    expect(embed?.title).toBe('“Who led the Russian delegation?”');
    expect(embed?.description).toMatch(/^> The \*\*Russian\*\* Foreign Ministry said the talks would be \*\*led\*\* by the new \*\*Russian\*\* Ambassador to Washington, Alexander Darchiev/u);
    expect(embed?.description).toContain('— Russian Foreign Ministry · Reuters, *US and Russian delegations meet in Istanbul to normalise embassy operations*, 10 Apr 2025, ¶3');
    expect(embed?.footer?.text).toMatch(/^Searched 1 article · knowledge updated \d{4}-\d\d-\d\d \d\d:\d\d UTC$/u);
    expect(data.components?.[0]?.components.map((component) => component.label ?? component.custom_id?.split(':')[2])).toEqual(['More', 'Context', 'up', 'down']);
  });

  it('answers privately with private:true, and pings only the target member', async () => {
    const { fake } = await start();
    const privately = dataOf(await ask(fake, { question: 'Where is Pioneer Point?', private: true }));
    expect(privately.flags).toBe(EPHEMERAL);

    const target = { id: '200000000000000002', username: 'friend' };
    const init = chatInput('ask', [
      { name: 'question', type: 3, value: 'Who is Sonata Coulter?' },
      { name: 'target', type: 6, value: target.id },
    ]);
    const resolvedUser = { ...target, discriminator: '0', global_name: null, avatar: null };
    const id = await fake.injectInteraction({ ...init, data: { ...init.data, resolved: { users: { [target.id]: resolvedUser } } } });
    const data = dataOf(await fake.waitForCallback(id, 5000));
    expect(data.content).toBe(`Answer for <@${target.id}>`);
    expect(data.allowed_mentions).toEqual({ parse: [], users: [target.id] });
  });

  it('declines an out-of-scope question, offers close topics, and logs it for the moderators', async () => {
    const { fake, dataDir, services } = await start();
    const data = dataOf(await ask(fake, { question: 'What did Vladimir Putin say about the talks?' }));
    expect(data.embeds?.[0]?.description).toMatch(/^Not in my sources: none of my articles mentions “Vladimir Putin”\./u);
    expect(data.components?.[0]?.components.map((component) => component.custom_id)).toEqual([`article:show:${SEED_ID}`]);
    await waitFor(async () => (await services.unanswered.all()).length > 0, 5000);
    const log = (await readFile(path.join(dataDir, 'unanswered.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(log).toMatchObject([{ question: 'What did Vladimir Putin say about the talks?', reason: 'unknown-name' }]);
  });

  it('pages /search results and completes /article ids', async () => {
    const { fake } = await start();
    const searchId = await fake.injectInteraction(chatInput('search', { query: 'diplomats' }));
    const search = dataOf(await fake.waitForCallback(searchId, 5000));
    expect(search.embeds?.[0]?.title).toBe('Search: “diplomats”');
    expect(search.embeds?.[0]?.footer?.text).toMatch(/^Page 1 of 1 · \d+ matching paragraphs?$/u);

    const completeId = await fake.injectInteraction(autocomplete('article', { name: 'id', value: 'istanbul' }));
    const completion = await fake.waitForCallback(completeId, 5000);
    expect(completion.body.type).toBe(8);
    expect(dataOf(completion).choices).toEqual([
      { name: 'US and Russian delegations meet in Istanbul to normalise embassy operations (Reuters, 10 Apr 2025)', value: SEED_ID },
    ]);
  });

  it('shows the paragraph behind an answer (Context) and counts one vote per member', async () => {
    const { fake, dataDir, services } = await start();
    const answerId = await fake.injectInteraction(chatInput('ask', { question: 'What did Tammy Bruce say about Ukraine?' }));
    const answer = dataOf(await fake.waitForCallback(answerId, 5000));
    const ids = answer.components?.[0]?.components.map((component) => component.custom_id ?? '') ?? [];
    const [, contextId = '', upId = ''] = ids;

    const context = dataOf(await fake.waitForCallback(await fake.injectInteraction(button(contextId)), 5000));
    expect(context.flags).toBe(EPHEMERAL);
    expect(context.embeds?.[0]?.description).toContain('**On April 8, US State Department spokeswoman Tammy Bruce said the issue of Ukraine');

    const first = dataOf(await fake.waitForCallback(await fake.injectInteraction(button(upId)), 5000));
    const second = dataOf(await fake.waitForCallback(await fake.injectInteraction(button(upId)), 5000));
    expect(first.content).toMatch(/^Thanks/u);
    expect(second.content).toBe('You have already rated this answer.');
    await services.feedback.flush();
    const votes = (await readFile(path.join(dataDir, 'feedback.jsonl'), 'utf8')).trim().split('\n');
    expect(votes).toHaveLength(1);
    const vote = JSON.parse(votes[0] ?? '{}') as { vote: string; question: string; sentenceIds: string[] };
    expect(vote).toMatchObject({ vote: 'up', question: 'What did Tammy Bruce say about Ukraine?' });
    expect(vote.sentenceIds[0]).toBe(`${SEED_ID}#5.1`);
  });

  it('tells a member that a stale button has expired', async () => {
    const { fake } = await start();
    const data = dataOf(await fake.waitForCallback(await fake.injectInteraction(button('ask:more:123')), 5000));
    expect(data).toMatchObject({ flags: EPHEMERAL, content: 'This answer is too old for its buttons (or I restarted since). Ask again with /ask.' });
  });

  it('resumes after the gateway drops and answers the next question', async () => {
    const { fake } = await start();
    await fake.dropConnections(4000);
    await fake.waitForResume(() => true, 5000);
    const callback = await ask(fake, { question: 'Who is Sonata Coulter?' });
    expect(plainDescription(dataOf(callback))).toContain('Sonata Coulter');
  });

  it('still replies (privately, with a reference) when a handler throws, and logs the reference', async () => {
    let calls = 0;
    const { fake, logs } = await start((services) => ({
      ...services,
      knowledge: () => {
        calls++;
        if (calls === 1) throw new Error('index exploded');
        return services.knowledge();
      },
    }));
    const failed = dataOf(await ask(fake, { question: 'Who is Sonata Coulter?' }));
    expect(failed.flags).toBe(EPHEMERAL);
    const ref = /\(ref ([0-9A-F]{6})\)/u.exec(failed.content ?? '')?.[1];
    expect(ref).toBeDefined();
    expect(logs.some((entry) => entry.level === 'error' && entry.fields.ref === ref && entry.message === 'interaction failed')).toBe(true);
    expect(plainDescription(dataOf(await ask(fake, { question: 'Who is Sonata Coulter?' })))).toContain('Sonata Coulter');
  });

  it('survives a Discord outage on interaction callbacks and answers once it ends', async () => {
    const { fake, logs } = await start();
    fake.setOutage({ status: 503, match: 'callbacks' });
    const id = await fake.injectInteraction(chatInput('ask', { question: 'Who is Sonata Coulter?' }));
    await fake.waitForRequest((request) => request.path.includes(`/interactions/${id}/`) && request.status === 503, 5000);
    await waitFor(() => Promise.resolve(logs.some((entry) => entry.level === 'error')), 5000);
    fake.setOutage(false);
    expect(plainDescription(dataOf(await ask(fake, { question: 'Where is Pioneer Point?' })))).toContain('Pioneer Point');
  });
});

describe('npm start with DISCORD_TOKEN (a real process)', () => {
  it('logs in, answers, and exits 0 on SIGTERM', async () => {
    const fake = await startFakeDiscord({ token: TOKEN });
    cleanups.push(() => fake.close());
    const parley = await spawnParley(fake, { DISCORD_GUILD_ID: fake.guildIds[0] ?? '' });

    await fake.waitForRequest((request) => request.method === 'PUT' && request.path.includes('/commands'), 10_000);
    const callback = await ask(fake, { question: 'Who led the Russian delegation?' });
    expect(plainDescription(dataOf(callback))).toContain('Alexander Darchiev');

    expect(await parley.stop()).toBe(0);
    expect(parley.stderr()).not.toContain(TOKEN);
    expect(parley.stderr()).toContain('"msg":"shutting down"');
  });

  it('exits 0 through the normal shutdown when SIGTERM arrives during login', async () => {
    // Every REST answer waits 3 s, so the process is held inside login (at GET /gateway/bot).
    const fake = await startFakeDiscord({ token: TOKEN, delayMs: 3000 });
    cleanups.push(() => fake.close());
    const parley = await spawnParley(fake, {});

    await fake.waitForRequest((request) => request.path.startsWith('/gateway'), 10_000);
    expect(await parley.stop()).toBe(0);
    expect(parley.stderr()).toContain('"msg":"shutting down"');
  });
});

/** `node dist/src/main.js` against `fake` with a temporary data folder; `stop` sends SIGTERM and gives the exit code (or 'timeout' after 5 s). */
async function spawnParley(fake: FakeDiscord, env: Record<string, string>): Promise<{ stop: () => Promise<number | null | 'timeout'>; stderr: () => string }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-process-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
  });
  return {
    stop: () => {
      child.kill('SIGTERM');
      return Promise.race([exited, sleep(5000).then(() => 'timeout' as const)]);
    },
    stderr: () => stderr,
  };
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('npm run deploy-commands', () => {
  it('registers the commands in the guild, then reports them up to date', async () => {
    const fake = await startFakeDiscord({ token: TOKEN });
    cleanups.push(() => fake.close());
    const env = { PATH: process.env.PATH ?? '', DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: fake.guildIds[0] ?? '' };
    const run = (): Promise<{ code: number | null; stdout: string }> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['dist/src/cli/deployCommands.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.on('exit', (code) => resolve({ code, stdout }));
      });
    expect(await run()).toEqual({ code: 0, stdout: `Registered 5 commands in guild ${fake.guildIds[0] ?? ''}: /ask, /search, /article, /help, /knowledge\n` });
    expect(await run()).toEqual({ code: 0, stdout: `The 5 commands in guild ${fake.guildIds[0] ?? ''} are already up to date.\n` });
  });
});
