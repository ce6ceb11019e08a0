import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/** `/help`: what Parley can do, with examples and the state of its knowledge. */
export const helpCommand = {
  type: ApplicationCommandType.ChatInput,
  name: 'help',
  description: 'What I can do, with examples',
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
