import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

/** Longest question Discord lets a member type into `/ask`. */
export const ASK_QUESTION_MAX_LENGTH = 300;

/** `/ask question:<text> private:<bool> target:<user>`: quoted answers with their sources. */
export const askCommand = {
  type: ApplicationCommandType.ChatInput,
  name: 'ask',
  description: 'Ask about the story: I answer with quoted sentences and their sources',
  // Servers and direct messages with the bot; explicit so registration compares exactly.
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question, e.g. "Who led the Russian delegation?"',
      required: true,
      min_length: 2,
      max_length: ASK_QUESTION_MAX_LENGTH,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'private',
      description: 'Only you see the answer',
    },
    {
      type: ApplicationCommandOptionType.User,
      name: 'target',
      description: 'Answer for this member (they are pinged)',
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
