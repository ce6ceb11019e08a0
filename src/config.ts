import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * The bot's configuration, parsed once at the entry point from the environment (after dotenv) by a
 * pure function that reports every problem together, each naming its variable.
 */

/** pino's levels, plus `silent`. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** How many questions a member may ask per window. */
export interface Cooldown {
  readonly questions: number;
  readonly windowMs: number;
}

export interface Config {
  /** Bot token; null runs the local console instead of connecting to Discord. */
  readonly discordToken: string | null;
  /** Register commands in this guild only (instant, for development) and restrict curation to it. */
  readonly discordGuildId: string | null;
  /** REST base for discord.js (`rest.api`), e.g. a proxy or the tests' fake Discord; null = Discord's. */
  readonly discordApiUrl: string | null;
  readonly knowledgeDir: string;
  /** Audit log, article history, feedback, unanswered questions, persisted index. */
  readonly dataDir: string;
  /** Roles whose members may curate, besides members with Manage Server. */
  readonly moderatorRoleIds: readonly string[];
  /** Channel that receives a post for every knowledge change; null = none. */
  readonly modLogChannelId: string | null;
  readonly logLevel: LogLevel;
  readonly askCooldown: Cooldown;
  /** Let `/knowledge import` fetch private and loopback addresses (tests only). */
  readonly allowPrivateUrls: boolean;
  /** Shards for `start:sharded`; null = ask Discord (`auto`). */
  readonly shardCount: number | null;
}

export type ConfigResult = { readonly ok: true; readonly config: Config } | { readonly ok: false; readonly problems: readonly string[] };

const SNOWFLAKE = /^\d{17,20}$/u;
const DEFAULT_COOLDOWN: Cooldown = { questions: 5, windowMs: 30_000 };

/** Parses and validates the environment. Never throws; never echoes a token's value in a problem. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const problems: string[] = [];
  const text = (name: string): string | null => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? null : value;
  };
  const snowflake = (name: string): string | null => {
    const value = text(name);
    if (value !== null && !SNOWFLAKE.test(value)) problems.push(`${name} must be a Discord id (17–20 digits), got "${value}"`);
    return value;
  };

  const discordToken = text('DISCORD_TOKEN');
  if (discordToken !== null && !/^[\w.-]{50,}$/u.test(discordToken)) {
    problems.push('DISCORD_TOKEN does not look like a bot token (copy it from the Bot page of the developer portal)');
  }
  const discordApiUrl = text('DISCORD_API_URL');
  if (discordApiUrl !== null) {
    const url = URL.parse(discordApiUrl);
    if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      problems.push(`DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api, got "${discordApiUrl}"`);
    }
  }
  const moderatorRoleIds = (text('MODERATOR_ROLE_IDS') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  for (const id of moderatorRoleIds) {
    if (!SNOWFLAKE.test(id)) problems.push(`MODERATOR_ROLE_IDS must be comma-separated role ids, "${id}" is not one`);
  }
  const logLevel = text('LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const askCooldown = parseCooldown(text('ASK_COOLDOWN'), problems);
  const allowPrivate = text('ALLOW_PRIVATE_URLS');
  if (allowPrivate !== null && allowPrivate !== '0' && allowPrivate !== '1') {
    problems.push(`ALLOW_PRIVATE_URLS must be 0 or 1, got "${allowPrivate}"`);
  }
  const shards = text('SHARD_COUNT');
  let shardCount: number | null = null;
  if (shards !== null && shards !== 'auto') {
    shardCount = Number(shards);
    if (!Number.isInteger(shardCount) || shardCount < 1 || shardCount > 1000) {
      problems.push(`SHARD_COUNT must be a whole number from 1 to 1000 or "auto", got "${shards}"`);
    }
  }

  const config: Config = {
    discordToken,
    discordGuildId: snowflake('DISCORD_GUILD_ID'),
    discordApiUrl,
    knowledgeDir: knowledgeDirFrom(env),
    dataDir: dataDirFrom(env),
    moderatorRoleIds,
    modLogChannelId: snowflake('MOD_LOG_CHANNEL_ID'),
    logLevel: logLevel as LogLevel,
    askCooldown,
    allowPrivateUrls: allowPrivate === '1',
    shardCount,
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}

/**
 * The knowledge folder for command-line tools, which need nothing else from the configuration:
 * `KNOWLEDGE_DIR` when set and not blank, else `knowledge`.
 */
export function knowledgeDirFrom(env: Readonly<Record<string, string | undefined>>): string {
  const value = env.KNOWLEDGE_DIR?.trim();
  return value === undefined || value === '' ? 'knowledge' : value;
}

/** The data folder for command-line tools: `DATA_DIR` when set and not blank, else `data`. */
export function dataDirFrom(env: Readonly<Record<string, string | undefined>>): string {
  const value = env.DATA_DIR?.trim();
  return value === undefined || value === '' ? 'data' : value;
}

/**
 * Where the saved search index of a knowledge folder lives: one folder per knowledge folder under
 * `DATA_DIR/index/`, so the bot and the command line share it and two folders never clash.
 */
export function indexDirFor(dataDir: string, knowledgeDir: string): string {
  const key = createHash('sha256').update(path.resolve(knowledgeDir)).digest('hex').slice(0, 16);
  return path.join(dataDir, 'index', key);
}

/** `5/30s` → 5 questions per 30 seconds; `0` turns the cooldown off. */
function parseCooldown(value: string | null, problems: string[]): Cooldown {
  if (value === null) return DEFAULT_COOLDOWN;
  if (value === '0') return { questions: 0, windowMs: 0 };
  const match = /^(\d{1,4})\s*\/\s*(\d{1,5})\s*s$/u.exec(value);
  if (match === null || Number(match[1]) < 1 || Number(match[2]) < 1) {
    problems.push(`ASK_COOLDOWN must look like "5/30s" (questions per seconds) or "0" for none, got "${value}"`);
    return DEFAULT_COOLDOWN;
  }
  return { questions: Number(match[1]), windowMs: Number(match[2]) * 1000 };
}
