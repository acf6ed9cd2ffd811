// The Direct Line calls the widget makes itself, before Web Chat takes over: the public token
// endpoint that gives it a token for a new conversation (no secret in the page; the server
// checks the Origin), refresh, which trades a still valid token for a fresh one, and the
// reconnect check of a stored conversation. Answers are validated with zod.

import * as z from 'zod/mini';
import type { PostinoErrorCode } from '../../core/errors';
import type { Locale } from '../shared/widget-texts';

const issuedTokenSchema = z.object({
  conversationId: z.string().check(z.minLength(1)),
  token: z.string().check(z.minLength(1)),
  expires_in: z.number().check(z.positive()),
});

const reconnectSchema = z.object({
  conversationId: z.string().check(z.minLength(1)),
  token: z.optional(z.string().check(z.minLength(1))),
  expires_in: z.optional(z.number().check(z.positive())),
  streamUrl: z.optional(z.string().check(z.minLength(1))),
});

/** What the reconnect call answers: a fresh token and where to open the stream. */
export type ReconnectAnswer = z.infer<typeof reconnectSchema>;

export interface IssuedToken {
  conversationId: string;
  token: string;
  expiresInSeconds: number;
}

/** A token call that failed; `status` is 0 when the server could not be reached at all. */
export class TokenRequestError extends Error {
  readonly status: number;
  readonly code: PostinoErrorCode;

  constructor(status: number, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TokenRequestError';
    this.status = status;
    this.code = codeForStatus(status);
  }

  /** The token or its conversation is gone for good: start a new conversation. */
  get isFinal(): boolean {
    return this.status === 401 || this.status === 403 || this.status === 404;
  }
}

function codeForStatus(status: number): PostinoErrorCode {
  if (status === 401) return 'MissingAuthorization';
  if (status === 403) return 'TokenExpired';
  if (status === 404) return 'NotFound';
  if (status === 429) return 'RateLimited';
  if (status === 503) return 'StoreUnavailable';
  return status >= 400 && status < 500 ? 'BadArgument' : 'Internal';
}

async function call(url: string, init: RequestInit, token?: string): Promise<unknown> {
  let response: Response;
  try {
    const headers: Record<string, string> = init.body ? { 'Content-Type': 'application/json' } : {};
    if (token) headers.Authorization = `Bearer ${token}`;
    response = await fetch(url, { ...init, headers });
  } catch (error) {
    throw new TokenRequestError(0, `cannot reach ${url}`, { cause: error });
  }
  if (!response.ok) throw new TokenRequestError(response.status, `${url} answered ${response.status}`);
  return response.json().catch(() => null);
}

async function post(url: string, body: unknown, token?: string): Promise<IssuedToken> {
  const parsed = issuedTokenSchema.safeParse(
    await call(url, { method: 'POST', body: JSON.stringify(body) }, token),
  );
  if (!parsed.success) throw new TokenRequestError(502, `${url} answered an unexpected body`);
  const { conversationId, token: issued, expires_in } = parsed.data;
  return { conversationId, token: issued, expiresInSeconds: expires_in };
}

export function requestPublicToken(apiBase: string, locale: Locale): Promise<IssuedToken> {
  return post(`${apiBase}/v3/directline/tokens/public`, { locale });
}

/**
 * POST conversations: starts the token's conversation; the answer names its stream. With
 * `join` the server runs the welcome turn at once, so the greeting is already waiting.
 */
export async function startConversation(
  apiBase: string,
  token: string,
  locale: Locale,
  join: boolean,
): Promise<ReconnectAnswer> {
  const url = `${apiBase}/v3/directline/conversations`;
  const answer = reconnectSchema.safeParse(
    await call(
      url,
      {
        method: 'POST',
        // The browser's languages go with the join, for the record (as Web Chat's join would).
        body: JSON.stringify({ locale, join, languages: [...(navigator.languages ?? [])].slice(0, 8) }),
      },
      token,
    ),
  );
  if (!answer.success) throw new TokenRequestError(502, `${url} answered an unexpected body`);
  return answer.data;
}

export function refreshToken(apiBase: string, token: string): Promise<IssuedToken> {
  return post(`${apiBase}/v3/directline/tokens/refresh`, {}, token);
}

/**
 * Direct Line's reconnect call for a stored conversation: throws a final TokenRequestError
 * when the server no longer has it or the token is not for it. Checked here so DirectLineJS
 * is never handed a dead conversation (it would throw an uncaught error in the page).
 */
export async function checkConversation(
  apiBase: string,
  conversationId: string,
  token: string,
  watermark = '',
): Promise<ReconnectAnswer> {
  const url = `${apiBase}/v3/directline/conversations/${encodeURIComponent(conversationId)}`;
  const answer = reconnectSchema.safeParse(
    await call(`${url}?watermark=${encodeURIComponent(watermark)}`, {}, token),
  );
  if (!answer.success || answer.data.conversationId !== conversationId) {
    throw new TokenRequestError(404, `${url} answered for another conversation`);
  }
  return answer.data;
}
