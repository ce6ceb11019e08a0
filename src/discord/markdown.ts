import { escapeMarkdown } from 'discord.js';
import { termOf } from '../domain/text/terms.js';
import { tokenize } from '../domain/text/tokens.js';

/**
 * Article text made inert for Discord: markdown (`*`, `_`, `` ` ``, `~`, `|`, masked links, headings,
 * lists) escaped with discord.js's `escapeMarkdown`, a leading `>` escaped, and mention syntax
 * (`<@id>`, `@everyone`) broken so it shows as text. Replies also suppress pings with
 * `allowedMentions`; this keeps the text looking like what the article says.
 */
export function escapeForDiscord(text: string): string {
  const escaped = escapeMarkdown(text, { maskedLink: true, heading: true, bulletedList: true, numberedList: true });
  return escaped
    .replace(/^>/u, '\\>')
    .replace(/<([@#])/gu, '<\\$1')
    .replace(/@(everyone|here)\b/gu, '@\u200b$1');
}

/**
 * A sentence with the words that matched the question in bold: every word whose search term is in
 * `matchedTerms` (so "led" is bold for a question that said "headed", via the alias). The rest is
 * escaped with {@link escapeForDiscord}.
 */
export function highlightMatches(sentence: string, matchedTerms: readonly string[]): string {
  const wanted = new Set(matchedTerms);
  let out = '';
  let last = 0;
  for (const token of tokenize(sentence)) {
    const term = termOf(token.folded);
    if (term === null || !wanted.has(term)) continue;
    out += escapeForDiscord(sentence.slice(last, token.start));
    out += `**${escapeForDiscord(token.surface)}**`;
    last = token.end;
  }
  // Escaping piece by piece can split a masked link ("[the **talks**](https://…)") so that
  // escapeMarkdown no longer sees it; neutralise any link opener that is still live.
  return (out + escapeForDiscord(sentence.slice(last))).replace(/(?<!\\)\[(?=[^\]]*\]\()/gu, '\\[');
}
