import type { AnswerMemory } from '../../app/answerMemory.js';
import type { FeedbackStore } from '../../app/feedbackStore.js';
import type { KnowledgeSnapshot } from '../../app/knowledgeService.js';
import type { Logger } from '../../app/logger.js';
import type { RateLimiter } from '../../app/rateLimiter.js';
import type { UnansweredLog } from '../../app/unansweredLog.js';
import { MAX_QUESTION_LENGTH, answerQuestion } from '../../domain/answer/answer.js';
import { relatedArticles } from '../../domain/answer/relatedArticles.js';
import type { ParsedCustomId } from '../customIds.js';
import { notice, renderAnswer, renderMore, type KnowledgeFacts } from '../render/answer.js';
import { renderArticleCard, renderContext } from '../render/lookups.js';
import type { ButtonInteractionLike, CommandInteractionLike } from './types.js';

/** What the `/ask` handlers need. */
export interface AskDependencies {
  readonly knowledge: () => KnowledgeSnapshot;
  readonly limiter: RateLimiter;
  readonly answers: AnswerMemory;
  readonly unanswered: UnansweredLog;
  readonly feedback: FeedbackStore;
  readonly logger: Logger;
}

/** Further sentences shown by the More button. */
const MORE_COUNT = 5;

/** Facts about a snapshot for footers. */
export function knowledgeFacts(snapshot: KnowledgeSnapshot): KnowledgeFacts {
  return { articleCount: snapshot.index.articles.size, lastModified: snapshot.lastModified };
}

/**
 * `/ask`: checks the member's cooldown, answers from the current snapshot, remembers the answer for
 * its buttons, logs a decline to the unanswered queue, and replies (privately when asked to).
 */
export function createAskHandler(deps: AskDependencies) {
  return async (interaction: CommandInteractionLike): Promise<void> => {
    const question = interaction.options.getString('question', true).trim();
    if (question.length < 2) return void (await interaction.reply(notice('Please ask a question in a few words, e.g. “Who led the talks?”')));
    if (question.length > MAX_QUESTION_LENGTH) {
      return void (await interaction.reply(notice(`That question is ${question.length} characters long; please keep it under ${MAX_QUESTION_LENGTH}.`)));
    }
    const decision = deps.limiter.take(interaction.user.id);
    if (!decision.allowed) {
      const seconds = Math.ceil(decision.retryAfterMs / 1000);
      return void (await interaction.reply(notice(`You are asking faster than I can keep up. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`)));
    }

    const snapshot = deps.knowledge();
    const result = answerQuestion(snapshot.index, question);
    const view = {
      answerKey: interaction.id,
      knowledge: knowledgeFacts(snapshot),
      private: interaction.options.getBoolean('private') ?? false,
      targetUserId: interaction.options.getUser('target')?.id ?? null,
    };
    if (result.kind === 'answered') {
      deps.answers.remember(interaction.id, {
        question,
        sentenceIds: result.answers.map((answer) => answer.sentenceId),
        more: result.more,
      });
      await interaction.reply(renderAnswer(result, view));
      return;
    }
    await interaction.reply(renderAnswer(result, view, relatedArticles(snapshot.index, question)));
    await deps.unanswered.record(question, result.reason, interaction.guildId).catch((error: unknown) => {
      deps.logger.error({ err: error }, 'could not record an unanswered question');
    });
  };
}

/** The buttons under an answer: More, Context, 👍/👎, and the close-topic buttons of a decline. */
export function createAskButtonHandler(deps: AskDependencies) {
  return async (interaction: ButtonInteractionLike, id: ParsedCustomId): Promise<void> => {
    switch (id.kind) {
      case 'ask-more': {
        const answer = deps.answers.recall(id.answerKey);
        if (answer === undefined) return void (await interaction.reply(notice(EXPIRED_ANSWER)));
        await interaction.reply(renderMore(answer.question, answer.more.slice(0, MORE_COUNT)));
        return;
      }
      case 'ask-context': {
        const found = deps.knowledge().index.findSentence(id.sentenceId);
        if (found === null) return void (await interaction.reply(notice('That article has changed since this answer. Ask again to see the current text.')));
        await interaction.reply(renderContext(found.passage, found.sentence.text));
        return;
      }
      case 'ask-vote': {
        const answer = deps.answers.recall(id.answerKey);
        if (answer === undefined) return void (await interaction.reply(notice(EXPIRED_ANSWER)));
        const outcome = await deps.feedback.record({
          answerKey: id.answerKey,
          userId: interaction.user.id,
          vote: id.vote,
          question: answer.question,
          sentenceIds: answer.sentenceIds,
        });
        await interaction.reply(
          notice(outcome === 'recorded' ? 'Thanks, your feedback helps the moderators improve my sources.' : 'You have already rated this answer.'),
        );
        return;
      }
      case 'article-show': {
        const article = deps.knowledge().index.articles.get(id.articleId);
        if (article === undefined) return void (await interaction.reply(notice('That article is no longer in my sources.')));
        await interaction.reply(renderArticleCard(article, true));
        return;
      }
      case 'search-page':
        throw new Error('search pages are handled by the search handler');
    }
  };
}

const EXPIRED_ANSWER = 'This answer is too old for its buttons (or I restarted since). Ask again with /ask.';
