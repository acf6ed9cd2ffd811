// The Direct Line 3.0 surface over HTTP, call by call: token kinds, 201/200 on start,
// reconnect, refresh, echo with a server id, idempotent retries, watermarks, CORS.
import { type LocalServer, startLocalServer } from '../../local/server';
import { call } from './support/http';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

describe('Direct Line API: protocol', () => {
  let server: LocalServer;
  let dl: string;

  beforeAll(async () => {
    server = await startLocalServer({ port: 0, serveWeb: false, extraOrigins: ['https://www.hln.it'] });
    dl = server.directLineUrl;
  });
  afterAll(() => server.close());

  const publicToken = async (locale?: string) =>
    (
      await call(`${dl}/tokens/public`, {
        body: locale ? { locale } : {},
        headers: { origin: 'https://www.hln.it' },
      })
    ).json as {
      conversationId: string;
      token: string;
    };
  const claims = (token: string) =>
    JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString());

  it('issues conversation-bound tokens with a dl_ user claim and a 30-minute life', async () => {
    const { token, conversationId } = await publicToken('en-US');
    const payload = claims(token);
    expect(payload).toMatchObject({ conv: conversationId, loc: 'en', iss: 'postino', aud: 'directline' });
    expect(payload.user).toMatch(/^dl_[A-Za-z0-9_-]+$/);
    expect(payload.exp - payload.iat).toBe(1800);
  });

  it('starts a conversation once (201, then 200) and reconnects with a fresh token', async () => {
    const { token, conversationId } = await publicToken();
    const created = await call(`${dl}/conversations`, { token, body: { user: {} } });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ conversationId, token: expect.any(String), expires_in: 1800 });
    const again = await call(`${dl}/conversations`, { token, body: {} });
    expect(again.status).toBe(200);
    expect(again.json.conversationId).toBe(conversationId);
    const reconnect = await call(`${dl}/conversations/${conversationId}?watermark=`, { token });
    expect(reconnect.status).toBe(200);
    expect(reconnect.json).toEqual({ conversationId, token: expect.any(String), expires_in: 1800 });
    expect(claims(reconnect.json.token)).toMatchObject({ conv: conversationId, user: claims(token).user });
  });

  it('refreshes a token for the same conversation and user', async () => {
    const { token, conversationId } = await publicToken();
    const refreshed = await call(`${dl}/tokens/refresh`, { method: 'POST', token });
    expect(refreshed.status).toBe(200);
    expect(claims(refreshed.json.token)).toMatchObject({ conv: conversationId, user: claims(token).user });
  });

  it('echoes a posted activity with a server id, timestamp, from the token, channelData intact; a retry is stored once', async () => {
    const { token, conversationId } = await publicToken();
    await call(`${dl}/conversations`, { token, body: {} });
    const at = `${dl}/conversations/${conversationId}/activities`;
    const activity = {
      type: 'message',
      text: 'Thunderbird',
      from: { id: claims(token).user, name: 'Mario', role: 'user' },
      id: 'client-chosen-id',
      timestamp: '1999-01-01T00:00:00Z',
      channelData: { clientActivityID: 'abc-1', clientTimestamp: '2026-01-01T00:00:00Z' },
    };
    const posted = await call(at, { token, body: activity });
    expect(posted.status).toBe(200);
    expect(posted.json.id).toMatch(new RegExp(`^${conversationId}\\|\\d{7}$`));
    const retried = await call(at, { token, body: activity });
    expect(retried.json).toEqual(posted.json);

    const page = await call(at, { token });
    const mine = page.json.activities.filter((a: { text?: string }) => a.text === 'Thunderbird');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      id: posted.json.id,
      type: 'message',
      channelId: 'directline',
      conversation: { id: conversationId },
      from: { id: claims(token).user, name: 'Mario', role: 'user' },
      channelData: { clientActivityID: 'abc-1', clientTimestamp: '2026-01-01T00:00:00Z' },
    });
    expect(Date.parse(mine[0].timestamp)).toBeGreaterThan(Date.parse('2020-01-01'));
    const replies = page.json.activities.filter(
      (a: { replyToId?: string }) => a.replyToId === posted.json.id,
    );
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0].from).toEqual({ id: 'postino', name: 'Postino', role: 'bot' });

    // Watermarks: the page's watermark covers everything so far; after it, nothing.
    const after = await call(`${at}?watermark=${page.json.watermark}`, { token });
    expect(after.json).toEqual({ activities: [], watermark: page.json.watermark });
  });

  it('accepts typing activities without storing them', async () => {
    const { token, conversationId } = await publicToken();
    await call(`${dl}/conversations`, { token, body: {} });
    const at = `${dl}/conversations/${conversationId}/activities`;
    expect((await call(at, { token, body: { type: 'typing' } })).status).toBe(200);
    expect((await call(at, { token })).json.activities).toEqual([]);
  });

  it('lets a server holding the secret mint a token, which starts a conversation and talks in it', async () => {
    const secret = server.directLineSecret;
    const minted = await call(`${dl}/tokens/generate`, {
      token: secret,
      body: { user: { id: 'dl_server_user' } },
    });
    const { token } = minted.json;
    const started = await call(`${dl}/conversations`, { token, body: {} });
    expect(started.status).toBe(201);
    const at = `${dl}/conversations/${started.json.conversationId}/activities`;
    expect((await call(at, { token, body: { type: 'message', text: 'ciao' } })).status).toBe(200);
    const page = await call(at, { token });
    expect(page.json.activities[0].from.id).toBe('dl_server_user');
    // The secret itself opens no conversation route.
    expect((await call(at, { token: secret })).status).toBe(403);
  });

  it('answers CORS preflights for allowed origins only, with the headers DirectLineJS sends', async () => {
    const ask = (origin: string) =>
      fetch(`${dl}/conversations/x/activities`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,x-ms-bot-agent',
        },
      });
    const allowed = await ask('https://www.hln.it');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.hln.it');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-ms-bot-agent');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const denied = await ask('https://evil.example');
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });
});
