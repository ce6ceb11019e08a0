import type { Interaction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { ParsedCustomId } from '../../src/discord/customIds.js';
import type { ReplyPayload } from '../../src/discord/render/payload.js';
import {
  createInteractionRouter,
  type AutocompleteHandler,
  type ButtonHandler,
  type CommandHandler,
  type ModalHandler,
  type RouteTable,
} from '../../src/discord/router.js';
import { recordingLogger } from './support.js';

type Kind = 'command' | 'autocomplete' | 'button' | 'modal' | 'select';

/** The few members of a discord.js interaction the router reads, with what it was sent. */
interface FakeInteraction {
  readonly id: string;
  readonly user: { readonly id: string };
  readonly guildId: string | null;
  readonly commandName?: string;
  readonly customId?: string;
  readonly message: { readonly interactionMetadata: null };
  readonly options: { getFocused(): string };
  replied: boolean;
  deferred: boolean;
  readonly replies: ReplyPayload[];
  readonly followUps: ReplyPayload[];
  readonly responses: unknown[][];
  failReplies: boolean;
  isChatInputCommand(): boolean;
  isAutocomplete(): boolean;
  isButton(): boolean;
  isModalSubmit(): boolean;
  isRepliable(): boolean;
  reply(payload: ReplyPayload): Promise<void>;
  followUp(payload: ReplyPayload): Promise<void>;
  respond(choices: unknown[]): Promise<void>;
}

function fake(kind: Kind, fields: { commandName?: string; customId?: string } = {}): FakeInteraction {
  const interaction: FakeInteraction = {
    id: '3000000000000000003',
    user: { id: 'user-1' },
    guildId: 'guild-1',
    ...fields,
    message: { interactionMetadata: null },
    options: { getFocused: () => '' },
    replied: false,
    deferred: false,
    replies: [],
    followUps: [],
    responses: [],
    failReplies: false,
    isChatInputCommand: () => kind === 'command',
    isAutocomplete: () => kind === 'autocomplete',
    isButton: () => kind === 'button',
    isModalSubmit: () => kind === 'modal',
    isRepliable: () => kind !== 'autocomplete',
    reply(payload) {
      if (interaction.failReplies) return Promise.reject(new Error('Unknown interaction'));
      if (interaction.replied || interaction.deferred) return Promise.reject(new Error('already replied'));
      interaction.replies.push(payload);
      interaction.replied = true;
      return Promise.resolve();
    },
    followUp(payload) {
      interaction.followUps.push(payload);
      return Promise.resolve();
    },
    respond(choices) {
      interaction.responses.push(choices);
      return Promise.resolve();
    },
  };
  return interaction;
}

const asInteraction = (interaction: FakeInteraction): Interaction => interaction as unknown as Interaction;

function routes(parts: {
  commands?: Record<string, CommandHandler>;
  autocompletes?: Record<string, AutocompleteHandler>;
  buttons?: Partial<Record<ParsedCustomId['kind'], ButtonHandler>>;
  modals?: Partial<Record<ParsedCustomId['kind'], ModalHandler>>;
}): RouteTable {
  return {
    commands: new Map(Object.entries(parts.commands ?? {})),
    autocompletes: new Map(Object.entries(parts.autocompletes ?? {})),
    buttons: new Map(Object.entries(parts.buttons ?? {}) as [ParsedCustomId['kind'], ButtonHandler][]),
    modals: new Map(Object.entries(parts.modals ?? {}) as [ParsedCustomId['kind'], ModalHandler][]),
  };
}

const REF = /^Something went wrong on my side \(ref ([0-9A-F]{6})\)\. Please try again; if it keeps happening, tell a moderator the ref\.$/u;

describe('createInteractionRouter', () => {
  it('routes a slash command to its handler by name', async () => {
    const seen: string[] = [];
    const router = createInteractionRouter(routes({ commands: { help: (i) => (seen.push(i.commandName), Promise.resolve()) } }), recordingLogger());
    await router.handle(asInteraction(fake('command', { commandName: 'help' })));
    expect(seen).toEqual(['help']);
  });

  it('answers an unknown command with a private notice', async () => {
    const logger = recordingLogger();
    const router = createInteractionRouter(routes({}), logger);
    const interaction = fake('command', { commandName: 'nope' });
    await router.handle(asInteraction(interaction));
    expect(interaction.replies).toEqual([
      { content: 'I do not know the command /nope (any more). Try /help.', allowedMentions: { parse: [] }, flags: 64 },
    ]);
    expect(logger.entries.filter((e) => e.level === 'warn').map((e) => e.fields)).toEqual([{ command: 'nope' }]);
  });

  it('routes a button by the kind of its custom id, with the parsed id', async () => {
    const seen: ParsedCustomId[] = [];
    const router = createInteractionRouter(routes({ buttons: { 'ask-vote': (_i, id) => (seen.push(id), Promise.resolve()) } }), recordingLogger());
    await router.handle(asInteraction(fake('button', { customId: 'ask:vote:down:42' })));
    expect(seen).toEqual([{ kind: 'ask-vote', vote: 'down', answerKey: '42' }]);
  });

  it.each([
    ['a foreign id', 'someone-else:thing'],
    ['an id of a kind without a handler', 'ask:more:42'],
  ])('answers a stale button (%s) with a clear private notice', async (_case, customId) => {
    const router = createInteractionRouter(routes({}), recordingLogger());
    const interaction = fake('button', { customId });
    await router.handle(asInteraction(interaction));
    expect(interaction.replies).toEqual([{ content: 'This button has expired. Run the command again.', allowedMentions: { parse: [] }, flags: 64 }]);
  });

  it('routes autocomplete by command name, and offers nothing for a command without one', async () => {
    const router = createInteractionRouter(
      routes({ autocompletes: { article: (i) => i.respond([{ name: 'A', value: 'a' }]) } }),
      recordingLogger(),
    );
    const known = fake('autocomplete', { commandName: 'article' });
    await router.handle(asInteraction(known));
    expect(known.responses).toEqual([[{ name: 'A', value: 'a' }]]);
    const unknown = fake('autocomplete', { commandName: 'ask' });
    await router.handle(asInteraction(unknown));
    expect(unknown.responses).toEqual([[]]);
  });

  it('routes a submitted form by the kind of its custom id, and answers an unknown form clearly', async () => {
    const seen: ParsedCustomId[] = [];
    const router = createInteractionRouter(routes({ modals: { 'kn-add-form': (_i, id) => (seen.push(id), Promise.resolve()) } }), recordingLogger());
    await router.handle(asInteraction(fake('modal', { customId: 'kn:add-form' })));
    expect(seen).toEqual([{ kind: 'kn-add-form' }]);
    const stale = fake('modal', { customId: 'old-form:1' });
    await router.handle(asInteraction(stale));
    expect(stale.replies).toEqual([{ content: 'This form has expired. Run the command again.', allowedMentions: { parse: [] }, flags: 64 }]);
  });

  it('tells the member about other kinds of interaction', async () => {
    const interaction = fake('select');
    await createInteractionRouter(routes({}), recordingLogger()).handle(asInteraction(interaction));
    expect(interaction.replies.map((r) => r.content)).toEqual(['I cannot handle that kind of interaction.']);
  });

  it('answers a handler that throws with a private reference, logged with the same reference', async () => {
    const logger = recordingLogger();
    const failure = new Error('boom');
    const router = createInteractionRouter(routes({ commands: { ask: () => Promise.reject(failure) } }), logger);
    const interaction = fake('command', { commandName: 'ask' });
    await expect(router.handle(asInteraction(interaction))).resolves.toBeUndefined();

    expect(interaction.replies).toHaveLength(1);
    const reply = interaction.replies[0];
    expect(reply?.flags).toBe(64);
    expect(reply?.allowedMentions).toEqual({ parse: [] });
    const ref = REF.exec(reply?.content ?? '')?.[1];
    expect(ref).toBeDefined();
    const errors = logger.entries.filter((e) => e.level === 'error');
    expect(errors).toEqual([
      {
        level: 'error',
        fields: { err: failure, ref, interactionId: interaction.id, userId: 'user-1', guildId: 'guild-1', command: 'ask' },
        message: 'interaction failed',
      },
    ]);
  });

  it('also catches a handler that throws synchronously', async () => {
    const logger = recordingLogger();
    const router = createInteractionRouter(
      routes({
        commands: {
          ask: () => {
            throw new TypeError('sync');
          },
        },
      }),
      logger,
    );
    const interaction = fake('command', { commandName: 'ask' });
    await router.handle(asInteraction(interaction));
    expect(interaction.replies[0]?.content).toMatch(REF);
    expect(logger.entries.filter((e) => e.level === 'error')).toHaveLength(1);
  });

  it('follows up when the handler had already replied or deferred before failing', async () => {
    const logger = recordingLogger();
    const router = createInteractionRouter(
      routes({
        commands: {
          replied: async (i) => {
            await i.reply({ content: 'partial', allowedMentions: { parse: [] } });
            throw new Error('after reply');
          },
          deferred: (i) => {
            (i as unknown as FakeInteraction).deferred = true;
            return Promise.reject(new Error('after defer'));
          },
        },
      }),
      logger,
    );
    const replied = fake('command', { commandName: 'replied' });
    await router.handle(asInteraction(replied));
    expect(replied.replies.map((r) => r.content)).toEqual(['partial']);
    expect(replied.followUps).toHaveLength(1);
    const followUp = replied.followUps[0];
    expect(followUp?.flags).toBe(64);
    const ref = REF.exec(followUp?.content ?? '')?.[1];
    expect(logger.entries.find((e) => e.message === 'interaction failed')?.fields.ref).toBe(ref);

    const deferred = fake('command', { commandName: 'deferred' });
    await router.handle(asInteraction(deferred));
    expect(deferred.replies).toEqual([]);
    expect(deferred.followUps[0]?.content).toMatch(REF);
  });

  it('logs, and still resolves, when even the error reply fails', async () => {
    const logger = recordingLogger();
    const router = createInteractionRouter(routes({ commands: { ask: () => Promise.reject(new Error('boom')) } }), logger);
    const interaction = fake('command', { commandName: 'ask' });
    interaction.failReplies = true;
    await expect(router.handle(asInteraction(interaction))).resolves.toBeUndefined();
    const errors = logger.entries.filter((e) => e.level === 'error');
    expect(errors.map((e) => e.message)).toEqual(['interaction failed', 'could not tell the member about the failure']);
    expect(errors[1]?.fields.ref).toBe(errors[0]?.fields.ref);
  });

  it('after close() refuses new interactions with a "restarting" notice, and close() waits for those in flight', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const calls: string[] = [];
    const router = createInteractionRouter(
      routes({
        commands: {
          slow: async (i) => {
            calls.push('started');
            await gate;
            await i.reply({ content: 'done', allowedMentions: { parse: [] } });
            calls.push('finished');
          },
        },
      }),
      recordingLogger(),
    );
    const inFlight = fake('command', { commandName: 'slow' });
    const handling = router.handle(asInteraction(inFlight));
    let closed = false;
    const closing = router.close().then(() => {
      closed = true;
    });

    const late = fake('command', { commandName: 'slow' });
    await router.handle(asInteraction(late));
    expect(late.replies).toEqual([{ content: 'I am restarting; please try again in a moment.', allowedMentions: { parse: [] }, flags: 64 }]);
    expect(calls).toEqual(['started']);

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(false);
    release();
    await closing;
    expect(closed).toBe(true);
    expect(calls).toEqual(['started', 'finished']);
    expect(inFlight.replies.map((r) => r.content)).toEqual(['done']);
    await handling;
  });

  it('close() resolves at once when nothing is in flight, and ignores autocomplete afterwards', async () => {
    const router = createInteractionRouter(routes({}), recordingLogger());
    await router.close();
    const typing = fake('autocomplete', { commandName: 'article' });
    await router.handle(asInteraction(typing));
    expect(typing.responses).toEqual([]);
    expect(typing.replies).toEqual([]);
  });
});
