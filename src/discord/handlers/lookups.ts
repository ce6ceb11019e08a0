import { MessageFlags } from 'discord.js';
import type { KnowledgeSnapshot } from '../../app/knowledgeService.js';
import { formatPublished, isArticleId } from '../../domain/knowledge/article.js';
import { searchPassagePages } from '../../domain/search/searchPassages.js';
import { suggestArticles } from '../../domain/search/suggestArticles.js';
import type { ParsedCustomId } from '../customIds.js';
import { DISCORD_LIMITS, truncateText } from '../limits.js';
import { escapeForDiscord } from '../markdown.js';
import { notice } from '../render/answer.js';
import { renderArticleCard, renderHelp, renderSearchPage } from '../render/lookups.js';
import { knowledgeFacts } from './ask.js';
import type { AutocompleteInteractionLike, ButtonInteractionLike, CommandInteractionLike } from './types.js';

type Knowledge = () => KnowledgeSnapshot;

/** `/search query:`: the first page of matching paragraphs. */
export function createSearchHandler(knowledge: Knowledge) {
  return async (interaction: CommandInteractionLike): Promise<void> => {
    const query = interaction.options.getString('query', true).trim();
    const snapshot = knowledge();
    await interaction.reply(renderSearchPage(searchPassagePages(snapshot.index, query, 0), knowledgeFacts(snapshot)));
  };
}

/**
 * Prev/Next under search results. The member who searched turns the page in place; anyone else
 * gets the page privately, so one member cannot flip another's results.
 */
export function createSearchPageHandler(knowledge: Knowledge) {
  return async (interaction: ButtonInteractionLike, id: Extract<ParsedCustomId, { kind: 'search-page' }>): Promise<void> => {
    const snapshot = knowledge();
    const payload = renderSearchPage(searchPassagePages(snapshot.index, id.query, id.page), knowledgeFacts(snapshot));
    const owner = interaction.message.interactionMetadata?.user.id;
    if (owner === undefined || owner === interaction.user.id) await interaction.update(payload);
    else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
  };
}

/** `/article id:`: the article's card; a typed headline that was not picked from the list is looked up too. */
export function createArticleHandler(knowledge: Knowledge) {
  return async (interaction: CommandInteractionLike): Promise<void> => {
    const typed = interaction.options.getString('id', true).trim();
    const index = knowledge().index;
    const article = (isArticleId(typed) ? index.articles.get(typed) : undefined) ?? suggestArticles(index, typed, 1)[0];
    if (article === undefined) {
      await interaction.reply(
        notice(`I have no article “${escapeForDiscord(truncateText(typed, 80))}”. Start typing a headline in the id box and pick one from the list.`),
      );
      return;
    }
    await interaction.reply(renderArticleCard(article));
  };
}

/** Autocomplete for article ids: exact id, then headline words, then text matches; newest when empty. */
export function createArticleAutocomplete(knowledge: Knowledge) {
  return async (interaction: AutocompleteInteractionLike): Promise<void> => {
    const suggestions = suggestArticles(knowledge().index, interaction.options.getFocused(), DISCORD_LIMITS.autocompleteChoices);
    await interaction.respond(
      suggestions.map((article) => ({
        name: truncateText(`${article.title} (${article.source}, ${formatPublished(article.published)})`, DISCORD_LIMITS.choiceName),
        value: article.id,
      })),
    );
  };
}

/** `/help`: commands, examples, and the size and freshness of the knowledge. */
export function createHelpHandler(knowledge: Knowledge, moderatorCommands: boolean) {
  return async (interaction: CommandInteractionLike): Promise<void> => {
    const snapshot = knowledge();
    await interaction.reply(renderHelp({ ...knowledgeFacts(snapshot), passageCount: snapshot.index.passageCount }, moderatorCommands));
  };
}
