// The agent API's HTTP surface: matches the routes of agent-api.ts, parses every input (path
// id, query, JSON body, the authorizer's claims) with zod, calls the AgentService and maps
// errors to `{ error: { code, message, heldBy? } }` with the status of core/errors.ts. The
// caller (functions/agent.ts) has already had the token verified by the authorizer. The outage
// routes (issue 12) exist only when the deployment gives the router its OutageControl.
import type * as z from 'zod';
import type { ChannelRequest, ChannelResponse } from '../channel/http';
import { jsonResponse } from '../channel/http';
import { httpStatusFor, isPostinoError, PostinoError } from '../errors';
import type { OutageControl } from '../outage/ports';
import {
  AGENT_API_PREFIX,
  type ApiError,
  conversationIdParamSchema,
  emptyRequestSchema,
  outageBroadcastRequestSchema,
  outageSetRequestSchema,
  sendMessageRequestSchema,
  transcriptQuerySchema,
  transferRequestSchema,
} from './agent-api';
import { HeldByAnotherAgentError } from './agent-errors';
import { type AgentIdentity, agentFromClaims } from './agent-identity';
import type { AgentService } from './agent-service';

export const AGENT_MAX_BODY_BYTES = 16 * 1024;
const CONVERSATION_ROUTE = /^\/conversations\/([^/]+)(?:\/([a-z]+))?$/;

type Handler = (agent: AgentIdentity, request: ChannelRequest, id: string) => Promise<unknown>;

export class AgentRouter {
  constructor(
    private readonly service: AgentService,
    private readonly options: {
      onUnexpected?: (error: unknown, request: ChannelRequest) => void;
      /** Outage mode (issue 12): without it, its routes answer 404 like any unknown route. */
      outage?: OutageControl;
    } = {},
  ) {}

  async handle(request: ChannelRequest, claims: unknown): Promise<ChannelResponse> {
    try {
      const agent = agentFromClaims(claims);
      const handler = this.match(request);
      const { id, run } = handler;
      return noStore(
        jsonResponse(request.method === 'POST' && handler.creates ? 201 : 200, await run(agent, request, id)),
      );
    } catch (error) {
      return this.failure(error, request);
    }
  }

  private match(request: ChannelRequest): { id: string; run: Handler; creates?: boolean } {
    if (!request.path.startsWith(`${AGENT_API_PREFIX}/`)) throw notFound();
    const path = request.path.slice(AGENT_API_PREFIX.length);
    const method = request.method;
    const s = this.service;
    const fixed: Record<string, Handler> = {
      'GET /me': async (agent) => ({ agent }),
      'GET /queue': (agent) => s.queue(agent),
      'GET /agents': (agent) => s.agents(agent),
      'GET /metrics': () => s.metrics(),
      ...this.outageRoutes(),
    };
    const direct = fixed[`${method} ${path}`];
    if (direct) return { id: '', run: direct };
    const match = CONVERSATION_ROUTE.exec(path);
    if (!match) throw notFound();
    const id = parse(conversationIdParamSchema, safeDecode(match[1] ?? ''), 'conversation id');
    const action = match[2];
    const routes: Record<string, Handler> = {
      'GET ': (agent, r) =>
        s.conversation(agent, id, parse(transcriptQuerySchema, r.query, 'query').watermark),
      'POST claim': (agent, r) => withEmptyBody(r, () => s.claim(agent, id)),
      'POST messages': (agent, r) => {
        const input = body(r, sendMessageRequestSchema);
        return s.sendMessage(agent, id, input.text, input.clientMessageId);
      },
      'POST probe': (agent, r) => withEmptyBody(r, () => s.probe(agent, id)),
      'POST transfer': (agent, r) => s.transfer(agent, id, body(r, transferRequestSchema).toAgentId),
      'POST release': (agent, r) => withEmptyBody(r, () => s.release(agent, id, 'bot')),
      'POST close': (agent, r) => withEmptyBody(r, () => s.release(agent, id, 'closed')),
      'GET canned': (agent) => s.canned(agent, id),
    };
    const run = routes[`${method} ${action ?? ''}`];
    if (!run) {
      const known = Object.keys(routes).some((key) => key.endsWith(` ${action ?? ''}`));
      throw known ? new MethodNotAllowed() : notFound();
    }
    return { id, run, creates: action === 'messages' };
  }

  private outageRoutes(): Record<string, Handler> {
    const outage = this.options.outage;
    if (!outage) return {};
    const by = (agent: AgentIdentity) => ({ id: agent.agentId, name: agent.name });
    return {
      'GET /outage': () => outage.overview(),
      'PUT /outage': (agent, r) => outage.setByHand(body(r, outageSetRequestSchema).active, by(agent)),
      'POST /outage/broadcast': (agent, r) =>
        outage.broadcast(body(r, outageBroadcastRequestSchema).text, by(agent)),
    };
  }

  private failure(error: unknown, request: ChannelRequest): ChannelResponse {
    if (error instanceof MethodNotAllowed)
      return errorResponse(405, 'MethodNotAllowed', 'Method not allowed');
    if (!isPostinoError(error)) {
      this.options.onUnexpected?.(error, request);
      return errorResponse(500, 'Internal', 'Internal error');
    }
    const status = httpStatusFor(error.code);
    if (status >= 500 && error.code !== 'StoreUnavailable') this.options.onUnexpected?.(error, request);
    const response = errorResponse(
      status,
      error.code,
      status >= 500 ? 'Service unavailable' : error.message,
      {
        ...(error instanceof HeldByAnotherAgentError ? { heldBy: error.heldBy } : {}),
      },
    );
    if (error.code === 'StoreUnavailable') response.headers['retry-after'] = '1';
    return response;
  }
}

class MethodNotAllowed extends Error {}

function notFound(): PostinoError {
  return new PostinoError('NotFound', 'No such agent API route');
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new PostinoError('BadArgument', 'malformed conversation id');
  }
}

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new PostinoError('BadArgument', `invalid ${what}${where}: ${issue?.message ?? 'malformed'}`);
  }
  return parsed.data;
}

/** The JSON body; an absent body counts as `{}` (actions without input). */
function body<T extends z.ZodType>(request: ChannelRequest, schema: T): z.output<T> {
  const raw = request.body ?? '';
  if (Buffer.byteLength(raw) > AGENT_MAX_BODY_BYTES)
    throw new PostinoError('PayloadTooLarge', 'Body too large');
  const type = request.headers['content-type'];
  if (raw.trim() !== '' && type !== undefined && !type.toLowerCase().startsWith('application/json')) {
    throw new PostinoError('BadArgument', 'Content-Type must be application/json');
  }
  let value: unknown = {};
  if (raw.trim() !== '') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new PostinoError('BadArgument', 'malformed JSON body');
    }
  }
  return parse(schema, value, 'body');
}

/** Actions without input still refuse a body that is not `{}`. */
function withEmptyBody<T>(request: ChannelRequest, run: () => Promise<T>): Promise<T> {
  body(request, emptyRequestSchema);
  return run();
}

function errorResponse(
  status: number,
  code: string,
  message: string,
  extra: Partial<ApiError['error']> = {},
) {
  return noStore(jsonResponse(status, { error: { code, message, ...extra } } satisfies ApiError));
}

function noStore(response: ChannelResponse): ChannelResponse {
  response.headers['cache-control'] = 'no-store';
  return response;
}
