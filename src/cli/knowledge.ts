#!/usr/bin/env node
/**
 * `npm run --silent knowledge -- validate [DIR]`: checks every knowledge file with the same validator
 * the bot uses at start-up and before every moderator write; prints each problem (file and field)
 * and exits 1 if there is any, 0 when all files are valid, 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { knowledgeDirFrom } from '../config.js';
import { loadKnowledge } from '../domain/knowledge/loadKnowledge.js';
import { formatProblem } from '../domain/knowledge/problem.js';
import { UsageError, runCli } from './usageError.js';

const USAGE = 'usage: npm run --silent knowledge -- validate [DIR]';

async function validate(folder: string): Promise<number> {
  const { articles, aliases, problems } = await loadKnowledge(folder);
  for (const problem of problems) process.stdout.write(`${formatProblem(problem)}\n`);
  const summary = `${folder}: ${articles.length} valid article${articles.length === 1 ? '' : 's'}, ${aliases.length} alias group${aliases.length === 1 ? '' : 's'}, ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  process.stderr.write(`${summary}\n`);
  return problems.length > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, strict: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new UsageError(`${message.replace(/\. To specify a positional.*$/u, '')} (${USAGE})`);
  }
  if (parsed.values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, folder, ...extra] = parsed.positionals;
  if (command !== 'validate') throw new UsageError(command === undefined ? `no command given (${USAGE})` : `unknown command "${command}" (${USAGE})`);
  if (extra.length > 0) throw new UsageError(`validate takes one folder (${USAGE})`);
  return validate(folder ?? knowledgeDirFrom(process.env));
}

runCli('knowledge', main);
