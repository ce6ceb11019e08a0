/**
 * The slices of discord.js interactions the handlers use. discord.js's classes satisfy them; tests
 * pass small hand-written objects instead of mocking the client.
 */
import type { APIModalInteractionResponseCallbackData, MessageFlags } from 'discord.js';
import type { ReplyPayload } from '../render/payload.js';

/** Something that can be answered once, then followed up. */
export interface Repliable {
  readonly id: string;
  readonly user: { readonly id: string; readonly tag?: string };
  readonly guildId: string | null;
  reply(payload: ReplyPayload): Promise<unknown>;
}

/** A slash command with its options. */
export interface CommandInteractionLike extends Repliable {
  readonly commandName: string;
  readonly options: {
    getString(name: string, required: true): string;
    getString(name: string, required?: boolean): string | null;
    getBoolean(name: string, required?: boolean): boolean | null;
    getUser(name: string, required?: boolean): { readonly id: string } | null;
  };
}

/** A button press on one of Parley's messages. */
export interface ButtonInteractionLike extends Repliable {
  readonly customId: string;
  readonly message: {
    readonly interactionMetadata?: { readonly user: { readonly id: string } } | null;
  };
  update(payload: Omit<ReplyPayload, 'flags'>): Promise<unknown>;
}

/** Typing in an autocomplete option. */
export interface AutocompleteInteractionLike {
  readonly commandName: string;
  readonly user: { readonly id: string };
  readonly options: { getFocused(): string };
  respond(choices: { name: string; value: string }[]): Promise<unknown>;
}

/** The member facts Discord sends with a guild interaction. */
export interface MemberLike {
  readonly memberPermissions: { has(permission: bigint): boolean } | null;
  readonly member: { readonly roles: readonly string[] | { readonly cache: { keys(): Iterable<string> } } } | null;
}

/** An attachment option's value. */
export interface AttachmentLike {
  readonly name: string;
  readonly url: string;
  readonly size: number;
}

/** `/knowledge …`: a command with subcommands that may defer, edit its reply, or open a form. */
export interface KnowledgeInteractionLike extends Repliable, MemberLike {
  readonly options: CommandInteractionLike['options'] & {
    getSubcommand(): string;
    getSubcommandGroup(required?: false): string | null;
    getAttachment(name: string, required?: boolean): AttachmentLike | null;
  };
  deferReply(options: { flags: MessageFlags.Ephemeral }): Promise<unknown>;
  editReply(payload: Omit<ReplyPayload, 'flags'>): Promise<unknown>;
  showModal(modal: APIModalInteractionResponseCallbackData): Promise<unknown>;
}

/** A knowledge button (remove, publish, pages). */
export interface KnowledgeButtonLike extends ButtonInteractionLike, MemberLike {
  deferUpdate(): Promise<unknown>;
  editReply(payload: Omit<ReplyPayload, 'flags'>): Promise<unknown>;
}

/** A submitted article form. */
export interface ModalSubmitLike extends Repliable, MemberLike {
  readonly customId: string;
  readonly fields: { getTextInputValue(id: string): string };
  deferReply(options: { flags: MessageFlags.Ephemeral }): Promise<unknown>;
  editReply(payload: Omit<ReplyPayload, 'flags'>): Promise<unknown>;
}
