import { createInterface } from 'node:readline';
import type { KnowledgeSnapshot } from '../app/knowledgeService.js';
import { MAX_QUESTION_LENGTH, answerQuestion, type QuotedSentence } from '../domain/answer/answer.js';
import { relatedArticles } from '../domain/answer/relatedArticles.js';
import { formatPublished, type Article } from '../domain/knowledge/article.js';
import { searchPassagePages } from '../domain/search/searchPassages.js';
import { suggestArticles } from '../domain/search/suggestArticles.js';
import { formatAnswerText, sourceLine } from './answerText.js';

/** Where the console reads and writes. */
export interface ConsoleOptions {
  readonly knowledge: () => KnowledgeSnapshot;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Show a prompt (only when a person is typing). */
  readonly interactive: boolean;
}

const HELP = `Commands (the same as in Discord):
  /ask <question>      answer with quoted sentences and their sources (or just type the question)
  /search <words>      paragraphs that mention the words; /more shows the next page
  /article <id|words>  an article's card
  /more                more sentences for the last question, or the next page of the last search
  /help                this list and the state of the knowledge
  /quit                leave`;

/**
 * The local console: the bot's commands in a terminal, answering from the same knowledge with the
 * same engine, printed as text. Works with piped input (one command per line) and ends at end of
 * input or `/quit`.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const lines = createInterface({ input: options.input, terminal: false });
  const print = (text: string): void => void options.output.write(text.endsWith('\n') ? text : `${text}\n`);
  const prompt = (): void => {
    if (options.interactive) options.output.write('parley> ');
  };
  let more: (() => string) | null = null;

  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      prompt();
      continue;
    }
    const [, name = 'ask', rest = ''] = /^\/(\S+)\s*(.*)$/su.exec(line) ?? [line, 'ask', line];
    const snapshot = options.knowledge();
    switch (name.toLowerCase()) {
      case 'quit':
      case 'exit':
        lines.close();
        return;
      case 'help':
        print(`${HELP}\n\nKnowledge: ${plural(snapshot.index.articles.size, 'article')}, ${plural(snapshot.index.passageCount, 'paragraph')}${snapshot.lastModified === null ? '' : `, updated ${snapshot.lastModified.toISOString().slice(0, 16).replace('T', ' ')} UTC`}.`);
        break;
      case 'ask': {
        if (rest.length === 0) print('Usage: /ask <question>');
        else if (rest.length > MAX_QUESTION_LENGTH) print(`That question is ${rest.length} characters long; please keep it under ${MAX_QUESTION_LENGTH}.`);
        else {
          const result = answerQuestion(snapshot.index, rest);
          print(formatAnswerText(result));
          if (result.kind === 'declined') {
            const related = relatedArticles(snapshot.index, rest);
            if (related.length > 0) print(`Close topics I do know about:\n${related.map((article) => `  • ${article.title} (/article ${article.id})`).join('\n')}`);
            more = null;
          } else {
            const rest5 = result.more.slice(0, 5);
            more = () => (rest5.length === 0 ? 'That is everything I found for this question.' : rest5.map(quoteBlock).join('\n'));
          }
        }
        break;
      }
      case 'search': {
        if (rest.length === 0) {
          print('Usage: /search <words>');
          break;
        }
        const showPage = (page: number): string => {
          const results = searchPassagePages(snapshot.index, rest, page);
          if (results.total === 0) return 'No paragraph of my articles matches those words.';
          const first = results.page * 5;
          const blocks = results.hits.map(({ passage }, i) => `${first + i + 1}. ${passage.article.title} · ${passage.article.source}, ${formatPublished(passage.article.published)}, ¶${passage.paragraph}\n   ${passage.text}`);
          more = results.page + 1 < results.pageCount ? () => showPage(results.page + 1) : () => 'No more results.';
          return `${blocks.join('\n\n')}\n(page ${results.page + 1} of ${results.pageCount}, ${plural(results.total, 'paragraph')}${results.page + 1 < results.pageCount ? '; /more for the next page' : ''})`;
        };
        print(showPage(0));
        break;
      }
      case 'article': {
        const article = snapshot.index.articles.get(rest) ?? suggestArticles(snapshot.index, rest, 1)[0];
        print(rest.length === 0 ? 'Usage: /article <id or headline words>' : article === undefined ? `I have no article “${rest}”.` : articleCard(article));
        break;
      }
      case 'more':
        print(more === null ? 'Nothing to continue: ask a question or search first.' : more());
        break;
      default:
        print(`Unknown command /${name}. Type /help for the list.`);
    }
    prompt();
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function quoteBlock(answer: QuotedSentence): string {
  return `“${answer.text}”\n   ${sourceLine(answer)}\n`;
}

function articleCard(article: Article): string {
  return [
    article.title,
    `${article.source}, ${formatPublished(article.published)} · ${article.paragraphs.length} paragraphs · id ${article.id}${article.url === null ? '' : ` · ${article.url}`}`,
    '',
    article.paragraphs[0] ?? '',
  ].join('\n');
}
