/**
 * Component custom ids: `<feature>:<action>:<arguments>`, at most 100 characters. Each builder has
 * a parser; a stale or foreign id parses to `null` and gets a clear "this button has expired" reply.
 */
import { DISCORD_LIMITS } from './limits.js';

export type Vote = 'up' | 'down';

export type ParsedCustomId =
  | { readonly kind: 'ask-more'; readonly answerKey: string }
  | { readonly kind: 'ask-context'; readonly sentenceId: string }
  | { readonly kind: 'ask-vote'; readonly vote: Vote; readonly answerKey: string }
  | { readonly kind: 'article-show'; readonly articleId: string }
  | { readonly kind: 'search-page'; readonly page: number; readonly query: string }
  | { readonly kind: 'kn-remove'; readonly articleId: string; readonly expiresAt: number }
  | { readonly kind: 'kn-cancel' }
  | { readonly kind: 'kn-publish'; readonly draftKey: string }
  | { readonly kind: 'kn-discard'; readonly draftKey: string }
  | { readonly kind: 'kn-list'; readonly page: number }
  | { readonly kind: 'kn-add-form' }
  | { readonly kind: 'kn-edit-form'; readonly articleId: string };

export const customIds = {
  askMore: (answerKey: string): string => `ask:more:${answerKey}`,
  askContext: (sentenceId: string): string => `ask:context:${sentenceId}`,
  askVote: (vote: Vote, answerKey: string): string => `ask:vote:${vote}:${answerKey}`,
  articleShow: (articleId: string): string => `article:show:${articleId}`,
  searchPage: (page: number, query: string): string => `search:page:${page}:${query}`.slice(0, DISCORD_LIMITS.customId),
  /** Confirms a removal until `expiresAt` (ms since the epoch). */
  knowledgeRemove: (articleId: string, expiresAt: number): string => `kn:remove:${expiresAt}:${articleId}`,
  knowledgeCancel: (): string => 'kn:cancel',
  knowledgePublish: (draftKey: string): string => `kn:publish:${draftKey}`,
  knowledgeDiscard: (draftKey: string): string => `kn:discard:${draftKey}`,
  knowledgeList: (page: number): string => `kn:list:${page}`,
  knowledgeAddForm: (): string => 'kn:add-form',
  knowledgeEditForm: (articleId: string): string => `kn:edit-form:${articleId}`,
};

/** Reads a custom id built by {@link customIds}; null for anything else. */
export function parseCustomId(customId: string): ParsedCustomId | null {
  const [feature, action, ...rest] = customId.split(':');
  const argument = rest.join(':');
  if (feature === 'ask' && action === 'more' && argument !== '') return { kind: 'ask-more', answerKey: argument };
  if (feature === 'ask' && action === 'context' && argument !== '') return { kind: 'ask-context', sentenceId: argument };
  if (feature === 'ask' && action === 'vote') {
    const [vote, answerKey] = rest;
    if ((vote === 'up' || vote === 'down') && answerKey !== undefined && answerKey !== '') return { kind: 'ask-vote', vote, answerKey };
  }
  if (feature === 'article' && action === 'show' && argument !== '') return { kind: 'article-show', articleId: argument };
  if (feature === 'kn') return parseKnowledgeId(action, rest);
  if (feature === 'search' && action === 'page') {
    const [page, ...query] = rest;
    const number = /^\d+$/u.test(page ?? '') ? Number(page) : Number.NaN;
    if (Number.isInteger(number) && number >= 0 && query.length > 0) return { kind: 'search-page', page: number, query: query.join(':') };
  }
  return null;
}

function parseKnowledgeId(action: string | undefined, rest: readonly string[]): ParsedCustomId | null {
  const [first, second] = rest;
  switch (action) {
    case 'remove': {
      const expiresAt = Number(first);
      return Number.isInteger(expiresAt) && second !== undefined && second !== '' ? { kind: 'kn-remove', articleId: second, expiresAt } : null;
    }
    case 'cancel':
      return { kind: 'kn-cancel' };
    case 'publish':
      return first === undefined || first === '' ? null : { kind: 'kn-publish', draftKey: first };
    case 'discard':
      return first === undefined || first === '' ? null : { kind: 'kn-discard', draftKey: first };
    case 'list': {
      const page = /^\d+$/u.test(first ?? '') ? Number(first) : Number.NaN;
      return Number.isInteger(page) && page >= 0 ? { kind: 'kn-list', page } : null;
    }
    case 'add-form':
      return { kind: 'kn-add-form' };
    case 'edit-form':
      return first === undefined || first === '' ? null : { kind: 'kn-edit-form', articleId: first };
    default:
      return null;
  }
}
