import { randomBytes } from 'node:crypto';
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction, ModalSubmitInteraction } from 'discord.js';
import type { Logger } from '../app/logger.js';
import { parseCustomId, type ParsedCustomId } from './customIds.js';
import { notice } from './render/answer.js';
import type { ReplyPayload } from './render/payload.js';

/*
 * Handlers declare the narrow interaction shapes they use (`handlers/types.ts`); the table is typed
 * with discord.js's classes, so the compiler checks that those satisfy the shapes.
 */
export type CommandHandler = (interaction: ChatInputCommandInteraction) => Promise<void>;
export type AutocompleteHandler = (interaction: AutocompleteInteraction) => Promise<void>;
export type ButtonHandler = (interaction: ButtonInteraction, id: ParsedCustomId) => Promise<void>;
export type ModalHandler = (interaction: ModalSubmitInteraction, id: ParsedCustomId) => Promise<void>;

/** Custom ids of forms (modals); all other custom ids are buttons. */
export const MODAL_KINDS = ['kn-add-form', 'kn-edit-form'] as const satisfies readonly ParsedCustomId['kind'][];
export type ModalKind = (typeof MODAL_KINDS)[number];
export type ButtonKind = Exclude<ParsedCustomId['kind'], ModalKind>;

/** Every handler, keyed by command name, button kind or form kind. Built explicitly by the composition root. */
export interface RouteTable {
  readonly commands: ReadonlyMap<string, CommandHandler>;
  readonly autocompletes: ReadonlyMap<string, AutocompleteHandler>;
  readonly buttons: ReadonlyMap<ParsedCustomId['kind'], ButtonHandler>;
  readonly modals: ReadonlyMap<ParsedCustomId['kind'], ModalHandler>;
}

/** The one entry point for interactions, with the one error boundary. */
export interface InteractionRouter {
  /** Routes an interaction to its handler; never rejects. */
  handle(interaction: Interaction): Promise<void>;
  /** Stops taking interactions and resolves when the ones in flight are done. */
  close(): Promise<void>;
}

/**
 * Builds the router: slash commands by name, autocomplete by command name, buttons by the kind of
 * their custom id. Unknown commands and stale buttons get a clear private reply. Any error in a
 * handler is logged with a short reference and answered privately with that reference; the
 * process never dies from one interaction.
 */
export function createInteractionRouter(routes: RouteTable, logger: Logger): InteractionRouter {
  const inFlight = new Set<Promise<void>>();
  let closing = false;

  async function dispatch(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand()) {
      const handler = routes.commands.get(interaction.commandName);
      if (handler === undefined) {
        logger.warn({ command: interaction.commandName }, 'unknown command');
        await interaction.reply(notice(`I do not know the command /${interaction.commandName} (any more). Try /help.`));
        return;
      }
      await handler(interaction);
    } else if (interaction.isAutocomplete()) {
      await (routes.autocompletes.get(interaction.commandName) ?? (() => interaction.respond([])))(interaction);
    } else if (interaction.isButton()) {
      const id = parseCustomId(interaction.customId);
      const handler = id === null ? undefined : routes.buttons.get(id.kind);
      if (id === null || handler === undefined) {
        logger.info({ customId: interaction.customId }, 'stale or unknown button');
        await interaction.reply(notice('This button has expired. Run the command again.'));
        return;
      }
      await handler(interaction, id);
    } else if (interaction.isModalSubmit()) {
      const id = parseCustomId(interaction.customId);
      const handler = id === null ? undefined : routes.modals.get(id.kind);
      if (id === null || handler === undefined) {
        await interaction.reply(notice('This form has expired. Run the command again.'));
        return;
      }
      await handler(interaction, id);
    } else if (interaction.isRepliable()) {
      await interaction.reply(notice('I cannot handle that kind of interaction.'));
    }
  }

  async function handleSafely(interaction: Interaction): Promise<void> {
    const started = Date.now();
    try {
      await dispatch(interaction);
      logger.debug({ ...describe(interaction), ms: Date.now() - started }, 'interaction handled');
    } catch (error) {
      const ref = randomBytes(3).toString('hex').toUpperCase();
      logger.error({ err: error, ref, ...describe(interaction) }, 'interaction failed');
      await replyPrivately(interaction, notice(`Something went wrong on my side (ref ${ref}). Please try again; if it keeps happening, tell a moderator the ref.`)).catch(
        (replyError: unknown) => logger.error({ err: replyError, ref }, 'could not tell the member about the failure'),
      );
    }
  }

  return {
    handle(interaction) {
      if (closing) {
        return replyPrivately(interaction, notice('I am restarting; please try again in a moment.')).catch(() => undefined);
      }
      const task = handleSafely(interaction);
      inFlight.add(task);
      return task.finally(() => inFlight.delete(task));
    },
    async close() {
      closing = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** Replies, or follows up when the interaction was already answered or deferred. */
async function replyPrivately(interaction: Interaction, payload: ReplyPayload): Promise<void> {
  if (!interaction.isRepliable()) return;
  if (interaction.replied || interaction.deferred) await interaction.followUp(payload);
  else await interaction.reply(payload);
}

/** Log fields for an interaction: what was used and by whom (never tokens). */
function describe(interaction: Interaction): Record<string, string | null> {
  const base = { interactionId: interaction.id, userId: interaction.user.id, guildId: interaction.guildId };
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) return { ...base, command: interaction.commandName };
  if (interaction.isButton() || interaction.isModalSubmit()) return { ...base, customId: interaction.customId };
  return base;
}
