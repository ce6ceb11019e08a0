import { loadKnowledge } from '../domain/knowledge/loadKnowledge.js';
import { formatProblem } from '../domain/knowledge/problem.js';
import { KnowledgeIndex } from '../domain/search/knowledgeIndex.js';

/**
 * Loads a knowledge folder for a command-line tool and builds its index. Problems with single files
 * are printed to stderr as warnings (those files are skipped); an unreadable folder throws.
 */
export async function openIndex(folder: string, warn: (line: string) => void): Promise<KnowledgeIndex> {
  const knowledge = await loadKnowledge(folder);
  for (const problem of knowledge.problems) warn(`warning: skipped ${formatProblem(problem)}`);
  return new KnowledgeIndex(knowledge.articles, knowledge.aliases);
}
