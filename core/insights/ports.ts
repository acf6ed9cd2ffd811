// The stores behind the analytics and the review list. Both live in the one table (see the
// DynamoDB adapters): `ANALYTICS#<day>` counters and `REVIEW#<day>` entries.
import type { Counters } from './analytics-counters';

export type { ReviewStore } from './review-entry';

export interface AnalyticsStore {
  /** Atomically adds to the counters of `day` (`yyyy-mm-dd`, UTC). */
  add(day: string, counters: Counters): Promise<void>;
  /** The counters of each day asked for (missing days: empty). */
  read(days: string[]): Promise<Map<string, Counters>>;
}
