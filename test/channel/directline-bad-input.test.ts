// Bad input against the Direct Line API as served by the local server: every case gets the
// documented `{"error":{"code","message"}}` with a 4xx status, and nothing stored is lost.
import { TokenService } from '../../core/channel/token-service';
import { type LocalServer, startLocalServer } from '../../local/server';
import { type Answer, call } from './support/http';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const KEY = 'test-signing-key-0123456789abcdefghijklmnop';

describe('Direct Line API: bad input', () => {
  let server: LocalServer;
  let dl: string;
  let token: string;
  let conversationId: string;
  let user: string;
  let history: unknown[];

  const expectError = (answer: Answer, status: number, code: string) => {
    expect({ status: answer.status, code: answer.json?.error?.code }).toEqual({ status, code });
    expect(typeof answer.json.error.message).toBe('string');
  };
  const activities = () => `${dl}/conversations/${conversationId}/activities`;

  beforeAll(async () => {
    server = await startLocalServer({ port: 0, serveWeb: false, signingKey: KEY, publicTokensPerMinute: 3 });
    dl = server.directLineUrl;
    const generated = await call(`${dl}/tokens/generate`, { method: 'POST', token: server.directLineSecret });
    ({ token, conversationId } = generated.json);
    user = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()).user;
    expect((await call(`${dl}/conversations`, { token, body: {} })).status).toBe(201);
    await call(activities(), { token, body: { type: 'event', name: 'webchat/join', from: { id: user } } });
    await call(activities(), { token, body: { type: 'message', text: 'Thunderbird', from: { id: user } } });
    history = (await call(activities(), { token })).json.activities;
    expect(history.length).toBeGreaterThan(3);
  });

  afterAll(async () => {
    // Nothing stored before the bad requests was lost or changed.
    const after = await call(activities(), { token });
    expect(after.json.activities.slice(0, history.length)).toEqual(history);
    await server.close();
  });

  it.each([
    [
      'malformed JSON',
      { raw: '{"type": "message", "text": ', headers: { 'content-type': 'application/json' } },
    ],
    ['a JSON array', { raw: '[1,2]' }],
    ['JSON null', { raw: 'null' }],
    ['a wrong type', { body: { type: 42, text: 'ciao' } }],
    ['text as an object', { body: { type: 'message', text: { evil: true } } }],
    ['a missing type', { body: { text: 'ciao' } }],
    ['no body at all', {}],
    ['a text over 10,000 characters', { body: { type: 'message', text: 'x'.repeat(10_001) } }],
    ['a forged from.id', { body: { type: 'message', text: 'ciao', from: { id: 'dl_someone_else' } } }],
    ['a forged bot role', { body: { type: 'message', text: 'ciao', from: { role: 'bot' } } }],
    [
      'an attachment',
      { body: { type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'x' }] } },
    ],
  ])('POST activities with %s: 400', async (_name, init) => {
    const answer = await call(activities(), { method: 'POST', token, ...init });
    expectError(
      answer,
      400,
      (init as { body?: { attachments?: unknown } }).body?.attachments ? 'NotSupported' : 'BadArgument',
    );
  });

  it('a 1 MB body: 413', async () => {
    const answer = await call(activities(), {
      token,
      body: { type: 'message', text: 'x'.repeat(1024 * 1024) },
    });
    expectError(answer, 413, 'PayloadTooLarge');
  });

  it.each([
    ['GET', '/v3/directline/nothing'],
    ['POST', '/v3/directline/conversations/abc/whatever'],
    ['GET', '/v3/directline'],
  ])('%s %s (unknown route): 404', async (method, path) => {
    expectError(await call(`${server.url}${path}`, { method, token }), 404, 'NotFound');
  });

  it('a known route with the wrong method: 400', async () => {
    expectError(await call(`${dl}/tokens/refresh`, { method: 'GET', token }), 400, 'BadArgument');
  });

  it.each([
    ['no Authorization header', {}],
    ['a Basic scheme', { headers: { authorization: 'Basic Zm9vOmJhcg==' } }],
    ['garbage', { headers: { authorization: 'Bearer not-a-jwt' } }],
  ])('GET activities with %s: 401', async (_name, init) => {
    expectError(await call(activities(), init), 401, 'MissingAuthorization');
  });

  it('a token signed with another key, or tampered with: 401', async () => {
    const forger = new TokenService({
      key: new TextEncoder().encode('another-key-another-key-another-key!'),
      clock: Date,
    });
    const forged = (await forger.issue({ conversationId, userId: user })).token;
    expectError(await call(activities(), { token: forged }), 401, 'MissingAuthorization');
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(
      JSON.stringify({ conv: 'other', user, iss: 'postino', aud: 'directline', exp: 9e9 }),
    ).toString('base64url');
    expectError(
      await call(activities(), { token: `${header}.${payload}.${signature}` }),
      401,
      'MissingAuthorization',
    );
  });

  it('an expired token: 403 TokenExpired, on reads, posts and refresh', async () => {
    const past = new TokenService({
      key: new TextEncoder().encode(KEY),
      clock: { now: () => Date.now() - 3_600_000 },
    });
    const expired = (await past.issue({ conversationId, userId: user })).token;
    expectError(await call(activities(), { token: expired }), 403, 'TokenExpired');
    expectError(
      await call(activities(), { token: expired, body: { type: 'message', text: 'x' } }),
      403,
      'TokenExpired',
    );
    expectError(await call(`${dl}/tokens/refresh`, { method: 'POST', token: expired }), 403, 'TokenExpired');
  });

  it('a token for another conversation: 403', async () => {
    const other = (await call(`${dl}/tokens/generate`, { method: 'POST', token: server.directLineSecret }))
      .json;
    await call(`${dl}/conversations`, { token: other.token, body: {} });
    expectError(await call(activities(), { token: other.token }), 403, 'Forbidden');
    expectError(
      await call(activities(), { token: other.token, body: { type: 'message', text: 'hi' } }),
      403,
      'Forbidden',
    );
    expectError(
      await call(`${dl}/conversations/${conversationId}`, { token: other.token }),
      403,
      'Forbidden',
    );
  });

  it('a conversation that was never started: 404', async () => {
    const fresh = (await call(`${dl}/tokens/generate`, { method: 'POST', token: server.directLineSecret }))
      .json;
    const at = `${dl}/conversations/${fresh.conversationId}`;
    expectError(await call(`${at}/activities`, { token: fresh.token }), 404, 'NotFound');
    expectError(await call(at, { token: fresh.token }), 404, 'NotFound');
    expectError(
      await call(`${at}/activities`, { token: fresh.token, body: { type: 'message', text: 'x' } }),
      404,
      'NotFound',
    );
  });

  it.each(['abc', '-1', '1e5', '12345678901', '3.5'])(
    'watermark %s (not a number): 400',
    async (watermark) => {
      expectError(
        await call(`${activities()}?watermark=${encodeURIComponent(watermark)}`, { token }),
        400,
        'BadArgument',
      );
    },
  );

  it('a watermark in the future: 400', async () => {
    expectError(await call(`${activities()}?watermark=999999`, { token }), 400, 'BadArgument');
  });

  it('a malformed conversation id in the path: 400', async () => {
    expectError(
      await call(`${dl}/conversations/${'x'.repeat(65)}/activities`, { token }),
      400,
      'BadArgument',
    );
  });

  it('upload: 400 NotSupported', async () => {
    const answer = await call(`${dl}/conversations/${conversationId}/upload?userId=${user}`, {
      token,
      raw: '--b\r\nContent-Disposition: form-data; name="file"\r\n\r\nhello\r\n--b--',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    expectError(answer, 400, 'NotSupported');
  });

  it('tokens/generate without the secret: 401/403', async () => {
    expectError(await call(`${dl}/tokens/generate`, { method: 'POST' }), 401, 'MissingAuthorization');
    expectError(await call(`${dl}/tokens/generate`, { method: 'POST', token }), 403, 'Forbidden');
    expectError(
      await call(`${dl}/tokens/generate`, {
        token: server.directLineSecret,
        body: { user: { id: 'mallory' } },
      }),
      400,
      'BadArgument',
    );
  });

  it('tokens/public: 403 without an allowed Origin, 429 with Retry-After past the rate', async () => {
    expectError(await call(`${dl}/tokens/public`, { body: {} }), 403, 'Forbidden');
    expectError(
      await call(`${dl}/tokens/public`, { body: {}, headers: { origin: 'https://evil.example' } }),
      403,
      'Forbidden',
    );
    const ask = () =>
      call(`${dl}/tokens/public`, { body: { locale: 'en-US' }, headers: { origin: server.url } });
    const answers = [await ask(), await ask(), await ask(), await ask()];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers[0]?.json).toEqual({
      conversationId: expect.any(String),
      token: expect.any(String),
      expires_in: 1800,
    });
    expect(answers[0]?.headers.get('access-control-allow-origin')).toBe(server.url);
    expectError(answers[3] as Answer, 429, 'RateLimited');
    expect(Number(answers[3]?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
