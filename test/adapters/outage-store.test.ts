// The OutageStore contract on the in-memory store and on DynamoDB (dynalite), plus what only
// the table shows: the item layout, retention, and a record it cannot read.
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../adapters/dynamo/document-client';
import { ensureTable, type LocalDynamo, startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import { DynamoOutageStore, OUTAGE_KEY } from '../../adapters/dynamo/outage-store';
import { MemoryOutageStore } from '../../adapters/memory/outage-store';
import { NO_OUTAGE } from '../../core/outage/outage-record';
import { describeOutageStoreContract } from './support/outage-store-contract';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

let dynamo: LocalDynamo | undefined;
let client: ReturnType<typeof createDocumentClient> | undefined;
let now = Date.parse('2026-11-28T08:00:00.000Z');
const clock = { now: () => now };
let tables = 0;

/** A table of its own per test: the outage record is one item per table. */
async function freshTable() {
  dynamo ??= await startLocalDynamo();
  client ??= createDocumentClient({ endpoint: dynamo.endpoint });
  const tableName = `outage${tables++}`;
  await ensureTable(dynamo.endpoint, tableName);
  return { client, tableName };
}

afterAll(async () => {
  client?.destroy();
  await dynamo?.close();
});

describeOutageStoreContract('MemoryOutageStore', async () => new MemoryOutageStore());

describeOutageStoreContract('DynamoOutageStore on dynalite', async () => {
  const { client, tableName } = await freshTable();
  return new DynamoOutageStore({ client, tableName, clock });
});

describe('DynamoOutageStore items', () => {
  it('keeps the record at OUTAGE/STATE and the group under OUTAGE#<id>, with a ttl', async () => {
    const { client, tableName } = await freshTable();
    const store = new DynamoOutageStore({ client, tableName, clock, retentionDays: 2 });
    await store.write({ ...NO_OUTAGE, failuresInRow: 1 }, 0);
    const state = await client.send(new GetCommand({ TableName: tableName, Key: OUTAGE_KEY }));
    expect(state.Item).toMatchObject({ version: 1 });
    expect(JSON.parse(String(state.Item?.rec))).toMatchObject({ failuresInRow: 1 });
    await store.join('outage-9', {
      conversationId: 'c1',
      locale: 'en',
      joinedAt: '2026-11-28T08:05:00.000Z',
      wantsHuman: false,
      callback: null,
      allClearAt: null,
    });
    const group = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': 'OUTAGE#outage-9' },
      }),
    );
    expect(group.Items).toEqual([
      expect.objectContaining({ SK: 'CONV#c1', locale: 'en', ttl: Math.floor(now / 1000) + 2 * 86_400 }),
    ]);
  });

  it('drops group members past retention (dynalite has no TTL)', async () => {
    const { client, tableName } = await freshTable();
    const store = new DynamoOutageStore({ client, tableName, clock, retentionDays: 1 });
    const entry = {
      conversationId: 'c1',
      locale: 'it' as const,
      joinedAt: '2026-11-28T08:05:00.000Z',
      wantsHuman: false,
      callback: null,
      allClearAt: null,
    };
    await store.join('outage-9', entry);
    expect(await store.affected('outage-9')).toHaveLength(1);
    now += 2 * 86_400_000;
    try {
      expect(await store.affected('outage-9')).toEqual([]);
    } finally {
      now -= 2 * 86_400_000;
    }
  });

  it('reads a record it cannot understand as "no outage" at its version, so the next write replaces it', async () => {
    const { client, tableName } = await freshTable();
    await client.send(
      new PutCommand({ TableName: tableName, Item: { ...OUTAGE_KEY, version: 4, rec: '{"active":"yes"' } }),
    );
    const store = new DynamoOutageStore({ client, tableName, clock });
    expect(await store.read()).toEqual({ ...NO_OUTAGE, version: 4 });
    expect(await store.write({ ...NO_OUTAGE, failuresInRow: 1 }, 4)).toBe(true);
    expect(await store.read()).toMatchObject({ version: 5, failuresInRow: 1 });
  });
});
