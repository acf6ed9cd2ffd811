// The analytics view's figures for a period, from the daily aggregates only: the console's
// `STATS#<day>` counters (conversations, resolved by the bot, handed off, abandoned, CSAT)
// and the `ANALYTICS#<day>` ones (analytics-counters.ts). Also the CSV export, one row per
// day, whose columns add up to the report's totals.
import * as z from 'zod';
import { PROBE_VERDICTS } from '../../dialogs/contract';
import { PostinoError } from '../errors';
import { NO_COUNTS, type StatsCounts } from '../handoff/ports';
import { bucketMedian, type Counters } from './analytics-counters';
import { dayStringSchema } from './review-entry';

export const MAX_PERIOD_DAYS = 366;

export const periodQuerySchema = z.object({ from: dayStringSchema, to: dayStringSchema });
export type PeriodQuery = z.infer<typeof periodQuerySchema>;

/** Verdicts that mean Halnet's server was not working for customers. */
const OUTAGE_VERDICTS = ['server_down', 'dns_failure', 'tls_broken', 'cert_expired'] as const;

export interface DayFigures extends StatsCounts {
  day: string;
  csat: [number, number, number, number, number];
  answers: number;
  missed: number;
  /** Conversations whose fix a test message proved (issue 12). */
  verified: number;
  verdicts: Record<string, number>;
}

export interface AnalyticsReport {
  from: string;
  to: string;
  totals: {
    conversations: number;
    resolvedByBot: number;
    /** Resolved by the bot ÷ conversations, %, one decimal; null without conversations. */
    containmentPct: number | null;
    handedOff: number;
    handoffRatePct: number | null;
    abandoned: number;
    /** Abandoned ÷ handed off, %. */
    abandonmentPct: number | null;
    csatCount: number;
    csatAverage: number | null;
    csat: [number, number, number, number, number];
    /** Upper bound (s) of the bucket holding the median; null when nothing was measured. */
    medianTimeToAnswerS: number | null;
    medianTimeToAgentS: number | null;
    answers: number;
    missed: number;
    verified: number;
  };
  days: DayFigures[];
  topClientsSymptoms: Array<{ client: string | null; symptom: string | null; count: number }>;
  outages: Array<{ day: string; verdict: string; count: number }>;
}

/** Every day from `from` to `to`, inclusive; a clear error for a reversed or too long period. */
export function daysOf({ from, to }: PeriodQuery): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) throw new PostinoError('BadArgument', 'invalid day');
  if (end < start) throw new PostinoError('BadArgument', '`from` must not be after `to`');
  const count = (end - start) / 86_400_000 + 1;
  if (count > MAX_PERIOD_DAYS) {
    throw new PostinoError('BadArgument', `a period is at most ${MAX_PERIOD_DAYS} days`);
  }
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

function dayFigures(day: string, stats: StatsCounts, counters: Counters): DayFigures {
  const verdicts: Record<string, number> = {};
  let answers = 0;
  for (const [name, value] of Object.entries(counters)) {
    if (name.startsWith('v#')) verdicts[name.slice(2)] = value;
    if (name.startsWith('cs#')) answers += value;
  }
  const csat = [1, 2, 3, 4, 5].map((n) => counters[`csat#${n}`] ?? 0) as DayFigures['csat'];
  return {
    day,
    ...stats,
    csat,
    answers,
    missed: counters.missed ?? 0,
    verified: counters.verified ?? 0,
    verdicts,
  };
}

export function buildReport(
  period: PeriodQuery,
  stats: Map<string, StatsCounts>,
  counters: Map<string, Counters>,
): AnalyticsReport {
  const days = daysOf(period).map((day) =>
    dayFigures(day, stats.get(day) ?? { ...NO_COUNTS }, counters.get(day) ?? {}),
  );
  const sum = (pick: (d: DayFigures) => number) => days.reduce((total, d) => total + pick(d), 0);
  const histogram = (prefix: string) => {
    const merged = new Map<string, number>();
    for (const day of counters.values()) {
      for (const [name, value] of Object.entries(day)) {
        if (name.startsWith(prefix))
          merged.set(name.slice(prefix.length), (merged.get(name.slice(prefix.length)) ?? 0) + value);
      }
    }
    return merged;
  };
  const pairs = histogram('cs#');
  const csat = [0, 1, 2, 3, 4].map((i) => sum((d) => d.csat[i] ?? 0)) as DayFigures['csat'];
  const csatCount = sum((d) => d.csatCount);
  const conversations = sum((d) => d.conversations);
  const handedOff = sum((d) => d.handedOff);
  return {
    from: period.from,
    to: period.to,
    totals: {
      conversations,
      resolvedByBot: sum((d) => d.resolvedByBot),
      containmentPct: pct(
        sum((d) => d.resolvedByBot),
        conversations,
      ),
      handedOff,
      handoffRatePct: pct(handedOff, conversations),
      abandoned: sum((d) => d.abandoned),
      abandonmentPct: pct(
        sum((d) => d.abandoned),
        handedOff,
      ),
      csatCount,
      csatAverage: csatCount > 0 ? Math.round((sum((d) => d.csatSum) / csatCount) * 100) / 100 : null,
      csat,
      medianTimeToAnswerS: bucketMedian(histogram('tta#')),
      medianTimeToAgentS: bucketMedian(histogram('ttg#')),
      answers: sum((d) => d.answers),
      missed: sum((d) => d.missed),
      verified: sum((d) => d.verified),
    },
    days,
    topClientsSymptoms: [...pairs.entries()]
      .map(([key, count]) => {
        const [client = 'none', symptom = 'none'] = key.split('#');
        return {
          client: client === 'none' ? null : client,
          symptom: symptom === 'none' ? null : symptom,
          count,
        };
      })
      .sort((a, b) => b.count - a.count || `${a.client}${a.symptom}`.localeCompare(`${b.client}${b.symptom}`))
      .slice(0, 10),
    outages: days.flatMap((d) =>
      OUTAGE_VERDICTS.filter((verdict) => (d.verdicts[verdict] ?? 0) > 0).map((verdict) => ({
        day: d.day,
        verdict,
        count: d.verdicts[verdict] ?? 0,
      })),
    ),
  };
}

export const CSV_COLUMNS = [
  'day',
  'conversations',
  'resolved_by_bot',
  'handed_off',
  'abandoned',
  'csat_count',
  'csat_sum',
  'csat_1',
  'csat_2',
  'csat_3',
  'csat_4',
  'csat_5',
  'answers',
  'missed',
  'verified',
  ...PROBE_VERDICTS.map((verdict) => `verdict_${verdict}`),
] as const;

/** One row per day (RFC 4180; every value is a day or a number, so nothing needs quoting). */
export function reportCsv(report: AnalyticsReport): string {
  const rows = report.days.map((d) =>
    [
      d.day,
      d.conversations,
      d.resolvedByBot,
      d.handedOff,
      d.abandoned,
      d.csatCount,
      d.csatSum,
      ...d.csat,
      d.answers,
      d.missed,
      d.verified,
      ...PROBE_VERDICTS.map((verdict) => d.verdicts[verdict] ?? 0),
    ].join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
