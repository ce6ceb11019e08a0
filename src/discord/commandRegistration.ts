import { Routes, type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/** Where commands are registered: one guild (instant, for development) or globally. */
export type CommandScope = { readonly guildId: string } | 'global';

/**
 * Registers the command definitions unless Discord already has exactly these (compared field by
 * field, ignoring ids and Discord's defaults), so restarts do not spend the registration rate limit.
 */
export async function syncCommands(
  rest: REST,
  applicationId: string,
  scope: CommandScope,
  definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
): Promise<'unchanged' | 'updated'> {
  const route = scope === 'global' ? Routes.applicationCommands(applicationId) : Routes.applicationGuildCommands(applicationId, scope.guildId);
  const existing = (await rest.get(route)) as unknown[];
  if (sameCommands(existing, definitions)) return 'unchanged';
  await rest.put(route, { body: definitions });
  return 'updated';
}

/** True when two command lists define the same commands (order and Discord-added fields ignored). */
export function sameCommands(registered: readonly unknown[], wanted: readonly unknown[]): boolean {
  if (registered.length !== wanted.length) return false;
  const byName = new Map(registered.map((command) => [nameOf(command), JSON.stringify(normalize(command))]));
  return wanted.every((command) => byName.get(nameOf(command)) === JSON.stringify(normalize(command)));
}

function nameOf(command: unknown): string {
  return typeof command === 'object' && command !== null && 'name' in command ? String(command.name) : '';
}

/** Fields that define a command or an option; everything else (ids, versions, localisations left empty) is ignored. */
const COMPARED_FIELDS = [
  'type', 'name', 'description', 'options', 'required', 'choices', 'value', 'min_length', 'max_length',
  'min_value', 'max_value', 'autocomplete', 'channel_types', 'default_member_permissions', 'nsfw',
  'contexts', 'integration_types', 'name_localizations', 'description_localizations',
] as const;

/** Discord's defaults, which it may or may not echo back. */
const DEFAULTS: Readonly<Record<string, unknown>> = { type: 1, required: false, autocomplete: false, nsfw: false, default_member_permissions: null };

function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of COMPARED_FIELDS) {
    const fieldValue = record[field];
    if (fieldValue === undefined || fieldValue === null || fieldValue === DEFAULTS[field]) continue;
    if (Array.isArray(fieldValue) && fieldValue.length === 0) continue;
    out[field] = normalize(fieldValue);
  }
  return out;
}
