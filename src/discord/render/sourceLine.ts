import type { QuotedSentence } from '../../domain/answer/answer.js';
import { distinctSpeaker } from '../../domain/answer/speaker.js';
import { formatPublished, type Article } from '../../domain/knowledge/article.js';
import { escapeForDiscord } from '../markdown.js';

/**
 * The headline as a Markdown link to the story when it has a URL, else in italics. Brackets in the
 * headline and parentheses in the URL are escaped so the link cannot break.
 */
export function linkedHeadline(article: Article): string {
  const title = escapeForDiscord(article.title).replace(/(?<!\\)([[\]])/gu, '\\$1');
  if (article.url === null) return `*${title}*`;
  const url = article.url.replace(/\(/gu, '%28').replace(/\)/gu, '%29').replace(/\s/gu, '%20');
  return `[${title}](${url})`;
}

/**
 * `— Tammy Bruce, US State Department spokeswoman · Reuters, [Headline](url), 10 Apr 2025, ¶6`:
 * who said it (when the sentence credits someone), then outlet, linked headline, date, paragraph.
 */
export function sourceLine(answer: QuotedSentence): string {
  const credited = distinctSpeaker(answer.speaker, answer.article.source);
  const speaker =
    credited === null ? '' : `${escapeForDiscord(credited.name)}${credited.role === null ? '' : `, ${escapeForDiscord(credited.role)}`} · `;
  return `— ${speaker}${escapeForDiscord(answer.article.source)}, ${linkedHeadline(answer.article)}, ${formatPublished(answer.article.published)}, ¶${answer.paragraph}`;
}
