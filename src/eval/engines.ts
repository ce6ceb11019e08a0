import MiniSearch from 'minisearch';
import { answerQuestion, type AnswerOptions } from '../domain/answer/answer.js';
import type { Article } from '../domain/knowledge/article.js';
import type { KnowledgeIndex } from '../domain/search/knowledgeIndex.js';
import { splitSentences } from '../domain/text/sentences.js';
import type { RankedOutcome } from './metrics.js';

/** Something that answers a question with a ranked list of sentences (or declines). */
export type Engine = (question: string) => RankedOutcome;

/** Parley's answer engine: the quoted answers first, then the further candidates. */
export function parleyEngine(index: KnowledgeIndex, options: AnswerOptions = {}): Engine {
  return (question) => {
    const result = answerQuestion(index, question, options);
    if (result.kind === 'declined') return { answered: false, ranking: [], quoted: 0 };
    return {
      answered: true,
      ranking: [...result.answers, ...result.more].map((answer) => answer.text),
      quoted: result.answers.length,
    };
  };
}

/**
 * The baseline: MiniSearch with its default options over the same sentences, the question as the
 * query, the top three results quoted. It never declines unless nothing matches.
 */
export function plainMiniSearchEngine(articles: readonly Article[]): Engine {
  const sentences: string[] = [];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) for (const span of splitSentences(paragraph)) sentences.push(span.text);
  }
  const miniSearch = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  miniSearch.addAll(sentences.map((text, id) => ({ id, text })));
  return (question) => {
    const ranking = miniSearch
      .search(question)
      .slice(0, 20)
      .map((result) => sentences[result.id as number] ?? '');
    return { answered: ranking.length > 0, ranking, quoted: Math.min(3, ranking.length) };
  };
}
