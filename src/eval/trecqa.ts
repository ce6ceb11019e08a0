import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Article } from '../domain/knowledge/article.js';
import { readJsonLines } from './jsonLines.js';

/** A TrecQA question with the candidate sentences judged to answer it. */
export interface TrecQaQuestion {
  readonly question: string;
  /** Candidate sentences labelled 1 (an answer quoting a part of one of them is right). */
  readonly positives: readonly string[];
}

/** TrecQA pooled as one knowledge base: one article per question's candidate set. */
export interface TrecQaPool {
  readonly articles: readonly Article[];
  /** Questions with at least one positive candidate (the others cannot be scored). */
  readonly questions: readonly TrecQaQuestion[];
  /** Questions skipped because none of their candidates is labelled right. */
  readonly withoutAnswer: number;
}

/**
 * Reads a TrecQA CSV (`qtext,label,atext`, as in brmson/dataset-sts) into a pooled knowledge base:
 * each question's candidates become the paragraphs of one neutral article, and every question is
 * later asked against the whole pool.
 */
export async function readTrecQa(file: string): Promise<TrecQaPool> {
  const rows = parseCsv(await readFile(file, 'utf8'));
  const header = rows.shift() ?? [];
  const [q, label, answer] = ['qtext', 'label', 'atext'].map((name) => header.indexOf(name));
  if (q === undefined || label === undefined || answer === undefined || q < 0 || label < 0 || answer < 0) {
    throw new Error(`${file}: expected the columns qtext,label,atext`);
  }
  const byQuestion = new Map<string, { candidates: string[]; positives: string[] }>();
  for (const row of rows) {
    const question = unescapePtb(row[q] ?? '').trim();
    const candidate = unescapePtb(row[answer] ?? '').trim();
    if (question === '' || candidate === '') continue;
    const entry = byQuestion.get(question) ?? { candidates: [], positives: [] };
    entry.candidates.push(candidate);
    if (row[label]?.trim() === '1') entry.positives.push(candidate);
    byQuestion.set(question, entry);
  }
  const articles: Article[] = [];
  const questions: TrecQaQuestion[] = [];
  let withoutAnswer = 0;
  [...byQuestion].forEach(([question, entry], i) => {
    const number = String(i + 1).padStart(3, '0');
    articles.push({
      id: `trecqa-${number}`,
      title: `Newswire candidates ${number}`,
      source: 'TrecQA',
      url: null,
      published: '2000-01-01',
      paragraphs: entry.candidates,
    });
    if (entry.positives.length > 0) questions.push({ question, positives: entry.positives });
    else withoutAnswer++;
  });
  return { articles, questions, withoutAnswer };
}

/**
 * Penn Treebank escapes the data set writes brackets with. Its quotes (`` and '') stay: read back
 * as '"' after a spaced full stop, a closing quote would split off as a sentence of its own.
 */
const PTB_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['-LRB-', '('], ['-RRB-', ')'], ['-LSB-', '['], ['-RSB-', ']'], ['-LCB-', '{'], ['-RCB-', '}'],
]);
const PTB_ESCAPE = /-[LR][RSC]B-/gu;

/** The text with its Penn Treebank bracket escapes read back ("-LRB- weight -RRB-" is "( weight )"). */
export function unescapePtb(text: string): string {
  return text.replace(PTB_ESCAPE, (escape) => PTB_ESCAPES.get(escape) ?? escape);
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Digest naming a candidate sentence without its text: the first 16 hex digits of the SHA-256 of
 * the sentence as the pool holds it (brackets read back, trimmed). Extra question sets refer to
 * their answers this way, so no text of the data set is committed with them.
 */
export function candidateDigest(candidate: string): string {
  return createHash('sha256').update(candidate).digest('hex').slice(0, 16);
}

/**
 * Reads questions written for a TrecQA pool (JSON lines `{"id", "question", "answers"}`, each
 * answer a {@link candidateDigest} of a candidate of the pool) as questions of that pool.
 *
 * @throws Error naming the line when an answer matches no candidate (another file, or an edited one)
 */
export async function readPoolQuestions(file: string, pool: TrecQaPool): Promise<TrecQaQuestion[]> {
  const byDigest = new Map<string, string>();
  for (const article of pool.articles) for (const candidate of article.paragraphs) byDigest.set(candidateDigest(candidate), candidate);
  return (await readJsonLines(file)).map(({ line, value }) => {
    const { question, answers } = (value ?? {}) as { question?: unknown; answers?: unknown };
    if (typeof question !== 'string' || !Array.isArray(answers) || !answers.every((answer) => typeof answer === 'string')) {
      throw new Error(`${file}:${line}: expected {"id", "question", "answers": [...]}`);
    }
    const positives = answers.map((digest) => {
      const candidate = byDigest.get(digest);
      if (candidate === undefined) throw new Error(`${file}:${line}: answer ${digest} is no candidate of this pool`);
      return candidate;
    });
    return { question, positives };
  });
}
