// Daily counters for the agents' console: one item per UTC day (PK `STATS#<yyyy-mm-dd>`, SK
// `COUNTS`), incremented with an atomic ADD where the events happen, read for a week with one
// BatchGetItem (day-counters.ts). Kept about 400 days by `ttl`.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type DailyStats, NO_COUNTS, type StatsCounts } from '../../core/handoff/ports';
import { addDayCounters, type DayCounterTable, readDayItems } from './day-counters';

const COUNTERS = Object.keys(NO_COUNTS) as Array<keyof StatsCounts>;

export class DynamoDailyStats implements DailyStats {
  private readonly table: DayCounterTable;

  constructor(options: { client: DynamoDBDocumentClient; tableName: string }) {
    this.table = { client: options.client, tableName: options.tableName, prefix: 'STATS#', what: 'stats' };
  }

  async add(day: string, counts: Partial<StatsCounts>): Promise<void> {
    const entries = COUNTERS.flatMap((name) => {
      const value = counts[name];
      return value === undefined || value === 0 ? [] : [[name, value] as const];
    });
    await addDayCounters(this.table, day, entries);
  }

  async read(days: string[]): Promise<Map<string, StatsCounts>> {
    const counts = new Map(days.map((day) => [day, { ...NO_COUNTS }]));
    for (const { day, item } of await readDayItems(this.table, days)) {
      const entry = counts.get(day);
      if (!entry) continue;
      for (const name of COUNTERS) entry[name] = typeof item[name] === 'number' ? item[name] : 0;
    }
    return counts;
  }
}
