import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

const articleId = (description: string, required: boolean) =>
  ({ type: ApplicationCommandOptionType.String, name: 'id', description, required, autocomplete: true, max_length: 64 }) as const;

/**
 * `/knowledge …`: the moderators' commands. Discord shows them only to members with Manage Server
 * (server admins can widen that in Server Settings → Integrations); Parley checks again itself,
 * also accepting the roles in `MODERATOR_ROLE_IDS`.
 */
export const knowledgeCommand = {
  type: ApplicationCommandType.ChatInput,
  name: 'knowledge',
  description: 'Curate what Parley knows (moderators)',
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'add',
      description: 'Add an article: attach a .md file, or a .txt with the fields below, or fill in a form',
      options: [
        { type: ApplicationCommandOptionType.Attachment, name: 'file', description: 'A .md knowledge file, or a .txt body' },
        { type: ApplicationCommandOptionType.String, name: 'title', description: 'Headline (for a .txt file)', max_length: 256 },
        { type: ApplicationCommandOptionType.String, name: 'source', description: 'Outlet, e.g. Reuters (for a .txt file)', max_length: 100 },
        { type: ApplicationCommandOptionType.String, name: 'published', description: 'Date, YYYY-MM-DD (for a .txt file)', max_length: 10 },
        { type: ApplicationCommandOptionType.String, name: 'url', description: 'Link to the story (optional)', max_length: 500 },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'import',
      description: 'Import a news page by its link: preview first, then publish',
      options: [{ type: ApplicationCommandOptionType.String, name: 'url', description: 'The page, https://…', required: true, max_length: 500 }],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'edit',
      description: 'Edit an article in a form, or replace it with an attached .md file',
      options: [articleId('The article to edit', true), { type: ApplicationCommandOptionType.Attachment, name: 'file', description: 'A replacement .md file (for long articles)' }],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'remove',
      description: 'Remove an article (asks to confirm; undo brings it back)',
      options: [articleId('The article to remove', true)],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'undo', description: 'Revert the most recent change' },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'history',
      description: 'The latest changes: when, who, what',
      options: [articleId('Only this article', false)],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'list', description: 'All articles' },
    { type: ApplicationCommandOptionType.Subcommand, name: 'reload', description: 'Re-read the knowledge folder after edits on the server' },
    { type: ApplicationCommandOptionType.Subcommand, name: 'gaps', description: 'Questions I could not answer, grouped and counted' },
    {
      type: ApplicationCommandOptionType.SubcommandGroup,
      name: 'aliases',
      description: 'Words readers use for the same thing (Turkey ⇄ Türkiye)',
      options: [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: 'add',
          description: 'Add a group of words that mean the same thing',
          options: [{ type: ApplicationCommandOptionType.String, name: 'words', description: 'Comma-separated, e.g. envoy, ambassador', required: true, max_length: 300 }],
        },
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: 'remove',
          description: 'Remove the groups that contain a word',
          options: [{ type: ApplicationCommandOptionType.String, name: 'word', description: 'A word of the group', required: true, max_length: 60 }],
        },
        { type: ApplicationCommandOptionType.Subcommand, name: 'list', description: 'The curated alias groups' },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
