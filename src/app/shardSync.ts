/**
 * Knowledge changes across shards (`npm run start:sharded`).
 *
 * Under discord.js's `ShardingManager` every shard is its own process (`main.ts`) with its own
 * in-memory index of the same knowledge folder and `DATA_DIR`. When a moderator changes the
 * knowledge in one shard (add, import, edit, remove, undo, aliases) or asks it to re-read the folder
 * (`/knowledge reload`), every other shard must answer from the change within a second:
 *
 * ```text
 * shard A: Curation.onFolderChanged ──IPC──▶ manager: relayKnowledgeChanges ──IPC──▶ every other shard: KnowledgeService.reload()
 * ```
 *
 * A relayed reload does not go through the curation, so it is never relayed again. Each shard also
 * watches the folder, but nothing here depends on that (network filesystems are often not watchable).
 * A shard listens from before it loads the knowledge (`ShardLink.join`), and reloads once more if a
 * change arrived meanwhile, so none is lost while it starts. Process mode only (the IPC channel of
 * `child_process.fork`), which is what `shard.ts` uses.
 */
import type { Curation, FolderChange } from './curation.js';
import type { KnowledgeService } from './knowledgeService.js';
import type { Logger } from './logger.js';

/** The IPC message: the knowledge folder changed in shard(s) `from`. */
export interface KnowledgeChangedMessage {
  readonly parley: 'knowledge-changed';
  /** The shard ids of the process where the change was made. */
  readonly from: readonly number[];
  readonly change: FolderChange;
}

/** Whether an IPC message is a {@link KnowledgeChangedMessage} (discord.js sends its own on the same channel). */
export function isKnowledgeChanged(message: unknown): message is KnowledgeChangedMessage {
  return typeof message === 'object' && message !== null && (message as { parley?: unknown }).parley === 'knowledge-changed';
}

/** The shard ids and total a `ShardingManager` gave this process (`SHARDS`, `SHARD_COUNT`), or null outside one. */
export function shardFromEnv(env: Readonly<Record<string, string | undefined>>): { readonly ids: readonly number[]; readonly count: number } | null {
  if (env.SHARDING_MANAGER === undefined || env.SHARDS === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(env.SHARDS);
  } catch {
    return null;
  }
  const ids = (Array.isArray(parsed) ? (parsed as unknown[]) : [parsed]).filter((id): id is number => Number.isInteger(id));
  const count = Number(env.SHARD_COUNT);
  return ids.length > 0 && Number.isInteger(count) && count >= 1 ? { ids, count } : null;
}

/** The shard's end of the IPC channel (`process` in a forked shard). */
export interface IpcChannel {
  send?: ((message: unknown, callback: (error: Error | null) => void) => boolean) | undefined;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
}

/** What a shard syncs: its curation (changes made here) and its knowledge (reloaded on changes made elsewhere). */
export interface ShardSyncTargets {
  readonly curation: Pick<Curation, 'onFolderChanged'>;
  readonly knowledge: Pick<KnowledgeService, 'reload' | 'refreshFile'>;
}

/** A shard's link to the manager, for knowledge changes. */
export class ShardLink {
  private targets: ShardSyncTargets | undefined;
  private missed = false;
  private stopSending: (() => void) | undefined;
  private readonly onMessage = (message: unknown): void => {
    if (!isKnowledgeChanged(message)) return;
    if (this.targets === undefined) {
      this.missed = true;
      return;
    }
    this.logger.info({ from: message.from, action: message.change.action, id: message.change.id }, 'knowledge changed in another shard; applying it');
    this.apply(this.targets, message.change);
  };

  private constructor(
    private readonly channel: IpcChannel,
    private readonly ids: readonly number[],
    private readonly logger: Logger,
  ) {
    channel.on('message', this.onMessage);
  }

  /** Starts listening for relayed changes now; call before loading the knowledge. */
  static join(channel: IpcChannel, ids: readonly number[], logger: Logger): ShardLink {
    return new ShardLink(channel, ids, logger);
  }

  /**
   * From now on: tells the manager about every change made through `curation`, and reloads
   * `knowledge` on every change relayed from another shard (at once, if one came before this call).
   */
  attach(targets: ShardSyncTargets): void {
    if (this.targets !== undefined) throw new Error('ShardLink.attach: already attached');
    this.targets = targets;
    this.stopSending = targets.curation.onFolderChanged((change) => this.send(change));
    if (this.missed) {
      this.missed = false;
      this.logger.info({}, 'knowledge changed in another shard while loading; reloading');
      this.reload(targets);
    }
  }

  /** Stops listening and sending. */
  close(): void {
    this.channel.off('message', this.onMessage);
    this.stopSending?.();
  }

  /** Reloads (a failed reload keeps the current knowledge and logs why; this only guards against a throw). */
  private reload(targets: ShardSyncTargets): void {
    targets.knowledge.reload().catch((error: unknown) => this.logger.error({ err: error }, 'reload after a change in another shard failed'));
  }

  /** Re-reads just the file a change wrote (milliseconds at any size), or everything for a reload. */
  private apply(targets: ShardSyncTargets, change: FolderChange): void {
    if (change.id === null) return this.reload(targets);
    const file = change.id === 'aliases' ? 'aliases.yaml' : `${change.id}.md`;
    targets.knowledge.refreshFile(file).catch((error: unknown) => this.logger.error({ err: error, file }, 'applying a change from another shard failed'));
  }

  private send(change: FolderChange): void {
    const message: KnowledgeChangedMessage = { parley: 'knowledge-changed', from: this.ids, change };
    const fail = (error: unknown): void => this.logger.error({ err: error }, 'could not tell the other shards about a knowledge change');
    try {
      if (this.channel.send === undefined) throw new Error('no IPC channel to the sharding manager');
      this.channel.send(message, (error) => {
        if (error !== null) fail(error);
      });
    } catch (error) {
      fail(error);
    }
  }
}

/** A shard as the manager holds it (discord.js's `Shard` satisfies it). */
export interface RelayShard {
  readonly id: number;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  send(message: unknown): Promise<unknown>;
}

/** The manager (discord.js's `ShardingManager` satisfies it). */
export interface RelayManager {
  readonly shards: { values(): Iterable<RelayShard> };
  on(event: 'shardCreate', listener: (shard: RelayShard) => void): unknown;
}

/**
 * In the manager: relays every knowledge change a shard reports to every other shard. A shard that
 * is not running (restarting) is skipped: it loads the folder when it starts.
 */
export function relayKnowledgeChanges(manager: RelayManager, logger: Logger): void {
  manager.on('shardCreate', (shard) => {
    shard.on('message', (message) => {
      if (!isKnowledgeChanged(message)) return;
      logger.debug({ from: shard.id, action: message.change.action, id: message.change.id }, 'relaying a knowledge change to the other shards');
      for (const other of manager.shards.values()) {
        if (other === shard) continue;
        other.send(message).catch((error: unknown) => {
          logger.warn({ shard: other.id, err: error }, 'could not relay a knowledge change; that shard reads the folder when it starts');
        });
      }
    });
  });
}

/**
 * In a shard: stops this process the normal way (SIGTERM to itself: finish, disconnect, exit 0) when
 * the manager's IPC channel closes, so a manager that died leaves no shard serving on its own; and
 * ignores the IPC errors of discord.js's status messages sent after that.
 */
export function stopWhenManagerGone(proc: NodeJS.Process, logger: Logger): void {
  proc.once('disconnect', () => {
    logger.warn({}, 'the sharding manager is gone; stopping');
    proc.kill(proc.pid, 'SIGTERM');
  });
  proc.on('error', (error) => {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_IPC_CHANNEL_CLOSED') throw error;
  });
}
