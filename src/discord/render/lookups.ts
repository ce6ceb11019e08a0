import { ButtonStyle, ComponentType, MessageFlags, type APIEmbed } from 'discord.js';
import { formatPublished, type Article } from '../../domain/knowledge/article.js';
import type { Passage } from '../../domain/search/records.js';
import { SEARCH_PAGE_SIZE, type SearchPage } from '../../domain/search/searchPassages.js';
import { customIds } from '../customIds.js';
import { DISCORD_LIMITS, truncateText } from '../limits.js';
import { escapeForDiscord } from '../markdown.js';
import { button, footerText, type KnowledgeFacts } from './answer.js';
import { COLORS, NO_MENTIONS, type ReplyPayload } from './payload.js';
import { linkedHeadline } from './sourceLine.js';

/** Longest passage excerpt in a search result (five per page must fit one embed). */
const MAX_EXCERPT_LENGTH = 650;

/** A page of `/search` results: each paragraph with its article and number, and Prev/Next buttons. */
export function renderSearchPage(page: SearchPage, knowledge: KnowledgeFacts): ReplyPayload {
  if (page.total === 0) {
    return {
      embeds: [
        {
          color: COLORS.declined,
          title: truncateText(`Search: “${page.query}”`, DISCORD_LIMITS.embedTitle),
          description: 'No paragraph of my articles matches those words. Try fewer or different words, or `/help`.',
          footer: { text: footerText(knowledge) },
        },
      ],
      allowedMentions: NO_MENTIONS,
    };
  }
  const first = page.page * SEARCH_PAGE_SIZE;
  const blocks = page.hits.map(({ passage }, i) => {
    const excerpt = escapeForDiscord(truncateText(passage.text, MAX_EXCERPT_LENGTH));
    return `**${first + i + 1}.** ${linkedHeadline(passage.article)} · ${escapeForDiscord(passage.article.source)}, ${formatPublished(passage.article.published)}, ¶${passage.paragraph}\n> ${excerpt}`;
  });
  const embed: APIEmbed = {
    color: COLORS.answer,
    title: truncateText(`Search: “${page.query}”`, DISCORD_LIMITS.embedTitle),
    description: truncateText(blocks.join('\n\n'), DISCORD_LIMITS.embedDescription, '\n*(cut to fit Discord)*'),
    footer: { text: `Page ${page.page + 1} of ${page.pageCount} · ${page.total} matching paragraph${page.total === 1 ? '' : 's'}` },
  };
  const components =
    page.pageCount > 1
      ? [
          {
            type: ComponentType.ActionRow as const,
            components: [
              button(customIds.searchPage(page.page - 1, page.query), 'Prev', ButtonStyle.Secondary, page.page === 0),
              button(customIds.searchPage(page.page + 1, page.query), 'Next', ButtonStyle.Secondary, page.page >= page.pageCount - 1),
            ],
          },
        ]
      : [];
  return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}

/** An article card: headline (linked), outlet, date, first paragraph, number of paragraphs, id. */
export function renderArticleCard(article: Article, ephemeral = false): ReplyPayload {
  const embed: APIEmbed = {
    color: COLORS.answer,
    author: { name: truncateText(article.source, DISCORD_LIMITS.embedAuthor) },
    title: truncateText(article.title, DISCORD_LIMITS.embedTitle),
    ...(article.url === null ? {} : { url: article.url }),
    description: truncateText(escapeForDiscord(article.paragraphs[0] ?? ''), 1500, ' … *(continued)*'),
    fields: [
      { name: 'Published', value: formatPublished(article.published), inline: true },
      { name: 'Paragraphs', value: String(article.paragraphs.length), inline: true },
      { name: 'Id', value: `\`${article.id}\``, inline: true },
    ],
    footer: { text: 'Ask about it with /ask' },
  };
  return { embeds: [embed], allowedMentions: NO_MENTIONS, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

/** The whole paragraph around a quote, privately (the Context button). */
export function renderContext(passage: Passage, quoted: string): ReplyPayload {
  const text = escapeForDiscord(passage.text);
  const quotedEscaped = escapeForDiscord(quoted);
  // Bold the quoted sentence inside its paragraph so the reader sees where it sits.
  const marked = quotedEscaped.length > 0 ? text.replace(quotedEscaped, `**${quotedEscaped}**`) : text;
  return {
    embeds: [
      {
        color: COLORS.answer,
        title: truncateText(passage.article.title, DISCORD_LIMITS.embedTitle),
        ...(passage.article.url === null ? {} : { url: passage.article.url }),
        description: truncateText(marked, DISCORD_LIMITS.embedDescription, '\n*(cut to fit Discord)*'),
        footer: {
          text: truncateText(`${passage.article.source}, ${formatPublished(passage.article.published)}, paragraph ${passage.paragraph} of ${passage.article.paragraphs.length}`, DISCORD_LIMITS.embedFooter),
        },
      },
    ],
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
}

/** `/help`: the commands with examples, and the size and freshness of the knowledge. */
export function renderHelp(knowledge: KnowledgeFacts & { readonly passageCount: number }, moderatorCommands: boolean): ReplyPayload {
  const updated = knowledge.lastModified === null ? 'never' : `<t:${Math.floor(knowledge.lastModified.getTime() / 1000)}:R>`;
  const lines = [
    'I answer questions about the news story my moderators curate, quoting the exact sentences of my sources: outlet, headline, date and paragraph. If my sources do not say, I tell you so instead of guessing.',
    '',
    '**`/ask`** a question in plain words: `/ask question: Who led the Russian delegation?`',
    '  add `private: True` to see the answer alone, or `target:` to answer for someone.',
    '**`/search`** paragraphs by keyword: `/search query: visas diplomats`',
    '**`/article`** shows an article: start typing a headline in `id:`.',
    ...(moderatorCommands ? ['**`/knowledge`** (moderators): add, import, edit, remove, undo, history, gaps, aliases.'] : []),
    '',
    `I know **${knowledge.articleCount}** article${knowledge.articleCount === 1 ? '' : 's'} (${knowledge.passageCount} paragraph${knowledge.passageCount === 1 ? '' : 's'}), last updated ${updated}.`,
  ];
  return {
    embeds: [{ color: COLORS.answer, title: 'Parley: answers with sources', description: lines.join('\n') }],
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  };
}
