// Daily counters for the agents' console: one item per UTC day (PK `STATS#<yyyy-mm-dd>`, SK
// `COUNTS`), incremented with an atomic ADD where the events happen, read for a week with one
// BatchGetItem. Kept about 400 days by `ttl`.
import { BatchGetCommand, type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type DailyStats, NO_COUNTS, type StatsCounts } from '../../core/handoff/ports';
import { storeFailure } from './store-errors';

const KEEP_DAYS = 400;
const statsKey = (day: string) => ({ PK: `STATS#${day}`, SK: 'COUNTS' });
const COUNTERS = Object.keys(NO_COUNTS) as Array<keyof StatsCounts>;

export class DynamoDailyStats implements DailyStats {
  constructor(private readonly options: { client: DynamoDBDocumentClient; tableName: string }) {}

  async add(day: string, counts: Partial<StatsCounts>): Promise<void> {
    const entries = COUNTERS.flatMap((name) => {
      const value = counts[name];
      return value === undefined || value === 0 ? [] : [[name, value] as const];
    });
    if (entries.length === 0) return;
    const ttl = Math.floor(Date.parse(`${day}T00:00:00Z`) / 1000) + KEEP_DAYS * 86_400;
    try {
      await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: statsKey(day),
          UpdateExpression: `ADD ${entries.map((_, index) => `#c${index} :v${index}`).join(', ')} SET #ttl = :ttl`,
          ExpressionAttributeNames: {
            ...Object.fromEntries(entries.map(([name], index) => [`#c${index}`, name])),
            '#ttl': 'ttl',
          },
          ExpressionAttributeValues: {
            ...Object.fromEntries(entries.map(([, value], index) => [`:v${index}`, value])),
            ':ttl': ttl,
          },
        }),
      );
    } catch (error) {
      throw storeFailure(error, 'stats add');
    }
  }

  async read(days: string[]): Promise<Map<string, StatsCounts>> {
    const counts = new Map(days.map((day) => [day, { ...NO_COUNTS }]));
    let keys: Array<Record<string, unknown>> = days.map(statsKey);
    // BatchGet may leave keys unprocessed under load: ask again for those only.
    for (let attempt = 0; keys.length > 0 && attempt < 5; attempt++) {
      const result = await this.batch(keys);
      for (const item of result.Responses?.[this.options.tableName] ?? []) {
        const day = String(item.PK).slice('STATS#'.length);
        const entry = counts.get(day);
        if (!entry) continue;
        for (const name of COUNTERS) entry[name] = typeof item[name] === 'number' ? item[name] : 0;
      }
      keys = result.UnprocessedKeys?.[this.options.tableName]?.Keys ?? [];
    }
    return counts;
  }

  private async batch(keys: Array<Record<string, unknown>>) {
    try {
      return await this.options.client.send(
        new BatchGetCommand({ RequestItems: { [this.options.tableName]: { Keys: keys } } }),
      );
    } catch (error) {
      throw storeFailure(error, 'stats read');
    }
  }
}
