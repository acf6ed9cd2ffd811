// The console's metrics: today and the last 7 days (UTC) from the daily counters, one read.
// Percentages are of the day's conversations (a conversation = one that had a customer turn).
import type { DayMetrics, MetricsResponse } from './agent-api';
import { type DailyStats, dayOf, NO_COUNTS, type StatsCounts } from './ports';

const DAY_MS = 86_400_000;

export async function metricsFor(stats: DailyStats, now: number): Promise<MetricsResponse> {
  const days = Array.from({ length: 7 }, (_, index) => dayOf(now - (6 - index) * DAY_MS));
  const counts = await stats.read(days);
  const perDay = days.map((day) => summarise(day, counts.get(day) ?? NO_COUNTS));
  const total = days.reduce<StatsCounts>((sum, day) => add(sum, counts.get(day) ?? NO_COUNTS), {
    ...NO_COUNTS,
  });
  return {
    today: perDay.at(-1) ?? summarise(dayOf(now), NO_COUNTS),
    last7Days: summarise('last7', total),
    days: perDay,
  };
}

function summarise(date: string, c: StatsCounts): DayMetrics {
  return {
    date,
    conversations: c.conversations,
    resolvedByBot: c.resolvedByBot,
    resolvedByBotPct: percent(c.resolvedByBot, c.conversations),
    handedOff: c.handedOff,
    handedOffPct: percent(c.handedOff, c.conversations),
    abandoned: c.abandoned,
    csatAverage: c.csatCount === 0 ? null : Math.round((c.csatSum / c.csatCount) * 100) / 100,
    csatCount: c.csatCount,
  };
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

function add(a: StatsCounts, b: StatsCounts): StatsCounts {
  return {
    conversations: a.conversations + b.conversations,
    resolvedByBot: a.resolvedByBot + b.resolvedByBot,
    handedOff: a.handedOff + b.handedOff,
    abandoned: a.abandoned + b.abandoned,
    csatSum: a.csatSum + b.csatSum,
    csatCount: a.csatCount + b.csatCount,
  };
}
