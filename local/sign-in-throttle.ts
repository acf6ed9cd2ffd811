// Slows down password guessing on the local demo sign-in: after MAX_FAILURES wrong passwords
// for a user name, or from one client address, further attempts are refused (429 with
// Retry-After) for a lock that doubles with each further failure, up to MAX_LOCK_MS, even with
// the right password, so guessing cannot go on in the background. A success clears the
// user's and the address's count. On AWS, Cognito's own protection does this.

export const MAX_FAILURES = 5;
const FIRST_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;
/** Failures older than this are forgotten. */
const WINDOW_MS = 15 * 60_000;

interface Entry {
  failures: number;
  lastFailure: number;
  lockedUntil: number;
}

export class SignInThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds to wait before another attempt for these keys, or 0 when one may be made now. */
  retryAfterSeconds(keys: string[]): number {
    const now = this.now();
    let until = 0;
    for (const key of keys) until = Math.max(until, this.entries.get(key)?.lockedUntil ?? 0);
    return until > now ? Math.ceil((until - now) / 1000) : 0;
  }

  failed(keys: string[]): void {
    const now = this.now();
    for (const key of keys) {
      const previous = this.entries.get(key);
      const failures = previous && now - previous.lastFailure < WINDOW_MS ? previous.failures + 1 : 1;
      const over = failures - MAX_FAILURES;
      const lockedUntil = over >= 0 ? now + Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** over) : 0;
      this.entries.set(key, { failures, lastFailure: now, lockedUntil });
    }
    this.prune(now);
  }

  succeeded(keys: string[]): void {
    for (const key of keys) this.entries.delete(key);
  }

  /** Keeps the map small under a flood of made-up user names. */
  private prune(now: number): void {
    if (this.entries.size < 10_000) return;
    for (const [key, entry] of this.entries) {
      if (entry.lockedUntil <= now && now - entry.lastFailure >= WINDOW_MS) this.entries.delete(key);
    }
  }
}
