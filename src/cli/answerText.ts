import { declineMessage } from '../app/declineMessage.js';
import type { AnswerResult, QuotedSentence } from '../domain/answer/answer.js';
import { distinctSpeaker } from '../domain/answer/speaker.js';
import { formatPublished } from '../domain/knowledge/article.js';

/**
 * The answer as terminal text: each quoted sentence, then under it who said it and where it comes
 * from (outlet, headline, date, paragraph). Used by `ask` and the local console.
 */
export function formatAnswerText(result: AnswerResult): string {
  if (result.kind === 'declined') return `${declineMessage(result.reason)}\n`;
  return result.answers.map((answer) => `“${answer.text}”\n   ${sourceLine(answer)}\n`).join('\n');
}

/** `— Tammy Bruce, US State Department spokeswoman · Reuters, “Headline”, 10 Apr 2025, ¶6 · <url>`. */
export function sourceLine(answer: QuotedSentence): string {
  const credited = distinctSpeaker(answer.speaker, answer.article.source);
  const speaker = credited === null ? '' : `${credited.name}${credited.role === null ? '' : `, ${credited.role}`} · `;
  const url = answer.article.url === null ? '' : ` · ${answer.article.url}`;
  return `— ${speaker}${answer.article.source}, “${answer.article.title}”, ${formatPublished(answer.article.published)}, ¶${answer.paragraph}${url}`;
}

