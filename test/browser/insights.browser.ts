// The console's analytics view and review list in Chromium, against the local server whose
// table holds the daily aggregates of 10,000 seeded conversations (counted through the
// turn-time code, then written to dynalite per day): the tiles and the per-day chart show the
// direct count, the CSV download is the API's CSV and adds up to it; a message the bot missed
// appears in the review list, is labelled from the page and comes out in the corpus export.
// Run: npx jest -c jest.browser.config.js test/browser/insights.browser.ts
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DynamoAnalyticsStore } from '../../adapters/dynamo/analytics-store';
import { DynamoDailyStats } from '../../adapters/dynamo/daily-stats';
import { MemoryAnalyticsStore, MemoryDailyStats } from '../../adapters/memory/insights-stores';
import { type LocalServer, startLocalServer } from '../../local/server';
import { botSays, customer } from '../handoff/support/harness';
import { seedThroughTurns, syntheticConversations } from '../insights/support/seed-analytics';
import { type ChromiumSession, launchChromium } from './chromium';
import { ConsoleDriver } from './console-driver';

const PASSWORD = 'Demo-Agente-2026!';
const FROM = '2026-10-01';
const TO = '2026-10-31';
const conversations = syntheticConversations(10_000, FROM, 30);
let server: LocalServer;
let chromium: ChromiumSession;
let page: Page;
let agent: ConsoleDriver;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startLocalServer({ port: 0, agentPassword: PASSWORD });
  // The aggregates of every conversation, built by the turn-time code, stored per day.
  const stats = new MemoryDailyStats();
  const analytics = new MemoryAnalyticsStore();
  await seedThroughTurns(conversations, { stats, analytics });
  const table = { client: server.tableClient, tableName: server.tableName };
  const days = Array.from({ length: 31 }, (_, i) =>
    new Date(Date.UTC(2026, 9, 1 + i)).toISOString().slice(0, 10),
  );
  const dailyStats = await stats.read(days);
  const counters = await analytics.read(days);
  for (const day of days) {
    await new DynamoDailyStats(table).add(day, dailyStats.get(day) ?? {});
    await new DynamoAnalyticsStore(table).add(day, counters.get(day) ?? {});
  }
  chromium = await launchChromium({ width: 1280, height: 900 });
  page = await chromium.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  agent = new ConsoleDriver(page);
}, 90_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const tile = async (label: string) =>
  (await page.locator('.pc-tile').filter({ hasText: label }).locator('.pc-tile-value').textContent()) ?? '';

describe('the analytics view', () => {
  it('shows the period’s figures and charts as the direct count has them', async () => {
    await page.goto(`${server.url}/agent/`);
    await agent.signIn(server.agents[0]?.username ?? '', PASSWORD);
    await agent.button('Analisi').click();
    await page.getByRole('heading', { name: 'Analisi del periodo' }).waitFor();
    await page.getByLabel('Dal', { exact: true }).fill(FROM);
    await page.getByLabel('Al', { exact: true }).fill(TO);
    await agent.button('Mostra').click();
    await page.locator('.pc-tile').filter({ hasText: 'Conversazioni' }).getByText('10.000').waitFor();
    const resolved = conversations.filter((c) => c.resolved).length;
    const containment = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 }).format(
      Math.round((resolved / 10_000) * 1000) / 10,
    );
    expect(await tile('Risolte dal bot')).toBe(`${containment}%`);
    expect(await tile('Tempo mediano alla risposta')).toMatch(/^≤ \d+ (s|min)$/);
    const bars = page.locator('.pc-chart').first().locator('rect.pc-series-all');
    expect(await bars.count()).toBe(31);
    const second = await bars.nth(1).getAttribute('data-value');
    expect(Number(second)).toBe(conversations.filter((c) => c.day === '2026-10-02').length);
    expect(await page.locator('.pc-top-table tbody tr').count()).toBe(10);
    expect(await page.locator('.pc-outages-table tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test/artifacts/console-analytics.png', fullPage: true });
  });

  it('downloads the CSV the API gives, adding up to the same total', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      agent.button('Esporta CSV').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`postino-${FROM}-${TO}.csv`);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const { token } = await server.agentAuth.issue(server.agents[0] as (typeof server.agents)[number]);
    const api = await fetch(`${server.agentApiUrl}/analytics/csv?from=${FROM}&to=${TO}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(csv).toBe(await api.text());
    const rows = csv.trimEnd().split('\r\n').slice(1);
    expect(rows.reduce((sum, row) => sum + Number(row.split(',')[1]), 0)).toBe(10_000);
  });
});

describe('the review list', () => {
  it('shows a message the bot missed, takes a label and exports it as a corpus entry', async () => {
    const someone = await customer(server);
    await someone.say('il mio computer fa le bizze con la posta del gatto');
    await someone.sees(botSays('Non ho riconosciuto il programma di posta'));
    someone.session.end();
    await agent.button('Da rivedere').click();
    const row = page.locator('.pc-review-table tbody tr', { hasText: 'fa le bizze' });
    await row.waitFor();
    await row.locator('select').selectOption('client:thunderbird');
    await page.getByRole('status').filter({ hasText: 'Segnato.' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      agent.button('Esporta gli esempi segnati').click(),
    ]);
    const entries = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    expect(entries).toEqual([
      {
        text: 'il mio computer fa le bizze con la posta del gatto',
        client: 'thunderbird',
        symptom: null,
        lang: 'it',
        state: 'askClient',
      },
    ]);
    await agent.button('English').click();
    await page.getByRole('heading', { name: 'Messages Postino did not understand' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
