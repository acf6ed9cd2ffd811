// Caching and coalescing: a hundred concurrent chats cause one probe (counted at the fixture
// itself), a result is served while younger than the max age and re-probed after it, and the
// DynamoDB adapter (on dynalite, which has no TTL) honours expiry on read.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../adapters/dynamo/document-client';
import { startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import { DynamoProbeCache } from '../../adapters/dynamo/probe-cache';
import { MemoryProbeCache } from '../../adapters/memory/probe-cache';
import type { Clock } from '../../core/ports/clock';
import type { ProbeCache } from '../../core/ports/probe-cache';
import { createCachingProbeClient } from '../../core/probe/caching-probe-client';
import { createDirectProbeClient } from '../../core/probe/detailed-probe-client';
import type { ProbeRun } from '../../core/probe/report';
import { healthySubmission } from './fixtures/halnet';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

class ManualClock implements Clock {
  constructor(private time = Date.parse('2026-11-28T09:00:00Z')) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

const KEY = { host: 'localhost', ports: [587] };
/** Connections one probe of the fixture makes: the dialogue and the handshake against public roots. */
const ONE_PROBE = 2;

describe('caching probe client', () => {
  const submission = healthySubmission();

  function cachingClient(cache: ProbeCache, clock: Clock) {
    return createCachingProbeClient({
      inner: createDirectProbeClient(submission.config()),
      cache,
      key: KEY,
      maxAgeMs: 60_000,
      clock,
    });
  }

  it('lets 100 concurrent probes share one flight: the server sees one probe', async () => {
    const clock = new ManualClock();
    const client = cachingClient(new MemoryProbeCache(clock), clock);
    const before = submission.fixture.connections();
    const summaries = await Promise.all(Array.from({ length: 100 }, () => client.probe()));
    expect(submission.fixture.connections() - before).toBe(ONE_PROBE);
    expect(new Set(summaries).size).toBe(1);
    expect(summaries[0]?.findings[0]?.verdict).toBe('healthy');
  });

  it('serves a result younger than the max age and probes again after it', async () => {
    const clock = new ManualClock();
    const client = cachingClient(new MemoryProbeCache(clock), clock);
    const before = submission.fixture.connections();
    const first = await client.probe();
    clock.advance(59_000);
    expect(await client.probe()).toBe(first);
    expect(submission.fixture.connections() - before).toBe(ONE_PROBE);
    clock.advance(2_000);
    const third = await client.probe();
    expect(third).not.toBe(first);
    expect(submission.fixture.connections() - before).toBe(2 * ONE_PROBE);
  });

  it('runs a fresh probe (the health check) past a young cached result, and stores it for the others', async () => {
    const clock = new ManualClock();
    const client = cachingClient(new MemoryProbeCache(clock), clock);
    const before = submission.fixture.connections();
    const cached = await client.probeDetailed();
    clock.advance(30_000);
    const [fresh, again] = await Promise.all([
      client.probeDetailed({ fresh: true }),
      client.probeDetailed({ fresh: true }),
    ]);
    // Two fresh callers at once share one flight: the server sees one more probe, not two.
    expect(submission.fixture.connections() - before).toBe(2 * ONE_PROBE);
    expect(again).toBe(fresh);
    expect(fresh).not.toBe(cached);
    // The chats' next probe gets the fresh result from the cache.
    expect(await client.probeDetailed()).toEqual(fresh);
    expect(submission.fixture.connections() - before).toBe(2 * ONE_PROBE);
  });

  it('shares a failure with the callers of its flight but does not cache it', async () => {
    const clock = new ManualClock();
    let calls = 0;
    const client = createCachingProbeClient({
      inner: {
        probeDetailed: async () => {
          calls++;
          throw new Error('invoke failed');
        },
        probe: async () => {
          throw new Error('unused');
        },
      },
      cache: new MemoryProbeCache(clock),
      key: KEY,
      clock,
    });
    const results = await Promise.allSettled([client.probe(), client.probe(), client.probe()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(calls).toBe(1);
    await expect(client.probe()).rejects.toThrow('invoke failed');
    expect(calls).toBe(2);
  });

  it('still probes when the cache is down, and says so', async () => {
    const clock = new ManualClock();
    const errors: unknown[] = [];
    const broken: ProbeCache = {
      get: async () => {
        throw new Error('store down');
      },
      put: async () => {
        throw new Error('store down');
      },
    };
    const client = createCachingProbeClient({
      inner: createDirectProbeClient(submission.config()),
      cache: broken,
      key: KEY,
      clock,
      onCacheError: (error) => errors.push(error),
    });
    expect((await client.probe()).findings[0]?.verdict).toBe('healthy');
    expect(errors).toHaveLength(2);
  });

  describe('on dynalite', () => {
    let dynamo: Awaited<ReturnType<typeof startLocalDynamo>>;
    let documents: ReturnType<typeof createDocumentClient>;

    beforeAll(async () => {
      dynamo = await startLocalDynamo();
      documents = createDocumentClient({ endpoint: dynamo.endpoint });
    });
    afterAll(async () => {
      documents.destroy();
      await dynamo.close();
    });

    it('stores one item per host and port set with a ttl, and serves another instance from it', async () => {
      const clock = new ManualClock();
      const cache = new DynamoProbeCache(documents, dynamo.tableName, clock);
      const before = submission.fixture.connections();
      const first = await cachingClient(cache, clock).probe();
      const item = await documents.send(
        new GetCommand({ TableName: dynamo.tableName, Key: { PK: 'PROBE#localhost', SK: 'PORT#587' } }),
      );
      expect(item.Item).toMatchObject({
        storedAt: clock.now(),
        expiresAt: clock.now() + 60_000,
        ttl: Math.ceil((clock.now() + 60_000) / 1000),
      });
      // A second instance (its own single flight) finds the stored run: no new connection.
      clock.advance(30_000);
      const second = await cachingClient(cache, clock).probe();
      expect(second).toEqual(first);
      expect(submission.fixture.connections() - before).toBe(ONE_PROBE);
    });

    it('treats an item past its expiry as absent (dynalite never deletes it)', async () => {
      const clock = new ManualClock();
      const cache = new DynamoProbeCache(documents, dynamo.tableName, clock);
      const run = (await createDirectProbeClient(submission.config()).probeDetailed()) as ProbeRun;
      const key = { host: 'localhost', ports: [465, 587] };
      await cache.put(key, { run, storedAt: clock.now() }, 60_000);
      expect((await cache.get({ host: 'LOCALHOST', ports: [587, 465] }))?.run).toEqual(run);
      clock.advance(60_000);
      expect(await cache.get(key)).toBeNull();
      const raw = await documents.send(
        new GetCommand({ TableName: dynamo.tableName, Key: { PK: 'PROBE#localhost', SK: 'PORT#465,587' } }),
      );
      expect(raw.Item).toBeDefined();
    });

    it('reads an item that no longer parses as absent', async () => {
      const clock = new ManualClock();
      await documents.send(
        new PutCommand({
          TableName: dynamo.tableName,
          Item: {
            PK: 'PROBE#localhost',
            SK: 'PORT#25',
            run: '{"summary":1}',
            storedAt: clock.now(),
            expiresAt: clock.now() + 1000,
          },
        }),
      );
      const cache = new DynamoProbeCache(documents, dynamo.tableName, clock);
      expect(await cache.get({ host: 'localhost', ports: [25] })).toBeNull();
    });
  });
});
