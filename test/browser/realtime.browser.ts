// Real time in Chromium: the widget's Web Chat on the WebSocket stream (no polling), a reply
// on screen right after a click, and a chat that never freezes: it comes back by itself after
// the server restarts (saying "Riconnessione…" meanwhile) and after polls answered 429 and 503
// (which end the stock DirectLineJS poller for good), with nothing lost or shown twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { type LocalServer, startLocalServer } from '../../local/server';
import { type ChromiumSession, launchChromium } from './chromium';
import { WidgetDriver } from './widget-driver';

const LAUNCHER = 'Chat con l’assistenza posta Halnet';
const GREETING = 'Quale programma di posta usi?';
const NEXT_QUESTION = 'Che problema hai';

let chromium: ChromiumSession;

beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
});

async function openChat(page: Page, url: string): Promise<WidgetDriver> {
  const widget = new WidgetDriver(page);
  await page.goto(url);
  await widget.launcher(LAUNCHER).click();
  await widget.waitForBot(GREETING);
  return widget;
}

const count = (texts: string[], fragment: string) => texts.filter((text) => text.includes(fragment)).length;

describe('the widget over the WebSocket stream', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer({ port: 0 });
  });
  afterAll(() => server?.close());

  it('talks over the socket, never polls, and shows the reply right after a click', async () => {
    const page = await chromium.context.newPage();
    const sockets: string[] = [];
    let polls = 0;
    page.on('websocket', (socket) => sockets.push(socket.url()));
    page.on('request', (request) => {
      if (request.method() === 'GET' && request.url().includes('/activities')) polls++;
    });
    const widget = await openChat(page, server.url);
    await widget.chooseSuggestedAction('Thunderbird');
    const clicked = Date.now();
    await widget.waitForBot(NEXT_QUESTION, 5_000);
    const replyMs = Date.now() - clicked;
    expect(
      sockets.some((url) => url.startsWith(`${server.url.replace('http', 'ws')}/v3/directline/stream?t=`)),
    ).toBe(true);
    expect(polls).toBe(0);
    // Far below the one-second poll it replaces (generous: the machine is shared).
    expect(replyMs).toBeLessThan(1_000);
    expect(count(await widget.botTexts(), GREETING)).toBe(1);
    await page.close();
  });
});

describe('a chat that never freezes', () => {
  it('recovers by itself after the server restarts, saying so meanwhile', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'postino-restart-'));
    let server = await startLocalServer({ port: 0, dataDir });
    const port = Number(new URL(server.url).port);
    const page = await chromium.context.newPage();
    try {
      const widget = await openChat(page, server.url);
      await server.close();
      const notice = page.locator('.postino-notice');
      await notice.getByText('Riconnessione…').waitFor({ timeout: 10_000 });
      server = await startLocalServer({ port, dataDir });
      await notice.waitFor({ state: 'hidden', timeout: 30_000 });
      await widget.chooseSuggestedAction('Thunderbird');
      await widget.waitForBot(NEXT_QUESTION, 10_000);
      const bot = await widget.botTexts();
      expect(count(bot, GREETING)).toBe(1);
      expect(count(bot, NEXT_QUESTION)).toBe(1);
      expect(count(await widget.userTexts(), 'Thunderbird')).toBe(1);
    } finally {
      await page.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('falls back to polling without a stream, and recovers from polls answered 429 and 503', async () => {
    const server = await startLocalServer({ port: 0, serveWeb: true });
    const page = await chromium.context.newPage();
    try {
      const sockets: string[] = [];
      page.on('websocket', (socket) => sockets.push(socket.url()));
      // A network where the stream is not offered (e.g. a proxy that drops WebSockets).
      const withoutStream = async (route: Route) => {
        const response = await route.fetch();
        const body = (await response.json()) as Record<string, unknown>;
        delete body.streamUrl;
        await route.fulfill({ response, json: body });
      };
      await page.route(/\/v3\/directline\/conversations(\/[^/?]+)?(\?.*)?$/, withoutStream);
      const failures: number[] = [];
      let failed: number[] = [];
      await page.route(/\/activities\?watermark=/, async (route) => {
        const status = route.request().method() === 'GET' ? failures.shift() : undefined;
        if (status === undefined) return route.continue();
        failed.push(status);
        return route.fulfill({
          status,
          headers: { 'retry-after': '1', 'content-type': 'application/json' },
          body: JSON.stringify({
            error: { code: status === 429 ? 'RateLimited' : 'StoreUnavailable', message: 'x' },
          }),
        });
      });
      const widget = await openChat(page, server.url);
      expect(sockets).toEqual([]);

      failures.push(429, 429, 503, 503);
      failed = [];
      await widget.chooseSuggestedAction('Thunderbird');
      await widget.waitForBot(NEXT_QUESTION, 30_000);
      expect(failed).toEqual([429, 429, 503, 503]);
      // And it keeps going afterwards.
      await widget.chooseSuggestedAction('Non si collega al server / tempo scaduto');
      await widget.waitForBot(/Ecco i passaggi|verifica|server/, 30_000);
      const bot = await widget.botTexts();
      expect(count(bot, GREETING)).toBe(1);
      expect(count(bot, NEXT_QUESTION)).toBe(1);
      expect(count(await widget.userTexts(), 'Thunderbird')).toBe(1);
    } finally {
      await page.close();
      await server.close();
    }
  }, 90_000);
});
