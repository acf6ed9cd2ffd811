// Per-day counter items in the one table (SK `COUNTS`, one number attribute per counter, kept
// about 400 days by `ttl`), shared by the console's `STATS#<day>` counters and the analytics'
// `ANALYTICS#<day>` aggregates: an atomic ADD where the events happen, and BatchGetItem reads of
// 100 days per call that ask again for the keys DynamoDB left unprocessed.
import { BatchGetCommand, type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { storeFailure } from './store-errors';

const KEEP_DAYS = 400;
const BATCH = 100;
const RETRIES = 5;

export interface DayCounterTable {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** The item's partition key prefix, e.g. `STATS#`. */
  prefix: string;
  /** Names the operation in store errors, e.g. `stats`. */
  what: string;
}

const keyOf = (table: DayCounterTable, day: string) => ({ PK: `${table.prefix}${day}`, SK: 'COUNTS' });

/** Adds each counter to `day`'s item (created on first use), refreshing its expiry. */
export async function addDayCounters(
  table: DayCounterTable,
  day: string,
  entries: ReadonlyArray<readonly [string, number]>,
): Promise<void> {
  if (entries.length === 0) return;
  const ttl = Math.floor(Date.parse(`${day}T00:00:00Z`) / 1000) + KEEP_DAYS * 86_400;
  try {
    await table.client.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: keyOf(table, day),
        UpdateExpression: `ADD ${entries.map((_, i) => `#c${i} :v${i}`).join(', ')} SET #ttl = :ttl`,
        ExpressionAttributeNames: {
          ...Object.fromEntries(entries.map(([name], i) => [`#c${i}`, name])),
          '#ttl': 'ttl',
        },
        ExpressionAttributeValues: {
          ...Object.fromEntries(entries.map(([, value], i) => [`:v${i}`, value])),
          ':ttl': ttl,
        },
      }),
    );
  } catch (error) {
    throw storeFailure(error, `${table.what} add`);
  }
}

/** The stored items of these days, with the day each is for (days without an item are absent). */
export async function readDayItems(
  table: DayCounterTable,
  days: readonly string[],
): Promise<Array<{ day: string; item: Record<string, unknown> }>> {
  const found: Array<{ day: string; item: Record<string, unknown> }> = [];
  for (let i = 0; i < days.length; i += BATCH) {
    let keys: Array<Record<string, unknown>> = days.slice(i, i + BATCH).map((day) => keyOf(table, day));
    // BatchGet may leave keys unprocessed under load: ask again for those only.
    for (let attempt = 0; keys.length > 0 && attempt < RETRIES; attempt++) {
      const page = await batchGet(table, keys);
      for (const item of page.Responses?.[table.tableName] ?? []) {
        found.push({ day: String(item.PK).slice(table.prefix.length), item });
      }
      keys = page.UnprocessedKeys?.[table.tableName]?.Keys ?? [];
    }
  }
  return found;
}

async function batchGet(table: DayCounterTable, keys: Array<Record<string, unknown>>) {
  try {
    return await table.client.send(
      new BatchGetCommand({ RequestItems: { [table.tableName]: { Keys: keys } } }),
    );
  } catch (error) {
    throw storeFailure(error, `${table.what} read`);
  }
}
