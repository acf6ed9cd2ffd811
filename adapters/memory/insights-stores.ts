// In-memory review list and analytics aggregates, with the DynamoDB adapters' contract: for
// unit tests and the seeded analytics tests. Entries are copied in and out, as a real store
// would serialise them.

import { type DailyStats, NO_COUNTS, type StatsCounts } from '../../core/handoff/ports';
import { COUNTER_NAME, type Counters } from '../../core/insights/analytics-counters';
import type { AnalyticsStore } from '../../core/insights/ports';
import type { NewReviewEntry, ReviewEntry, ReviewLabel, ReviewStore } from '../../core/insights/review-entry';

export class MemoryReviewStore implements ReviewStore {
  private readonly days = new Map<string, ReviewEntry[]>();

  async file(entry: NewReviewEntry): Promise<void> {
    const list = this.days.get(entry.day) ?? [];
    list.push({ ...entry, label: null, labelledBy: null, labelledAt: null });
    list.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    this.days.set(entry.day, list);
  }

  async list(days: string[]): Promise<ReviewEntry[]> {
    return days.flatMap((day) => (this.days.get(day) ?? []).map((entry) => structuredClone(entry)));
  }

  async label(
    key: { day: string; id: string },
    label: ReviewLabel,
    by: string,
    at: string,
  ): Promise<ReviewEntry | undefined> {
    const entry = this.days.get(key.day)?.find((candidate) => candidate.id === key.id);
    if (!entry) return undefined;
    Object.assign(entry, { label: structuredClone(label), labelledBy: by, labelledAt: at });
    return structuredClone(entry);
  }
}

export class MemoryAnalyticsStore implements AnalyticsStore {
  private readonly days = new Map<string, Counters>();

  async add(day: string, counters: Counters): Promise<void> {
    const current = this.days.get(day) ?? {};
    for (const [name, value] of Object.entries(counters)) {
      if (COUNTER_NAME.test(name)) current[name] = (current[name] ?? 0) + value;
    }
    this.days.set(day, current);
  }

  async read(days: string[]): Promise<Map<string, Counters>> {
    return new Map(days.map((day) => [day, { ...(this.days.get(day) ?? {}) }]));
  }
}

/** The console's daily counters in memory (the contract of DynamoDailyStats). */
export class MemoryDailyStats implements DailyStats {
  private readonly days = new Map<string, StatsCounts>();

  async add(day: string, counts: Partial<StatsCounts>): Promise<void> {
    const current = this.days.get(day) ?? { ...NO_COUNTS };
    for (const [name, value] of Object.entries(counts) as Array<[keyof StatsCounts, number]>) {
      current[name] += value;
    }
    this.days.set(day, current);
  }

  async read(days: string[]): Promise<Map<string, StatsCounts>> {
    return new Map(days.map((day) => [day, { ...(this.days.get(day) ?? NO_COUNTS) }]));
  }
}
