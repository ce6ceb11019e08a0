import type { DeclineReason } from '../domain/answer/answer.js';
import type { StatementKind } from '../domain/answer/statementKinds.js';

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
    case 'missing-detail':
      return `Not in my sources: my articles cover this, but none of them gives ${DETAIL_WORDS[reason.detail] ?? 'that detail'}.`;
    case 'missing-attribute':
      return `Not in my sources: none of my articles gives the ${reason.attribute} asked for.`;
    case 'not-reported':
      return `Not in my sources: my articles cover this, but none of them ${STATEMENT_WORDS[reason.statement]}.`;
    case 'not-quoted':
      return `Not in my sources: none of my articles quotes ${reason.speaker} on that.`;
  }
}

const STATEMENT_WORDS: Record<StatementKind, string> = {
  outcome: 'reports an agreement or outcome',
  career: 'gives that background',
  appointment: 'says when that post was taken up',
  predecessor: 'says who held that post before',
  return: 'reports it being given back or lifted',
  attendance: 'says who was there in person',
};

const DETAIL_WORDS: Partial<Record<string, string>> = {
  date: 'the date',
  time: 'the time',
  duration: 'how long it took',
  quantity: 'the number',
  place: 'the place',
};
