// The analytics API on a store seeded with 10,000 conversations, each counted through the
// turn-time code: every figure of the report equals a direct count of the conversations, a
// period outside them is empty, bad periods get the documented error, and the CSV export
// reads back to the same figures. Also the DynamoDB aggregates (dynalite) over more than 100
// days, BatchGetItem's limit.
import { DynamoAnalyticsStore } from '../../adapters/dynamo/analytics-store';
import { createDocumentClient } from '../../adapters/dynamo/document-client';
import { startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import {
  MemoryAnalyticsStore,
  MemoryDailyStats,
  MemoryReviewStore,
} from '../../adapters/memory/insights-stores';
import { timeBucket } from '../../core/insights/analytics-counters';
import { CSV_COLUMNS } from '../../core/insights/analytics-report';
import { InsightsRouter } from '../../core/insights/insights-router';
import { seedThroughTurns, syntheticConversations } from './support/seed-analytics';

const FIRST_DAY = '2026-10-01';
const DAYS = 30;
const conversations = syntheticConversations(10_000, FIRST_DAY, DAYS);
const claims = { sub: 'agent-1', name: 'Giulia (Halnet)', email: 'g@example.com' };
let router: InsightsRouter;

beforeAll(async () => {
  const stats = new MemoryDailyStats();
  const analytics = new MemoryAnalyticsStore();
  await seedThroughTurns(conversations, { stats, analytics });
  router = new InsightsRouter({
    stats,
    analytics,
    reviews: new MemoryReviewStore(),
    clock: { now: () => Date.now() },
  });
}, 60_000);

const get = async (path: string, query: Record<string, string>) => {
  const response = await router.handle(
    { method: 'GET', path: `/agent/api${path}`, headers: {}, query, body: undefined, sourceIp: '127.0.0.1' },
    claims,
  );
  return { status: response.status, headers: response.headers, body: response.body ?? '' };
};
const PERIOD = { from: FIRST_DAY, to: '2026-10-31' }; // the 30 days and the next (late answers)

const share = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;
const medianBucket = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(timeBucket(sorted[Math.ceil(sorted.length / 2) - 1] as number));
};
const count = (predicate: (c: (typeof conversations)[number]) => boolean) =>
  conversations.filter(predicate).length;

describe('the analytics of a period', () => {
  it('matches a direct count of 10,000 conversations', async () => {
    const answer = await get('/analytics', PERIOD);
    expect(answer.status).toBe(200);
    const report = JSON.parse(answer.body);
    const handedOff = count((c) => c.handedOff);
    const ratings = conversations.flatMap((c) => (c.rating === null ? [] : [c.rating]));
    expect(report.totals).toEqual({
      conversations: 10_000,
      resolvedByBot: count((c) => c.resolved),
      containmentPct: share(
        count((c) => c.resolved),
        10_000,
      ),
      handedOff,
      handoffRatePct: share(handedOff, 10_000),
      abandoned: count((c) => c.abandoned),
      abandonmentPct: share(
        count((c) => c.abandoned),
        handedOff,
      ),
      csatCount: ratings.length,
      csatAverage: Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100,
      csat: [1, 2, 3, 4, 5].map((n) => ratings.filter((r) => r === n).length),
      medianTimeToAnswerS: medianBucket(
        conversations.flatMap((c) => (c.answerAfterS === null ? [] : [c.answerAfterS])),
      ),
      medianTimeToAgentS: medianBucket(
        conversations.flatMap((c) => (c.claimAfterS === null ? [] : [c.claimAfterS])),
      ),
      answers: count((c) => c.answerAfterS !== null),
      missed: conversations.reduce((sum, c) => sum + c.missed, 0),
      verified: count((c) => c.verified),
    });
    expect(report.totals.verified).toBeGreaterThan(100);
    // Top mail client × symptom, by answers given.
    const pairs = new Map<string, number>();
    for (const c of conversations) {
      if (c.answerAfterS !== null)
        pairs.set(`${c.client}|${c.symptom}`, (pairs.get(`${c.client}|${c.symptom}`) ?? 0) + 1);
    }
    const top = [...pairs.values()].sort((a, b) => b - a).slice(0, 10);
    expect(report.topClientsSymptoms.map((row: { count: number }) => row.count)).toEqual(top);
    const first = report.topClientsSymptoms[0];
    expect(pairs.get(`${first.client}|${first.symptom}`)).toBe(first.count);
    // Probe verdicts per day, and the outages among them.
    const dayOfAnswer = (c: (typeof conversations)[number]) =>
      new Date(c.startMs + (c.answerAfterS ?? 0) * 1000).toISOString().slice(0, 10);
    for (const day of report.days.slice(0, 5)) {
      const direct: Record<string, number> = {};
      for (const c of conversations) {
        if (c.verdict && dayOfAnswer(c) === day.day) direct[c.verdict] = (direct[c.verdict] ?? 0) + 1;
      }
      expect(day.verdicts).toEqual(direct);
      expect(day.conversations).toBe(count((c) => c.day === day.day));
    }
    const serverDown = count((c) => c.verdict === 'server_down');
    expect(
      report.outages
        .filter((o: { verdict: string }) => o.verdict === 'server_down')
        .reduce((sum: number, o: { count: number }) => sum + o.count, 0),
    ).toBe(serverDown);
  });

  it('is empty for a period with no conversations, and refuses a bad period', async () => {
    const empty = JSON.parse((await get('/analytics', { from: '2025-01-01', to: '2025-01-07' })).body);
    expect(empty.totals).toMatchObject({ conversations: 0, containmentPct: null, medianTimeToAnswerS: null });
    expect(empty.days).toHaveLength(7);
    for (const query of [
      { from: '2026-10-31', to: '2026-10-01' },
      { from: '2024-01-01', to: '2026-01-01' },
      { from: 'ieri', to: 'oggi' },
      {},
    ]) {
      const bad = await get('/analytics', query as Record<string, string>);
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.body).error.code).toBe('BadArgument');
    }
    const unsigned = await router.handle(
      {
        method: 'GET',
        path: '/agent/api/analytics',
        headers: {},
        query: PERIOD,
        body: undefined,
        sourceIp: '',
      },
      undefined,
    );
    expect(unsigned.status).toBe(401);
  });

  it('exports a CSV that reads back to the same figures', async () => {
    const report = JSON.parse((await get('/analytics', PERIOD)).body);
    const csv = await get('/analytics/csv', PERIOD);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('postino-2026-10-01-2026-10-31.csv');
    const [header, ...rows] = csv.body.trimEnd().split('\r\n');
    expect(header?.split(',')).toEqual([...CSV_COLUMNS]);
    const parsed = rows.map((row) =>
      Object.fromEntries(row.split(',').map((value, i) => [CSV_COLUMNS[i], value])),
    );
    expect(parsed.map((row) => row.day)).toEqual(report.days.map((d: { day: string }) => d.day));
    const total = (column: string) => parsed.reduce((sum, row) => sum + Number(row[column]), 0);
    expect(total('conversations')).toBe(report.totals.conversations);
    expect(total('resolved_by_bot')).toBe(report.totals.resolvedByBot);
    expect(total('handed_off')).toBe(report.totals.handedOff);
    expect(total('abandoned')).toBe(report.totals.abandoned);
    expect([1, 2, 3, 4, 5].map((n) => total(`csat_${n}`))).toEqual(report.totals.csat);
    expect(total('answers')).toBe(report.totals.answers);
    expect(total('missed')).toBe(report.totals.missed);
    expect(total('verified')).toBe(report.totals.verified);
    const day = report.days[3];
    const row = parsed[3] as Record<string, string>;
    expect(Number(row.verdict_healthy)).toBe(day.verdicts.healthy ?? 0);
  });
});

describe('the DynamoDB aggregates', () => {
  it('add atomically and read back a period longer than one BatchGetItem', async () => {
    const dynamo = await startLocalDynamo({ thread: false });
    const client = createDocumentClient({ endpoint: dynamo.endpoint, requestHandler: dynamo.requestHandler });
    try {
      const store = new DynamoAnalyticsStore({ client, tableName: dynamo.tableName });
      const days = Array.from({ length: 150 }, (_, i) =>
        new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
      );
      await Promise.all(days.map((day, i) => store.add(day, { 'csat#5': i + 1, 'v#healthy': 1 })));
      await Promise.all([
        store.add(days[0] as string, { 'csat#5': 2, 'not a counter': 9 }),
        store.add(days[0] as string, { missed: 1 }),
      ]);
      const read = await store.read(days);
      expect(read.size).toBe(150);
      expect(read.get(days[0] as string)).toEqual({ 'csat#5': 3, 'v#healthy': 1, missed: 1 });
      expect(read.get(days[149] as string)).toEqual({ 'csat#5': 150, 'v#healthy': 1 });
    } finally {
      client.destroy();
      await dynamo.close();
    }
  }, 60_000);
});
