import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { ArticleInput, Curation, CurationOutcome } from '../../app/curation.js';
import { downloadAttachment } from '../../app/download.js';
import type { ImportDrafts } from '../../app/importDrafts.js';
import type { KnowledgeSnapshot } from '../../app/knowledgeService.js';
import { checkModerator, type ModeratorPolicy } from '../../app/moderators.js';
import type { Actor } from '../../domain/knowledge/knowledgeStore.js';
import { newestFirst } from '../../domain/search/suggestArticles.js';
import type { ParsedCustomId } from '../customIds.js';
import { customIds } from '../customIds.js';
import { notice } from '../render/answer.js';
import {
  MODAL_TEXT_LIMIT,
  articleForm,
  renderAliases,
  renderArticleList,
  renderChangeDone,
  renderGaps,
  renderHistory,
  renderImportPreview,
  renderRemoveConfirmation,
} from '../render/curation.js';
import type { ReplyPayload } from '../render/payload.js';
import type { AttachmentLike, KnowledgeButtonLike, KnowledgeInteractionLike, MemberLike, ModalSubmitLike, Repliable } from './types.js';

/** A page turned into an article draft, or why not (see `src/import`). */
export type Importer = (url: string) => Promise<
  | { ok: true; draft: { title: string; source: string; url: string; published: string | null; paragraphs: readonly string[] } }
  | { ok: false; reason: string }
>;

/** What the moderators' commands need. */
export interface KnowledgeCommandDependencies {
  readonly curation: Curation;
  readonly knowledge: () => KnowledgeSnapshot;
  readonly policy: ModeratorPolicy;
  readonly importer: Importer;
  readonly drafts: ImportDrafts;
  readonly now?: () => number;
}

/** How long a removal confirmation stays valid. */
export const REMOVE_CONFIRMATION_MS = 60_000;

/**
 * `/knowledge …` for moderators. Every entry point (command, button, form) checks the member
 * first: Manage Server or a moderator role, in the configured server; anyone else gets a private
 * refusal and nothing changes. Slow work (downloads, imports, writes) is deferred first, so Discord's
 * 3-second window is always met.
 */
export function createKnowledgeHandlers(deps: KnowledgeCommandDependencies) {
  const now = deps.now ?? Date.now;

  async function refuseNonModerator(interaction: Repliable & MemberLike): Promise<boolean> {
    const verdict = checkModerator(memberFacts(interaction), deps.policy);
    if (verdict.allowed) return false;
    await interaction.reply(notice(verdict.reason));
    return true;
  }

  const command = async (interaction: KnowledgeInteractionLike): Promise<void> => {
    if (await refuseNonModerator(interaction)) return;
    const actor = actorOf(interaction);
    const group = interaction.options.getSubcommandGroup(false);
    const sub = interaction.options.getSubcommand();
    const snapshot = deps.knowledge();

    if (group === 'aliases') {
      if (sub === 'list') return void (await interaction.reply(renderAliases(await deps.curation.aliases())));
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const outcome =
        sub === 'add'
          ? await deps.curation.addAliases(interaction.options.getString('words', true).split(','), actor)
          : await deps.curation.removeAliases(interaction.options.getString('word', true), actor);
      return void (await interaction.editReply(outcomePayload(outcome)));
    }

    switch (sub) {
      case 'add': {
        const file = interaction.options.getAttachment('file');
        const fields = {
          title: interaction.options.getString('title') ?? '',
          source: interaction.options.getString('source') ?? '',
          published: interaction.options.getString('published') ?? '',
          url: interaction.options.getString('url'),
        };
        if (file === null) {
          return void (await interaction.showModal(articleForm(customIds.knowledgeAddForm(), 'Add an article', { ...fields, text: '' })));
        }
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        const bytes = await download(file);
        const outcome = typeof bytes === 'string' ? refusal(bytes) : await deps.curation.addFile(file.name, bytes, fields, actor);
        return void (await interaction.editReply(outcomePayload(outcome)));
      }
      case 'import': {
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        const imported = await deps.importer(interaction.options.getString('url', true).trim());
        if (!imported.ok) return void (await interaction.editReply(withoutFlags(notice(imported.reason))));
        const today = new Date(now()).toISOString().slice(0, 10);
        const draft: ArticleInput = {
          title: imported.draft.title,
          source: imported.draft.source,
          url: imported.draft.url,
          published: imported.draft.published ?? today,
          text: imported.draft.paragraphs.join('\n\n'),
        };
        deps.drafts.keep(interaction.id, draft);
        const note = imported.draft.published === null ? 'The page gives no date; today’s is used. Fix it with /knowledge edit after publishing.' : null;
        return void (await interaction.editReply(withoutFlags(renderImportPreview(draft, interaction.id, note))));
      }
      case 'edit': {
        const article = snapshot.index.articles.get(interaction.options.getString('id', true));
        if (article === undefined) return void (await interaction.reply(notice(unknownArticle(interaction.options.getString('id', true)))));
        const file = interaction.options.getAttachment('file');
        if (file !== null) {
          await interaction.deferReply({ flags: MessageFlags.Ephemeral });
          const bytes = await download(file);
          const outcome = typeof bytes === 'string' ? refusal(bytes) : await deps.curation.editFromFile(article.id, file.name, bytes, actor);
          return void (await interaction.editReply(outcomePayload(outcome)));
        }
        const text = article.paragraphs.join('\n\n');
        if (text.length > MODAL_TEXT_LIMIT) {
          return void (await interaction.reply(
            notice(`This article is ${text.length} characters long, more than a form holds (${MODAL_TEXT_LIMIT}). Run /knowledge edit id:${article.id} with the replacement .md file attached.`),
          ));
        }
        const values = { title: article.title, source: article.source, published: article.published, url: article.url, text };
        return void (await interaction.showModal(articleForm(customIds.knowledgeEditForm(article.id), 'Edit the article', values)));
      }
      case 'remove': {
        const id = interaction.options.getString('id', true);
        const article = snapshot.index.articles.get(id);
        if (article === undefined) return void (await interaction.reply(notice(unknownArticle(id))));
        return void (await interaction.reply(renderRemoveConfirmation(article, now() + REMOVE_CONFIRMATION_MS)));
      }
      case 'undo': {
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        return void (await interaction.editReply(outcomePayload(await deps.curation.undo(actor))));
      }
      case 'history': {
        const id = interaction.options.getString('id');
        return void (await interaction.reply(renderHistory(await deps.curation.history(id ?? undefined), id)));
      }
      case 'list':
        return void (await interaction.reply(renderArticleList(newestFirst([...snapshot.index.articles.values()]), 0)));
      case 'reload': {
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        const result = await deps.curation.reload();
        if (result.kind !== 'reloaded') return void (await interaction.editReply(outcomePayload(result)));
        const skipped = result.problems.length === 0 ? '' : `\nSkipped files:\n${result.problems.map((line) => `• ${line}`).join('\n')}`;
        return void (await interaction.editReply(withoutFlags(notice(`Reloaded: ${result.articles} article${result.articles === 1 ? '' : 's'}.${skipped}`))));
      }
      case 'gaps': {
        const { gaps, total } = await deps.curation.gaps();
        return void (await interaction.reply(renderGaps(gaps, total)));
      }
      default:
        return void (await interaction.reply(notice(`I do not know /knowledge ${sub}. Try /help.`)));
    }
  };

  const buttons = async (interaction: KnowledgeButtonLike, id: ParsedCustomId): Promise<void> => {
    if (await refuseNonModerator(interaction)) return;
    const actor = actorOf(interaction);
    switch (id.kind) {
      case 'kn-remove': {
        if (now() > id.expiresAt) return void (await interaction.update(cleared('This confirmation expired. Run /knowledge remove again.')));
        await interaction.deferUpdate();
        return void (await interaction.editReply(clearComponents(outcomePayload(await deps.curation.remove(id.articleId, actor)))));
      }
      case 'kn-cancel':
        return void (await interaction.update(cleared('Cancelled; nothing changed.')));
      case 'kn-publish': {
        const draft = deps.drafts.take(id.draftKey);
        if (draft === undefined) return void (await interaction.update(cleared('This preview expired (or was already used). Run /knowledge import again.')));
        await interaction.deferUpdate();
        return void (await interaction.editReply(clearComponents(outcomePayload(await deps.curation.add(draft, actor, 'import')))));
      }
      case 'kn-discard':
        deps.drafts.take(id.draftKey);
        return void (await interaction.update(cleared('Discarded; nothing was saved.')));
      case 'kn-list':
        return void (await interaction.update(withoutFlags(renderArticleList(newestFirst([...deps.knowledge().index.articles.values()]), id.page))));
      default:
        return void (await interaction.reply(notice('This button has expired. Run the command again.')));
    }
  };

  const modals = async (interaction: ModalSubmitLike, id: ParsedCustomId): Promise<void> => {
    if (await refuseNonModerator(interaction)) return;
    const input: ArticleInput = {
      title: interaction.fields.getTextInputValue('title'),
      source: interaction.fields.getTextInputValue('source'),
      published: interaction.fields.getTextInputValue('published'),
      url: interaction.fields.getTextInputValue('url'),
      text: interaction.fields.getTextInputValue('text'),
    };
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const outcome =
      id.kind === 'kn-edit-form' ? await deps.curation.edit(id.articleId, input, actorOf(interaction)) : await deps.curation.add(input, actorOf(interaction));
    await interaction.editReply(outcomePayload(outcome));
  };

  return { command, buttons, modals };
}

function memberFacts(interaction: Repliable & MemberLike): { guildId: string | null; hasManageGuild: boolean; roleIds: string[] } {
  const roles = interaction.member?.roles;
  const roleIds = roles === undefined ? [] : Array.isArray(roles) ? [...(roles as readonly string[])] : [...(roles as { cache: { keys(): Iterable<string> } }).cache.keys()];
  return { guildId: interaction.guildId, hasManageGuild: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false, roleIds };
}

function actorOf(interaction: Repliable): Actor {
  return { userId: interaction.user.id, tag: interaction.user.tag ?? interaction.user.id };
}

async function download(file: AttachmentLike): Promise<Uint8Array | string> {
  const result = await downloadAttachment(file.url);
  return result.ok ? result.bytes : result.reason;
}

function outcomePayload(outcome: CurationOutcome): Omit<ReplyPayload, 'flags'> {
  return withoutFlags(outcome.kind === 'done' ? renderChangeDone(outcome.summary, outcome.article) : notice(`Nothing changed: ${outcome.message}`));
}

function refusal(message: string): CurationOutcome {
  return { kind: 'refused', message };
}

function unknownArticle(id: string): string {
  return `I have no article with the id “${id.slice(0, 80)}”. Pick one from the list as you type.`;
}

function withoutFlags(payload: ReplyPayload): Omit<ReplyPayload, 'flags'> {
  const { flags, ...rest } = payload;
  return rest;
}

function clearComponents(payload: Omit<ReplyPayload, 'flags'>): Omit<ReplyPayload, 'flags'> {
  return { ...payload, components: [] };
}

function cleared(text: string): Omit<ReplyPayload, 'flags'> {
  return { content: text, embeds: [], components: [], allowedMentions: { parse: [] } };
}
