import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  TextInputStyle,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
} from 'discord.js';
import type { ChangeNotice, Gap } from '../../app/curation.js';
import type { ArticleInput } from '../../app/curation.js';
import type { Article } from '../../domain/knowledge/article.js';
import { formatPublished } from '../../domain/knowledge/article.js';
import type { ChangeRecord } from '../../domain/knowledge/knowledgeStore.js';
import type { AliasGroups } from '../../domain/search/aliases.js';
import { customIds } from '../customIds.js';
import { DISCORD_LIMITS, truncateText } from '../limits.js';
import { escapeForDiscord } from '../markdown.js';
import { button } from './answer.js';
import { COLORS, NO_MENTIONS, type ReplyPayload } from './payload.js';
import { linkedHeadline } from './sourceLine.js';

/** Articles per page of `/knowledge list`. */
export const LIST_PAGE_SIZE = 10;

/** Longest text a modal field holds (Discord's limit). */
export const MODAL_TEXT_LIMIT = 4000;

const ACTION_WORDS: Record<ChangeRecord['action'], string> = {
  add: 'added',
  import: 'imported',
  edit: 'edited',
  remove: 'removed',
  aliases: 'changed the aliases',
  undo: 'undid a change to',
};

/** A private confirmation of a change, with the article's headline and id when there is one. */
export function renderChangeDone(summary: string, article: Article | null): ReplyPayload {
  const embed: APIEmbed = { color: COLORS.answer, description: truncateText(`✅ ${capitalise(summary)}.`, DISCORD_LIMITS.embedDescription) };
  if (article !== null) {
    embed.fields = [
      { name: 'Article', value: truncateText(linkedHeadline(article), DISCORD_LIMITS.embedFieldValue), inline: false },
      { name: 'Outlet', value: truncateText(escapeForDiscord(article.source), 200), inline: true },
      { name: 'Published', value: formatPublished(article.published), inline: true },
      { name: 'Paragraphs', value: String(article.paragraphs.length), inline: true },
    ];
    embed.footer = { text: `Live now: /ask uses it. /knowledge undo reverts it. Id: ${article.id}` };
  }
  return { embeds: [embed], allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral };
}

/** "Remove …?" with Remove / Cancel buttons that expire at `expiresAt`. */
export function renderRemoveConfirmation(article: Article, expiresAt: number): ReplyPayload {
  return {
    embeds: [
      {
        color: COLORS.error,
        title: 'Remove this article?',
        description: `${linkedHeadline(article)}\n${escapeForDiscord(article.source)}, ${formatPublished(article.published)} · \`${article.id}\`\n\nIts last version is kept, and \`/knowledge undo\` brings it back. This confirmation expires <t:${Math.floor(expiresAt / 1000)}:R>.`,
      },
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          button(customIds.knowledgeRemove(article.id, expiresAt), 'Remove', ButtonStyle.Danger),
          button(customIds.knowledgeCancel(), 'Cancel', ButtonStyle.Secondary),
        ],
      },
    ],
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
}

/** The latest changes: when, who, what, which article. */
export function renderHistory(records: readonly ChangeRecord[], articleId: string | null): ReplyPayload {
  const lines = records.map((record) => {
    const when = `<t:${Math.floor(Date.parse(record.time) / 1000)}:f>`;
    const what = record.id === 'aliases' && record.action !== 'undo' ? ACTION_WORDS.aliases : `${ACTION_WORDS[record.action]} “${escapeForDiscord(record.title ?? record.id)}” \`${record.id}\``;
    const reverted = record.reverts === undefined ? '' : ` (reverting #${record.reverts})`;
    return `**#${record.seq}** ${when} · ${escapeForDiscord(record.userTag)} ${what}${reverted}`;
  });
  return {
    embeds: [
      {
        color: COLORS.answer,
        title: articleId === null ? 'Latest knowledge changes' : `Changes to ${articleId}`,
        description: truncateText(lines.length > 0 ? lines.join('\n') : 'No changes yet.', DISCORD_LIMITS.embedDescription),
      },
    ],
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
}

/** A page of all articles, newest first, with Prev/Next. */
export function renderArticleList(articles: readonly Article[], page: number): ReplyPayload {
  const pages = Math.max(1, Math.ceil(articles.length / LIST_PAGE_SIZE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const shown = articles.slice(current * LIST_PAGE_SIZE, (current + 1) * LIST_PAGE_SIZE);
  const lines = shown.map((article) => `• ${linkedHeadline(article)} · ${escapeForDiscord(article.source)}, ${formatPublished(article.published)} · \`${article.id}\``);
  return {
    embeds: [
      {
        color: COLORS.answer,
        title: `Articles (${articles.length})`,
        description: truncateText(lines.length > 0 ? lines.join('\n') : 'No articles yet. Add one with /knowledge add.', DISCORD_LIMITS.embedDescription),
        footer: { text: `Page ${current + 1} of ${pages}` },
      },
    ],
    components:
      pages > 1
        ? [
            {
              type: ComponentType.ActionRow,
              components: [
                button(customIds.knowledgeList(Math.max(0, current - 1)), 'Prev', ButtonStyle.Secondary, current === 0),
                button(customIds.knowledgeList(current + 1), 'Next', ButtonStyle.Secondary, current >= pages - 1),
              ],
            },
          ]
        : [],
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
}

/** Unanswered questions, grouped and counted, most recent first. */
export function renderGaps(gaps: readonly Gap[], total: number): ReplyPayload {
  const lines = gaps.map((gap) => `**${gap.count}×** ${escapeForDiscord(truncateText(gap.question, 200))} · last <t:${Math.floor(Date.parse(gap.lastAsked) / 1000)}:R>`);
  return {
    embeds: [
      {
        color: COLORS.answer,
        title: 'Questions I could not answer',
        description: truncateText(lines.length > 0 ? lines.join('\n') : 'None so far: every question found an answer.', DISCORD_LIMITS.embedDescription),
        footer: { text: `${total} unanswered question${total === 1 ? '' : 's'} logged · add articles or aliases to cover them` },
      },
    ],
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
}

/** The curated alias groups. */
export function renderAliases(groups: AliasGroups): ReplyPayload {
  const lines = groups.map((group, i) => `${i + 1}. ${group.map((member) => escapeForDiscord(member)).join(' ⇄ ')}`);
  return {
    embeds: [
      {
        color: COLORS.answer,
        title: 'Curated aliases',
        description: truncateText(
          lines.length > 0 ? lines.join('\n') : 'None yet. Add one with /knowledge aliases add words: Turkey, Türkiye',
          DISCORD_LIMITS.embedDescription,
        ),
        footer: { text: 'Countries and their adjectives, and common news synonyms, are built in.' },
      },
    ],
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
}

/** What an import found, for the moderator to check before publishing. */
export function renderImportPreview(draft: ArticleInput, draftKey: string, note: string | null): ReplyPayload {
  const paragraphs = draft.text.split(/\n\s*\n/u);
  const opening = paragraphs.slice(0, 3).map((paragraph) => `> ${escapeForDiscord(truncateText(paragraph, 600))}`).join('\n');
  return {
    embeds: [
      {
        color: COLORS.answer,
        author: { name: truncateText(draft.source, DISCORD_LIMITS.embedAuthor) },
        title: truncateText(draft.title, DISCORD_LIMITS.embedTitle),
        ...(draft.url === null ? {} : { url: draft.url }),
        description: truncateText(`${opening}\n\n${paragraphs.length} paragraphs · ${formatPublished(draft.published)}${note === null ? '' : `\n⚠️ ${note}`}`, DISCORD_LIMITS.embedDescription),
        footer: { text: 'Check the headline, outlet, date and text, then Publish. Nothing is saved until you do.' },
      },
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          button(customIds.knowledgePublish(draftKey), 'Publish', ButtonStyle.Success),
          button(customIds.knowledgeDiscard(draftKey), 'Cancel', ButtonStyle.Secondary),
        ],
      },
    ],
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
}

/**
 * The article form (a modal): headline, outlet, date, link and text. Prefilled when editing. Text
 * longer than a modal holds cannot be edited here (the caller asks for a file instead).
 */
export function articleForm(customId: string, heading: string, values?: ArticleInput): APIModalInteractionResponseCallbackData {
  const field = (id: string, label: string, style: TextInputStyle, max: number, required: boolean, value?: string, placeholder?: string) => ({
    type: ComponentType.ActionRow as const,
    components: [
      {
        type: ComponentType.TextInput as const,
        custom_id: id,
        label,
        style,
        max_length: max,
        required,
        ...(value === undefined || value === '' ? {} : { value }),
        ...(placeholder === undefined ? {} : { placeholder }),
      },
    ],
  });
  return {
    custom_id: customId,
    title: heading,
    components: [
      field('title', 'Headline', TextInputStyle.Short, 256, true, values?.title),
      field('source', 'Outlet (e.g. Reuters)', TextInputStyle.Short, 100, true, values?.source),
      field('published', 'Published (YYYY-MM-DD)', TextInputStyle.Short, 10, true, values?.published, '2025-04-10'),
      field('url', 'Link (optional)', TextInputStyle.Short, 500, false, values?.url ?? undefined, 'https://…'),
      field('text', 'Text: paragraphs separated by a blank line', TextInputStyle.Paragraph, MODAL_TEXT_LIMIT, true, values?.text),
    ],
  };
}

/** The mod-log post for a change: who, what, which article (mentions suppressed). */
export function renderModLog(notice: ChangeNotice): ReplyPayload {
  const article = notice.article;
  const embed: APIEmbed = {
    color: COLORS.answer,
    description: truncateText(`**${escapeForDiscord(notice.actor.tag)}** ${escapeForDiscord(notice.summary)}`, DISCORD_LIMITS.embedDescription),
    footer: { text: `Change #${notice.record.seq} · /knowledge undo reverts the latest change` },
    timestamp: notice.record.time,
  };
  if (article !== null) embed.fields = [{ name: 'Article card', value: truncateText(`${linkedHeadline(article)} · \`/article id:${article.id}\``, DISCORD_LIMITS.embedFieldValue) }];
  return { embeds: [embed], allowedMentions: NO_MENTIONS };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
