import { EventEmitter } from 'node:events';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Curation, type FolderChange } from '../../src/app/curation.js';
import { KnowledgeService } from '../../src/app/knowledgeService.js';
import { ShardLink, isKnowledgeChanged, relayKnowledgeChanges, shardFromEnv, type RelayShard } from '../../src/app/shardSync.js';
import { UnansweredLog } from '../../src/app/unansweredLog.js';
import { KnowledgeStore } from '../../src/domain/knowledge/knowledgeStore.js';
import { recordingLogger } from '../support/recordingLogger.js';

/** A shard's IPC channel: records what it sends; `deliver` plays the manager sending to it. */
class FakeChannel extends EventEmitter {
  readonly sent: unknown[] = [];
  send = (message: unknown, callback: (error: Error | null) => void): boolean => {
    this.sent.push(message);
    callback(null);
    return true;
  };
  deliver(message: unknown): void {
    this.emit('message', message);
  }
}

/** The parts of a curation and a knowledge service a link uses. */
function targets(): { curation: { onFolderChanged: (listener: (change: FolderChange) => void) => () => void; change: (change: FolderChange) => void }; knowledge: { reload: () => Promise<never>; refreshFile: (name: string) => Promise<never>; reloads: number; refreshed: string[] } } {
  const listeners = new Set<(change: FolderChange) => void>();
  const knowledge = {
    reloads: 0,
    refreshed: [] as string[],
    reload(): Promise<never> {
      knowledge.reloads++;
      return new Promise<never>(() => undefined);
    },
    refreshFile(name: string): Promise<never> {
      knowledge.refreshed.push(name);
      return new Promise<never>(() => undefined);
    },
  };
  return {
    curation: {
      onFolderChanged: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      change: (change) => listeners.forEach((listener) => listener(change)),
    },
    knowledge,
  };
}

describe('ShardLink (a shard)', () => {
  it('tells the manager about changes made here, and reloads on changes relayed from elsewhere without telling again', () => {
    const channel = new FakeChannel();
    const link = ShardLink.join(channel, [1], recordingLogger());
    const { curation, knowledge } = targets();
    link.attach({ curation, knowledge });

    curation.change({ action: 'add', id: 'ferry' });
    expect(channel.sent).toEqual([{ parley: 'knowledge-changed', from: [1], change: { action: 'add', id: 'ferry' } }]);
    expect(knowledge.reloads).toBe(0);

    channel.deliver({ parley: 'knowledge-changed', from: [0], change: { action: 'reload', id: null } });
    channel.deliver({ _eval: 'discord.js traffic' });
    expect(knowledge.reloads).toBe(1);
    expect(channel.sent).toHaveLength(1);

    // A change that names its file re-reads only that file (milliseconds at any size).
    channel.deliver({ parley: 'knowledge-changed', from: [0], change: { action: 'edit', id: 'ferry' } });
    channel.deliver({ parley: 'knowledge-changed', from: [0], change: { action: 'aliases', id: 'aliases' } });
    expect(knowledge.refreshed).toEqual(['ferry.md', 'aliases.yaml']);
    expect(knowledge.reloads).toBe(1);

    link.close();
    channel.deliver({ parley: 'knowledge-changed', from: [0], change: { action: 'reload', id: null } });
    curation.change({ action: 'remove', id: 'ferry' });
    expect(knowledge.reloads).toBe(1);
    expect(channel.sent).toHaveLength(1);
  });

  it('reloads once on attach when changes arrived while the knowledge was loading', () => {
    const channel = new FakeChannel();
    const link = ShardLink.join(channel, [0], recordingLogger());
    channel.deliver({ parley: 'knowledge-changed', from: [1], change: { action: 'edit', id: 'a' } });
    channel.deliver({ parley: 'knowledge-changed', from: [1], change: { action: 'edit', id: 'b' } });
    const { curation, knowledge } = targets();
    link.attach({ curation, knowledge });
    expect(knowledge.reloads).toBe(1);
  });

  it('logs, and does not throw, when the manager cannot be reached', () => {
    const logger = recordingLogger();
    const link = ShardLink.join({ on: () => undefined, off: () => undefined, send: undefined }, [0], logger);
    const { curation, knowledge } = targets();
    link.attach({ curation, knowledge });
    curation.change({ action: 'add', id: 'x' });
    expect(logger.entries.map((entry) => entry.message)).toEqual(['could not tell the other shards about a knowledge change']);
  });
});

describe('relayKnowledgeChanges (the manager)', () => {
  it("relays a shard's change to every other shard, and only that", async () => {
    class Shard extends EventEmitter implements RelayShard {
      readonly received: unknown[] = [];
      constructor(
        readonly id: number,
        private readonly fails = false,
      ) {
        super();
      }
      send(message: unknown): Promise<unknown> {
        if (this.fails) return Promise.reject(new Error('no process'));
        this.received.push(message);
        return Promise.resolve(this);
      }
    }
    const manager = Object.assign(new EventEmitter(), { shards: new Map<number, Shard>() });
    const logger = recordingLogger();
    relayKnowledgeChanges(manager, logger);
    const shards = [new Shard(0), new Shard(1), new Shard(2, true)];
    for (const shard of shards) {
      manager.shards.set(shard.id, shard);
      manager.emit('shardCreate', shard);
    }
    const message = { parley: 'knowledge-changed', from: [0], change: { action: 'add', id: 'ferry' } };
    shards[0]?.emit('message', message);
    shards[0]?.emit('message', { _ready: true });
    await new Promise((resolve) => setImmediate(resolve));
    expect(shards.map((shard) => shard.received)).toEqual([[], [message], []]);
    expect(logger.entries.filter((entry) => entry.level === 'warn')).toMatchObject([{ fields: { shard: 2 } }]);
  });
});

describe('shardFromEnv', () => {
  it('reads what the ShardingManager sets, and nothing else', () => {
    expect(shardFromEnv({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' })).toEqual({ ids: [1], count: 2 });
    expect(shardFromEnv({ SHARDING_MANAGER: 'true', SHARDS: '[0,1]', SHARD_COUNT: '4' })).toEqual({ ids: [0, 1], count: 4 });
    expect(shardFromEnv({ SHARD_COUNT: 'auto' })).toBeNull();
    expect(shardFromEnv({ SHARDING_MANAGER: 'true', SHARDS: 'x', SHARD_COUNT: '2' })).toBeNull();
    expect(isKnowledgeChanged({ parley: 'knowledge-changed' })).toBe(true);
    expect(isKnowledgeChanged(null)).toBe(false);
  });
});

describe('Curation.onFolderChanged', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'parley-folder-change-'));
    await cp('knowledge', path.join(root, 'knowledge'), { recursive: true });
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reports each written change and each reload after applying it here, and nothing for a refusal', async () => {
    const knowledgeDir = path.join(root, 'knowledge');
    const dataDir = path.join(root, 'data');
    const logger = recordingLogger();
    const knowledge = await KnowledgeService.open(knowledgeDir, logger);
    const curation = new Curation({ store: new KnowledgeStore({ knowledgeDir, dataDir }), knowledge, unanswered: new UnansweredLog(dataDir), logger });
    const seen: { change: FolderChange; articles: number }[] = [];
    curation.onFolderChanged((change) => seen.push({ change, articles: knowledge.current.index.articles.size }));
    const actor = { userId: '1', tag: 'mod' };

    await curation.add({ title: 'Ferry strike ends', source: 'AP', published: '2025-04-12', url: null, text: 'Ferry crews ended a strike.' }, actor, 'add', 'ferry');
    await curation.remove('no-such-article', actor);
    await curation.undo(actor);
    await curation.reload();
    expect(seen).toEqual([
      { change: { action: 'add', id: 'ferry' }, articles: 2 },
      { change: { action: 'undo', id: 'ferry' }, articles: 1 },
      { change: { action: 'reload', id: null }, articles: 1 },
    ]);
  });
});
