// A fixed-window rate limiter held in this process's memory. On AWS each warm Lambda instance
// counts on its own, so the effective limit is per instance: API Gateway's route throttling
// is the fleet-wide guard (see README); locally there is one process and this is exact.
import type { Clock } from '../../core/ports/clock';
import type { RateDecision, RateLimiter } from '../../core/ports/rate-limiter';

export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  async take(key: string): Promise<RateDecision> {
    const now = this.clock.now();
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.sweep(now);
      this.windows.set(key, { start: now, count: 1 });
      return { allowed: true };
    }
    if (window.count < this.limit) {
      window.count++;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)),
    };
  }

  /** Drops finished windows so a flood of distinct IPs cannot grow the map without bound. */
  private sweep(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, window] of this.windows)
      if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
