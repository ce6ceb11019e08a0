import { readFile } from 'node:fs/promises';

/** One parsed line of a JSON Lines file, with its 1-based line number for error messages. */
export interface JsonLine {
  readonly line: number;
  readonly value: unknown;
}

/**
 * Reads a JSON Lines file, skipping blank lines. Throws an error naming the line when one is not
 * valid JSON.
 */
export async function readJsonLines(file: string): Promise<JsonLine[]> {
  const lines: JsonLine[] = [];
  (await readFile(file, 'utf8')).split('\n').forEach((text, index) => {
    if (text.trim().length === 0) return;
    try {
      lines.push({ line: index + 1, value: JSON.parse(text) as unknown });
    } catch {
      throw new Error(`${file}:${index + 1}: not valid JSON`);
    }
  });
  return lines;
}
