// Tests of the fake Discord server itself, driven by a real discord.js Client (no Parley code involved).
import { once } from 'node:events';
import { createInflate } from 'node:zlib';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  MessageFlags,
  Routes,
} from 'discord.js';
import type { ClientOptions, Interaction, TextChannel } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import {
  autocomplete,
  button,
  chatInput,
  modalSubmit,
  shardForGuild,
  startFakeDiscord,
  testClientOptions,
} from '../support/fakeDiscord.js';
import type { FakeDiscord, FakeDiscordOptions } from '../support/fakeDiscord.js';

const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  // Newest first: the client is destroyed before its fake is closed.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function startFake(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = await startFakeDiscord(options);
  cleanups.push(() => fake.close());
  return fake;
}

/** Logs a discord.js client in to the fake and waits for ClientReady. */
async function connect(fake: FakeDiscord, options: Partial<ClientOptions> = {}): Promise<Client<true>> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], ...testClientOptions(fake), ...options });
  cleanups.push(() => client.destroy());
  const ready = once(client, Events.ClientReady);
  await withTimeout(client.login(fake.token), 5000, 'client.login');
  await withTimeout(ready, 5000, 'ClientReady');
  if (!client.isReady()) throw new Error('client not ready');
  return client;
}

/** Runs `handler` for every interaction; its errors are collected instead of becoming unhandled rejections. */
function handle(client: Client, handler: (interaction: Interaction) => Promise<unknown>): unknown[] {
  const errors: unknown[] = [];
  client.on(Events.InteractionCreate, (interaction) => {
    handler(interaction).catch((error: unknown) => errors.push(error));
  });
  return errors;
}

describe('fake Discord with a real discord.js client', () => {
  it('(a) logs in: ClientReady fires, the guild and its channel are cached, heartbeats are ACKed', async () => {
    const fake = await startFake({ heartbeatIntervalMs: 200 });
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: fake.apiUrl },
      ws: { buildIdentifyThrottler: () => ({ waitForIdentify: () => Promise.resolve() }) },
    });
    cleanups.push(() => client.destroy());
    const ready = once(client, Events.ClientReady);
    await withTimeout(client.login(fake.token), 5000, 'login');
    await withTimeout(ready, 5000, 'ClientReady');

    const guildId = fake.guildIds[0] ?? '';
    expect(client.user?.id).toBe(fake.applicationId);
    expect(client.user?.bot).toBe(true);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(guildId)?.name).toBe('Test Guild 1');
    expect(client.channels.cache.get(fake.channelId())?.isTextBased()).toBe(true);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]).toMatchObject({ token: fake.token, shard: [0, 1], compress: false });
    expect(fake.identifies[0]?.query).toEqual({ v: '10', encoding: 'json' });
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toContain('GET /gateway/bot 200');
    await vi.waitFor(() => expect(client.ws.ping).toBeGreaterThanOrEqual(0), { timeout: 2000 });
    expect(fake.gatewayMessages.some((m) => m.op === 1)).toBe(true);
  }, 10_000);

  it('(b) a chat-input command answered with an ephemeral reply', async () => {
    const fake = await startFake();
    const client = await connect(fake);
    const seen: Array<{ question: string | null; limit: number | null; user: string }> = [];
    const errors = handle(client, async (interaction) => {
      if (!interaction.isChatInputCommand() || interaction.commandName !== 'ask') return;
      seen.push({
        question: interaction.options.getString('question'),
        limit: interaction.options.getInteger('limit'),
        user: interaction.user.username,
      });
      await interaction.reply({ content: 'pong', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    });

    const id = await fake.injectInteraction(chatInput('ask', { question: 'who said it?', limit: 3 }));
    const callback = await fake.waitForCallback(id, 3000);

    expect(callback.status).toBe(204);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data).toMatchObject({ content: 'pong', flags: 64, allowed_mentions: { parse: [] } });
    expect(callback.elapsedMs).toBeLessThan(3000);
    expect(callback.request.query).toEqual({ with_response: 'false' });
    expect(seen).toEqual([{ question: 'who said it?', limit: 3, user: 'tester' }]);
    expect(fake.originalMessage(id)).toMatchObject({ content: 'pong', flags: 64 });
    expect(errors).toEqual([]);
  });

  it('(c) deferReply then editReply arrives as PATCH @original', async () => {
    const fake = await startFake();
    const client = await connect(fake);
    const edited: string[] = [];
    const errors = handle(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      const message = await interaction.editReply({ content: 'answer', allowedMentions: { parse: [] } });
      edited.push(message.content);
    });

    const id = await fake.injectInteraction(chatInput('ask', { question: 'why?' }));
    expect((await fake.waitForCallback(id)).body).toEqual({ type: 5, data: { flags: 0 } });
    const patch = await fake.waitForWebhook(id, { method: 'PATCH', messageId: '@original' });

    expect(patch.url).toContain('/messages/%40original');
    expect(patch.path).toBe(`/webhooks/${fake.applicationId}/${fake.interactionToken(id)}/messages/@original`);
    expect(patch.body).toMatchObject({ content: 'answer' });
    expect(patch.status).toBe(200);
    await vi.waitFor(() => expect(edited).toEqual(['answer']), { timeout: 2000 });
    expect(fake.originalMessage(id)).toMatchObject({ content: 'answer', flags: 0 });
    expect(errors).toEqual([]);
  });

  it('(d) autocomplete answered with choices (callback type 8)', async () => {
    const fake = await startFake();
    const client = await connect(fake);
    const errors = handle(client, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const focused = interaction.options.getFocused(true);
      await interaction.respond([
        { name: `${focused.value} one`, value: 'one' },
        { name: `${focused.value} two`, value: 'two' },
      ]);
    });

    const id = await fake.injectInteraction(autocomplete('ask', { name: 'topic', value: 'elec' }));
    const callback = await fake.waitForCallback(id);

    expect(callback.body).toEqual({
      type: 8,
      data: { choices: [{ name: 'elec one', value: 'one' }, { name: 'elec two', value: 'two' }] },
    });
    expect(callback.status).toBe(204);
    expect(errors).toEqual([]);
  });

  it('(e) a button on the bot’s reply, handled with update (callback type 7); a modal submission', async () => {
    const fake = await startFake();
    const client = await connect(fake);
    const errors = handle(client, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('more:1').setLabel('More').setStyle(ButtonStyle.Primary),
        );
        await interaction.reply({ content: 'first answer', components: [row] });
      } else if (interaction.isButton()) {
        await interaction.update({ content: `${interaction.message.content} + more`, components: [] });
      } else if (interaction.isModalSubmit()) {
        await interaction.reply({ content: `got ${interaction.fields.getTextInputValue('question')}`, flags: MessageFlags.Ephemeral });
      }
    });

    const commandId = await fake.injectInteraction(chatInput('ask'));
    await fake.waitForCallback(commandId);
    const reply = fake.originalMessage(commandId);
    expect(reply).toBeDefined();

    const pressId = await fake.injectInteraction(button('more:1', reply));
    const callback = await fake.waitForCallback(pressId);
    expect(callback.body.type).toBe(7);
    expect(callback.body.data).toMatchObject({ content: 'first answer + more', components: [] });
    expect(fake.message(String(reply?.['id']))).toMatchObject({ content: 'first answer + more', components: [] });

    const modalId = await fake.injectInteraction(modalSubmit('ask-modal', { question: 'what happened?' }));
    expect((await fake.waitForCallback(modalId)).body).toMatchObject({ type: 4, data: { content: 'got what happened?', flags: 64 } });
    const legacyId = await fake.injectInteraction(modalSubmit('ask-modal', { question: 'rows?' }, undefined, { actionRows: true }));
    expect((await fake.waitForCallback(legacyId)).body).toMatchObject({ type: 4, data: { content: 'got rows?' } });
    expect(errors).toEqual([]);
  });

  it('(f) after dropConnections(4000) the client RESUMEs and still answers, including events sent while it was away', async () => {
    const fake = await startFake();
    const client = await connect(fake);
    const errors = handle(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'pong' });
    });

    await fake.dropConnections(4000);
    const missed = await fake.injectInteraction(chatInput('ping'));
    const resume = await fake.waitForResume(undefined, 5000);

    expect(resume).toMatchObject({ accepted: true, path: '/resume', token: fake.token });
    expect((await fake.waitForCallback(missed, 5000)).body).toMatchObject({ type: 4, data: { content: 'pong' } });
    const id = await fake.injectInteraction(chatInput('ping'));
    expect((await fake.waitForCallback(id)).body).toMatchObject({ type: 4, data: { content: 'pong' } });
    expect(fake.identifies).toHaveLength(1);
    expect(errors).toEqual([]);
  }, 10_000);

  it('(f2) an invalidated session makes the client IDENTIFY again', async () => {
    const fake = await startFake();
    const client = await connect(fake);
    handle(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'pong' });
    });

    await fake.dropConnections(4000, { invalidateSessions: true });
    expect((await fake.waitForResume(undefined, 5000)).accepted).toBe(false);
    await fake.waitForIdentify((identify) => identify !== fake.identifies[0], 5000);
    const id = await fake.injectInteraction(chatInput('ping'), { timeoutMs: 5000 });
    expect((await fake.waitForCallback(id)).body).toMatchObject({ type: 4, data: { content: 'pong' } });
  }, 15_000);

  it('(g) two shards identify with [0,2] and [1,2] and each guild’s events reach its shard', async () => {
    const fake = await startFake({ shards: 2 });
    const client = await connect(fake, { shards: [0, 1], shardCount: 2 });
    const [guild0 = '', guild1 = ''] = fake.guildIds;
    const deliveredOn = new Map<string, number>();
    client.on(Events.Raw, (packet: { t?: string; d?: { id?: string } }, shardId: number) => {
      if (packet.t === 'INTERACTION_CREATE' && packet.d?.id) deliveredOn.set(packet.d.id, shardId);
    });
    const errors = handle(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: `shard ${interaction.guild?.shardId}` });
    });

    expect(fake.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect([shardForGuild(guild0, 2), shardForGuild(guild1, 2)]).toEqual([0, 1]);
    expect(client.guilds.cache.get(guild0)?.shardId).toBe(0);
    expect(client.guilds.cache.get(guild1)?.shardId).toBe(1);

    const on1 = await fake.injectInteraction({ ...chatInput('ping'), guild_id: guild1 });
    const on0 = await fake.injectInteraction({ ...chatInput('ping'), guild_id: guild0 });
    expect((await fake.waitForCallback(on1)).body.data).toMatchObject({ content: 'shard 1' });
    expect((await fake.waitForCallback(on0)).body.data).toMatchObject({ content: 'shard 0' });
    expect(deliveredOn.get(on1)).toBe(1);
    expect(deliveredOn.get(on0)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('(h) during a callback outage the reply rejects (after discord.js’s retries) and the client survives', async () => {
    const fake = await startFake();
    const client = await connect(fake);
    const outcomes: unknown[] = [];
    handle(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      outcomes.push(await interaction.reply({ content: 'pong' }).then(() => 'ok', (error: unknown) => error));
    });

    fake.setOutage({ status: 500, match: 'callbacks' });
    const failed = await fake.injectInteraction(chatInput('ping'));
    expect((await fake.waitForCallback(failed)).status).toBe(500);
    await vi.waitFor(() => expect(outcomes).toHaveLength(1), { timeout: 3000 });
    expect(outcomes[0]).toBeInstanceOf(HTTPError);
    expect((outcomes[0] as HTTPError).status).toBe(500);
    const attempts = fake.requests.filter((r) => r.params['id'] === failed && r.route?.endsWith('/callback'));
    expect(attempts.map((r) => r.status)).toEqual([500, 500, 500, 500]);

    fake.setOutage(false);
    const next = await fake.injectInteraction(chatInput('ping'));
    expect((await fake.waitForCallback(next)).status).toBe(204);
    await vi.waitFor(() => expect(outcomes).toEqual([expect.any(HTTPError), 'ok']), { timeout: 3000 });
  });
});

describe('fake Discord REST details', () => {
  it('stores registered commands, fills command ids, and rejects what Discord would reject', async () => {
    const fake = await startFake();
    const client = await connect(fake);
    const guildId = fake.guildIds[0] ?? '';
    await client.application.commands.set([
      { name: 'ask', description: 'Ask a question', options: [{ name: 'question', description: 'What', type: 3, required: true }] },
    ]);
    await client.application.commands.set([{ name: 'kb', description: 'Knowledge admin' }], guildId);

    const global = fake.registeredCommands();
    expect(global).toHaveLength(1);
    expect(global[0]).toMatchObject({ name: 'ask', application_id: fake.applicationId, type: 1 });
    expect(fake.registeredCommands(guildId)[0]).toMatchObject({ name: 'kb', guild_id: guildId });
    const ids: string[] = [];
    handle(client, async (interaction) => {
      if (interaction.isChatInputCommand()) ids.push(interaction.commandId);
      await Promise.resolve();
    });
    await fake.injectInteraction(chatInput('ask', { question: 'x' }));
    await vi.waitFor(() => expect(ids).toEqual([global[0]?.['id']]), { timeout: 2000 });

    await expect(client.application.commands.set([{ name: 'Bad Name', description: 'x' }])).rejects.toMatchObject({
      code: 50035,
      status: 400,
    });
    await expect(client.rest.get(Routes.guildMember(guildId, '1234'))).rejects.toBeInstanceOf(DiscordAPIError);
    expect(fake.unknownRequests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /guilds/${guildId}/members/1234`]);
  });

  it('records multipart follow-ups, channel posts and double acknowledgements', async () => {
    const fake = await startFake({ channels: [] });
    const client = await connect(fake);
    const outcomes: unknown[] = [];
    handle(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({ content: 'first' });
      outcomes.push(await interaction.reply({ content: 'again' }).catch((error: unknown) => error));
      await interaction.followUp({ content: 'sources', files: [{ attachment: Buffer.from('a,b\n'), name: 'sources.csv' }] });
      const channel = client.channels.cache.get(fake.channelId()) as TextChannel;
      await channel.send({ content: 'mod-log: answered', allowedMentions: { parse: [] } });
    });

    const id = await fake.injectInteraction(chatInput('ask'));
    const followUp = await fake.waitForWebhook(id, { method: 'POST' });
    expect(followUp.body).toMatchObject({ content: 'sources', attachments: [{ id: '0' }] });
    expect(followUp.files).toMatchObject([{ field: 'files[0]', filename: 'sources.csv', size: 4 }]);
    expect(followUp.files[0]?.data.toString()).toBe('a,b\n');
    expect(followUp.query).toMatchObject({ wait: 'true' });
    const post = await fake.waitForChannelMessage(fake.channelId());
    expect(post.body).toMatchObject({ content: 'mod-log: answered', allowed_mentions: { parse: [] } });
    // discord.js refuses a second reply itself (InteractionAlreadyReplied) before reaching the API.
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ code: 'InteractionAlreadyReplied' });

    // Straight at the API, a second callback gets Discord's 40060.
    const raw = await fetch(`${fake.apiUrl}/v10/interactions/${id}/${fake.interactionToken(id)}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'third' } }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ code: 40060 });
  });

  it('a one-off 503 is retried by discord.js; a callback past the deadline gets 10062', async () => {
    const fake = await startFake({ callbackDeadlineMs: 100 });
    const client = await connect(fake);
    const outcomes: unknown[] = [];
    handle(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      if (interaction.commandName === 'slow') await new Promise((resolve) => setTimeout(resolve, 250));
      outcomes.push(await interaction.reply({ content: 'pong' }).then(() => 'ok', (error: unknown) => error));
    });

    fake.setOutage({ status: 503, match: 'callbacks', times: 1 });
    const flaky = await fake.injectInteraction(chatInput('ping'));
    await vi.waitFor(() => expect(outcomes).toEqual(['ok']), { timeout: 3000 });
    expect(fake.requests.filter((r) => r.params['id'] === flaky).map((r) => r.status)).toEqual([503, 204]);

    await fake.injectInteraction(chatInput('slow'));
    await vi.waitFor(() => expect(outcomes).toHaveLength(2), { timeout: 3000 });
    expect(outcomes[1]).toMatchObject({ code: 10062, status: 404 });
  });

  it('rejects over-long content and over-full autocomplete like Discord (50035)', async () => {
    const fake = await startFake();
    const client = await connect(fake);
    const outcomes: unknown[] = [];
    handle(client, async (interaction) => {
      if (interaction.isAutocomplete()) {
        const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
        outcomes.push(await interaction.respond(choices).catch((error: unknown) => error));
      } else if (interaction.isChatInputCommand()) {
        outcomes.push(await interaction.reply({ content: 'x'.repeat(2001) }).catch((error: unknown) => error));
      }
    });

    await fake.injectInteraction(autocomplete('ask', { name: 'topic', value: '' }));
    await fake.injectInteraction(chatInput('ask'));
    await vi.waitFor(() => expect(outcomes).toHaveLength(2), { timeout: 3000 });
    for (const outcome of outcomes) expect(outcome).toMatchObject({ code: 50035, status: 400 });
  });
});

describe('fake Discord gateway transport', () => {
  it('speaks zlib-stream when a client asks for compress=zlib-stream', async () => {
    const fake = await startFake();
    const ws = new WebSocket(`${fake.gatewayUrl}/?v=10&encoding=json&compress=zlib-stream`);
    cleanups.push(async () => {
      ws.terminate();
      await Promise.resolve();
    });
    const inflate = createInflate();
    const texts: string[] = [];
    inflate.on('data', (chunk: Buffer) => texts.push(chunk.toString('utf8')));
    ws.on('message', (data: Buffer) => inflate.write(data));
    await vi.waitFor(() => expect(texts.join('')).toContain('"op":10'), { timeout: 2000 });
    ws.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 1, properties: {}, shard: [0, 1] } }));
    await vi.waitFor(() => expect(texts.join('')).toContain('"t":"GUILD_CREATE"'), { timeout: 2000 });
    expect(texts.join('')).toContain('"t":"READY"');
    inflate.close();
  });

  it('closes with 4004 on a wrong token', async () => {
    const fake = await startFake();
    const ws = new WebSocket(`${fake.gatewayUrl}/?v=10&encoding=json`);
    cleanups.push(async () => {
      ws.terminate();
      await Promise.resolve();
    });
    await once(ws, 'open');
    ws.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } }));
    const [code] = (await withTimeout(once(ws, 'close'), 2000, 'close')) as [number];
    expect(code).toBe(4004);
  });
});
