import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

/** Longest `/search` query; short enough to travel inside the page buttons' ids. */
export const SEARCH_QUERY_MAX_LENGTH = 80;

/** `/search query:<text>`: matching paragraphs, five a page. */
export const searchCommand = {
  type: ApplicationCommandType.ChatInput,
  name: 'search',
  description: 'Find the paragraphs of my articles that mention something',
  // Servers and direct messages with the bot; explicit so registration compares exactly.
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'query',
      description: 'Words to look for, e.g. "visas diplomats"',
      required: true,
      min_length: 2,
      max_length: SEARCH_QUERY_MAX_LENGTH,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
