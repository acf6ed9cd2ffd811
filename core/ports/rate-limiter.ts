// Limits how often one caller (e.g. a client IP) may do something, such as minting public tokens.
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(key: string): Promise<RateDecision>;
}
