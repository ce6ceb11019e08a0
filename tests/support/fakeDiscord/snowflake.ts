/**
 * Snowflake helpers for the fake Discord server: ids that discord.js accepts (64-bit, Discord epoch, monotonic),
 * and the gateway's guild-to-shard routing formula.
 */

/** Discord's epoch (2015-01-01T00:00:00Z) in ms. */
const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

/**
 * A fresh snowflake id as a decimal string. Unique within the process: the 12-bit increment makes ids generated
 * in the same millisecond differ.
 */
export function snowflake(timestampMs: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(timestampMs) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** The shard a guild's events go to: `(guild_id >> 22) % shard_count`, as on the real gateway. */
export function shardForGuild(guildId: string, shardCount: number): number {
  if (shardCount <= 1) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A fresh guild id that {@link shardForGuild} routes to `shardId` when there are `shardCount` shards. */
export function guildIdForShard(shardId: number, shardCount: number): string {
  if (shardCount <= 1) return snowflake();
  const count = BigInt(shardCount);
  let timestamp = BigInt(Date.now()) - DISCORD_EPOCH;
  timestamp = timestamp - (timestamp % count) + BigInt(shardId);
  increment = (increment + 1n) & 0xfffn;
  return ((timestamp << 22n) | (1n << 17n) | increment).toString();
}
