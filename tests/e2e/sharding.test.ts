// End-to-end: `npm run start:sharded` (dist/src/shard.js) as real processes — a discord.js ShardingManager and one
// process per shard — against a fake Discord that recommends two shards and routes one guild to each.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rename, rm, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PERMISSIONS, chatInput, startFakeDiscord, type FakeDiscord, type FakeUser, type InteractionInit } from '../support/fakeDiscord.js';
import { TOKEN } from '../support/parleyHarness.js';

const moderator = { id: '300000000000000003', username: 'mod', global_name: 'Mod' };
const member = { id: '400000000000000004', username: 'member', global_name: 'Member' };

const ferryArticle = `---
title: Bosphorus ferry strike ends after three days
source: Anadolu Agency
published: 2025-04-12
---
Ferry crews on the Bosphorus ended a three-day strike on Saturday after the city agreed to a 12 percent pay rise.

Commuters had crowded onto the Marmaray rail tunnel during the stoppage.
`;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Manager {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  /** Everything the manager and its shards wrote to stderr so far (JSON log lines). */
  stderr(): string;
  /** The pids of the shard processes the manager reported starting. */
  shardPids(): number[];
}

/** Runs `node dist/src/shard.js` with `env` (plus PATH); killed with its shards after the test. */
function startManager(env: Record<string, string>, options: { ownProcessGroup?: boolean } = {}): Manager {
  const child = spawn(process.execPath, ['dist/src/shard.js'], {
    detached: options.ownProcessGroup === true,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', PARLEY_SHARD_SPAWN_DELAY_MS: '100', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const shardPids = (): number[] =>
    logLines(stderr)
      .filter((line) => line.msg === 'shard started')
      .map((line) => Number(line.pid));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    for (const pid of shardPids()) if (alive(pid)) process.kill(pid, 'SIGKILL');
  });
  return { child, exited, stderr: () => stderr, shardPids };
}

function logLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Whether a process still runs (a zombie waiting for its parent to reap it counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits (up to 15 s) for a log line of the manager or a shard. */
async function waitForLog(manager: Manager, predicate: (line: Record<string, unknown>) => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!logLines(manager.stderr()).some(predicate)) {
    if (Date.now() > deadline || manager.child.exitCode !== null) throw new Error(`log line not seen; stderr:\n${manager.stderr()}`);
    await sleep(20);
  }
}

/** The manager's exit code, or 'timeout' after 5 s. */
function exitCode(manager: Manager): Promise<number | null | 'timeout'> {
  return Promise.race([manager.exited, sleep(5000).then(() => 'timeout' as const)]);
}

/** The environment of a manager against `fake`, with the knowledge copy and a data folder under `root`. */
function baseEnv(fake: FakeDiscord, root: string): Record<string, string> {
  return { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: path.join(root, 'knowledge-a'), DATA_DIR: path.join(root, 'data') };
}

/** A temporary folder with a copy of the project's knowledge; removed after the test. */
async function tempRoot(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'parley-shards-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  await cp('knowledge', path.join(root, 'knowledge-a'), { recursive: true });
  return root;
}

/** A tiny web server on 127.0.0.1 serving one attachment. */
async function serve(body: string): Promise<string> {
  const server: Server = createServer((_request, response) => void response.writeHead(200, { 'content-type': 'text/markdown' }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.md`;
}

async function fakeWithTwoShards(): Promise<FakeDiscord> {
  const fake = await startFakeDiscord({ token: TOKEN, shards: 2 });
  cleanups.push(() => fake.close());
  return fake;
}

/** An interaction in `guildId` (routed by the fake to the shard that owns it). */
function inGuild(init: InteractionInit, guildId: string): InteractionInit {
  return { ...init, guild_id: guildId };
}

interface Body {
  type?: number;
  data?: { content?: string; embeds?: { description?: string }[] };
  content?: string;
  embeds?: { description?: string }[];
}

function textOf(body: Body): string {
  const data = body.data ?? body;
  return [data.content ?? '', ...(data.embeds ?? []).map((embed) => embed.description ?? '')].join('\n').replaceAll('**', '');
}

async function ask(fake: FakeDiscord, guildId: string, question: string, user: FakeUser = member): Promise<string> {
  const id = await fake.injectInteraction(inGuild(chatInput('ask', { question }, user), guildId), { timeoutMs: 5000 });
  return textOf((await fake.waitForCallback(id, 5000)).body);
}

const identified = (fake: FakeDiscord, shard: number, count: number): Promise<unknown> =>
  fake.waitForIdentify((identify) => identify.shard?.[0] === shard && identify.shard[1] === count, 15_000);

async function stopsCleanly(manager: Manager): Promise<void> {
  const pids = manager.shardPids();
  manager.child.kill('SIGTERM');
  expect(await exitCode(manager)).toBe(0);
  expect(pids.filter(alive)).toEqual([]);
}

describe('npm run start:sharded (ShardingManager, one process per shard)', () => {
  it('serves each guild from its shard, spreads a knowledge change to every shard within 1 s, and stops on SIGTERM', async () => {
    const fake = await fakeWithTwoShards();
    const [guild0 = '', guild1 = ''] = fake.guildIds;
    const root = await tempRoot();
    // KNOWLEDGE_DIR is a symlink to knowledge-a. Before the change it is pointed at a copy: the shards' folder
    // watchers stay on knowledge-a and see nothing, so only the broadcast can bring the change to shard 1.
    const knowledgeDir = path.join(root, 'knowledge');
    await symlink(path.join(root, 'knowledge-a'), knowledgeDir);
    const manager = startManager({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      SHARD_COUNT: '2',
      KNOWLEDGE_DIR: knowledgeDir,
      DATA_DIR: path.join(root, 'data'),
      ASK_COOLDOWN: '0',
    });

    await Promise.all([identified(fake, 0, 2), identified(fake, 1, 2)]);
    expect(fake.identifies.map((identify) => identify.shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(new Set(manager.shardPids()).size).toBe(2);
    expect(await ask(fake, guild0, 'Who led the Russian delegation?')).toContain('Alexander Darchiev');
    expect(await ask(fake, guild1, 'Who led the Russian delegation?')).toContain('Alexander Darchiev');
    expect(await ask(fake, guild1, 'When did the Bosphorus ferry strike end?')).toContain('Not in my sources');
    await fake.waitForRequest((request) => request.method === 'PUT' && request.path.endsWith('/commands'), 5000);

    await cp(path.join(root, 'knowledge-a'), path.join(root, 'knowledge-b'), { recursive: true });
    await symlink(path.join(root, 'knowledge-b'), `${knowledgeDir}.next`);
    await rename(`${knowledgeDir}.next`, knowledgeDir);

    const url = await serve(ferryArticle);
    const add = chatInput('knowledge', [{ name: 'add', type: 1, options: [{ name: 'file', type: 11, value: '900' }] }], moderator);
    const addId = await fake.injectInteraction({
      ...inGuild(add, guild0),
      data: { ...add.data, resolved: { attachments: { '900': { id: '900', filename: '2025-04-12-ferry-strike.md', size: 500, url, proxy_url: url, content_type: 'text/plain' } } } },
      memberPermissions: PERMISSIONS.moderator,
    });
    const edit = await fake.waitForWebhook(addId, { method: 'PATCH', messageId: '@original', timeoutMs: 8000 });
    expect(textOf(edit.body as Body)).toContain('✅ Added “Bosphorus ferry strike ends after three days”');

    const changed = Date.now();
    let answer = '';
    while (Date.now() - changed < 1000) {
      answer = await ask(fake, guild1, 'When did the Bosphorus ferry strike end?');
      if (!answer.includes('Not in my sources')) break;
      await sleep(50);
    }
    const elapsed = Date.now() - changed;
    expect(answer).toContain('Ferry crews on the Bosphorus ended a three-day strike on Saturday');
    expect(elapsed).toBeLessThan(1000);
    expect(logLines(manager.stderr()).some((line) => line.msg === 'knowledge changed in another shard; applying it' && JSON.stringify(line.shard) === '[1]')).toBe(true);

    // The commands belong to the application: only shard 0 checked and registered them.
    expect(fake.requests.filter((request) => request.path.endsWith('/commands')).map((request) => request.method)).toEqual(['GET', 'PUT']);

    await stopsCleanly(manager);
    expect(manager.stderr()).not.toContain(TOKEN);
  });

  it('with SHARD_COUNT=auto and DISCORD_API_URL set, starts the count that server recommends', async () => {
    const fake = await fakeWithTwoShards();
    const root = await tempRoot();
    const manager = startManager({ ...baseEnv(fake, root), SHARD_COUNT: 'auto' });
    await Promise.all([identified(fake, 0, 2), identified(fake, 1, 2)]);
    expect(logLines(manager.stderr()).find((line) => line.msg === 'starting shards')).toMatchObject({ shards: 2, from: 'recommended by GET /gateway/bot' });
    await stopsCleanly(manager);
  });

  it('stops every shard on Ctrl-C in a terminal (SIGINT to the whole process group), and exits 0', async () => {
    const fake = await fakeWithTwoShards();
    const root = await tempRoot();
    const manager = startManager({ ...baseEnv(fake, root), SHARD_COUNT: '2' }, { ownProcessGroup: true });
    await waitForLog(manager, (line) => line.msg === 'all shards ready');
    const pids = manager.shardPids();
    process.kill(-(manager.child.pid ?? 0), 'SIGINT');
    expect(await exitCode(manager)).toBe(0);
    expect(pids.filter(alive)).toEqual([]);
    // Each shard stopped the normal way once, though it got both the terminal's SIGINT and the manager's SIGTERM.
    const stops = logLines(manager.stderr()).filter((line) => line.msg === 'shutting down');
    expect(stops.map((line) => JSON.stringify(line.shard)).sort()).toEqual(['[0]', '[1]']);
  });

  it('stops the shards by themselves when the manager dies', async () => {
    const fake = await fakeWithTwoShards();
    const root = await tempRoot();
    const manager = startManager({ ...baseEnv(fake, root), SHARD_COUNT: '2' });
    await waitForLog(manager, (line) => line.msg === 'all shards ready');
    const pids = manager.shardPids();
    manager.child.kill('SIGKILL');
    await manager.exited;
    const deadline = Date.now() + 7000;
    while (pids.some(alive) && Date.now() < deadline) await sleep(50);
    expect(pids.filter(alive)).toEqual([]);
  });

  it('leaves plain npm start at one shard when SHARD_COUNT is set (as .env.example does)', async () => {
    const fake = await startFakeDiscord({ token: TOKEN });
    cleanups.push(() => fake.close());
    const root = await tempRoot();
    const child = spawn(process.execPath, ['dist/src/main.js'], { env: { PATH: process.env.PATH ?? '', ...baseEnv(fake, root), SHARD_COUNT: 'auto' }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    cleanups.push(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    });
    expect((await fake.waitForIdentify(() => true, 10_000)).shard).toEqual([0, 1]);
    await fake.waitForRequest((request) => request.method === 'PUT' && request.path.endsWith('/commands'), 10_000);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses to start without DISCORD_TOKEN', async () => {
    const manager = startManager({ SHARD_COUNT: '2' });
    expect(await manager.exited).toBe(1);
    expect(manager.stderr()).toContain('DISCORD_TOKEN is required for start:sharded');
    expect(manager.shardPids()).toEqual([]);
  });
});
