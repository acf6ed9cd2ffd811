// Where recent probe results are kept so a burst of chats shares one probe. On AWS it is the
// shared DynamoDB table (short ttl); locally dynalite or memory. Expired entries must read as
// absent even where the store has no TTL sweeper (dynalite).
import type { ProbeRun } from '../probe/report';

export interface ProbeCacheKey {
  host: string;
  /** Logical ports probed; the set, so order does not matter. */
  ports: readonly number[];
}

export interface CachedProbe {
  run: ProbeRun;
  /** When the result was stored (ms since the epoch). */
  storedAt: number;
}

export interface ProbeCache {
  /** The entry for this key, or null when absent or expired. */
  get(key: ProbeCacheKey): Promise<CachedProbe | null>;
  /** Stores an entry that expires `ttlMs` after `entry.storedAt`. */
  put(key: ProbeCacheKey, entry: CachedProbe, ttlMs: number): Promise<void>;
}

/** The canonical form of a key's port set, e.g. `25,465,587`. */
export function portSetOf(key: ProbeCacheKey): string {
  return [...new Set(key.ports)].sort((a, b) => a - b).join(',');
}
