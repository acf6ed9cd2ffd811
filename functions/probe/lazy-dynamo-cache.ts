// The probe function's DynamoDB cache, loaded on its first use rather than during Lambda's
// init (issue 10: @aws-sdk/client-dynamodb alone costs ~70 ms of module load).
import type { CachedProbe, ProbeCache, ProbeCacheKey } from '../../core/ports/probe-cache';

export function lazyDynamoProbeCache(tableName: string, endpoint: string | undefined): ProbeCache {
  let cache: Promise<ProbeCache> | undefined;
  const load = () => {
    cache ??= Promise.all([
      import('../../adapters/dynamo/document-client'),
      import('../../adapters/dynamo/probe-cache'),
      import('../../core/ports/clock'),
    ]).then(
      ([{ createDocumentClient }, { DynamoProbeCache }, { systemClock }]) =>
        new DynamoProbeCache(createDocumentClient(endpoint ? { endpoint } : {}), tableName, systemClock),
    );
    return cache;
  };
  return {
    get: async (key: ProbeCacheKey) => (await load()).get(key),
    put: async (key: ProbeCacheKey, entry: CachedProbe, ttlMs: number) =>
      (await load()).put(key, entry, ttlMs),
  };
}
