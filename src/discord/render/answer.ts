import { ButtonStyle, ComponentType, MessageFlags, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { AnswerResult, QuotedSentence } from '../../domain/answer/answer.js';
import { MAX_RELATED_ARTICLES } from '../../domain/answer/relatedArticles.js';
import type { Article } from '../../domain/knowledge/article.js';
import { declineMessage } from '../../app/declineMessage.js';
import { customIds } from '../customIds.js';
import { DISCORD_LIMITS, truncateText } from '../limits.js';
import { escapeForDiscord, highlightMatches } from '../markdown.js';
import { COLORS, NO_MENTIONS, type ReplyPayload } from './payload.js';
import { sourceLine } from './sourceLine.js';

/** What the footer says about the knowledge the answer came from. */
export interface KnowledgeFacts {
  readonly articleCount: number;
  readonly lastModified: Date | null;
}

/** How an answer is shown. */
export interface AnswerView {
  /** Id of the `/ask` interaction; the buttons refer to the answer by it. */
  readonly answerKey: string;
  readonly knowledge: KnowledgeFacts;
  /** Show only to the asker. */
  readonly private: boolean;
  /** Member the answer is for: named in the content and the only one pinged. */
  readonly targetUserId: string | null;
}

/** Longest quoted sentence shown in full; longer ones are cut at a sentence boundary. */
const MAX_QUOTE_LENGTH = 1200;

/**
 * The reply to `/ask`: an embed with the question, the quoted sentences (question words in bold),
 * each followed by its source line, a footer on the knowledge searched, and the More / Context /
 * 👍 / 👎 buttons. A decline gets {@link renderDecline} instead.
 */
export function renderAnswer(result: AnswerResult, view: AnswerView, related: readonly Article[] = []): ReplyPayload {
  if (result.kind === 'declined') return renderDecline(result.question, declineMessage(result.reason), related, view);
  const embed: APIEmbed = {
    color: COLORS.answer,
    title: truncateText(`“${result.question}”`, DISCORD_LIMITS.embedTitle),
    description: quotesDescription(result.answers),
    footer: { text: footerText(view.knowledge) },
  };
  const buttons: APIButtonComponent[] = [
    button(customIds.askMore(view.answerKey), 'More', ButtonStyle.Secondary, result.more.length === 0),
    button(customIds.askContext(result.answers[0]?.sentenceId ?? ''), 'Context', ButtonStyle.Secondary, result.answers.length === 0),
    button(customIds.askVote('up', view.answerKey), '', ButtonStyle.Secondary, false, '👍'),
    button(customIds.askVote('down', view.answerKey), '', ButtonStyle.Secondary, false, '👎'),
  ];
  return withAudience(
    { embeds: [embed], components: [{ type: ComponentType.ActionRow, components: buttons }], allowedMentions: NO_MENTIONS },
    view,
  );
}

/** The quotes of an answer as embed text, each a block quote followed by its source line. */
export function quotesDescription(answers: readonly QuotedSentence[]): string {
  const blocks = answers.map((answer) => {
    const quote = highlightMatches(truncateText(answer.text, MAX_QUOTE_LENGTH), answer.matchedTerms);
    return `> ${quote}\n${sourceLine(answer)}`;
  });
  return truncateText(blocks.join('\n\n'), DISCORD_LIMITS.embedDescription, '\n*(cut to fit Discord)*');
}

/** "Searched 7 articles · knowledge updated 10 Apr 2025 16:40 UTC". */
export function footerText(knowledge: KnowledgeFacts): string {
  const articles = `Searched ${knowledge.articleCount} article${knowledge.articleCount === 1 ? '' : 's'}`;
  if (knowledge.lastModified === null) return articles;
  const when = knowledge.lastModified.toISOString().replace('T', ' ').slice(0, 16);
  return `${articles} · knowledge updated ${when} UTC`;
}

/**
 * "Not in my sources": the reason, and up to three close topics Parley does know as buttons that
 * open the article card.
 */
export function renderDecline(question: string, reason: string, related: readonly Article[], view: AnswerView): ReplyPayload {
  const known = related.length > 0 ? '\n\nClose topics I do know about:' : '\n\nTry `/search` with a few key words, or `/help`.';
  const embed: APIEmbed = {
    color: COLORS.declined,
    title: truncateText(`“${question}”`, DISCORD_LIMITS.embedTitle),
    description: `${escapeForDiscord(reason)}${known}`,
    footer: { text: footerText(view.knowledge) },
  };
  const buttons = related.slice(0, MAX_RELATED_ARTICLES).map((article) =>
    button(customIds.articleShow(article.id), truncateText(article.title, DISCORD_LIMITS.buttonLabel), ButtonStyle.Secondary),
  );
  return withAudience(
    {
      embeds: [embed],
      ...(buttons.length > 0 ? { components: [{ type: ComponentType.ActionRow, components: buttons }] } : {}),
      allowedMentions: NO_MENTIONS,
    },
    view,
  );
}

/** Further sentences for the More button, privately. */
export function renderMore(question: string, more: readonly QuotedSentence[]): ReplyPayload {
  if (more.length === 0) return notice('That is everything I found for this question.');
  return {
    embeds: [{ color: COLORS.answer, title: truncateText(`More for “${question}”`, DISCORD_LIMITS.embedTitle), description: quotesDescription(more) }],
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
}

/** A private one-line reply: confirmations, refusals, cooldowns, expired buttons. */
export function notice(text: string): ReplyPayload {
  return { content: truncateText(text, DISCORD_LIMITS.content), allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral };
}

function withAudience(payload: ReplyPayload, view: AnswerView): ReplyPayload {
  if (view.private) return { ...payload, flags: MessageFlags.Ephemeral };
  if (view.targetUserId === null) return payload;
  return { ...payload, content: `Answer for <@${view.targetUserId}>`, allowedMentions: { parse: [], users: [view.targetUserId] } };
}

/** A button with a custom id (a label, an emoji, or both). */
export function button(
  customId: string,
  label: string,
  style: ButtonStyle.Secondary | ButtonStyle.Primary | ButtonStyle.Danger | ButtonStyle.Success,
  disabled = false,
  emoji?: string,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    custom_id: customId.slice(0, DISCORD_LIMITS.customId),
    style,
    ...(label === '' ? {} : { label }),
    ...(emoji === undefined ? {} : { emoji: { name: emoji } }),
    ...(disabled ? { disabled: true } : {}),
  };
}
