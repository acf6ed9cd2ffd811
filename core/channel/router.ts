// Routes a Direct Line request to its operation: size limit, JSON and zod checks first, then
// the service; every failure becomes the documented `{"error":{"code","message"}}` with its
// status, never a crash. CORS headers are added to every answer for allowed origins. With
// outage mode (issue 12), `GET /v3/directline/status` tells the widget, without a token,
// whether Halnet's server has a known problem (cacheable for a few seconds).
import type * as z from 'zod';
import { isPostinoError, PostinoError } from '../errors';
import type { PublicOutageStatus } from '../outage/ports';
import { errorResponse } from './channel-errors';
import { corsHeaders, preflightHeaders } from './cors';
import type { DirectLineService } from './directline-service';
import { type ChannelRequest, type ChannelResponse, jsonResponse } from './http';
import { jsonDepth, MAX_JSON_DEPTH } from './json-depth';
import {
  conversationIdSchema,
  generateTokenBodySchema,
  incomingActivitySchema,
  publicTokenBodySchema,
  startConversationBodySchema,
  watermarkQuerySchema,
} from './schemas';

export const DIRECTLINE_BASE = '/v3/directline';
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** The widget's outage banner (issue 12): public, no token. */
export const OUTAGE_STATUS_PATH = `${DIRECTLINE_BASE}/status`;
/** Seconds browsers and caches may keep the status: a crowd of widgets costs a few reads. */
export const OUTAGE_STATUS_MAX_AGE_S = 15;

export interface RouterOptions {
  allowedOrigins: readonly string[];
  maxBodyBytes?: number;
  /** Told about unexpected (500) failures; the response never carries their details. */
  onUnexpected?: (error: unknown, request: ChannelRequest) => void;
  /** Outage mode (issue 12): the public status; without it the status route is unknown (404). */
  outageStatus?: () => Promise<PublicOutageStatus>;
}

type Route = {
  method: string;
  pattern: RegExp;
  run: (request: ChannelRequest, params: string[]) => Promise<ChannelResponse>;
};

export class DirectLineRouter {
  private readonly routes: Route[];
  private readonly maxBodyBytes: number;

  constructor(
    private readonly service: DirectLineService,
    private readonly options: RouterOptions,
  ) {
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.routes = this.buildRoutes();
  }

  async handle(request: ChannelRequest): Promise<ChannelResponse> {
    const origin = request.headers.origin;
    if (request.method === 'OPTIONS') {
      return { status: 204, headers: preflightHeaders(origin, this.options.allowedOrigins) };
    }
    let response: ChannelResponse;
    try {
      response = await this.dispatch(request);
    } catch (error) {
      if (!isPostinoError(error) || error.code === 'Internal') this.options.onUnexpected?.(error, request);
      response = errorResponse(isPostinoError(error) ? error : new PostinoError('Internal', 'unexpected'));
    }
    return {
      ...response,
      headers: { ...response.headers, ...corsHeaders(origin, this.options.allowedOrigins) },
    };
  }

  private async dispatch(request: ChannelRequest): Promise<ChannelResponse> {
    if (request.body !== undefined && Buffer.byteLength(request.body) > this.maxBodyBytes) {
      throw new PostinoError('PayloadTooLarge', `Request body larger than ${this.maxBodyBytes} bytes`);
    }
    const path = request.path.length > 1 ? request.path.replace(/\/+$/, '') : request.path;
    let methodMismatch = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      if (route.method !== request.method) {
        methodMismatch = true;
        continue;
      }
      const params = match
        .slice(1)
        .map((param) => parse(conversationIdSchema, decodePathParam(param), 'path'));
      return route.run(request, params);
    }
    if (methodMismatch) throw new PostinoError('BadArgument', `Method ${request.method} not allowed here`);
    throw new PostinoError('NotFound', 'Unknown route');
  }

  private buildRoutes(): Route[] {
    const service = this.service;
    const auth = (request: ChannelRequest) => request.headers.authorization;
    const conversation = `${DIRECTLINE_BASE}/conversations/([^/]+)`;
    const outageStatus = this.options.outageStatus;
    return [
      ...(outageStatus
        ? [
            route('GET', OUTAGE_STATUS_PATH, async () => {
              const { outage, since } = await outageStatus();
              const response = jsonResponse(200, { outage, since } satisfies PublicOutageStatus);
              response.headers['cache-control'] = `public, max-age=${OUTAGE_STATUS_MAX_AGE_S}`;
              return response;
            }),
          ]
        : []),
      route('POST', `${DIRECTLINE_BASE}/tokens/generate`, async (request) =>
        jsonResponse(200, await service.generateToken(auth(request), body(request, generateTokenBodySchema))),
      ),
      route('POST', `${DIRECTLINE_BASE}/tokens/public`, async (request) =>
        jsonResponse(
          200,
          await service.publicToken(
            request.headers.origin,
            request.sourceIp,
            body(request, publicTokenBodySchema),
          ),
        ),
      ),
      route('POST', `${DIRECTLINE_BASE}/tokens/refresh`, async (request) =>
        jsonResponse(200, await service.refreshToken(auth(request))),
      ),
      route('POST', `${DIRECTLINE_BASE}/conversations`, async (request) => {
        const started = await service.startConversation(
          auth(request),
          body(request, startConversationBodySchema),
        );
        return jsonResponse(started.created ? 201 : 200, started.answer);
      }),
      route('GET', conversation, async (request, [id]) => {
        const { watermark } = parse(watermarkQuerySchema, request.query, 'query');
        return jsonResponse(200, await service.reconnect(auth(request), id as string, watermark));
      }),
      route('GET', `${conversation}/activities`, async (request, [id]) => {
        const { watermark } = parse(watermarkQuerySchema, request.query, 'query');
        return jsonResponse(200, await service.activities(auth(request), id as string, watermark));
      }),
      route('POST', `${conversation}/activities`, async (request, [id]) => {
        const activity = body(request, incomingActivitySchema, true);
        const result = await service.postActivity(auth(request), id as string, activity);
        return jsonResponse(200, { id: result.id });
      }),
      route('POST', `${conversation}/upload`, async (request, [id]) =>
        service.upload(auth(request), id as string),
      ),
    ];
  }
}

function route(method: string, path: string, run: Route['run']): Route {
  return { method, pattern: new RegExp(`^${path}$`), run };
}

/** Parses a JSON body with its schema; an absent body counts as `{}` unless `required`. */
function body<T extends z.ZodType>(request: ChannelRequest, schema: T, required = false): z.infer<T> {
  const raw = request.body?.trim();
  if (!raw) {
    if (required) throw new PostinoError('BadArgument', 'Missing request body');
    return parse(schema, {}, 'body');
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new PostinoError('BadArgument', 'Malformed JSON body');
  }
  if (jsonDepth(raw) > MAX_JSON_DEPTH) {
    throw new PostinoError('BadArgument', `JSON body nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
  return parse(schema, value, 'body');
}

/** A percent-encoded path segment; a malformed escape (`%ff`, `%zz`, a cut `%e0%a4%a`) is the caller's error. */
function decodePathParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    throw new PostinoError('BadArgument', 'Invalid path: malformed percent-escape');
  }
}

function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const at = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new PostinoError('BadArgument', `Invalid ${where}${at}: ${issue?.message ?? 'invalid'}`);
}
