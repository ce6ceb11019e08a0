import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot, type KnowledgeSnapshot } from '../../src/app/knowledgeService.js';
import { parseCustomId } from '../../src/discord/customIds.js';
import { footerText, notice, renderAnswer, renderMore, type AnswerView } from '../../src/discord/render/answer.js';
import { linkedHeadline, sourceLine } from '../../src/discord/render/sourceLine.js';
import { answerQuestion, type AnswerResult } from '../../src/domain/answer/answer.js';
import { KnowledgeIndex } from '../../src/domain/search/knowledgeIndex.js';
import { SEED_FOLDER, SEED_ID, SEED_TITLE, article, buttonsOf, embedCharacters, embedOf } from './support.js';

const view: AnswerView = {
  answerKey: '1234567890123456789',
  knowledge: { articleCount: 7, lastModified: new Date('2025-04-10T16:40:00Z') },
  private: false,
  targetUserId: null,
};

const HEADLINE = `*${SEED_TITLE}*`;

let seed: KnowledgeSnapshot;
beforeAll(async () => {
  seed = await buildSnapshot(SEED_FOLDER);
});

function ask(question: string, index = seed.index): AnswerResult {
  return answerQuestion(index, question);
}

describe('renderAnswer (answered)', () => {
  it('quotes the sentences as block quotes, each followed by its source line, speaker first when it is not the outlet', () => {
    const payload = renderAnswer(ask('What did Tammy Bruce say about Ukraine?'), view);
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.content).toBeUndefined();
    expect(payload.flags).toBeUndefined();
    const embed = embedOf(payload);
    expect(embed.title).toBe('“What did Tammy Bruce say about Ukraine?”');
    expect(embed.description).toBe(
      [
        '> On April 8, US State Department spokeswoman **Tammy** **Bruce** **said** the issue of **Ukraine** was completely off the agenda, stressing that the negotiations revolved around the activities of embassies.',
        `— Tammy Bruce, US State Department spokeswoman · Reuters, ${HEADLINE}, 10 Apr 2025, ¶5`,
        '',
        '> Ms. **Bruce** also noted that the meeting was not aimed at a comprehensive normalization of bilateral relations, which could only happen if Russia and **Ukraine** reached peace.',
        `— Tammy Bruce, US State Department spokeswoman · Reuters, ${HEADLINE}, 10 Apr 2025, ¶6`,
      ].join('\n'),
    );
    expect(embed.footer?.text).toBe('Searched 7 articles · knowledge updated 2025-04-10 16:40 UTC');
  });

  it('bolds the alias the sentence uses ("led" for "headed") and names no speaker when the outlet itself is credited', () => {
    const description = embedOf(renderAnswer(ask('Who headed the talks?'), view)).description ?? '';
    const [first] = description.split('\n\n');
    expect(first).toBe(
      `> The Russian Foreign Ministry said the **talks** would be **led** by the new Russian Ambassador to Washington, Alexander Darchiev, and US Deputy Assistant Secretary of State Sonata Coulter.\n— Russian Foreign Ministry · Reuters, ${HEADLINE}, 10 Apr 2025, ¶3`,
    );
    // "Reuters reported ..." in a Reuters article: the source line names the outlet once.
    const reported = embedOf(renderAnswer(ask('Who reported on the talks in Istanbul?'), view)).description ?? '';
    expect(reported.split('\n\n')[0]?.split('\n')[1]).toBe(`— Reuters, ${HEADLINE}, 10 Apr 2025, ¶1`);
  });

  it('has More, Context, 👍 and 👎 buttons whose ids parse back to this answer', () => {
    const result = ask('Who led the Russian delegation?');
    const payload = renderAnswer(result, view);
    expect(payload.components).toHaveLength(1);
    expect(payload.components?.[0]?.type).toBe(ComponentType.ActionRow);
    const buttons = buttonsOf(payload);
    expect(buttons.map((b) => [b.label ?? null, b.emoji?.name ?? null, b.style, b.disabled ?? false])).toEqual([
      ['More', null, ButtonStyle.Secondary, false],
      ['Context', null, ButtonStyle.Secondary, false],
      [null, '👍', ButtonStyle.Secondary, false],
      [null, '👎', ButtonStyle.Secondary, false],
    ]);
    expect(buttons.map((b) => parseCustomId(b.custom_id))).toEqual([
      { kind: 'ask-more', answerKey: view.answerKey },
      { kind: 'ask-context', sentenceId: `${SEED_ID}#3.1` },
      { kind: 'ask-vote', vote: 'up', answerKey: view.answerKey },
      { kind: 'ask-vote', vote: 'down', answerKey: view.answerKey },
    ]);
    for (const b of buttons) expect(b.custom_id.length).toBeLessThanOrEqual(100);
  });

  it('disables More when there is nothing more to show', () => {
    const index = new KnowledgeIndex([article({ id: 'solo', paragraphs: ['Alexander Darchiev led the Russian delegation in Istanbul.'] })]);
    const result = ask('Who led the Russian delegation?', index);
    expect(result.kind === 'answered' && result.more).toEqual([]);
    expect(buttonsOf(renderAnswer(result, view)).map((b) => [b.label ?? b.emoji?.name, b.disabled ?? false])).toEqual([
      ['More', true],
      ['Context', false],
      ['👍', false],
      ['👎', false],
    ]);
  });

  it('answers privately with the Ephemeral flag (64) when asked to', () => {
    const payload = renderAnswer(ask('Who led the Russian delegation?'), { ...view, private: true });
    expect(payload.flags).toBe(MessageFlags.Ephemeral);
    expect(payload.flags).toBe(64);
    expect(payload.allowedMentions).toEqual({ parse: [] });
  });

  it('names the target member in the content and allows pinging only them', () => {
    const payload = renderAnswer(ask('Who led the Russian delegation?'), { ...view, targetUserId: '555000111' });
    expect(payload.content).toBe('Answer for <@555000111>');
    expect(payload.allowedMentions).toEqual({ parse: [], users: ['555000111'] });
    expect(payload.flags).toBeUndefined();
  });

  it('links the headline when the article has a URL, escaping parentheses and spaces in it', () => {
    const linked = article({ id: 'linked', title: 'Envoys meet', url: 'https://example.org/a (b)_c' });
    expect(linkedHeadline(linked)).toBe('[Envoys meet](https://example.org/a%20%28b%29_c)');
    expect(linkedHeadline({ ...linked, url: null })).toBe('*Envoys meet*');
  });

  // Was a bug (fixed): linkedHeadline escapes `[` and `]` after escapeForDiscord already escaped a masked link in
  // the title (`[update](url)` → `\[update](url)`), so the `[` ends up as `\\[`: a literal backslash
  // followed by an unescaped `[` (members see a stray "\" and the bracket is live markup again).
  it('escapes a masked link inside a headline exactly once', () => {
    const tricky = article({ id: 'tricky', title: 'Talks [update](https://evil.example)', url: 'https://example.org/story' });
    const inner = /^\[(.*)\]\(https:\/\/example\.org\/story\)$/u.exec(linkedHeadline(tricky))?.[1] ?? '';
    expect(inner).toContain('update');
    // Every bracket inside the link text must be escaped by an odd number of backslashes.
    expect(inner).not.toMatch(/(?<!\\)(?:\\\\)*[[\]]/u);
  });

  it('writes the source line with outlet, headline, date like "10 Apr 2025" and ¶N', () => {
    const result = ask('Where is Pioneer Point?');
    if (result.kind !== 'answered') throw new Error('the seed answers this');
    const [best] = result.answers;
    if (best === undefined) throw new Error('no answer');
    expect(sourceLine(best)).toBe(`— Reuters, ${HEADLINE}, 10 Apr 2025, ¶9`);
  });

  it('escapes markup and mentions from the article and stays within the limits for huge paragraphs', () => {
    const chunk = 'The diplomats *patiently* waited for __visas__ at [the office](https://evil.example) with @everyone and <@123> while ';
    const huge = (id: string): ReturnType<typeof article> =>
      article({ id, title: `Visa queue ${id} grows`, url: `https://example.org/${id}`, paragraphs: [`${chunk.repeat(90)}nothing moved in queue ${id}.`] });
    const index = new KnowledgeIndex([huge('a'), huge('b'), huge('c')]);
    const result = ask('Why did diplomats wait for visas?', index);
    expect(result.kind === 'answered' && result.answers.length).toBe(3);
    const payload = renderAnswer(result, view);
    const embed = embedOf(payload);
    const description = embed.description ?? '';
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(description.endsWith('\n*(cut to fit Discord)*')).toBe(true);
    expect(embedCharacters(payload.embeds ?? [])).toBeLessThanOrEqual(6000);
    expect(description).not.toContain('@everyone');
    expect(description).toContain('@\u200beveryone');
    expect(description).not.toMatch(/<@/u);
    expect(description).toContain('\\*patiently\\*');
    expect(description).toContain('\\_\\_**visas**\\_\\_');
    expect(description).toContain('\\[the office](https://evil.example)');
    // Each quote is cut to 1200 characters before escaping, so the first source line still fits.
    expect(description.startsWith('> The **diplomats**')).toBe(true);
    const firstSource = description.indexOf('\n— Reuters, [Visa queue a grows](https://example.org/a), 10 Apr 2025, ¶1');
    expect(firstSource).toBeGreaterThan(1200);
    expect(firstSource).toBeLessThan(3000);
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.components?.length ?? 0).toBeLessThanOrEqual(5);
  });
});

describe('renderAnswer (declined)', () => {
  it('says "Not in my sources" and offers the close topics as article buttons', () => {
    const result = ask('What did Vladimir Putin say about the talks?');
    expect(result.kind).toBe('declined');
    const payload = renderAnswer(result, view, [...seed.index.articles.values()]);
    const embed = embedOf(payload);
    expect(embed.title).toBe('“What did Vladimir Putin say about the talks?”');
    expect(embed.description).toBe('Not in my sources: none of my articles mentions “Vladimir Putin”.\n\nClose topics I do know about:');
    expect(buttonsOf(payload).map((b) => [b.label, parseCustomId(b.custom_id)])).toEqual([
      [SEED_TITLE, { kind: 'article-show', articleId: SEED_ID }],
    ]);
    expect(payload.allowedMentions).toEqual({ parse: [] });
  });

  it('suggests /search and has no buttons when no topic is close', () => {
    const payload = renderAnswer(ask('How do I reset my router?'), view, []);
    expect(embedOf(payload).description).toBe(
      'Not in my sources: my articles touch on some of those words but do not answer that question.\n\nTry `/search` with a few key words, or `/help`.',
    );
    expect(payload.components).toBeUndefined();
  });

  it('escapes the names a member typed when it repeats them', () => {
    const payload = renderAnswer({ kind: 'declined', question: 'x', reason: { kind: 'unknown-name', names: ['@everyone *Boss*'] } }, view, []);
    expect(embedOf(payload).description).toContain('“@\u200beveryone \\*Boss\\*”');
  });

  it('cuts button labels to 80 characters', () => {
    const long = article({ id: 'long', title: 'Envoys '.repeat(40).trim() });
    const [only] = buttonsOf(renderAnswer({ kind: 'declined', question: 'q', reason: { kind: 'no-match' } }, view, [long]));
    expect(only?.label?.length).toBeLessThanOrEqual(80);
    expect(only?.label?.endsWith(' …')).toBe(true);
  });

  // Was a bug (fixed): renderDecline documents "up to three close topics" (issue 3: "up to 3 close topics") but
  // slices `related` to DISCORD_LIMITS.buttonsPerRow (5); only relatedArticles' default limit keeps
  // the /ask handler at three, so any other caller renders four or five topic buttons.
  it('offers at most three close topics, whatever it is given', () => {
    const related = ['a', 'b', 'c', 'd', 'e'].map((id) => article({ id }));
    const payload = renderAnswer({ kind: 'declined', question: 'q', reason: { kind: 'no-match' } }, view, related);
    expect(buttonsOf(payload)).toHaveLength(3);
  });

  it('keeps the private flag and the target on a decline too', () => {
    const declined: AnswerResult = { kind: 'declined', question: 'q', reason: { kind: 'no-match' } };
    expect(renderAnswer(declined, { ...view, private: true }).flags).toBe(64);
    const targeted = renderAnswer(declined, { ...view, targetUserId: '42' });
    expect(targeted.content).toBe('Answer for <@42>');
    expect(targeted.allowedMentions).toEqual({ parse: [], users: ['42'] });
  });
});

describe('renderMore, footerText, notice', () => {
  it('shows further sentences privately, and says so when there are none', () => {
    const result = ask('Who led the Russian delegation?');
    if (result.kind !== 'answered') throw new Error('the seed answers this');
    const more = renderMore(result.question, result.more.slice(0, 2));
    expect(more.flags).toBe(64);
    expect(embedOf(more).title).toBe('More for “Who led the Russian delegation?”');
    expect((embedOf(more).description ?? '').split('\n\n')).toHaveLength(2);
    expect(renderMore('q', [])).toEqual({
      content: 'That is everything I found for this question.',
      allowedMentions: { parse: [] },
      flags: 64,
    });
  });

  it('words the footer for one article, many, and unknown freshness', () => {
    expect(footerText({ articleCount: 1, lastModified: null })).toBe('Searched 1 article');
    expect(footerText({ articleCount: 0, lastModified: null })).toBe('Searched 0 articles');
    expect(footerText({ articleCount: 12, lastModified: new Date('2025-06-01T08:05:59Z') })).toBe(
      'Searched 12 articles · knowledge updated 2025-06-01 08:05 UTC',
    );
  });

  it('makes a private, mention-free notice within 2000 characters', () => {
    expect(notice('Hello <@1>')).toEqual({ content: 'Hello <@1>', allowedMentions: { parse: [] }, flags: 64 });
    expect(notice('word '.repeat(1000)).content?.length).toBeLessThanOrEqual(2000);
  });
});
