import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

/** `/help`: what Parley can do, with examples and the state of its knowledge. */
export const helpCommand = {
  type: ApplicationCommandType.ChatInput,
  name: 'help',
  description: 'What I can do, with examples',
  // Servers and direct messages with the bot; explicit so registration compares exactly.
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
