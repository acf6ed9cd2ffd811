// The agents' console is live: signed in, it opens its own authenticated socket and stops
// polling; a new handoff, a claim by a colleague and the customer's messages reach it pushed
// by the server (the console fetches only after an event). A socket without a valid agent
// token is refused before the upgrade.
import type { Page } from 'playwright-core';
import WebSocket from 'ws';
import { type LocalServer, startLocalServer } from '../../local/server';
import { Agent, botSays, customer } from '../handoff/support/harness';
import { type ChromiumSession, launchChromium } from './chromium';
import { ConsoleDriver } from './console-driver';

let server: LocalServer;
let chromium: ChromiumSession;
let page: Page;
let console_: ConsoleDriver;
const requests: string[] = [];
const sockets: string[] = [];

const calls = (fragment: string) => requests.filter((url) => url.includes(fragment)).length;
const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  server = await startLocalServer({ port: 0 });
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.on('request', (request) => {
    if (request.method() === 'GET') requests.push(request.url());
  });
  page.on('websocket', (socket) => sockets.push(socket.url()));
  console_ = new ConsoleDriver(page);
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('the live agents’ console', () => {
  let conversationId: string;
  let person: Awaited<ReturnType<typeof customer>>;

  it('opens its authenticated socket once signed in and stops polling', async () => {
    await page.goto(`${server.url}/agent/`);
    const demo = server.agents[0];
    if (!demo) throw new Error('no demo agent');
    const opened = page.waitForEvent('websocket');
    await console_.signIn(demo.username, demo.password);
    expect((await opened).url()).toMatch(/\/agent\/api\/live\?access_token=/);
    await page.locator('.pc-queue').waitFor();
    await idle(1_000);
    const before = calls('/agent/api/queue');
    await idle(4_500); // more than two polling periods of the queue
    expect(calls('/agent/api/queue')).toBe(before);
  });

  it('receives a new queue entry pushed by the server, without polling', async () => {
    const before = calls('/agent/api/queue');
    person = await customer(server);
    conversationId = person.conversationId;
    await person.say('voglio parlare con un operatore');
    const queuedAt = Date.now();
    await console_.queueItem(conversationId).waitFor({ timeout: 5_000 });
    expect(Date.now() - queuedAt).toBeLessThan(1_500);
    // The queue was fetched because of the push, a handful of times at most (one per event).
    expect(calls('/agent/api/queue') - before).toBeGreaterThan(0);
    expect(calls('/agent/api/queue') - before).toBeLessThan(6);
  });

  it('shows the customer’s new message and a colleague’s claim without polling', async () => {
    await console_.queueItem(conversationId).click();
    await console_.waitForMessage('customer', 'voglio parlare con un operatore');
    await idle(1_000);
    const before = calls(`/agent/api/conversations/${conversationId}`);
    await idle(3_500); // more than two polling periods of the open conversation
    expect(calls(`/agent/api/conversations/${conversationId}`)).toBe(before);

    await person.say('sono ancora qui');
    await console_.waitForMessage('customer', 'sono ancora qui', 5_000);

    const colleague = await Agent.signIn(server, 1);
    const claim = await colleague.call('POST', `/conversations/${conversationId}/claim`);
    expect(claim.status).toBe(200);
    await page
      .locator(`.pc-queue-item[data-conversation-id="${conversationId}"]`)
      .getByText(`con ${colleague.name}`)
      .waitFor({ timeout: 5_000 });
    await person.sees(botSays(colleague.name), 10_000);
    person.session.end();
  });

  it('refuses a live socket without a valid agent token before the upgrade', async () => {
    const base = `${server.url.replace('http', 'ws')}/agent/api/live`;
    const status = (url: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(url);
        socket.on('open', () => {
          socket.close();
          resolve(101);
        });
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.on('error', () => undefined);
      });
    expect(await status(base)).toBe(401);
    expect(await status(`${base}?access_token=not-a-token`)).toBe(401);
    // A customer's Direct Line token is not an agent token.
    expect(await status(`${base}?access_token=${person.token}`)).toBe(401);
    const colleague = await Agent.signIn(server, 1);
    expect(await status(`${base}?access_token=${colleague.token}`)).toBe(101);
  });
});
