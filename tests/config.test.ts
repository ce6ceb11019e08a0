import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';

const TOKEN = `${'M'.repeat(24)}.${'x'.repeat(6)}.${'y'.repeat(38)}`;

describe('parseConfig', () => {
  it('gives defaults for an empty environment (the local console)', () => {
    expect(parseConfig({})).toEqual({
      ok: true,
      config: {
        discordToken: null,
        discordGuildId: null,
        discordApiUrl: null,
        knowledgeDir: 'knowledge',
        dataDir: 'data',
        moderatorRoleIds: [],
        modLogChannelId: null,
        logLevel: 'info',
        askCooldown: { questions: 5, windowMs: 30_000 },
        allowPrivateUrls: false,
        shardCount: null,
      },
    });
  });

  it('reads every variable', () => {
    const result = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_GUILD_ID: '123456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:9000/api',
      KNOWLEDGE_DIR: 'kb',
      DATA_DIR: '/var/lib/parley',
      MODERATOR_ROLE_IDS: '223456789012345678, 323456789012345678',
      MOD_LOG_CHANNEL_ID: '423456789012345678',
      LOG_LEVEL: 'debug',
      ASK_COOLDOWN: '3/10s',
      ALLOW_PRIVATE_URLS: '1',
      SHARD_COUNT: '2',
    });
    expect(result.ok && result.config).toMatchObject({
      discordToken: TOKEN,
      moderatorRoleIds: ['223456789012345678', '323456789012345678'],
      askCooldown: { questions: 3, windowMs: 10_000 },
      allowPrivateUrls: true,
      shardCount: 2,
    });
  });

  it('reports every problem at once, each naming its variable, never echoing the token', () => {
    const result = parseConfig({
      DISCORD_TOKEN: 'secret-but-short',
      DISCORD_GUILD_ID: 'my-guild',
      DISCORD_API_URL: 'ftp://example.org',
      MODERATOR_ROLE_IDS: 'mods',
      LOG_LEVEL: 'loud',
      ASK_COOLDOWN: 'often',
      ALLOW_PRIVATE_URLS: 'yes',
      SHARD_COUNT: '-1',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.split(' ')[0])).toEqual([
      'DISCORD_TOKEN',
      'DISCORD_API_URL',
      'MODERATOR_ROLE_IDS',
      'LOG_LEVEL',
      'ASK_COOLDOWN',
      'ALLOW_PRIVATE_URLS',
      'SHARD_COUNT',
      'DISCORD_GUILD_ID',
    ]);
    expect(result.problems.join('\n')).not.toContain('secret-but-short');
  });

  it('treats blank values as unset and "0" as no cooldown', () => {
    const result = parseConfig({ DISCORD_TOKEN: '  ', ASK_COOLDOWN: '0', SHARD_COUNT: 'auto' });
    expect(result.ok && result.config).toMatchObject({ discordToken: null, askCooldown: { questions: 0, windowMs: 0 }, shardCount: null });
  });
});
