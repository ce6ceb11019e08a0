#!/usr/bin/env node
/**
 * `npm run deploy-commands`: registers the slash commands (in `DISCORD_GUILD_ID` when set, else
 * globally) without starting the bot, and only when they differ from what Discord has.
 */
import { config as loadDotenv } from 'dotenv';
import { REST, Routes } from 'discord.js';
import { allCommands } from '../../commands/index.js';
import { parseConfig } from '../config.js';
import { syncCommands } from '../discord/commandRegistration.js';
import { UsageError, runCli } from './usageError.js';

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const parsed = parseConfig(process.env);
  if (!parsed.ok) throw new UsageError(parsed.problems.join('; '));
  const { discordToken, discordApiUrl, discordGuildId } = parsed.config;
  if (discordToken === null) throw new UsageError('DISCORD_TOKEN is not set (see .env.example)');

  const rest = new REST(discordApiUrl === null ? {} : { api: discordApiUrl }).setToken(discordToken);
  const application = (await rest.get(Routes.currentApplication())) as { id: string; name?: string };
  const scope = discordGuildId === null ? 'global' : { guildId: discordGuildId };
  const outcome = await syncCommands(rest, application.id, scope, allCommands);
  const where = discordGuildId === null ? 'globally (may take up to an hour to appear)' : `in guild ${discordGuildId}`;
  process.stdout.write(
    outcome === 'updated'
      ? `Registered ${allCommands.length} commands ${where}: ${allCommands.map((command) => `/${command.name}`).join(', ')}\n`
      : `The ${allCommands.length} commands ${where} are already up to date.\n`,
  );
  return 0;
}

runCli('deploy-commands', main);
