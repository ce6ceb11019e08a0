import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { articleCommand } from './article.js';
import { askCommand } from './ask.js';
import { helpCommand } from './help.js';
import { knowledgeCommand } from './knowledge.js';
import { searchCommand } from './search.js';

/** Every slash command Parley registers, in the order `/help` lists them. */
export const allCommands = [
  askCommand,
  searchCommand,
  articleCommand,
  helpCommand,
  knowledgeCommand,
] as const satisfies readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];

/** The name of one of Parley's slash commands. */
export type CommandName = (typeof allCommands)[number]['name'];
