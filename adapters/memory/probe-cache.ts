// The ProbeCache in this process's memory: tests, and the probe Lambda when no table is
// configured (then each warm instance keeps its own recent result).
import type { Clock } from '../../core/ports/clock';
import {
  type CachedProbe,
  type ProbeCache,
  type ProbeCacheKey,
  portSetOf,
} from '../../core/ports/probe-cache';

export class MemoryProbeCache implements ProbeCache {
  private readonly entries = new Map<string, { entry: CachedProbe; expiresAt: number }>();

  constructor(private readonly clock: Clock) {}

  async get(key: ProbeCacheKey): Promise<CachedProbe | null> {
    const id = idOf(key);
    const found = this.entries.get(id);
    if (!found) return null;
    if (found.expiresAt <= this.clock.now()) {
      this.entries.delete(id);
      return null;
    }
    return found.entry;
  }

  async put(key: ProbeCacheKey, entry: CachedProbe, ttlMs: number): Promise<void> {
    this.entries.set(idOf(key), { entry, expiresAt: entry.storedAt + ttlMs });
  }
}

function idOf(key: ProbeCacheKey): string {
  return `${key.host.toLowerCase()}|${portSetOf(key)}`;
}
