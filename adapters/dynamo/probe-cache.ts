// The ProbeCache in Postino's DynamoDB table: one item per host and port set,
// PK `PROBE#<host>`, SK `PORT#<ports, sorted, comma-separated>` (e.g. `PORT#25,465,587`),
// holding the run as JSON, `storedAt`, `expiresAt` (ms) and `ttl` (epoch seconds, for
// DynamoDB's sweeper). dynalite has no TTL, so reads treat an item past `expiresAt` as absent;
// an item that no longer parses is treated as absent too (a newer deploy re-probes).
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { PostinoError } from '../../core/errors';
import type { Clock } from '../../core/ports/clock';
import {
  type CachedProbe,
  type ProbeCache,
  type ProbeCacheKey,
  portSetOf,
} from '../../core/ports/probe-cache';
import { probeRunSchema } from '../../core/probe/report';

const itemSchema = z.object({
  run: z.string(),
  storedAt: z.number(),
  expiresAt: z.number(),
});

export function probeCacheKeyOf(key: ProbeCacheKey): { PK: string; SK: string } {
  return { PK: `PROBE#${key.host.toLowerCase()}`, SK: `PORT#${portSetOf(key)}` };
}

export class DynamoProbeCache implements ProbeCache {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async get(key: ProbeCacheKey): Promise<CachedProbe | null> {
    const result = await reachStore(() =>
      this.client.send(
        new GetCommand({ TableName: this.tableName, Key: probeCacheKeyOf(key), ConsistentRead: true }),
      ),
    );
    const item = itemSchema.safeParse(result.Item);
    if (!item.success || item.data.expiresAt <= this.clock.now()) return null;
    const run = probeRunSchema.safeParse(safeJson(item.data.run));
    return run.success ? { run: run.data, storedAt: item.data.storedAt } : null;
  }

  async put(key: ProbeCacheKey, entry: CachedProbe, ttlMs: number): Promise<void> {
    const expiresAt = entry.storedAt + ttlMs;
    await reachStore(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...probeCacheKeyOf(key),
            run: JSON.stringify(entry.run),
            storedAt: entry.storedAt,
            expiresAt,
            ttl: Math.ceil(expiresAt / 1000),
          },
        }),
      ),
    );
  }
}

async function reachStore<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new PostinoError('StoreUnavailable', 'the probe cache cannot be reached', { cause: error });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
