// The console's side of the live feed (web/agent/live-feed.ts) with the WebSocket the browser
// has (Node's, the same WHATWG API) against a socket server on loopback standing in for the
// agents' WebSocket API: config.json's `agentLiveUrl` decides where the console connects (AWS)
// rather than the local server's `/agent/api/live`; the token rides in the query; any event
// type is passed on; the console sends a keep-alive, reopens the socket with a renewed token,
// drops it when the token expires, reconnects after a drop and gives up after three refusals.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { type WebSocket as ServerSocket, WebSocketServer } from 'ws';
import type { AgentEvent } from '../../core/ports/agent-notifier';
import { connectLiveFeed, KEEP_ALIVE_FRAME, type LiveFeed, liveUrlFor } from '../../web/agent/live-feed';
import { parseSiteConfig } from '../../web/shared/site-config';

const AWS_CONFIG = {
  apiUrl: 'https://a1b2c3d4e5.execute-api.eu-south-1.amazonaws.com',
  agentAuth: { region: 'eu-south-1', userPoolId: 'eu-south-1_Test1', userPoolClientId: 'console-client-1' },
  agentLiveUrl: 'wss://f6g7h8i9j0.execute-api.eu-south-1.amazonaws.com/live',
};

describe('where the console’s live socket is', () => {
  it('is the agents’ WebSocket API config.json names on AWS, with the token in the query', () => {
    const config = parseSiteConfig(AWS_CONFIG, 'https://fallback.example');
    expect(liveUrlFor(config, 'a.b/c+d')).toBe(`${AWS_CONFIG.agentLiveUrl}?access_token=a.b%2Fc%2Bd`);
  });

  it('is none on a deployment that names a user pool but no socket (the console polls)', () => {
    const config = parseSiteConfig({ ...AWS_CONFIG, agentLiveUrl: undefined }, 'https://fallback.example');
    expect(config.agentLiveUrl).toBeNull();
    expect(liveUrlFor(config, 'token')).toBeNull();
  });

  it('is the local server’s own endpoint with `npm start`’s empty config.json', () => {
    const config = parseSiteConfig({}, 'http://127.0.0.1:3978');
    expect(liveUrlFor(config, 'token')).toBe('ws://127.0.0.1:3978/agent/api/live?access_token=token');
    expect(liveUrlFor(config, null)).toBeNull();
  });

  it.each([
    'https://f6g7h8i9j0.execute-api.eu-south-1.amazonaws.com/live',
    'wss://x.example/live?t=1',
    'javascript:alert(1)',
    42,
  ])('ignores an agentLiveUrl that is not a plain WebSocket URL (%s)', (agentLiveUrl) => {
    expect(
      parseSiteConfig({ ...AWS_CONFIG, agentLiveUrl }, 'https://fallback.example').agentLiveUrl,
    ).toBeNull();
  });
});

/** The agents' WebSocket API stand-in: accepts sockets whose token is in `valid`. */
interface FeedServer {
  url: string;
  valid: Set<string>;
  /** Tokens of the sockets opened, in order (refused ones too). */
  attempts: string[];
  open: Set<ServerSocket>;
  received: string[];
  close(): Promise<void>;
}

async function startFeedServer(): Promise<FeedServer> {
  const wss = new WebSocketServer({ noServer: true });
  const server: Server = createServer();
  const state = {
    valid: new Set<string>(),
    attempts: [] as string[],
    open: new Set<ServerSocket>(),
    received: [] as string[],
  };
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const token = url.searchParams.get('access_token') ?? '';
    state.attempts.push(token);
    if (url.pathname !== '/live' || !state.valid.has(token)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      state.open.add(ws);
      ws.on('message', (data) => state.received.push(String(data)));
      ws.on('close', () => state.open.delete(ws));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(state, {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/live`,
    close: async () => {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

const until = async (condition: () => boolean, timeoutMs = 5_000) => {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('the console’s live socket on AWS', () => {
  let server: FeedServer;
  let feed: LiveFeed | undefined;
  const session = { token: 'token-1', expiresAt: Date.now() + 3_600_000 };
  const events: AgentEvent[] = [];
  let opens = 0;

  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterEach(() => feed?.stop());
  afterAll(() => server.close());

  const start = () => {
    const config = parseSiteConfig({ ...AWS_CONFIG, agentLiveUrl: server.url }, 'https://fallback.example');
    feed = connectLiveFeed({
      url: () => liveUrlFor(config, session.token),
      expiresAt: () => session.expiresAt,
      onEvent: (event) => events.push(event),
      onOpen: () => opens++,
      periods: { checkMs: 50, keepAliveMs: 300 },
    });
    return feed;
  };

  it('connects with the token, passes every event type on, and keeps the socket alive', async () => {
    server.valid.add('token-1');
    const live = start();
    await until(() => live.connected);
    expect(server.attempts).toEqual(['token-1']);
    expect(opens).toBe(1);
    const [socket] = server.open;
    socket?.send(JSON.stringify({ type: 'queue', conversationId: 'c1' }));
    socket?.send('not json');
    socket?.send(JSON.stringify({ type: 'outage', active: true }));
    await until(() => events.length === 2);
    expect(events).toEqual([
      { type: 'queue', conversationId: 'c1' },
      { type: 'outage', active: true },
    ]);
    await until(() => server.received.includes(KEEP_ALIVE_FRAME));
  });

  it('reopens the socket with a renewed token, and drops it when the token expires', async () => {
    server.attempts.length = 0;
    const live = start();
    await until(() => live.connected);
    server.valid.add('token-2');
    session.token = 'token-2';
    await until(() => server.attempts.includes('token-2') && server.open.size === 1 && live.connected);
    expect(server.attempts).toEqual(['token-1', 'token-2']);

    session.expiresAt = Date.now() - 1;
    await until(() => !live.connected && server.open.size === 0);
    await new Promise((resolve) => setTimeout(resolve, 700));
    // Left down for polling to meet the expired sign-in: no new attempt with the old token.
    expect(server.attempts).toEqual(['token-1', 'token-2']);
    session.expiresAt = Date.now() + 3_600_000;
  });

  it('reconnects after a drop and catches up, and gives up after three refused opens', async () => {
    session.token = 'token-3';
    server.valid.add('token-3');
    const live = start();
    await until(() => live.connected);
    const before = opens;
    for (const socket of server.open) socket.terminate();
    await until(() => !live.connected);
    await until(() => live.connected);
    expect(opens).toBe(before + 1);

    server.attempts.length = 0;
    server.valid.clear();
    for (const socket of server.open) socket.terminate();
    await until(() => server.attempts.length === 3, 8_000);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(server.attempts).toHaveLength(3);
    expect(live.connected).toBe(false);
  }, 20_000);
});
