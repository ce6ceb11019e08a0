import { parseDocument, stringify } from 'yaml';
import type { AliasGroups } from '../search/aliases.js';
import type { KnowledgeProblem } from './problem.js';

/** The alias file's name inside the knowledge folder. */
export const ALIAS_FILE_NAME = 'aliases.yaml';

/** Longest alias member, in characters. */
export const MAX_ALIAS_LENGTH = 60;

/** Most members in one alias group. */
export const MAX_ALIAS_GROUP_SIZE = 12;

/** The alias groups of a file, or its problems. */
export type ParsedAliases =
  | { readonly kind: 'ok'; readonly groups: AliasGroups }
  | { readonly kind: 'invalid'; readonly problems: readonly KnowledgeProblem[] };

/**
 * Reads `aliases.yaml`: a YAML list of groups, each a list of 2–12 words or short phrases that
 * mean the same thing (`- [Turkey, Türkiye]`).
 */
export function parseAliases(text: string, displayName: string): ParsedAliases {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error !== undefined) {
    return invalid(displayName, `is not valid YAML: ${error.message.split('\n', 1)[0] ?? ''}`);
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return { kind: 'ok', groups: [] };
  if (!Array.isArray(data)) return invalid(displayName, 'must be a list of alias groups, e.g. "- [Turkey, Türkiye]"');

  const problems: KnowledgeProblem[] = [];
  const groups: string[][] = [];
  data.forEach((group: unknown, index) => {
    const where = `group ${index + 1}`;
    if (!Array.isArray(group) || !group.every((member) => typeof member === 'string' || typeof member === 'number')) {
      problems.push({ file: displayName, message: `${where} must be a list of words, e.g. [envoy, ambassador]` });
      return;
    }
    const members = group.map((member) => String(member).trim());
    const problem = memberProblem(members);
    if (problem !== null) problems.push({ file: displayName, message: `${where}: ${problem}` });
    else groups.push(members);
  });
  return problems.length > 0 ? { kind: 'invalid', problems } : { kind: 'ok', groups };
}

/** Why a proposed alias group is not acceptable, or null when it is. Shared with moderator commands. */
export function memberProblem(members: readonly string[]): string | null {
  if (members.length < 2) return 'needs at least two words';
  if (members.length > MAX_ALIAS_GROUP_SIZE) return `has more than ${MAX_ALIAS_GROUP_SIZE} words`;
  for (const member of members) {
    if (member.length === 0) return 'has an empty word';
    if (member.length > MAX_ALIAS_LENGTH) return `"${member.slice(0, 20)}..." is longer than ${MAX_ALIAS_LENGTH} characters`;
    if (/[\r\n]/u.test(member)) return 'has a word with a line break';
  }
  return null;
}

/** The text of an alias file for `groups`, with a header explaining the format. */
export function formatAliases(groups: AliasGroups): string {
  const header =
    '# Words and phrases readers use for the same thing. A question that uses one member of a group\n' +
    '# also searches for the others, at a lower weight than its own words. Edit by hand or with\n' +
    '# /knowledge aliases in Discord.\n';
  if (groups.length === 0) return `${header}[]\n`;
  const lines = groups.map((group) => `- ${stringify([...group], { collectionStyle: 'flow', lineWidth: 0 }).trim()}`);
  return `${header}${lines.join('\n')}\n`;
}

function invalid(file: string, message: string): ParsedAliases {
  return { kind: 'invalid', problems: [{ file, message }] };
}
