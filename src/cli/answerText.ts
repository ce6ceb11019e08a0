import type { AnswerResult, DeclineReason, QuotedSentence } from '../domain/answer/answer.js';
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
  const speaker = answer.speaker === null ? '' : `${answer.speaker.name}${answer.speaker.role === null ? '' : `, ${answer.speaker.role}`} · `;
  const url = answer.article.url === null ? '' : ` · ${answer.article.url}`;
  return `— ${speaker}${answer.article.source}, “${answer.article.title}”, ${formatPublished(answer.article.published)}, ¶${answer.paragraph}${url}`;
}

/** A friendly, specific sentence for each way Parley declines. */
export function declineMessage(reason: DeclineReason): string {
  switch (reason.kind) {
    case 'empty':
      return 'That question has no words I can look up. Try asking about a person, place or event in the story.';
    case 'unknown-name':
      return `Not in my sources: none of my articles mentions ${reason.names.map((name) => `“${name}”`).join(' or ')}.`;
    case 'no-match':
      return 'Not in my sources: none of my articles matches that question.';
    case 'weak-match':
      return 'Not in my sources: my articles touch on some of those words but do not answer that question.';
  }
}
