import type { CommandName } from '../../commands/index.js';
import type { ParsedCustomId } from './customIds.js';
import { createAskButtonHandler, createAskHandler, type AskDependencies } from './handlers/ask.js';
import { createKnowledgeHandlers, type KnowledgeCommandDependencies } from './handlers/knowledge.js';
import {
  createArticleAutocomplete,
  createArticleHandler,
  createHelpHandler,
  createSearchHandler,
  createSearchPageHandler,
} from './handlers/lookups.js';
import type { AutocompleteHandler, ButtonHandler, ButtonKind, CommandHandler, ModalHandler, ModalKind, RouteTable } from './router.js';

/** What the route table is built from: the members' services and the moderators'. */
export interface RouteDependencies {
  readonly ask: AskDependencies;
  readonly curation: Omit<KnowledgeCommandDependencies, 'knowledge'>;
}

/**
 * The route table: one handler per slash command, per autocompleted command, per button kind and
 * per form. Typed by the command names of `commands/` and the custom id kinds, so a definition
 * without a handler does not compile (and a test checks the same at run time).
 */
export function createRoutes(deps: RouteDependencies): RouteTable {
  const { knowledge } = deps.ask;
  const moderation = createKnowledgeHandlers({ ...deps.curation, knowledge });
  const commands: Record<CommandName, CommandHandler> = {
    ask: createAskHandler(deps.ask),
    search: createSearchHandler(knowledge),
    article: createArticleHandler(knowledge),
    help: createHelpHandler(knowledge, true),
    knowledge: moderation.command,
  };
  const articleIds = createArticleAutocomplete(knowledge);
  const autocompletes: Partial<Record<CommandName, AutocompleteHandler>> = { article: articleIds, knowledge: articleIds };

  const askButtons = createAskButtonHandler(deps.ask);
  const searchPage = createSearchPageHandler(knowledge);
  const moderatorButtons: ButtonHandler = (interaction, id) => moderation.buttons(interaction, id);
  const buttons: Record<ButtonKind, ButtonHandler> = {
    'ask-more': askButtons,
    'ask-context': askButtons,
    'ask-vote': askButtons,
    'article-show': askButtons,
    'search-page': (interaction, id) => (id.kind === 'search-page' ? searchPage(interaction, id) : Promise.reject(new Error('misrouted button'))),
    'kn-remove': moderatorButtons,
    'kn-cancel': moderatorButtons,
    'kn-publish': moderatorButtons,
    'kn-discard': moderatorButtons,
    'kn-list': moderatorButtons,
  };
  const moderatorForms: ModalHandler = (interaction, id) => moderation.modals(interaction, id);
  const modals: Record<ModalKind, ModalHandler> = { 'kn-add-form': moderatorForms, 'kn-edit-form': moderatorForms };
  return {
    commands: new Map(Object.entries(commands)),
    autocompletes: new Map(Object.entries(autocompletes)),
    buttons: new Map(Object.entries(buttons) as [ParsedCustomId['kind'], ButtonHandler][]),
    modals: new Map(Object.entries(modals) as [ParsedCustomId['kind'], ModalHandler][]),
  };
}
