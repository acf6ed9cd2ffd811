// Time as a port, so turns, tokens and TTLs are testable without waiting.
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
