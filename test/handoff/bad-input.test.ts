// Bad input to every agent route: malformed JSON, wrong types, missing or extra fields, huge
// bodies, bad ids and watermarks, unknown routes and methods. Each gets a 4xx with the error
// shape, never a 5xx, and nothing already stored is lost or changed.
import { type LocalServer, startLocalServer } from '../../local/server';
import { Agent, api, botSays, type Customer, customer } from './support/harness';

describe('agent API bad input', () => {
  let server: LocalServer;
  let me: Customer;
  let giulia: Agent;

  beforeAll(async () => {
    server = await startLocalServer({ port: 0, serveWeb: false });
    giulia = await Agent.signIn(server, 0);
    me = await customer(server);
    await me.say('operatore');
    await me.sees(botSays('Ti metto in coda'));
  });
  afterAll(async () => {
    me.session.end();
    await server.close();
  });

  const id = () => me.conversationId;
  const cases: Array<[string, string, () => string, { body?: unknown; rawBody?: string }, number]> = [
    ['claim with a body', 'POST', () => `/conversations/${id()}/claim`, { body: { force: true } }, 400],
    ['claim with malformed JSON', 'POST', () => `/conversations/${id()}/claim`, { rawBody: '{' }, 400],
    ['a message without text', 'POST', () => `/conversations/${id()}/messages`, { body: {} }, 400],
    [
      'a message with blank text',
      'POST',
      () => `/conversations/${id()}/messages`,
      { body: { text: '   ' } },
      400,
    ],
    ['a message with a number', 'POST', () => `/conversations/${id()}/messages`, { body: { text: 42 } }, 400],
    [
      'a message too long',
      'POST',
      () => `/conversations/${id()}/messages`,
      { body: { text: 'x'.repeat(4001) } },
      400,
    ],
    [
      'a 1 MB body',
      'POST',
      () => `/conversations/${id()}/messages`,
      { rawBody: `{"text":"${'x'.repeat(1_000_000)}"}` },
      413,
    ],
    ['a JSON array', 'POST', () => `/conversations/${id()}/messages`, { rawBody: '[]' }, 400],
    ['a transfer without toAgentId', 'POST', () => `/conversations/${id()}/transfer`, { body: {} }, 400],
    [
      'a transfer to an unknown agent',
      'POST',
      () => `/conversations/${id()}/transfer`,
      { body: { toAgentId: 'ghost' } },
      404,
    ],
    ['release with a body', 'POST', () => `/conversations/${id()}/release`, { body: { now: 1 } }, 400],
    ['close with malformed JSON', 'POST', () => `/conversations/${id()}/close`, { rawBody: 'nope' }, 400],
    [
      'probe with a body',
      'POST',
      () => `/conversations/${id()}/probe`,
      { body: { host: 'evil.example' } },
      400,
    ],
    ['a watermark that is not a number', 'GET', () => `/conversations/${id()}?watermark=abc`, {}, 400],
    ['a negative watermark', 'GET', () => `/conversations/${id()}?watermark=-1`, {}, 400],
    ['an id with bad characters', 'GET', () => '/conversations/a%20b%3Cscript%3E', {}, 400],
    ['an unknown conversation', 'GET', () => '/conversations/nope123', {}, 404],
    ['canned for an unknown conversation', 'GET', () => '/conversations/nope123/canned', {}, 404],
    ['claim of an unknown conversation', 'POST', () => '/conversations/nope123/claim', {}, 404],
    ['an unknown action', 'POST', () => `/conversations/${id()}/delete`, {}, 404],
    ['an unknown route', 'GET', () => '/nothing-here', {}, 404],
    ['GET on an action', 'GET', () => `/conversations/${id()}/claim`, {}, 405],
    ['POST on the queue', 'POST', () => '/queue', { body: {} }, 404],
  ];

  it.each(cases)('answers %s with a 4xx', async (_what, method, path, input, status) => {
    const before = await giulia.call('GET', `/conversations/${id()}`);
    const answer = await api<{ error?: { code: string; message: string } }>(server, method, path(), {
      token: giulia.token,
      ...input,
    });
    expect(answer.status).toBe(status);
    if (status !== 413) expect(answer.body.error?.message).toEqual(expect.any(String));
    const after = await giulia.call('GET', `/conversations/${id()}`);
    expect(after.body.activities).toEqual(before.body.activities);
    expect(after.body.bundle.status).toBe('queued');
  });

  it('still works normally after all that', async () => {
    expect((await giulia.call('POST', `/conversations/${id()}/claim`)).status).toBe(200);
    const sent = await giulia.call('POST', `/conversations/${id()}/messages`, {
      text: 'Eccomi',
      clientMessageId: 'm1',
    });
    expect(sent.status).toBe(201);
    // A retried send with the same clientMessageId is stored once.
    const again = await giulia.call('POST', `/conversations/${id()}/messages`, {
      text: 'Eccomi',
      clientMessageId: 'm1',
    });
    expect(again.body.id).toBe(sent.body.id);
    await me.sees((a) => (a as { text?: string }).text === 'Eccomi');
    const transcript = await giulia.call('GET', `/conversations/${id()}`);
    expect(transcript.body.activities.filter((a: { text?: string }) => a.text === 'Eccomi')).toHaveLength(1);
  });
});
