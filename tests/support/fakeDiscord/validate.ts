/**
 * The request checks the real API makes that a bot is most likely to trip (length limits, counts, empty
 * messages, command names), answered the way Discord does: 400 `{ code: 50035, message: 'Invalid Form Body',
 * errors: { field: { _errors: [{ code, message }] } } }`, or 400 code 50006 for an empty message.
 */
import type { JsonObject } from './types.js';

export interface ApiError {
  status: number;
  body: JsonObject;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function length(value: unknown): number {
  return typeof value === 'string' ? [...value].length : 0;
}

class FormErrors {
  readonly errors: JsonObject = {};
  count = 0;

  add(path: Array<string | number>, code: string, message: string): void {
    let node = this.errors;
    for (const key of path) {
      const next = node[String(key)];
      if (isObject(next)) node = next;
      else {
        const created: JsonObject = {};
        node[String(key)] = created;
        node = created;
      }
    }
    const list = asArray(node['_errors']);
    list.push({ code, message });
    node['_errors'] = list;
    this.count++;
  }

  maxLength(path: Array<string | number>, value: unknown, max: number): void {
    if (length(value) > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }

  lengthBetween(path: Array<string | number>, value: unknown, min: number, max: number): void {
    const n = length(value);
    if (typeof value !== 'string' || n < min || n > max) {
      this.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
    }
  }

  maxItems(path: Array<string | number>, value: unknown, max: number): void {
    if (asArray(value).length > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }

  result(): ApiError | null {
    if (this.count === 0) return null;
    return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: this.errors } };
  }
}

/** IS_COMPONENTS_V2 message flag: components replace content/embeds and the 5-row limit is 40 components. */
const COMPONENTS_V2 = 1 << 15;

function checkEmbeds(errors: FormErrors, embeds: unknown): void {
  errors.maxItems(['embeds'], embeds, 10);
  let total = 0;
  asArray(embeds).forEach((embed, i) => {
    if (!isObject(embed)) return;
    const footer = isObject(embed['footer']) ? embed['footer'] : {};
    const author = isObject(embed['author']) ? embed['author'] : {};
    errors.maxLength(['embeds', i, 'title'], embed['title'], 256);
    errors.maxLength(['embeds', i, 'description'], embed['description'], 4096);
    errors.maxLength(['embeds', i, 'footer', 'text'], footer['text'], 2048);
    errors.maxLength(['embeds', i, 'author', 'name'], author['name'], 256);
    errors.maxItems(['embeds', i, 'fields'], embed['fields'], 25);
    total += length(embed['title']) + length(embed['description']) + length(footer['text']) + length(author['name']);
    asArray(embed['fields']).forEach((field, j) => {
      if (!isObject(field)) return;
      errors.lengthBetween(['embeds', i, 'fields', j, 'name'], field['name'], 1, 256);
      errors.lengthBetween(['embeds', i, 'fields', j, 'value'], field['value'], 1, 1024);
      total += length(field['name']) + length(field['value']);
    });
  });
  if (total > 6000) errors.add(['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Embed size exceeds maximum size of 6000');
}

function checkComponents(errors: FormErrors, components: unknown, flags: number): void {
  if ((flags & COMPONENTS_V2) !== 0) {
    errors.maxItems(['components'], components, 40);
    return;
  }
  errors.maxItems(['components'], components, 5);
  asArray(components).forEach((row, i) => {
    if (!isObject(row)) return;
    errors.maxItems(['components', i, 'components'], row['components'], 5);
    asArray(row['components']).forEach((component, j) => {
      if (!isObject(component)) return;
      errors.maxLength(['components', i, 'components', j, 'label'], component['label'], 80);
      errors.maxLength(['components', i, 'components', j, 'custom_id'], component['custom_id'], 100);
    });
  });
}

/**
 * Checks a message body (create or edit). `create` also rejects a message with nothing to show
 * (no content, embeds, components, files, poll or stickers), as Discord does with code 50006.
 */
export function validateMessage(body: unknown, options: { create: boolean; fileCount: number }): ApiError | null {
  if (!isObject(body)) {
    if (options.create && options.fileCount === 0) return emptyMessage();
    return null;
  }
  const flags = typeof body['flags'] === 'number' ? body['flags'] : 0;
  const errors = new FormErrors();
  errors.maxLength(['content'], body['content'], 2000);
  checkEmbeds(errors, body['embeds']);
  checkComponents(errors, body['components'], flags);
  const result = errors.result();
  if (result) return result;
  const hasSomething =
    length(body['content']) > 0 ||
    asArray(body['embeds']).length > 0 ||
    asArray(body['components']).length > 0 ||
    asArray(body['sticker_ids']).length > 0 ||
    isObject(body['poll']) ||
    options.fileCount > 0;
  if (options.create && !hasSomething) return emptyMessage();
  return null;
}

function emptyMessage(): ApiError {
  return { status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
}

/** Checks the `data` of an autocomplete result (callback type 8). */
export function validateAutocomplete(data: unknown): ApiError | null {
  const errors = new FormErrors();
  const choices = isObject(data) ? data['choices'] : undefined;
  if (!Array.isArray(choices)) errors.add(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
  errors.maxItems(['data', 'choices'], choices, 25);
  asArray(choices).forEach((choice, i) => {
    if (!isObject(choice)) return;
    errors.lengthBetween(['data', 'choices', i, 'name'], choice['name'], 1, 100);
    if (typeof choice['value'] === 'string') errors.maxLength(['data', 'choices', i, 'value'], choice['value'], 100);
  });
  return errors.result();
}

/** Checks the `data` of a modal (callback type 9). */
export function validateModal(data: unknown): ApiError | null {
  const errors = new FormErrors();
  const modal = isObject(data) ? data : {};
  errors.lengthBetween(['data', 'title'], modal['title'], 1, 45);
  errors.lengthBetween(['data', 'custom_id'], modal['custom_id'], 1, 100);
  const components = asArray(modal['components']);
  if (components.length < 1 || components.length > 5) {
    errors.add(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
  }
  return errors.result();
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkCommandOptions(errors: FormErrors, path: Array<string | number>, options: unknown): void {
  errors.maxItems(path, options, 25);
  let sawOptional = false;
  asArray(options).forEach((option, i) => {
    if (!isObject(option)) return;
    const name = option['name'];
    if (typeof name !== 'string' || !COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
      errors.add([...path, i, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    errors.lengthBetween([...path, i, 'description'], option['description'], 1, 100);
    errors.maxItems([...path, i, 'choices'], option['choices'], 25);
    const type = option['type'];
    if (type === 1 || type === 2) checkCommandOptions(errors, [...path, i, 'options'], option['options']);
    else if (option['required'] === true && sawOptional) {
      errors.add(
        [...path, i, 'required'],
        'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        'Required options must be placed before non-required options',
      );
    } else if (option['required'] !== true) sawOptional = true;
  });
}

/** Checks one application command as PUT/POSTed by the bot; `index` prefixes error paths for bulk PUTs. */
function commandErrors(command: unknown, index: number | null, errors = new FormErrors()): FormErrors {
  const path = index === null ? [] : [index];
  if (!isObject(command)) {
    errors.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return errors;
  }
  const type = command['type'] ?? 1;
  const name = command['name'];
  if (typeof name !== 'string' || !COMMAND_NAME.test(name) || (type === 1 && name !== name.toLowerCase())) {
    errors.add([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
  if (type === 1) {
    errors.lengthBetween([...path, 'description'], command['description'], 1, 100);
    checkCommandOptions(errors, [...path, 'options'], command['options']);
  }
  return errors;
}

/** Checks a bulk overwrite (PUT) of application commands: at most 100, names unique per type. */
export function validateCommands(commands: unknown): ApiError | null {
  if (!Array.isArray(commands)) {
    const errors = new FormErrors();
    errors.add([], 'BASE_TYPE_ARRAY', 'Must be an array');
    return errors.result();
  }
  const errors = new FormErrors();
  errors.maxItems([], commands, 100);
  const seen = new Set<string>();
  commands.forEach((command, i) => {
    commandErrors(command, i, errors);
    if (isObject(command)) {
      const key = JSON.stringify([command['type'] ?? 1, command['name']]);
      if (seen.has(key)) errors.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
      seen.add(key);
    }
  });
  return errors.result();
}

/** Checks one application command (POST/PATCH). */
export function validateCommand(command: unknown): ApiError | null {
  return commandErrors(command, null).result();
}
