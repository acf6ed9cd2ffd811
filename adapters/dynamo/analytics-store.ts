// The analytics' daily aggregates in the one table: PK `ANALYTICS#<day>`, SK `COUNTS`, one
// number attribute per counter (core/insights/analytics-counters.ts), incremented with an
// atomic ADD as turns happen; a period is read with BatchGetItem, 100 days per call
// (day-counters.ts). Kept about 400 days by `ttl`, like the console's `STATS#<day>` counters.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { COUNTER_NAME, type Counters } from '../../core/insights/analytics-counters';
import type { AnalyticsStore } from '../../core/insights/ports';
import { addDayCounters, type DayCounterTable, readDayItems } from './day-counters';

export class DynamoAnalyticsStore implements AnalyticsStore {
  private readonly table: DayCounterTable;

  constructor(options: { client: DynamoDBDocumentClient; tableName: string }) {
    this.table = {
      client: options.client,
      tableName: options.tableName,
      prefix: 'ANALYTICS#',
      what: 'analytics',
    };
  }

  async add(day: string, counters: Counters): Promise<void> {
    const entries = Object.entries(counters).filter(
      ([name, value]) => COUNTER_NAME.test(name) && value !== 0,
    );
    await addDayCounters(this.table, day, entries);
  }

  async read(days: string[]): Promise<Map<string, Counters>> {
    const result = new Map<string, Counters>(days.map((day) => [day, {}]));
    for (const { day, item } of await readDayItems(this.table, days)) {
      const counters: Counters = {};
      for (const [name, value] of Object.entries(item)) {
        if (COUNTER_NAME.test(name) && typeof value === 'number') counters[name] = value;
      }
      result.set(day, counters);
    }
    return result;
  }
}
