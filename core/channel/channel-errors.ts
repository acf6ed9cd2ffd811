// Errors of the Direct Line surface and their wire form: `{"error":{"code","message"}}` with the
// status `httpStatusFor` gives the code, plus `Retry-After` where a retry makes sense.
import { httpStatusFor, PostinoError } from '../errors';
import type { ChannelResponse } from './http';

/** Store outages are short; tell clients to come back soon. */
const STORE_RETRY_AFTER_SECONDS = 2;

export class RateLimitedError extends PostinoError {
  constructor(readonly retryAfterSeconds: number) {
    super('RateLimited', 'Too many requests, retry later');
  }
}

export function errorResponse(error: PostinoError): ChannelResponse {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (error instanceof RateLimitedError) headers['retry-after'] = String(error.retryAfterSeconds);
  if (error.code === 'StoreUnavailable') headers['retry-after'] = String(STORE_RETRY_AFTER_SECONDS);
  // Internal details stay in the logs.
  const message =
    error.code === 'StoreUnavailable'
      ? 'The service is temporarily unavailable, retry later'
      : error.code === 'Internal'
        ? 'Internal error'
        : error.message;
  return {
    status: httpStatusFor(error.code),
    headers,
    body: JSON.stringify({ error: { code: error.code, message } }),
  };
}
