/** Something wrong with a knowledge file, phrased so a moderator can fix it. */
export interface KnowledgeProblem {
  /** The file as the user knows it, e.g. `knowledge/foo.md`. */
  readonly file: string;
  /** The front-matter field at fault, when there is one. */
  readonly field?: string;
  /** What is wrong, without the file name: `"published" must be an ISO date (YYYY-MM-DD)`. */
  readonly message: string;
}

/** `knowledge/foo.md: "published" must be an ISO date (YYYY-MM-DD)`. */
export function formatProblem(problem: KnowledgeProblem): string {
  return `${problem.file}: ${problem.message}`;
}
