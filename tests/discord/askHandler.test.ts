import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AnswerMemory } from '../../src/app/answerMemory.js';
import { FeedbackStore } from '../../src/app/feedbackStore.js';
import { buildSnapshot, type KnowledgeSnapshot } from '../../src/app/knowledgeService.js';
import { RateLimiter } from '../../src/app/rateLimiter.js';
import { UnansweredLog } from '../../src/app/unansweredLog.js';
import { customIds, parseCustomId, type ParsedCustomId } from '../../src/discord/customIds.js';
import { createAskButtonHandler, createAskHandler, type AskDependencies } from '../../src/discord/handlers/ask.js';
import {
  SEED_FOLDER,
  SEED_ID,
  SEED_TITLE,
  article,
  buttonsOf,
  embedOf,
  fakeButton,
  fakeCommand,
  only,
  recordingLogger,
  snapshotOf,
  type LogEntry,
} from './support.js';

const EXPIRED = 'This answer is too old for its buttons (or I restarted since). Ask again with /ask.';

let seed: KnowledgeSnapshot;
let dataDir: string;
let clock: number;
let logger: ReturnType<typeof recordingLogger>;

beforeAll(async () => {
  seed = await buildSnapshot(SEED_FOLDER);
});
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-ask-'));
  clock = 0;
  logger = recordingLogger();
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function dependencies(overrides: Partial<AskDependencies> = {}): AskDependencies {
  return {
    knowledge: () => seed,
    limiter: new RateLimiter(5, 30_000, () => clock),
    answers: new AnswerMemory(),
    unanswered: new UnansweredLog(dataDir),
    feedback: new FeedbackStore(dataDir),
    logger,
    ...overrides,
  };
}

/** Presses a button built by `customIds` through the ask button handler. */
async function press(deps: AskDependencies, customId: string, userId = 'user-1'): Promise<ReturnType<typeof fakeButton>> {
  const interaction = fakeButton(customId, { userId });
  const parsed = parseCustomId(customId);
  if (parsed === null) throw new Error(`unparsable id ${customId}`);
  await createAskButtonHandler(deps)(interaction, parsed);
  return interaction;
}

function errors(): LogEntry[] {
  return logger.entries.filter((entry) => entry.level === 'error');
}

describe('/ask', () => {
  it('answers with the quoted sentences, remembers the answer for its buttons and pings nobody', async () => {
    const deps = dependencies();
    const interaction = fakeCommand('ask', { question: '  Who led the Russian delegation?  ' }, { id: '111' });
    await createAskHandler(deps)(interaction);

    const reply = only(interaction.replies);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(reply.flags).toBeUndefined();
    expect(reply.content).toBeUndefined();
    const embed = embedOf(reply);
    expect(embed.title).toBe('“Who led the Russian delegation?”');
    expect(embed.description?.startsWith('> The **Russian** Foreign Ministry said the talks would be **led** by')).toBe(true);
    expect(embed.footer?.text).toMatch(/^Searched 1 article · knowledge updated \d{4}-\d\d-\d\d \d\d:\d\d UTC$/u);
    expect(buttonsOf(reply).map((b) => parseCustomId(b.custom_id))).toEqual<ParsedCustomId[]>([
      { kind: 'ask-more', answerKey: '111' },
      { kind: 'ask-context', sentenceId: `${SEED_ID}#3.1` },
      { kind: 'ask-vote', vote: 'up', answerKey: '111' },
      { kind: 'ask-vote', vote: 'down', answerKey: '111' },
    ]);

    const remembered = deps.answers.recall('111');
    expect(remembered?.question).toBe('Who led the Russian delegation?');
    expect(remembered?.sentenceIds).toEqual([`${SEED_ID}#3.1`]);
    expect(remembered?.more.length).toBeGreaterThan(0);
    expect(await deps.unanswered.all()).toEqual([]);
  });

  it('answers privately with private:true, and for a target member with only them pinged', async () => {
    const deps = dependencies();
    const privately = fakeCommand('ask', { question: 'Who led the Russian delegation?', private: true });
    await createAskHandler(deps)(privately);
    expect(only(privately.replies).flags).toBe(64);

    const targeted = fakeCommand('ask', { question: 'Who led the Russian delegation?', target: { id: '777' } });
    await createAskHandler(deps)(targeted);
    const reply = only(targeted.replies);
    expect(reply.content).toBe('Answer for <@777>');
    expect(reply.allowedMentions).toEqual({ parse: [], users: ['777'] });
    expect(reply.flags).toBeUndefined();
  });

  it('gives the sixth question inside the window a friendly private cooldown notice, per member', async () => {
    const handle = createAskHandler(dependencies());
    for (let i = 0; i < 5; i++) {
      clock = i * 1000;
      const asked = fakeCommand('ask', { question: 'Who led the Russian delegation?' }, { id: `q${i}` });
      await handle(asked);
      expect(embedOf(only(asked.replies)).title).toBe('“Who led the Russian delegation?”');
    }
    clock = 10_000;
    const sixth = fakeCommand('ask', { question: 'Who led the Russian delegation?' }, { id: 'q5' });
    await handle(sixth);
    expect(only(sixth.replies)).toEqual({
      content: 'You are asking faster than I can keep up. Try again in 20 seconds.',
      allowedMentions: { parse: [] },
      flags: 64,
    });

    const someoneElse = fakeCommand('ask', { question: 'Who led the Russian delegation?' }, { id: 'q6', userId: 'user-2' });
    await handle(someoneElse);
    expect(only(someoneElse.replies).embeds).toHaveLength(1);

    clock = 30_000; // the first question has left the window
    const later = fakeCommand('ask', { question: 'Who led the Russian delegation?' }, { id: 'q7' });
    await handle(later);
    expect(only(later.replies).embeds).toHaveLength(1);
  });

  it('says "1 second" in the singular', async () => {
    const handle = createAskHandler(dependencies({ limiter: new RateLimiter(1, 30_000, () => clock) }));
    await handle(fakeCommand('ask', { question: 'Who led the talks?' }));
    clock = 29_500;
    const again = fakeCommand('ask', { question: 'Who led the talks?' });
    await handle(again);
    expect(only(again.replies).content).toBe('You are asking faster than I can keep up. Try again in 1 second.');
  });

  it('refuses a too short or too long question without spending the member’s allowance', async () => {
    const deps = dependencies({ limiter: new RateLimiter(1, 30_000, () => clock) });
    const handle = createAskHandler(deps);
    const short = fakeCommand('ask', { question: ' ? ' });
    await handle(short);
    expect(only(short.replies)).toEqual({
      content: 'Please ask a question in a few words, e.g. “Who led the talks?”',
      allowedMentions: { parse: [] },
      flags: 64,
    });
    const long = fakeCommand('ask', { question: 'why '.repeat(130) });
    await handle(long);
    expect(only(long.replies).content).toBe('That question is 519 characters long; please keep it under 500.');
    const real = fakeCommand('ask', { question: 'Who led the talks?' });
    await handle(real);
    expect(only(real.replies).embeds).toHaveLength(1);
  });

  it('declines politely, offers the close topic and appends the question to the unanswered log', async () => {
    const deps = dependencies();
    const interaction = fakeCommand('ask', { question: 'How do I reset my router?' }, { id: '222', guildId: 'guild-9' });
    await createAskHandler(deps)(interaction);

    const reply = only(interaction.replies);
    expect(embedOf(reply).description?.startsWith('Not in my sources')).toBe(true);
    expect(buttonsOf(reply).map((b) => [b.label, parseCustomId(b.custom_id)])).toEqual([
      [SEED_TITLE, { kind: 'article-show', articleId: SEED_ID }],
    ]);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(deps.answers.recall('222')).toBeUndefined();

    const log = await new UnansweredLog(dataDir).all();
    expect(log).toEqual([{ time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/u) as unknown, question: 'How do I reset my router?', reason: 'weak-match', guildId: 'guild-9' }]);
    expect(JSON.parse((await readFile(path.join(dataDir, 'unanswered.jsonl'), 'utf8')).trim())).toEqual(log[0]);
  });

  it('offers at most three close topics, best first', async () => {
    // Equal-length paragraphs with 4, 3, 2 and 1 mentions of visas: the ranking is v4, v3, v2, v1.
    const visaArticle = (count: number): ReturnType<typeof article> =>
      article({ id: `v${count}`, title: `Report ${count}`, paragraphs: [`${[...Array<string>(count).fill('visas'), ...Array<string>(5 - count).fill('filler')].join(' ')}.`] });
    const knowledge = snapshotOf([visaArticle(1), visaArticle(2), visaArticle(3), visaArticle(4)]);
    const interaction = fakeCommand('ask', { question: 'What did Vladimir Putin say about visas?' });
    await createAskHandler(dependencies({ knowledge: () => knowledge }))(interaction);
    const reply = only(interaction.replies);
    expect(embedOf(reply).description).toBe('Not in my sources: none of my articles mentions “Vladimir Putin”.\n\nClose topics I do know about:');
    expect(buttonsOf(reply).map((b) => b.custom_id)).toEqual(['article:show:v4', 'article:show:v3', 'article:show:v2']);
  });

  it('still replies when the unanswered log cannot be written, and logs the failure', async () => {
    const notADirectory = path.join(dataDir, 'file');
    await writeFile(notADirectory, 'x');
    const interaction = fakeCommand('ask', { question: 'How do I reset my router?' });
    await createAskHandler(dependencies({ unanswered: new UnansweredLog(notADirectory) }))(interaction);
    expect(embedOf(only(interaction.replies)).description?.startsWith('Not in my sources')).toBe(true);
    expect(errors().map((entry) => entry.message)).toEqual(['could not record an unanswered question']);
  });
});

describe('the buttons under an answer', () => {
  async function answered(deps: AskDependencies, id = '111'): Promise<void> {
    await createAskHandler(deps)(fakeCommand('ask', { question: 'Who led the Russian delegation?' }, { id }));
  }

  it('More shows the next five sentences privately', async () => {
    const deps = dependencies();
    await answered(deps);
    const more = deps.answers.recall('111')?.more ?? [];
    expect(more.length).toBeGreaterThan(5);
    const pressed = await press(deps, customIds.askMore('111'));
    const reply = only(pressed.replies);
    expect(reply.flags).toBe(64);
    expect(embedOf(reply).title).toBe('More for “Who led the Russian delegation?”');
    const sources = (embedOf(reply).description ?? '').split('\n').filter((line) => line.startsWith('— '));
    expect(sources.map((line) => line.slice(line.lastIndexOf('¶')))).toEqual(more.slice(0, 5).map((quote) => `¶${quote.paragraph}`));
  });

  it('Context shows the paragraph around the quote privately, or a notice when it changed', async () => {
    const deps = dependencies();
    const pressed = await press(deps, customIds.askContext(`${SEED_ID}#9.2`));
    const reply = only(pressed.replies);
    expect(reply.flags).toBe(64);
    expect(embedOf(reply).description).toBe(
      'One of the most controversial issues is related to diplomatic assets. **Washington has imposed restrictions on six Russian facilities, including the Killenworth villa on Long Island, the Pioneer Point suburban motel in Maryland, the Russian consulate in San Francisco and Seattle, and two trading facilities in Washington and New York.**',
    );
    const stale = await press(deps, customIds.askContext(`${SEED_ID}#9.3`));
    expect(only(stale.replies)).toEqual({
      content: 'That article has changed since this answer. Ask again to see the current text.',
      allowedMentions: { parse: [] },
      flags: 64,
    });
  });

  it('records one vote per member per answer in the feedback file, also after a restart', async () => {
    const deps = dependencies();
    await answered(deps);
    const first = await press(deps, customIds.askVote('up', '111'), 'user-1');
    expect(only(first.replies)).toEqual({
      content: 'Thanks, your feedback helps the moderators improve my sources.',
      allowedMentions: { parse: [] },
      flags: 64,
    });
    const second = await press(deps, customIds.askVote('down', '111'), 'user-1');
    expect(only(second.replies).content).toBe('You have already rated this answer.');
    const other = await press(deps, customIds.askVote('down', '111'), 'user-2');
    expect(only(other.replies).content).toBe('Thanks, your feedback helps the moderators improve my sources.');

    const stored = await new FeedbackStore(dataDir).all();
    const sentenceIds = [`${SEED_ID}#3.1`];
    expect(stored.map(({ time: _time, ...rest }) => rest)).toEqual([
      { answerKey: '111', userId: 'user-1', vote: 'up', question: 'Who led the Russian delegation?', sentenceIds },
      { answerKey: '111', userId: 'user-2', vote: 'down', question: 'Who led the Russian delegation?', sentenceIds },
    ]);

    // A restart: a new store over the same file, the answer remembered again.
    const restarted = dependencies({ feedback: new FeedbackStore(dataDir) });
    await answered(restarted);
    const afterRestart = await press(restarted, customIds.askVote('up', '111'), 'user-1');
    expect(only(afterRestart.replies).content).toBe('You have already rated this answer.');
    expect(await new FeedbackStore(dataDir).all()).toHaveLength(2);
  });

  it('answers More and the votes on a forgotten answer with a clear notice, recording nothing', async () => {
    const deps = dependencies();
    for (const id of [customIds.askMore('999'), customIds.askVote('up', '999')]) {
      const pressed = await press(deps, id);
      expect(only(pressed.replies)).toEqual({ content: EXPIRED, allowedMentions: { parse: [] }, flags: 64 });
    }
    expect(await deps.feedback.all()).toEqual([]);
  });

  it('opens a close topic privately, and says so when the article was removed meanwhile', async () => {
    let current = seed;
    const deps = dependencies({ knowledge: () => current });
    const shown = await press(deps, customIds.articleShow(SEED_ID));
    expect(only(shown.replies).flags).toBe(64);
    expect(embedOf(only(shown.replies)).title).toBe(SEED_TITLE);

    current = snapshotOf([article({ id: 'another' })]);
    const removed = await press(deps, customIds.articleShow(SEED_ID));
    expect(only(removed.replies)).toEqual({ content: 'That article is no longer in my sources.', allowedMentions: { parse: [] }, flags: 64 });
  });
});
