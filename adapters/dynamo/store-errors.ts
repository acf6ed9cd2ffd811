// Maps DynamoDB client failures to Postino errors: a lost condition is a normal outcome the
// caller handles; throttling, network and server faults mean "store unavailable" (503 with
// Retry-After); an item past the size limit is too large (413); any other request the table
// rejects as invalid is our bug (500).
import { PostinoError } from '../../core/errors';

export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

export function storeFailure(error: unknown, operation: string): PostinoError {
  if (error instanceof PostinoError) return error;
  const name = error instanceof Error ? error.name : 'unknown';
  // An item past DynamoDB's 400 KB is something the request made too big, not a fault of
  // ours to hide behind a 500: the caller is told what was too large (413).
  if (name === 'ValidationException' && /item size|maximum allowed size/i.test((error as Error).message)) {
    return new PostinoError('PayloadTooLarge', `${operation} is larger than a stored item may be`, {
      cause: error,
    });
  }
  if (name === 'ValidationException' || name === 'SerializationException' || name === 'ZodError') {
    return new PostinoError('Internal', `conversation store rejected ${operation}: ${name}`, {
      cause: error,
    });
  }
  return new PostinoError('StoreUnavailable', `conversation store unavailable during ${operation}: ${name}`, {
    cause: error,
  });
}
