/**
 * The slices of discord.js interactions the handlers use. discord.js's classes satisfy them; tests
 * pass small hand-written objects instead of mocking the client.
 */
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
