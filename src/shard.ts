#!/usr/bin/env node
/**
 * `npm run start:sharded`: Parley as one process per shard, under discord.js's `ShardingManager`.
 * Each shard runs the normal entry point (`main.ts`) for the guilds Discord routes to it; discord.js
 * gives it its shard id and the total (`SHARDS`, `SHARD_COUNT`). This process only starts them,
 * relays knowledge changes between them (`app/shardSync.ts`), and stops them on SIGINT/SIGTERM.
 */
import { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { createLogger } from './app/createLogger.js';
import { relayKnowledgeChanges } from './app/shardSync.js';
import { parseConfig } from './config.js';

/** Discord allows one IDENTIFY per 5 s (per `max_concurrency` bucket); the manager waits this long between shards. */
const DEFAULT_SPAWN_DELAY_MS = 5_500;
/** How long one shard may take to become ready. */
const SPAWN_TIMEOUT_MS = 60_000;
/** Shards force their own exit after 5 s; after this the manager kills what is left. */
const STOP_DEADLINE_MS = 7_000;

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const parsed = parseConfig(process.env);
  const spawnDelay = parseSpawnDelay(process.env.PARLEY_SHARD_SPAWN_DELAY_MS);
  const problems = [...(parsed.ok ? [] : parsed.problems), ...(typeof spawnDelay === 'string' ? [spawnDelay] : [])];
  if (parsed.ok && parsed.config.discordToken === null) problems.push('DISCORD_TOKEN is required for start:sharded (the local console is `npm start`)');
  if (!parsed.ok || parsed.config.discordToken === null || typeof spawnDelay === 'string') {
    process.stderr.write(`Parley cannot start; fix these settings (see .env.example):\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
    process.exitCode = 1;
    return;
  }
  const { config } = parsed;
  const token = parsed.config.discordToken;
  const logger = createLogger(config.logLevel).child({ role: 'shard-manager' });

  let totalShards = config.shardCount;
  if (totalShards === null) {
    try {
      totalShards = await recommendedShardCount(token, config.discordApiUrl);
    } catch (error) {
      process.stderr.write(`Parley cannot start: could not get the recommended shard count (GET /gateway/bot): ${error instanceof Error ? error.message : String(error)}. Set SHARD_COUNT to skip it.\n`);
      process.exitCode = 1;
      return;
    }
  }
  logger.info({ shards: totalShards, from: config.shardCount === null ? 'recommended by GET /gateway/bot' : 'SHARD_COUNT', spawnDelayMs: spawnDelay }, 'starting shards');

  // Explicit totalShards: ShardingManager's own `auto` would ask discord.com, ignoring DISCORD_API_URL.
  const manager = new ShardingManager(fileURLToPath(new URL('./main.js', import.meta.url)), { totalShards, token, mode: 'process', respawn: true });
  relayKnowledgeChanges(manager, logger);
  const running = new Set<Promise<void>>();
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    shard.on('spawn', (child) => {
      if (!(child instanceof ChildProcess)) return; // process mode only
      logger.info({ shard: shard.id, pid: child.pid }, 'shard started');
      running.add(
        new Promise<void>((resolve) => {
          child.once('exit', (code, signal) => {
            if (!stopping) logger.warn({ shard: shard.id, code, signal }, 'shard exited; restarting it');
            resolve();
          });
        }),
      );
      // A shard started while stopping (the manager was between two spawns) stops at once.
      if (stopping) child.kill('SIGTERM');
    });
    shard.on('ready', () => logger.info({ shard: shard.id }, 'shard ready'));
    shard.on('error', (error) => logger.error({ shard: shard.id, err: error }, 'shard failed to restart'));
  });

  /** Stops every shard (SIGTERM: they finish and disconnect), kills what is left after a deadline, exits. */
  const stop = async (code: number): Promise<never> => {
    stopping = true;
    manager.respawn = false;
    for (const shard of manager.shards.values()) shard.process?.kill('SIGTERM');
    const allExited = (async () => {
      while (running.size > 0) {
        const pending = [...running];
        await Promise.all(pending);
        for (const done of pending) running.delete(done);
      }
    })();
    const deadline = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), STOP_DEADLINE_MS).unref());
    if ((await Promise.race([allExited, deadline])) === 'late') {
      logger.warn({}, 'shards took too long to stop; killing them');
      for (const shard of manager.shards.values()) shard.process?.kill('SIGKILL');
    }
    logger.info({}, 'all shards stopped');
    process.exit(code);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    logger.info({ signal }, 'shutting down the shards');
    void stop(0);
  };
  // Shards get SIGTERM (not the signal itself): in a terminal they already got the SIGINT too.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    await manager.spawn({ amount: totalShards, delay: spawnDelay, timeout: SPAWN_TIMEOUT_MS });
    logger.info({ shards: totalShards }, 'all shards ready');
  } catch (error) {
    if (stopping) return;
    logger.error({ err: error }, 'a shard did not start; stopping');
    await stop(1);
  }
}

/** `PARLEY_SHARD_SPAWN_DELAY_MS`: ms between starting two shards (default 5500); a problem as a string. */
function parseSpawnDelay(value: string | undefined): number | string {
  const text = value?.trim() ?? '';
  if (text === '') return DEFAULT_SPAWN_DELAY_MS;
  const delay = Number(text);
  return /^\d{1,6}$/u.test(text) && delay <= 600_000 ? delay : `PARLEY_SHARD_SPAWN_DELAY_MS must be a whole number of milliseconds up to 600000, got "${text}"`;
}

/** The shard count Discord recommends, through the configured REST base (Discord's when null). */
async function recommendedShardCount(token: string, apiUrl: string | null): Promise<number> {
  const rest = new REST(apiUrl === null ? {} : { api: apiUrl }).setToken(token);
  const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  if (!Number.isInteger(info.shards) || info.shards < 1) throw new Error(`Discord recommended ${String(info.shards)} shards`);
  return info.shards;
}

main().catch((error: unknown) => {
  process.stderr.write(`Parley stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
