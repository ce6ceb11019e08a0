import { describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.js';
import { sameCommands } from '../../src/discord/commandRegistration.js';

type Json = Record<string, unknown>;

/** Deep copy of the definitions as plain JSON (what goes over the wire). */
function wanted(): Json[] {
  return JSON.parse(JSON.stringify(allCommands)) as Json[];
}

/**
 * What Discord answers to `GET .../commands` for the definitions it was sent: ids, versions,
 * localisations left empty, and the defaults it fills in (`nsfw: false`, `type: 1`, contexts,
 * `required: false`, `dm_permission`...), in its own field order, in another command order.
 */
function echoed(definitions: readonly Json[]): Json[] {
  const echoOption = (option: Json): Json => {
    const { options, ...rest } = option;
    return {
      name_localizations: null,
      description_localizations: null,
      required: false,
      ...rest,
      ...(Array.isArray(options) ? { options: (options as Json[]).map(echoOption) } : {}),
    };
  };
  return definitions
    .map((command, i) => {
      const { options, ...rest } = command;
      return {
        id: `12345678901234567${i}`,
        application_id: '99999999999999999',
        version: `88888888888888888${i}`,
        default_member_permissions: null,
        type: 1,
        nsfw: false,
        dm_permission: true,
        contexts: [0, 1, 2],
        integration_types: [0],
        name_localizations: null,
        description_localizations: null,
        ...rest,
        options: Array.isArray(options) ? (options as Json[]).map(echoOption) : [],
      };
    })
    .reverse();
}

/** The first option of the definition named `name` (to change it). */
function firstOption(definitions: Json[], name: string): Json {
  const command = definitions.find((definition) => definition.name === name);
  const option = (command?.options as Json[] | undefined)?.[0];
  if (option === undefined) throw new Error(`/${name} has no option`);
  return option;
}

describe('sameCommands', () => {
  it('sees no difference between the definitions and Discord’s echo of them', () => {
    expect(sameCommands(echoed(wanted()), allCommands)).toBe(true);
    expect(sameCommands(wanted(), allCommands)).toBe(true);
  });

  it('sees a changed command description', () => {
    const registered = echoed(wanted());
    const ask = registered.find((command) => command.name === 'ask');
    if (ask === undefined) throw new Error('no /ask');
    ask.description = 'Old description';
    expect(sameCommands(registered, allCommands)).toBe(false);
  });

  it.each<[string, (option: Json) => void]>([
    ['a changed option description', (option) => (option.description = 'Old text')],
    ['a changed max_length', (option) => (option.max_length = 200)],
    ['an option no longer required', (option) => delete option.required],
    ['a renamed option', (option) => (option.name = 'q')],
    ['an added autocomplete', (option) => (option.autocomplete = true)],
  ])('sees %s', (_case, change) => {
    const registered = echoed(wanted());
    change(firstOption(registered, 'ask'));
    expect(sameCommands(registered, allCommands)).toBe(false);
  });

  it('sees a missing, an extra and a renamed command', () => {
    const registered = echoed(wanted());
    expect(sameCommands(registered.slice(1), allCommands)).toBe(false);
    expect(sameCommands([...registered, { ...registered[0], name: 'extra' }], allCommands)).toBe(false);
    const renamed = echoed(wanted()).map((command) => (command.name === 'help' ? { ...command, name: 'helpme' } : command));
    expect(sameCommands(renamed, allCommands)).toBe(false);
  });

  it('sees changed options order', () => {
    const registered = echoed(wanted());
    const ask = registered.find((command) => command.name === 'ask');
    (ask?.options as Json[] | undefined)?.reverse();
    expect(sameCommands(registered, allCommands)).toBe(false);
  });

  it('sees a changed default_member_permissions', () => {
    const registered = echoed(wanted()).map((command) => ({ ...command, default_member_permissions: '8' }));
    expect(sameCommands(registered, allCommands)).toBe(false);
  });

  // Was a bug (fixed): sameCommands compares only COMPARED_FIELDS, which omits `contexts` (and `integration_types`,
  // the localisations). `/knowledge` now sets `contexts: [Guild]`; a command registered earlier
  // with Discord's default contexts (guild, bot DM, private channel) counts as unchanged, so the
  // restriction is never registered and /knowledge keeps showing up in DMs.
  it('sees a changed contexts list', () => {
    const definitions = wanted();
    const withContexts = definitions.find((command) => Array.isArray(command.contexts));
    if (withContexts === undefined) throw new Error('no definition sets contexts');
    const registered = echoed(definitions).map((command) => (command.name === withContexts.name ? { ...command, contexts: [0, 1, 2] } : command));
    expect(sameCommands(registered, allCommands)).toBe(false);
  });
});
