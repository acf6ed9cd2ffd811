// The analytics' daily aggregates in the one table: PK `ANALYTICS#<day>`, SK `COUNTS`, one
// number attribute per counter (core/insights/analytics-counters.ts), incremented with an
// atomic ADD as turns happen; a period is read with BatchGetItem, 100 days per call. Kept
// about 400 days by `ttl`, like the console's `STATS#<day>` counters.
import { BatchGetCommand, type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { COUNTER_NAME, type Counters } from '../../core/insights/analytics-counters';
import type { AnalyticsStore } from '../../core/insights/ports';
import { storeFailure } from './store-errors';

const KEEP_DAYS = 400;
const BATCH = 100;
const key = (day: string) => ({ PK: `ANALYTICS#${day}`, SK: 'COUNTS' });

export class DynamoAnalyticsStore implements AnalyticsStore {
  constructor(private readonly options: { client: DynamoDBDocumentClient; tableName: string }) {}

  async add(day: string, counters: Counters): Promise<void> {
    const entries = Object.entries(counters).filter(
      ([name, value]) => COUNTER_NAME.test(name) && value !== 0,
    );
    if (entries.length === 0) return;
    const ttl = Math.floor(Date.parse(`${day}T00:00:00Z`) / 1000) + KEEP_DAYS * 86_400;
    try {
      await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: key(day),
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
      throw storeFailure(error, 'analytics add');
    }
  }

  async read(days: string[]): Promise<Map<string, Counters>> {
    const result = new Map<string, Counters>(days.map((day) => [day, {}]));
    for (let i = 0; i < days.length; i += BATCH) {
      let keys: Array<Record<string, unknown>> = days.slice(i, i + BATCH).map(key);
      for (let attempt = 0; keys.length > 0 && attempt < 5; attempt++) {
        const page = await this.batch(keys);
        for (const item of page.Responses?.[this.options.tableName] ?? []) {
          const day = String(item.PK).slice('ANALYTICS#'.length);
          const counters: Counters = {};
          for (const [name, value] of Object.entries(item)) {
            if (COUNTER_NAME.test(name) && typeof value === 'number') counters[name] = value;
          }
          result.set(day, counters);
        }
        keys = page.UnprocessedKeys?.[this.options.tableName]?.Keys ?? [];
      }
    }
    return result;
  }

  private async batch(keys: Array<Record<string, unknown>>) {
    try {
      return await this.options.client.send(
        new BatchGetCommand({ RequestItems: { [this.options.tableName]: { Keys: keys } } }),
      );
    } catch (error) {
      throw storeFailure(error, 'analytics read');
    }
  }
}
