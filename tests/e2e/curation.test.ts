// End-to-end curation: moderators change the knowledge from Discord; members see the change at once.
import { createServer, type Server } from 'node:http';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PERMISSIONS, button, chatInput, modalSubmit, type FakeDiscord, type InteractionInit } from '../support/fakeDiscord.js';
import { startParley, type Parley } from '../support/parleyHarness.js';

const SEED_ID = '2025-04-10-istanbul-embassy-talks';
const EPHEMERAL = 64;
const moderator = { id: '300000000000000003', username: 'mod', global_name: 'Mod' };
const member = { id: '400000000000000004', username: 'member', global_name: 'Member' };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function parley(env: Record<string, string> | ((fake: FakeDiscord) => Record<string, string>) = {}, watch = false): Promise<Parley> {
  const started = await startParley({ copyKnowledge: true, env, watch });
  cleanups.push(() => started.stop());
  return started;
}

/** A tiny web server on 127.0.0.1 for attachments and pages to import. */
async function serve(files: Record<string, { type: string; body: string }>): Promise<string> {
  const server: Server = createServer((request, response) => {
    const file = files[request.url ?? ''];
    if (file === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

type Sub = { name: string; type: number; value?: string | boolean; options?: Sub[] };

/** `/knowledge <sub> …` as a moderator (or another user), with attachments resolved. */
function knowledge(sub: string, options: Sub[] = [], user = moderator, attachments: Record<string, unknown> = {}, group?: string): InteractionInit {
  const subcommand: Sub = { name: sub, type: 1, options };
  const init = chatInput('knowledge', [group === undefined ? subcommand : { name: group, type: 2, options: [subcommand] }], user);
  return {
    ...init,
    data: { ...init.data, ...(Object.keys(attachments).length > 0 ? { resolved: { attachments } } : {}) },
    memberPermissions: user === moderator ? PERMISSIONS.moderator : PERMISSIONS.member,
  };
}

function attachment(id: string, filename: string, url: string, size = 500): Record<string, unknown> {
  return { [id]: { id, filename, size, url, proxy_url: url, content_type: 'text/plain' } };
}

interface Body {
  type?: number;
  data?: { content?: string; flags?: number; embeds?: { title?: string; description?: string; fields?: { value: string }[] }[]; components?: { components: { custom_id?: string; label?: string }[] }[]; custom_id?: string };
  content?: string;
  embeds?: { title?: string; description?: string; fields?: { value: string }[] }[];
  components?: { components: { custom_id?: string; label?: string }[] }[];
}

/** Everything visible in a reply or an edit, as one string. */
function textOf(body: Body): string {
  const data = body.data ?? body;
  return [data.content ?? '', ...(data.embeds ?? []).flatMap((embed) => [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).map((field) => field.value)])].join('\n').replaceAll('**', '');
}

/** The reply to an interaction: the callback, or the edit of a deferred one. */
async function outcome(fake: FakeDiscord, id: string): Promise<{ first: Body; final: Body }> {
  const callback = await fake.waitForCallback(id, 8000);
  const first = callback.body as Body;
  if (first.type !== 5 && first.type !== 6) return { first, final: first };
  const edit = await fake.waitForWebhook(id, { method: 'PATCH', messageId: '@original', timeoutMs: 8000 });
  return { first, final: edit.body as Body };
}

async function ask(fake: FakeDiscord, question: string): Promise<string> {
  const id = await fake.injectInteraction(chatInput('ask', { question }, member));
  return textOf((await fake.waitForCallback(id, 5000)).body);
}

const ferryArticle = `---
title: Bosphorus ferry strike ends after three days
source: Anadolu Agency
published: 2025-04-12
---
Ferry crews on the Bosphorus ended a three-day strike on Saturday after the city agreed to a 12 percent pay rise.

Commuters had crowded onto the Marmaray rail tunnel during the stoppage.
`;

describe('moderators curate from Discord', () => {
  it('refuses a member, and nothing changes', async () => {
    const { fake, knowledgeDir, dataDir } = await parley();
    const before = await readdir(knowledgeDir);
    const id = await fake.injectInteraction(knowledge('undo', [], member));
    const { final } = await outcome(fake, id);
    expect(final.data?.flags).toBe(EPHEMERAL);
    expect(textOf(final)).toBe('Only moderators (Manage Server, or a moderator role) can change what I know.');
    expect(await readdir(knowledgeDir)).toEqual(before);
    await expect(readFile(path.join(dataDir, 'audit.jsonl'), 'utf8')).rejects.toThrow();
  });

  it('adds an article from an attachment; the next /ask quotes it; the mod log gets a post; history names the moderator', async () => {
    const base = await serve({ '/ferry.md': { type: 'text/markdown', body: ferryArticle } });
    const { fake } = await parley((f) => ({ MOD_LOG_CHANNEL_ID: f.channelId() }));
    expect(await ask(fake, 'When did the Bosphorus ferry strike end?')).toContain('Not in my sources');

    const id = await fake.injectInteraction(knowledge('add', [{ name: 'file', type: 11, value: '900' }], moderator, attachment('900', '2025-04-12-ferry-strike.md', `${base}/ferry.md`)));
    const { first, final } = await outcome(fake, id);
    expect(first).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    expect(textOf(final)).toContain('✅ Added “Bosphorus ferry strike ends after three days” (`2025-04-12-ferry-strike`).');

    expect(await ask(fake, 'When did the Bosphorus ferry strike end?')).toContain('Ferry crews on the Bosphorus ended a three-day strike on Saturday');
    const post = await fake.waitForChannelMessage(fake.channelId(), { timeoutMs: 5000 });
    expect(textOf(post.body as Body)).toContain('mod added “Bosphorus ferry strike ends after three days”');
    expect((post.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });

    const history = await outcome(fake, await fake.injectInteraction(knowledge('history')));
    expect(textOf(history.final)).toMatch(/#1 <t:\d+:f> · mod added “Bosphorus ferry strike ends after three days” `2025-04-12-ferry-strike`/u);
  });

  it('refuses a malformed file, names the problem, and writes nothing', async () => {
    const base = await serve({ '/broken.md': { type: 'text/markdown', body: '---\ntitle: No date\nsource: AP\n---\nText.\n' } });
    const { fake, knowledgeDir } = await parley();
    const before = await readdir(knowledgeDir);
    const id = await fake.injectInteraction(knowledge('add', [{ name: 'file', type: 11, value: '901' }], moderator, attachment('901', 'broken.md', `${base}/broken.md`)));
    const { final } = await outcome(fake, id);
    expect(textOf(final)).toBe('Nothing changed: broken.md: "published" is required (an ISO date, YYYY-MM-DD)');
    expect(await readdir(knowledgeDir)).toEqual(before);
  });

  it('removes after confirmation, undo restores it, and a path trick deletes nothing', async () => {
    const { fake, knowledgeDir } = await parley();
    const outside = path.join(knowledgeDir, '..', 'precious.md');
    await writeFile(outside, 'keep me');

    const trick = await outcome(fake, await fake.injectInteraction(knowledge('remove', [{ name: 'id', type: 3, value: '../precious' }])));
    expect(textOf(trick.final)).toMatch(/^I have no article with the id “..\/precious”/u);
    const forged = await outcome(fake, await fake.injectInteraction({ ...button(`kn:remove:${Date.now() + 60_000}:../precious`, undefined, moderator), memberPermissions: PERMISSIONS.moderator }));
    expect(textOf(forged.final)).toBe('Nothing changed: "../precious" is not an article id.');
    expect(await readFile(outside, 'utf8')).toBe('keep me');

    const confirm = await outcome(fake, await fake.injectInteraction(knowledge('remove', [{ name: 'id', type: 3, value: SEED_ID }])));
    expect(textOf(confirm.final)).toContain('Remove this article?');
    const removeId = confirm.final.data?.components?.[0]?.components[0]?.custom_id ?? '';
    const press = (customId: string): InteractionInit => ({ ...button(customId, undefined, moderator), memberPermissions: PERMISSIONS.moderator });
    const removed = await outcome(fake, await fake.injectInteraction(press(removeId)));
    expect(removed.first.type).toBe(6);
    expect(textOf(removed.final)).toContain(`✅ Removed “US and Russian delegations meet in Istanbul to normalise embassy operations” (\`${SEED_ID}\`).`);
    expect(await readdir(knowledgeDir)).not.toContain(`${SEED_ID}.md`);
    expect(await ask(fake, 'Who led the Russian delegation?')).toContain('Not in my sources');

    const undo = await outcome(fake, await fake.injectInteraction(knowledge('undo')));
    expect(textOf(undo.final)).toContain('✅ Undid the removal of “US and Russian delegations meet in Istanbul to normalise embassy operations”');
    expect(await ask(fake, 'Who led the Russian delegation?')).toContain('Alexander Darchiev');
  });

  it('lets a removal confirmation expire, and Cancel changes nothing', async () => {
    const { fake, knowledgeDir } = await parley();
    const expired = await outcome(fake, await fake.injectInteraction({ ...button(`kn:remove:${Date.now() - 1}:${SEED_ID}`, undefined, moderator), memberPermissions: PERMISSIONS.moderator }));
    expect(textOf(expired.final)).toBe('This confirmation expired. Run /knowledge remove again.');
    const cancelled = await outcome(fake, await fake.injectInteraction({ ...button('kn:cancel', undefined, moderator), memberPermissions: PERMISSIONS.moderator }));
    expect(textOf(cancelled.final)).toBe('Cancelled; nothing changed.');
    expect(await readdir(knowledgeDir)).toContain(`${SEED_ID}.md`);
  });

  it('adds an article typed into the form', async () => {
    const { fake } = await parley();
    const open = await fake.waitForCallback(await fake.injectInteraction(knowledge('add')), 5000);
    expect(open.body).toMatchObject({ type: 9, data: { custom_id: 'kn:add-form', title: 'Add an article' } });
    const fields = { title: 'Consulate reopens in Houston', source: 'AP', published: '2025-05-02', url: '', text: 'The consulate in Houston reopened on Friday.\n\nStaff returned the same day.' };
    const submitted = await outcome(fake, await fake.injectInteraction({ ...modalSubmit('kn:add-form', fields, moderator, { actionRows: true }), memberPermissions: PERMISSIONS.moderator }));
    expect(textOf(submitted.final)).toContain('✅ Added “Consulate reopens in Houston” (`2025-05-02-consulate-reopens-in-houston`).');
    expect(await ask(fake, 'When did the Houston consulate reopen?')).toContain('The consulate in Houston reopened on Friday.');
  });

  it('imports a news page: preview, then publish', async () => {
    const page = `<!doctype html><html><head><title>Envoys agree on visas | Wire</title>
      <meta property="og:site_name" content="The Wire"><meta property="article:published_time" content="2025-05-20T09:00:00Z"></head>
      <body><nav>Home · World</nav><article><h1>Envoys agree on visas</h1>
      <p>Diplomats from both countries agreed on Tuesday to speed up visas for embassy staff, officials said.</p>
      <p>The agreement covers technical staff and their families, according to a joint statement issued in Istanbul.</p>
      <p>A follow-up meeting is planned for the summer, the statement said.</p></article></body></html>`;
    const base = await serve({ '/visas': { type: 'text/html; charset=utf-8', body: page } });
    const { fake } = await parley({ ALLOW_PRIVATE_URLS: '1' });
    const preview = await outcome(fake, await fake.injectInteraction(knowledge('import', [{ name: 'url', type: 3, value: `${base}/visas` }])));
    expect(textOf(preview.final)).toContain('Envoys agree on visas');
    expect(textOf(preview.final)).toContain('3 paragraphs · 20 May 2025');
    const publishId = preview.final.components?.[0]?.components[0]?.custom_id ?? '';
    const published = await outcome(fake, await fake.injectInteraction({ ...button(publishId, undefined, moderator), memberPermissions: PERMISSIONS.moderator }));
    expect(textOf(published.final)).toMatch(/✅ Imported “Envoys agree on visas” \(`2025-05-20-envoys-agree-on-visas`\)/u);
    expect(await ask(fake, 'What did the diplomats agree about visas?')).toContain('agreed on Tuesday to speed up visas for embassy staff');
  });

  it('refuses to import from a private address', async () => {
    const base = await serve({ '/x': { type: 'text/html', body: '<p>secret</p>' } });
    const { fake } = await parley();
    const refused = await outcome(fake, await fake.injectInteraction(knowledge('import', [{ name: 'url', type: 3, value: `${base}/x` }])));
    expect(textOf(refused.final)).toBe('That link points to a private network address, which Parley does not fetch.');
  });

  it('applies a hand edit of the knowledge folder by itself', async () => {
    const { fake, knowledgeDir } = await parley({}, true);
    await writeFile(path.join(knowledgeDir, '2025-04-12-ferry-strike.md'), ferryArticle);
    const deadline = Date.now() + 5000;
    let answer = '';
    while (Date.now() < deadline) {
      answer = await ask(fake, 'When did the Bosphorus ferry strike end?');
      if (!answer.includes('Not in my sources')) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(answer).toContain('Ferry crews on the Bosphorus ended a three-day strike');
  });

  it('manages curated aliases', async () => {
    const { fake } = await parley();
    const added = await outcome(fake, await fake.injectInteraction(knowledge('add', [{ name: 'words', type: 3, value: 'Pioneer Point, the motel' }], moderator, {}, 'aliases')));
    expect(textOf(added.final)).toContain('✅ Added the aliases Pioneer Point ⇄ the motel.');
    const listed = await outcome(fake, await fake.injectInteraction(knowledge('list', [], moderator, {}, 'aliases')));
    expect(textOf(listed.final)).toContain('Pioneer Point ⇄ the motel');
  });
});
