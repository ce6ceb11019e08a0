import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

/** `/article id:<autocomplete>`: an article's card. */
export const articleCommand = {
  type: ApplicationCommandType.ChatInput,
  name: 'article',
  description: 'Show one of my articles: headline, outlet, date, link and opening',
  // Servers and direct messages with the bot; explicit so registration compares exactly.
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'id',
      description: 'Start typing a headline or an id',
      required: true,
      autocomplete: true,
      max_length: 100,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
