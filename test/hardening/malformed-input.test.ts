// Malformed input from outside answers 400 with the documented error, never 500: bad
// percent-escapes in Direct Line paths, static paths and the Lambda Invoke route, JSON nested
// thousands deep in `value` or `channelData`, and the agent API's 401s in its error shape.
import { request } from 'node:http';
import { type LocalServer, startLocalServer } from '../../local/server';
import { call } from '../channel/support/http';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const BAD_ESCAPES = ['%ff', '%', '%zz', '%e0%a4%a', 'a%2', '%c0%af'];

/** A raw request (fetch would re-encode some of these paths). */
function raw(
  server: LocalServer,
  method: string,
  path: string,
  options: { body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function expectDocumentedError(answer: { status: number; body: string }, status: number, code?: string) {
  expect(answer.status).toBe(status);
  const json = JSON.parse(answer.body);
  expect(json).toEqual({ error: { code: code ?? expect.any(String), message: expect.any(String) } });
}

function nested(depth: number, open = '[', close = ']'): string {
  return `${open.repeat(depth)}1${close.repeat(depth)}`.replace(/\{1\}/, '{"a":1}');
}

describe('malformed input', () => {
  // With the web assets: the static paths are part of what is attacked.
  const local = {} as { server: LocalServer };
  beforeAll(async () => {
    local.server = await startLocalServer({ port: 0 });
  }, 120_000);
  afterAll(() => local.server?.close());

  it.each(BAD_ESCAPES)('Direct Line paths with %s: 400 BadArgument', async (badEscape) => {
    const { server } = local;
    const { json } = await call(`${server.directLineUrl}/tokens/public`, {
      body: {},
      headers: { origin: server.url },
    });
    const auth = { authorization: `Bearer ${json.token}`, 'content-type': 'application/json' };
    for (const [method, path, body] of [
      ['GET', `/v3/directline/conversations/${badEscape}`, undefined],
      ['GET', `/v3/directline/conversations/${badEscape}/activities`, undefined],
      ['POST', `/v3/directline/conversations/${badEscape}/activities`, '{"type":"message","text":"x"}'],
      ['POST', `/v3/directline/conversations/${badEscape}/upload`, undefined],
    ] as const) {
      expectDocumentedError(await raw(server, method, path, { body, headers: auth }), 400, 'BadArgument');
    }
  });

  it.each(BAD_ESCAPES)('static paths with %s: 400, not 500', async (badEscape) => {
    const { server } = local;
    for (const path of [`/${badEscape}`, `/agent/${badEscape}.js`, `/x${badEscape}y`]) {
      expectDocumentedError(await raw(server, 'GET', path), 400, 'BadArgument');
    }
  });

  it.each(BAD_ESCAPES)('the Invoke route with %s: 400 in the Lambda API error form', async (badEscape) => {
    const answer = await raw(local.server, 'POST', `/2015-03-31/functions/${badEscape}/invocations`, {
      body: '{}',
    });
    expect(answer.status).toBe(400);
    expect(answer.headers['x-amzn-errortype']).toBe('InvalidParameterValueException');
    expect(JSON.parse(answer.body)).toEqual({ Type: 'User', message: expect.any(String) });
  });

  it.each([
    ['value', (deep: string) => `{"type":"message","value":${deep}}`],
    ['channelData', (deep: string) => `{"type":"message","text":"x","channelData":{"x":${deep}}}`],
    ['an event value', (deep: string) => `{"type":"event","name":"x","value":${deep}}`],
  ])('JSON nested 5,000 deep in %s: 400 BadArgument', async (_where, body) => {
    const { server } = local;
    const { json } = await call(`${server.directLineUrl}/tokens/public`, {
      body: {},
      headers: { origin: server.url },
    });
    const path = `/v3/directline/conversations/${json.conversationId}/activities`;
    const headers = { authorization: `Bearer ${json.token}`, 'content-type': 'application/json' };
    expect((await raw(server, 'POST', '/v3/directline/conversations', { body: '{}', headers })).status).toBe(
      201,
    );
    for (const deep of [nested(5_000), nested(5_000, '{"a":', '}'), nested(20_000)]) {
      expectDocumentedError(
        await raw(server, 'POST', path, { body: body(deep), headers }),
        400,
        'BadArgument',
      );
    }
    // The conversation still works, and nothing of the refused posts was stored.
    const ok = await raw(server, 'POST', path, { body: '{"type":"message","text":"ciao"}', headers });
    expect(ok.status).toBe(200);
    const stored = JSON.parse((await raw(server, 'GET', path, { headers })).body);
    expect(stored.activities.filter((a: { from: { role: string } }) => a.from.role === 'user')).toHaveLength(
      1,
    );
  });

  it('agent API 401s are in the documented error shape', async () => {
    const { server } = local;
    const expired = await server.agentAuth.issue(server.agents[0] as (typeof server.agents)[number], -120);
    for (const authorization of [undefined, 'Bearer nope', 'Basic abc', `Bearer ${expired.token}`]) {
      const answer = await raw(server, 'GET', '/agent/api/queue', {
        headers: authorization ? { authorization } : {},
      });
      expectDocumentedError(answer, 401, 'MissingAuthorization');
      expect(answer.headers['www-authenticate']).toBe('Bearer');
    }
  });
});
