import { parseDocument } from 'yaml';

/** The parsed front matter (`data`) and the Markdown after it (`body`), or why there is none. */
export type FrontMatterResult =
  | { readonly kind: 'ok'; readonly data: unknown; readonly body: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unclosed' }
  | { readonly kind: 'invalid-yaml'; readonly reason: string };

const OPENING = /^\uFEFF?---[ \t]*\r?\n/u;
const CLOSING = /^---[ \t]*$/mu;

/**
 * Splits `---\n<yaml>\n---\n<body>` and parses the YAML (1.2 core schema, so `2025-04-10` stays a
 * string). Never throws: each way a file can be wrong is its own result.
 */
export function splitFrontMatter(text: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (opening === null) return { kind: 'missing' };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (closing === null) return { kind: 'unclosed' };
  const yamlText = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/u, '');
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error !== undefined) {
    // "title: Explainer: How the embassies ran out of diplomats": YAML wants such a headline
    // quoted; a moderator writes it as it reads.
    const plain = plainFields(yamlText);
    return plain === null ? { kind: 'invalid-yaml', reason: firstLine(error.message) } : { kind: 'ok', data: plain, body };
  }
  return { kind: 'ok', data: document.toJS() as unknown, body };
}

/** `key: value` where the value opens as plain text (not a quote, list, map or other YAML syntax). */
const PLAIN_FIELD = /^([A-Za-z][\w-]*):[ \t]+([^\s"'[\]{}|>&*!%@`#].*?)(?:[ \t]+#.*)?[ \t]*$/u;

/**
 * Front matter read as one `key: value` per line, each value a plain string up to a ` #` comment;
 * null when a line is anything else, a value opens with YAML syntax, or a key repeats.
 */
function plainFields(yamlText: string): Record<string, string> | null {
  const fields: Record<string, string> = {};
  for (const line of yamlText.split(/\r?\n/u)) {
    if (/^\s*(?:#.*)?$/u.test(line)) continue;
    const match = PLAIN_FIELD.exec(line);
    const [, key, value] = match ?? [];
    if (key === undefined || value === undefined || Object.hasOwn(fields, key)) return null;
    fields[key] = value;
  }
  return fields;
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}
