// A ProbeClient decorator: serves a result younger than `maxAgeMs` from the cache, and lets
// identical concurrent probes share one flight, so a hundred chats opening during an outage
// cause one probe, not a hundred (the SMTP server's fail2ban would not like a hundred).
// Single flight covers this process; the shared cache covers the other instances. A `fresh`
// probe (outage mode's health check, once a minute) skips the cache read, so it never reports
// the previous minute's result again, and stores what it found for the chats.
import type { Clock } from '../ports/clock';
import { systemClock } from '../ports/clock';
import type { ProbeCache, ProbeCacheKey } from '../ports/probe-cache';
import type { DetailedProbeClient } from './detailed-probe-client';
import type { ProbeRun } from './report';

export const DEFAULT_PROBE_CACHE_MS = 60_000;

export interface CachingProbeClientOptions {
  inner: DetailedProbeClient;
  cache: ProbeCache;
  /** What the inner client probes (host and logical ports): the cache key. */
  key: ProbeCacheKey;
  maxAgeMs?: number;
  clock?: Clock;
  /** The cache is an optimisation: when it fails the probe still runs; this hears about it. */
  onCacheError?: (error: unknown) => void;
}

export function createCachingProbeClient(options: CachingProbeClientOptions): DetailedProbeClient {
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_PROBE_CACHE_MS;
  const clock = options.clock ?? systemClock;
  let inFlight: Promise<ProbeRun> | null = null;
  let freshFlight: Promise<ProbeRun> | null = null;

  const fresh = async (): Promise<ProbeRun | null> => {
    try {
      const cached = await options.cache.get(options.key);
      if (cached && clock.now() - cached.storedAt < maxAgeMs) return cached.run;
    } catch (error) {
      options.onCacheError?.(error);
    }
    return null;
  };

  const probeAndStore = async (useCache: boolean): Promise<ProbeRun> => {
    const cached = useCache ? await fresh() : null;
    if (cached) return cached;
    const run = await options.inner.probeDetailed();
    try {
      await options.cache.put(options.key, { run, storedAt: clock.now() }, maxAgeMs);
    } catch (error) {
      options.onCacheError?.(error);
    }
    return run;
  };

  const probeDetailed = (request: { fresh?: boolean } = {}): Promise<ProbeRun> => {
    if (request.fresh) {
      freshFlight ??= probeAndStore(false).finally(() => {
        freshFlight = null;
      });
      return freshFlight;
    }
    // The flight starts before the first await, so callers arriving during the cache read
    // join it too. Failures are shared but never cached: the next call tries again.
    inFlight ??= probeAndStore(true).finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  return { probeDetailed, probe: async () => (await probeDetailed()).summary };
}
