// The error hierarchy every layer shares. Each error carries a stable code; the HTTP status a
// code maps to is decided once, in `httpStatusFor`, so handlers never invent their own.

export type PostinoErrorCode =
  | 'BadArgument'
  | 'BadSnapshot'
  | 'MissingAuthorization'
  | 'TokenExpired'
  | 'Forbidden'
  | 'NotFound'
  | 'PayloadTooLarge'
  | 'Conflict'
  | 'RateLimited'
  | 'NotSupported'
  | 'StoreUnavailable'
  | 'ProbeRefused'
  | 'ProbeFailed'
  | 'Internal';

const STATUS_BY_CODE: Record<PostinoErrorCode, number> = {
  BadArgument: 400,
  BadSnapshot: 422,
  MissingAuthorization: 401,
  TokenExpired: 403,
  Forbidden: 403,
  NotFound: 404,
  PayloadTooLarge: 413,
  Conflict: 409,
  RateLimited: 429,
  NotSupported: 400,
  StoreUnavailable: 503,
  ProbeRefused: 400,
  ProbeFailed: 502,
  Internal: 500,
};

export class PostinoError extends Error {
  readonly code: PostinoErrorCode;

  constructor(code: PostinoErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

export function httpStatusFor(code: PostinoErrorCode): number {
  return STATUS_BY_CODE[code];
}

export function isPostinoError(value: unknown): value is PostinoError {
  return value instanceof PostinoError;
}
