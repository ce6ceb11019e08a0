import { KnowledgeService } from '../app/knowledgeService.js';
import { silentLogger } from '../app/logger.js';
import { formatProblem } from '../domain/knowledge/problem.js';

/**
 * Opens a knowledge folder for a command-line tool: from the saved index in `indexDir` when its
 * files have not changed (fast at any size), else by analysing them (and saving the index for next
 * time when the tool closes the service). Problems with single files are printed to stderr as
 * warnings (those files are skipped); an unreadable folder throws.
 */
export async function openKnowledge(folder: string, indexDir: string | null, warn: (line: string) => void): Promise<KnowledgeService> {
  const service = await KnowledgeService.open(folder, silentLogger, { indexDir, saveDelayMs: 0 });
  for (const problem of service.current.problems) warn(`warning: skipped ${formatProblem(problem)}`);
  return service;
}
