import type { CommandName } from '../../commands/index.js';
import type { ParsedCustomId } from './customIds.js';
import { createAskButtonHandler, createAskHandler, type AskDependencies } from './handlers/ask.js';
import {
  createArticleAutocomplete,
  createArticleHandler,
  createHelpHandler,
  createSearchHandler,
  createSearchPageHandler,
} from './handlers/lookups.js';
import type { AutocompleteHandler, ButtonHandler, CommandHandler, RouteTable } from './router.js';

/**
 * The route table: one handler per slash command, per autocompleted command and per button kind.
 * Typed by the command names of `commands/`, so a definition without a handler does not compile
 * (and a test checks the same at run time).
 */
export function createRoutes(deps: AskDependencies): RouteTable {
  const commands: Record<CommandName, CommandHandler> = {
    ask: createAskHandler(deps),
    search: createSearchHandler(deps.knowledge),
    article: createArticleHandler(deps.knowledge),
    help: createHelpHandler(deps.knowledge, false),
  };
  const autocompletes: Partial<Record<CommandName, AutocompleteHandler>> = {
    article: createArticleAutocomplete(deps.knowledge),
  };
  const askButtons = createAskButtonHandler(deps);
  const searchPage = createSearchPageHandler(deps.knowledge);
  const buttons: Record<ParsedCustomId['kind'], ButtonHandler> = {
    'ask-more': askButtons,
    'ask-context': askButtons,
    'ask-vote': askButtons,
    'article-show': askButtons,
    'search-page': (interaction, id) => (id.kind === 'search-page' ? searchPage(interaction, id) : Promise.reject(new Error('misrouted button'))),
  };
  return {
    commands: new Map(Object.entries(commands)),
    autocompletes: new Map(Object.entries(autocompletes)),
    buttons: new Map(Object.entries(buttons) as [ParsedCustomId['kind'], ButtonHandler][]),
  };
}
