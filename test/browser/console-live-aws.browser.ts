// The console on AWS picks the agents' WebSocket API that config.json names (`agentLiveUrl`)
// instead of the local server's `/agent/api/live`, in Chromium: it opens it with the agent's
// token, stops polling while it is open, shows a new handoff only when the socket tells it to,
// and polls again once the socket is gone and refused. The socket server on loopback stands in
// for API Gateway (AWS itself); the console's HTTP API is the local server, whose agent token
// stands in for the Cognito ID token a real sign-in would have stored.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { type WebSocket, WebSocketServer } from 'ws';
import { type LocalServer, startLocalServer } from '../../local/server';
import { customer } from '../handoff/support/harness';
import { type ChromiumSession, launchChromium } from './chromium';
import { ConsoleDriver } from './console-driver';

const AGENT_AUTH = {
  region: 'eu-south-1',
  userPoolId: 'eu-south-1_Test1',
  userPoolClientId: 'console-client-1',
};

let server: LocalServer;
let chromium: ChromiumSession;
let page: Page;
let feed: Server;
let feedUrl: string;
let token: string;
let accepting = true;
const sockets = new Set<WebSocket>();
const feedAttempts: string[] = [];
const requests: string[] = [];
const opened: string[] = [];

const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const calls = (fragment: string) => requests.filter((url) => url.includes(fragment)).length;

beforeAll(async () => {
  server = await startLocalServer({ port: 0 });
  const wss = new WebSocketServer({ noServer: true });
  feed = createServer();
  feed.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    feedAttempts.push(url.searchParams.get('access_token') ?? '');
    // What the agent feed function's $connect decides: the agent's token, or 401.
    if (!accepting || url.pathname !== '/live' || url.searchParams.get('access_token') !== token) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
    });
  });
  await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve));
  feedUrl = `ws://127.0.0.1:${(feed.address() as AddressInfo).port}/live`;

  const demo = server.agents[0];
  if (!demo) throw new Error('no demo agent');
  const issued = await server.agentAuth.issue(demo);
  token = issued.token;
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  await page.route(`${server.url}/config.json`, (route) =>
    route.fulfill({ json: { apiUrl: server.url, agentAuth: AGENT_AUTH, agentLiveUrl: feedUrl } }),
  );
  // Signed in already: the session the Cognito sign-in stores (ID token, expiry, who).
  const session = {
    token,
    expiresAt: Date.parse(issued.expiresAt),
    agent: { agentId: demo.agentId, name: demo.name },
  };
  await page.addInitScript(
    (value) => sessionStorage.setItem('postino.agent.v1', value),
    JSON.stringify(session),
  );
  page.on('request', (request) => {
    if (request.method() === 'GET') requests.push(request.url());
  });
  page.on('websocket', (socket) => opened.push(socket.url()));
});
afterAll(async () => {
  await chromium?.close();
  for (const socket of sockets) socket.terminate();
  await new Promise<void>((resolve) => (feed ? feed.close(() => resolve()) : resolve()));
  await server?.close();
});

describe('the console’s live socket on AWS', () => {
  const console_ = () => new ConsoleDriver(page);

  it('opens the socket config.json names, with the agent’s token, and stops polling', async () => {
    await page.goto(`${server.url}/agent/`);
    await page.locator('.pc-queue').waitFor();
    await idle(1_000);
    expect(opened).toEqual([`${feedUrl}?access_token=${encodeURIComponent(token)}`]);
    expect(opened.some((url) => url.includes('/agent/api/live'))).toBe(false);
    expect(sockets.size).toBe(1);
    const before = calls('/agent/api/queue');
    await idle(4_500); // more than two polling periods of the queue
    expect(calls('/agent/api/queue')).toBe(before);
  });

  it('shows a new handoff when the socket tells it to', async () => {
    const person = await customer(server);
    await person.say('voglio parlare con un operatore');
    await idle(3_000);
    // Nothing told this console (the local server's own feed is another socket): not shown yet.
    expect(await console_().queueItem(person.conversationId).count()).toBe(0);
    for (const socket of sockets)
      socket.send(JSON.stringify({ type: 'queue', conversationId: person.conversationId }));
    await console_().queueItem(person.conversationId).waitFor({ timeout: 3_000 });
    person.session.end();
  });

  it('polls again while the socket is down and refused', async () => {
    accepting = false;
    for (const socket of sockets) socket.terminate();
    await idle(1_000);
    const before = calls('/agent/api/queue');
    await idle(4_500);
    expect(calls('/agent/api/queue') - before).toBeGreaterThanOrEqual(2);
    expect(feedAttempts.length).toBeGreaterThan(1);
  });
});
