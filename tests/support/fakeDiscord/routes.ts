/**
 * The REST routes the fake answers, with Discord's error codes for the usual mistakes (unknown interaction,
 * already acknowledged, unknown webhook/message/channel, invalid form body).
 */
import { performance } from 'node:perf_hooks';
import type { FakeState, InteractionState } from './state.js';
import { isObject } from './state.js';
import type { JsonObject, RecordedFile } from './types.js';
import type { ApiError } from './validate.js';
import { validateAutocomplete, validateCommand, validateCommands, validateMessage, validateModal } from './validate.js';

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  /** e.g. `/interactions/:id/:token/callback` */
  pattern: string;
  segments: string[];
  /** Whether `Authorization: Bot <token>` is required (interaction callbacks and webhooks are unauthenticated). */
  auth: boolean;
  handler: (ctx: RouteContext) => RouteResult;
}

export interface RouteOptions {
  /** Check bodies against Discord's limits (see validate.ts). */
  validate: boolean;
  /** Reject callbacks arriving later than this after injection with 10062 Unknown interaction; null: never. */
  callbackDeadlineMs: number | null;
  gatewayInfo: () => JsonObject;
}

function error(status: number, code: number, message: string): RouteResult {
  return { status, body: { message, code } };
}

const unknownInteraction = (): RouteResult => error(404, 10062, 'Unknown interaction');
const unknownWebhook = (): RouteResult => error(404, 10015, 'Unknown Webhook');
const unknownMessage = (): RouteResult => error(404, 10008, 'Unknown Message');
const unknownChannel = (): RouteResult => error(404, 10003, 'Unknown Channel');
const unknownGuild = (): RouteResult => error(404, 10004, 'Unknown Guild');
const unknownCommand = (): RouteResult => error(404, 10063, 'Unknown application command');
const ok = (body: unknown): RouteResult => ({ status: 200, body });
const noContent = (): RouteResult => ({ status: 204 });

function param(ctx: RouteContext, name: string): string {
  return ctx.params[name] ?? '';
}

/** Callback types Discord accepts per interaction type. */
const ALLOWED_CALLBACKS: Record<number, number[]> = {
  2: [4, 5, 9],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};

export function buildRoutes(state: FakeState, options: RouteOptions): Route[] {
  const check = (result: ApiError | null): ApiError | null => (options.validate ? result : null);

  function callback(ctx: RouteContext): RouteResult {
    const interaction = state.interactions.get(param(ctx, 'id'));
    if (!interaction || interaction.token !== param(ctx, 'token')) return unknownInteraction();
    const { callbackDeadlineMs } = options;
    if (
      callbackDeadlineMs !== null &&
      interaction.injectedAt !== null &&
      performance.now() - interaction.injectedAt > callbackDeadlineMs
    ) {
      return unknownInteraction();
    }
    if (interaction.callbackType !== null) return error(400, 40060, 'Interaction has already been acknowledged.');
    const body = isObject(ctx.body) ? ctx.body : {};
    const type = body['type'];
    if (typeof type !== 'number' || !(ALLOWED_CALLBACKS[interaction.type] ?? []).includes(type)) {
      return {
        status: 400,
        body: {
          message: 'Invalid Form Body',
          code: 50035,
          errors: { type: { _errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Invalid interaction response type' }] } },
        },
      };
    }
    const data = body['data'];
    const problem =
      type === 4
        ? check(validateMessage(data, { create: true, fileCount: ctx.files.length }))
        : type === 7
          ? check(validateMessage(data, { create: false, fileCount: ctx.files.length }))
          : type === 8
            ? check(validateAutocomplete(data))
            : type === 9
              ? check(validateModal(data))
              : null;
    if (problem) return problem;

    interaction.callbackType = type;
    let message: JsonObject | undefined;
    const where = { channelId: interaction.channelId, guildId: interaction.guildId, interaction };
    if (type === 4) {
      message = state.createMessage({ ...where, body: data, files: ctx.files });
    } else if (type === 5) {
      const flags = isObject(data) && typeof data['flags'] === 'number' ? data['flags'] : 0;
      message = state.createMessage({ ...where, body: { flags }, files: [], extraFlags: 128 });
    } else if (type === 7 && interaction.originalMessageId !== null) {
      message = state.editMessage(interaction.originalMessageId, data, ctx.files);
    } else if (type === 6 && interaction.originalMessageId !== null) {
      message = state.messages.get(interaction.originalMessageId);
    }
    if (message && (type === 4 || type === 5)) interaction.originalMessageId = String(message['id']);

    if (ctx.query.get('with_response') !== 'true') return noContent();
    const flags = message && typeof message['flags'] === 'number' ? message['flags'] : 0;
    return ok({
      interaction: {
        id: interaction.id,
        type: interaction.type,
        ...(message
          ? {
              response_message_id: message['id'],
              response_message_loading: (flags & 128) !== 0,
              response_message_ephemeral: (flags & 64) !== 0,
            }
          : {}),
      },
      resource: { type, ...(message && type !== 6 ? { message } : {}) },
    });
  }

  /** The acknowledged interaction a webhook token belongs to (Discord rejects follow-ups before the callback). */
  function webhookInteraction(ctx: RouteContext): InteractionState | undefined {
    if (param(ctx, 'appId') !== state.applicationId) return undefined;
    const interaction = state.interactionsByToken.get(param(ctx, 'token'));
    return interaction && interaction.callbackType !== null ? interaction : undefined;
  }

  function webhookMessageId(interaction: InteractionState, messageId: string): string | null {
    if (messageId === '@original') return interaction.originalMessageId;
    return interaction.followUpIds.has(messageId) || messageId === interaction.originalMessageId ? messageId : null;
  }

  function followUp(ctx: RouteContext): RouteResult {
    const interaction = webhookInteraction(ctx);
    if (!interaction) return unknownWebhook();
    const problem = check(validateMessage(ctx.body, { create: true, fileCount: ctx.files.length }));
    if (problem) return problem;
    const original = interaction.originalMessageId === null ? undefined : state.messages.get(interaction.originalMessageId);
    const loading = interaction.callbackType === 5 && typeof original?.['flags'] === 'number' && (original['flags'] & 128) !== 0;
    let message: JsonObject | undefined;
    if (loading && interaction.originalMessageId !== null) {
      // The first follow-up after a deferred reply replaces the "thinking..." message.
      message = state.editMessage(interaction.originalMessageId, ctx.body, ctx.files);
    } else {
      message = state.createMessage({
        channelId: interaction.channelId,
        guildId: interaction.guildId,
        body: ctx.body,
        files: ctx.files,
        interaction,
      });
      interaction.followUpIds.add(String(message['id']));
    }
    return ctx.query.get('wait') === 'true' ? ok(message) : noContent();
  }

  function webhookMessage(ctx: RouteContext, action: 'get' | 'patch' | 'delete'): RouteResult {
    const interaction = webhookInteraction(ctx);
    if (!interaction) return unknownWebhook();
    const id = webhookMessageId(interaction, param(ctx, 'messageId'));
    if (id === null || !state.messages.has(id)) return unknownMessage();
    if (action === 'get') return ok(state.messages.get(id));
    if (action === 'delete') {
      state.messages.delete(id);
      return noContent();
    }
    const problem = check(validateMessage(ctx.body, { create: false, fileCount: ctx.files.length }));
    return problem ?? ok(state.editMessage(id, ctx.body, ctx.files));
  }

  function channelMessage(ctx: RouteContext, action: 'get' | 'patch' | 'delete'): RouteResult {
    const message = state.messages.get(param(ctx, 'messageId'));
    if (!message || message['channel_id'] !== param(ctx, 'channelId')) return unknownMessage();
    if (action === 'get') return ok(message);
    if (action === 'delete') {
      state.messages.delete(param(ctx, 'messageId'));
      return noContent();
    }
    const problem = check(validateMessage(ctx.body, { create: false, fileCount: ctx.files.length }));
    return problem ?? ok(state.editMessage(param(ctx, 'messageId'), ctx.body, ctx.files));
  }

  /** `global` or the guild id of a commands route; an error for a foreign application or unknown guild. */
  function commandScope(ctx: RouteContext): string | RouteResult {
    if (param(ctx, 'appId') !== state.applicationId) return error(404, 10002, 'Unknown Application');
    const guildId = ctx.params['guildId'];
    if (guildId === undefined) return 'global';
    return state.guild(guildId) ? guildId : error(403, 50001, 'Missing Access');
  }

  function commands(ctx: RouteContext, action: 'list' | 'put' | 'post' | 'get' | 'patch' | 'delete'): RouteResult {
    const scope = commandScope(ctx);
    if (typeof scope !== 'string') return scope;
    const existing = state.commands.get(scope) ?? [];
    if (action === 'list') return ok(existing);
    if (action === 'put') {
      const problem = check(validateCommands(ctx.body));
      if (problem) return problem;
      const list = (Array.isArray(ctx.body) ? ctx.body : []).filter(isObject).map((c) => state.storeCommand(scope, c, existing));
      state.commands.set(scope, list);
      return ok(list);
    }
    if (action === 'post') {
      const problem = check(validateCommand(ctx.body));
      if (problem) return problem;
      const stored = state.storeCommand(scope, isObject(ctx.body) ? ctx.body : {}, existing);
      const replaced = existing.some((c) => c['id'] === stored['id']);
      state.commands.set(scope, [...existing.filter((c) => c['id'] !== stored['id']), stored]);
      return { status: replaced ? 200 : 201, body: stored };
    }
    const current = existing.find((c) => c['id'] === param(ctx, 'commandId'));
    if (!current) return unknownCommand();
    if (action === 'get') return ok(current);
    if (action === 'delete') {
      state.commands.set(scope, existing.filter((c) => c !== current));
      return noContent();
    }
    const merged = { ...current, ...(isObject(ctx.body) ? ctx.body : {}) };
    const problem = check(validateCommand(merged));
    if (problem) return problem;
    const updated = { ...merged, id: current['id'], version: state.storeCommand(scope, merged, existing)['version'] };
    state.commands.set(scope, existing.map((c) => (c === current ? updated : c)));
    return ok(updated);
  }

  const table: Array<[string, string, boolean, (ctx: RouteContext) => RouteResult]> = [
    ['GET', '/gateway', false, () => ok({ url: options.gatewayInfo()['url'] })],
    ['GET', '/gateway/bot', true, () => ok(options.gatewayInfo())],
    ['GET', '/users/@me', true, () => ok(state.botApiUser)],
    ['GET', '/applications/@me', true, () => ok(state.applicationPayload())],
    ['GET', '/oauth2/applications/@me', true, () => ok(state.applicationPayload())],
    ['POST', '/interactions/:id/:token/callback', false, callback],
    ['POST', '/webhooks/:appId/:token', false, followUp],
    ['GET', '/webhooks/:appId/:token/messages/:messageId', false, (ctx) => webhookMessage(ctx, 'get')],
    ['PATCH', '/webhooks/:appId/:token/messages/:messageId', false, (ctx) => webhookMessage(ctx, 'patch')],
    ['DELETE', '/webhooks/:appId/:token/messages/:messageId', false, (ctx) => webhookMessage(ctx, 'delete')],
    [
      'GET',
      '/channels/:channelId',
      true,
      (ctx) => {
        const channel = state.channels.get(param(ctx, 'channelId'));
        return channel ? ok(state.channelPayload(channel)) : unknownChannel();
      },
    ],
    [
      'POST',
      '/channels/:channelId/messages',
      true,
      (ctx) => {
        const channel = state.channels.get(param(ctx, 'channelId'));
        if (!channel) return unknownChannel();
        const problem = check(validateMessage(ctx.body, { create: true, fileCount: ctx.files.length }));
        if (problem) return problem;
        return ok(state.createMessage({ channelId: channel.id, guildId: channel.guildId, body: ctx.body, files: ctx.files }));
      },
    ],
    ['GET', '/channels/:channelId/messages/:messageId', true, (ctx) => channelMessage(ctx, 'get')],
    ['PATCH', '/channels/:channelId/messages/:messageId', true, (ctx) => channelMessage(ctx, 'patch')],
    ['DELETE', '/channels/:channelId/messages/:messageId', true, (ctx) => channelMessage(ctx, 'delete')],
    [
      'GET',
      '/guilds/:guildId',
      true,
      (ctx) => {
        const guild = state.guild(param(ctx, 'guildId'));
        return guild ? ok(state.guildCreatePayload(guild)) : unknownGuild();
      },
    ],
    [
      'GET',
      '/guilds/:guildId/channels',
      true,
      (ctx) =>
        state.guild(param(ctx, 'guildId'))
          ? ok(state.guildChannels(param(ctx, 'guildId')).map((channel) => state.channelPayload(channel)))
          : unknownGuild(),
    ],
  ];
  for (const prefix of ['/applications/:appId', '/applications/:appId/guilds/:guildId']) {
    table.push(
      ['GET', `${prefix}/commands`, true, (ctx) => commands(ctx, 'list')],
      ['PUT', `${prefix}/commands`, true, (ctx) => commands(ctx, 'put')],
      ['POST', `${prefix}/commands`, true, (ctx) => commands(ctx, 'post')],
      ['GET', `${prefix}/commands/:commandId`, true, (ctx) => commands(ctx, 'get')],
      ['PATCH', `${prefix}/commands/:commandId`, true, (ctx) => commands(ctx, 'patch')],
      ['DELETE', `${prefix}/commands/:commandId`, true, (ctx) => commands(ctx, 'delete')],
    );
  }
  return table.map(([method, pattern, auth, handler]) => ({
    method,
    pattern,
    segments: pattern.split('/').slice(1),
    auth,
    handler,
  }));
}

/** The route for a method and decoded path segments, with its parameters; literal segments win over params. */
export function matchRoute(
  routes: Route[],
  method: string,
  segments: string[],
): { route: Route; params: Record<string, string> } | null {
  let best: { route: Route; params: Record<string, string>; literals: number } | null = null;
  for (const route of routes) {
    if (route.method !== method || route.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    const matches = route.segments.every((part, i) => {
      const actual = segments[i] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = actual;
        return actual.length > 0;
      }
      literals++;
      return part === actual;
    });
    if (matches && (!best || literals > best.literals)) best = { route, params, literals };
  }
  return best && { route: best.route, params: best.params };
}
