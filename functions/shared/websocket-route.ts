// What a WebSocket API route function answers when a route fails (the customers' stream and
// the agents' feed): a refusal the caller caused (a bad or expired token, an unknown
// conversation) is its status code and error code, told to the logs without the request's
// secrets; anything else is logged as an error and answered 500.
import type { Logger } from '@aws-lambda-powertools/logger';
import { httpStatusFor, isPostinoError } from '../../core/errors';

export type WebSocketRouteResult = { statusCode: number; body?: string };

export function routeFailure(
  error: unknown,
  logger: Pick<Logger, 'info' | 'error'>,
  what: { routeKey: string; refused?: string; failed: string },
): WebSocketRouteResult {
  if (isPostinoError(error) && error.code !== 'Internal' && error.code !== 'StoreUnavailable') {
    // Never the token: only why it was refused.
    if (what.refused) logger.info(what.refused, { routeKey: what.routeKey, reason: error.message });
    return { statusCode: httpStatusFor(error.code), body: error.code };
  }
  logger.error(what.failed, { routeKey: what.routeKey, error });
  return { statusCode: 500 };
}
