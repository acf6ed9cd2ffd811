// What outage mode counts (issue 12), as a port: the functions map it onto Powertools Metrics
// (namespace Postino, unit Count); the local server and tests keep the counts in memory.
export const OUTAGE_METRICS = {
  /** An outage began (detected or set by hand). */
  started: 'OutageStarted',
  /** An outage ended (cleared by healthy checks or by hand). */
  ended: 'OutageEnded',
  /** A conversation joined an outage's group (once per conversation and outage). */
  joined: 'OutageAffectedConversations',
  /** All-clear messages delivered to customers (once per conversation and outage). */
  allClearsDelivered: 'OutageAllClearsDelivered',
} as const;

export type OutageMetricName = (typeof OUTAGE_METRICS)[keyof typeof OUTAGE_METRICS];

export interface OutageMetrics {
  count(name: OutageMetricName, value: number): void;
}

/** Keeps the counts in memory: the local server's and the tests' metrics. */
export class CountingOutageMetrics implements OutageMetrics {
  readonly counts: Partial<Record<OutageMetricName, number>> = {};

  count(name: OutageMetricName, value: number): void {
    this.counts[name] = (this.counts[name] ?? 0) + value;
  }
}
