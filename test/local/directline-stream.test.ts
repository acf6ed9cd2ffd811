// Direct Line 3.0 streaming against `npm start`'s server, with the official DirectLineJS
// client in `webSocket: true` mode (what Web Chat runs by default): the streamUrl in the REST
// answers, a whole dialog over the socket, a resume from the watermark, sockets refused before
// the upgrade, and no activity lost or doubled under load.
import type { Activity } from 'botframework-directlinejs';
import WebSocket from 'ws';
import { StreamTokens } from '../../core/channel/stream-tokens';
import { type LocalServer, startLocalServer } from '../../local/server';
import { countingDialog } from '../conversation/support/counting-dialog';
import { connectDirectLine, type DirectLineSession } from './support/directline-client';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const SIGNING_KEY = 'stream-test-signing-key-0123456789abcdef';
const textOf = (activity: Activity) => (activity as { text?: string }).text ?? '';
const fromBot = (activity: Activity) => activity.from.role === 'bot' && activity.type === 'message';
const botSays = (fragment: string) => (activity: Activity) =>
  fromBot(activity) && textOf(activity).includes(fragment);

async function publicToken(server: LocalServer) {
  const answer = await fetch(`${server.directLineUrl}/tokens/public`, {
    method: 'POST',
    headers: { origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify({ locale: 'it-IT' }),
  });
  expect(answer.status).toBe(200);
  const { token, conversationId } = (await answer.json()) as { token: string; conversationId: string };
  const user = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()).user as string;
  return { token, conversationId, user };
}

async function startConversation(server: LocalServer, token: string) {
  const answer = await fetch(`${server.directLineUrl}/conversations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(answer.status).toBe(201);
  return (await answer.json()) as { conversationId: string; streamUrl: string };
}

/** Opens a raw socket: its HTTP status when refused, 101 when it opened. */
function upgradeStatus(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('open', () => {
      socket.close();
      resolve({ status: 101, body: '' });
    });
    socket.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.on('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

function sayer(session: DirectLineSession, user: string) {
  let n = 0;
  return async (text: string) => {
    const id = await session.post({
      type: 'message',
      text,
      from: { id: user, role: 'user' },
      channelData: { clientActivityID: `c-${++n}-${text}` },
    } as Partial<Activity>);
    await session.waitFor((a) => a.id === id && a.from.id === user && textOf(a) === text);
    return id;
  };
}

describe('Direct Line streaming with DirectLineJS (webSocket: true)', () => {
  let server: LocalServer;
  const sessions: DirectLineSession[] = [];

  beforeAll(async () => {
    server = await startLocalServer({ port: 0, serveWeb: false, demoSmtp: true, signingKey: SIGNING_KEY });
  });
  afterAll(async () => {
    for (const session of sessions) session.end();
    await server.close();
  });

  it('answers POST conversations, reconnect and refresh with a streamUrl on the same port', async () => {
    const { token, conversationId } = await publicToken(server);
    const started = await startConversation(server, token);
    const wsBase = `${server.url.replace(/^http/, 'ws')}/v3/directline/stream?t=`;
    expect(started.streamUrl.startsWith(wsBase)).toBe(true);
    const reconnect = await fetch(`${server.directLineUrl}/conversations/${conversationId}?watermark=0`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const reconnected = (await reconnect.json()) as { streamUrl: string };
    expect(reconnected.streamUrl.startsWith(wsBase)).toBe(true);
    expect(reconnected.streamUrl).toMatch(/&watermark=0$/);
    const refresh = await fetch(`${server.directLineUrl}/tokens/refresh`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await refresh.json()) as { streamUrl: string }).streamUrl.startsWith(wsBase)).toBe(true);
    // The stream token is not a REST token: it opens no conversation route.
    const streamToken = decodeURIComponent(new URL(started.streamUrl).searchParams.get('t') as string);
    const misuse = await fetch(`${server.directLineUrl}/conversations/${conversationId}/activities`, {
      headers: { authorization: `Bearer ${streamToken}` },
    });
    expect(misuse.status).toBe(401);
  });

  it('runs a whole dialog over the socket, every activity once and in order', async () => {
    const { token, user } = await publicToken(server);
    const session = connectDirectLine({ domain: server.directLineUrl, token, webSocket: true });
    sessions.push(session);
    const joinId = await session.post({
      type: 'event',
      name: 'webchat/join',
      from: { id: user, role: 'user' },
      value: { language: 'it-IT' },
      channelData: { clientActivityID: 'join-1' },
    } as Partial<Activity>);
    const echo = await session.waitFor((a) => a.type === 'event' && a.id === joinId);
    expect(echo.channelData).toEqual({ clientActivityID: 'join-1' });
    expect((session.directLine as unknown as { streamUrl: string }).streamUrl).toMatch(/^ws:\/\//);
    await session.waitFor(botSays('Quale programma di posta usi?'));
    const say = sayer(session, user);
    await say('Thunderbird');
    await session.waitFor(botSays('Che problema hai'));
    await say('Prima configurazione');
    // Typing is pushed while the probe runs, then the verdict and the steps.
    await session.waitFor((a) => a.type === 'typing' && a.from.role === 'bot');
    await session.waitFor(botSays('Ha funzionato?'), 20_000);
    const ids = session.received.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Exactly what a poll of the whole conversation returns, in the same order.
    const conversationId = (session.directLine as unknown as { conversationId: string }).conversationId;
    const all = await fetch(`${server.directLineUrl}/conversations/${conversationId}/activities`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const polled = (await all.json()) as { activities: Activity[] };
    expect(ids).toEqual(polled.activities.map((a) => a.id));
    session.end();
  }, 60_000);

  it('resumes mid-dialog from the watermark: the backlog once, nothing seen before', async () => {
    const { token, conversationId, user } = await publicToken(server);
    const first = connectDirectLine({ domain: server.directLineUrl, token, webSocket: true });
    sessions.push(first);
    await first.post({
      type: 'event',
      name: 'webchat/join',
      from: { id: user, role: 'user' },
      channelData: { clientActivityID: 'join' },
    } as Partial<Activity>);
    await first.waitFor(botSays('Quale programma di posta usi?'));
    await sayer(first, user)('Thunderbird');
    await first.waitFor(botSays('Che problema hai'));
    const seen = first.received.map((a) => a.id);
    const watermark = (first.directLine as unknown as { watermark: string }).watermark;
    expect(Number(watermark)).toBeGreaterThan(0);
    first.end();

    // While no socket is open the conversation moves on (another tab, a slow network).
    const posted = await fetch(`${server.directLineUrl}/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'Prima configurazione', from: { id: user } }),
    });
    expect(posted.status).toBe(200);

    const resumed = connectDirectLine({
      domain: server.directLineUrl,
      token,
      conversationId,
      watermark,
      webSocket: true,
    });
    sessions.push(resumed);
    await resumed.waitFor((a) => a.from.id === user && textOf(a) === 'Prima configurazione');
    await resumed.waitFor(botSays('Ha funzionato?'), 20_000);
    expect(resumed.received.some((a) => seen.includes(a.id))).toBe(false);
    // And it carries on live over the new socket.
    const id = await sayer(resumed, user)('Sì, risolto');
    await resumed.waitFor((a) => fromBot(a) && (a as { replyToId?: string }).replyToId === id);
    const ids = resumed.received.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    resumed.end();
  }, 60_000);

  it('greets with the start when asked (join: true): the greeting is in the first frame', async () => {
    const { token } = await publicToken(server);
    const started = await fetch(`${server.directLineUrl}/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'it', join: true }),
    });
    expect(started.status).toBe(201);
    const { streamUrl } = (await started.json()) as { streamUrl: string };
    const socket = new WebSocket(streamUrl);
    const frame = await new Promise<{ activities: Activity[]; watermark: string }>((resolve, reject) => {
      socket.once('message', (data) => resolve(JSON.parse(String(data))));
      socket.once('error', reject);
    });
    socket.close();
    expect(frame.activities.some(botSays('Quale programma di posta usi?'))).toBe(true);
    expect(frame.activities.filter((a) => a.type === 'event' && a.name === 'webchat/join')).toHaveLength(1);
    expect(Number(frame.watermark)).toBeGreaterThan(0);
  });

  it('refuses a socket before the upgrade: missing, tampered, expired, foreign or REST tokens', async () => {
    const { token, conversationId, user } = await publicToken(server);
    const { streamUrl } = await startConversation(server, token);
    const base = `${server.url.replace(/^http/, 'ws')}/v3/directline/stream`;
    const key = new TextEncoder().encode(SIGNING_KEY);
    const tokensAt = (offsetMs: number, signingKey = key) =>
      new StreamTokens(signingKey, { now: () => Date.now() + offsetMs });
    const expired = await tokensAt(-3_600_000).issue({ conversationId, userId: user });
    const otherKey = await tokensAt(0, new TextEncoder().encode('x'.repeat(40))).issue({
      conversationId,
      userId: user,
    });
    const unknownConversation = await tokensAt(0).issue({
      conversationId: 'nosuchconversation',
      userId: user,
    });
    const streamToken = new URL(streamUrl).searchParams.get('t') as string;
    const tampered = `${streamToken.slice(0, -4)}AAAA`;

    expect((await upgradeStatus(streamUrl)).status).toBe(101);
    const cases: Array<[string, number, string]> = [
      [base, 401, 'MissingAuthorization'],
      [`${base}?t=${tampered}`, 401, 'MissingAuthorization'],
      [`${base}?t=${expired}`, 403, 'TokenExpired'],
      [`${base}?t=${otherKey}`, 401, 'MissingAuthorization'],
      [`${base}?t=${token}`, 401, 'MissingAuthorization'],
      [`${base}?t=${unknownConversation}`, 404, 'NotFound'],
      [`${streamUrl}&watermark=99`, 400, 'BadArgument'],
      [`${server.url.replace(/^http/, 'ws')}/v3/directline/elsewhere?t=${streamToken}`, 404, 'NotFound'],
    ];
    for (const [url, status, code] of cases) {
      const answer = await upgradeStatus(url);
      expect([url.slice(-30), answer.status]).toEqual([url.slice(-30), status]);
      expect(JSON.parse(answer.body)).toEqual({ error: { code, message: expect.any(String) } });
    }
  });
});

describe('Direct Line streaming under load', () => {
  let server: LocalServer;

  beforeAll(async () => {
    server = await startLocalServer({
      port: 0,
      serveWeb: false,
      dialog: countingDialog,
      publicTokensPerMinute: 1000,
    });
  });
  afterAll(() => server.close());

  it('20 conversations x 20 turns: every activity arrives exactly once, in order', async () => {
    const CONVERSATIONS = 20;
    const TURNS = 20;
    const run = async () => {
      const { token, user } = await publicToken(server);
      const session = connectDirectLine({ domain: server.directLineUrl, token, webSocket: true });
      try {
        for (let turn = 1; turn <= TURNS; turn++) {
          const id = await session.post({
            type: 'message',
            text: `m${turn}`,
            from: { id: user, role: 'user' },
            channelData: { clientActivityID: `t${turn}` },
          } as Partial<Activity>);
          await session.waitFor((a) => fromBot(a) && (a as { replyToId?: string }).replyToId === id, 20_000);
        }
        const conversationId = (session.directLine as unknown as { conversationId: string }).conversationId;
        const all = await fetch(`${server.directLineUrl}/conversations/${conversationId}/activities`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const stored = ((await all.json()) as { activities: Activity[] }).activities.map((a) => a.id);
        return { received: session.received.map((a) => a.id), stored, texts: session.received.map(textOf) };
      } finally {
        session.end();
      }
    };
    const results = await Promise.all(Array.from({ length: CONVERSATIONS }, run));
    for (const { received, stored, texts } of results) {
      expect(stored).toHaveLength(TURNS * 2);
      expect(received).toEqual(stored);
      for (let turn = 1; turn <= TURNS; turn++) {
        expect(texts.filter((text) => text === `turn ${turn}: m${turn}`)).toHaveLength(1);
      }
    }
  }, 120_000);
});
