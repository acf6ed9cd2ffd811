// The agents' outage routes (issue 12) through the agent function's handler, with the claims
// API Gateway's JWT authorizer puts in the event: the overview, set and clear by hand (the
// agent named from the token), the broadcast with an agent message's checks; bad input gets a
// clear 400 and reaches nothing; no sign-in, no route; a deployment without outage mode
// answers 404; and the function counts the outages agents start and end.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createAgentHandler } from '../../functions/agent';
import { agentConfigFrom } from '../../functions/agent/config';
import { countingDialog } from '../conversation/support/counting-dialog';
import { ScriptedOutage } from './support/scripted-outage';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const GIULIA = { sub: 'agent-giulia', name: 'Giulia (Halnet)', token_use: 'id' };

function event(
  method: string,
  path: string,
  options: { claims?: unknown; body?: string; contentType?: string } = {},
): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: {
      authorization: 'Bearer checked-by-the-authorizer',
      ...(options.body !== undefined ? { 'content-type': options.contentType ?? 'application/json' } : {}),
    },
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'example',
      domainPrefix: 'example',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '198.51.100.9', userAgent: 'jest' },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: 0,
      ...(options.claims === undefined
        ? {}
        : { authorizer: { jwt: { claims: options.claims, scopes: null } } }),
    },
    ...(options.body !== undefined ? { body: options.body } : {}),
    isBase64Encoded: false,
  } as APIGatewayProxyEventV2;
}

function setUp(withOutage = true) {
  const outage = new ScriptedOutage();
  const metrics = new Metrics({ namespace: 'Postino', serviceName: 'agent' });
  const added: Array<[string, number]> = [];
  jest.spyOn(metrics, 'addMetric').mockImplementation((name, _unit, value) => {
    added.push([name, value]);
    return metrics;
  });
  jest.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => metrics);
  const handler = createAgentHandler({
    config: agentConfigFrom({ TABLE_NAME: 'unused-by-these-routes' }),
    parts: { dialog: countingDialog, ...(withOutage ? { outage } : {}) },
    logger: new Logger({ serviceName: 'agent-test', logLevel: 'SILENT' }),
    metrics,
  });
  const call = async (method: string, path: string, options: Parameters<typeof event>[2] = {}) => {
    const result = await handler(event(method, `/agent/api${path}`, { claims: GIULIA, ...options }));
    return {
      status: result.statusCode,
      headers: result.headers ?? {},
      // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON answers loosely.
      body: JSON.parse(result.body ?? '{}') as any,
    };
  };
  return { outage, added, call };
}

describe('the agents’ outage routes', () => {
  it('answer the overview, uncached', async () => {
    const { outage, call } = setUp();
    outage.overviewValue = { ...outage.overviewValue, affected: 4, waitingForHuman: 1 };
    const answer = await call('GET', '/outage');
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.body).toMatchObject({ active: false, affected: 4, waitingForHuman: 1, callbacks: [] });
  });

  it('set and clear the outage by hand as the signed-in agent, counting the start and the end', async () => {
    const { outage, added, call } = setUp();
    const set = await call('PUT', '/outage', { body: '{"active":true}' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ active: true, cause: 'manual', setBy: 'Giulia (Halnet)' });
    expect(outage.setCalls).toEqual([
      { active: true, agent: { id: 'agent-giulia', name: 'Giulia (Halnet)' } },
    ]);
    expect(added).toEqual([['OutageStarted', 1]]);

    // Setting it again changes nothing and counts nothing.
    expect((await call('PUT', '/outage', { body: '{"active":true}' })).status).toBe(200);
    expect(added).toEqual([['OutageStarted', 1]]);

    outage.overviewValue = { ...outage.overviewValue, affected: 7, allClearsDelivered: 6 };
    const cleared = await call('PUT', '/outage', { body: '{"active":false}' });
    expect(cleared.body).toMatchObject({ active: false, lastEnded: { endedAt: expect.any(String) } });
    expect(added).toEqual([
      ['OutageStarted', 1],
      ['OutageEnded', 1],
      ['OutageAffectedConversations', 7],
      ['OutageAllClearsDelivered', 6],
    ]);
  });

  it('broadcast the trimmed text in the agent’s name and say how many chats got it', async () => {
    const { outage, call } = setUp();
    outage.groupSize = 12;
    const answer = await call('POST', '/outage/broadcast', {
      body: JSON.stringify({ text: '  Stiamo lavorando al ripristino.  ' }),
    });
    expect([answer.status, answer.body]).toEqual([200, { delivered: 12 }]);
    expect(outage.broadcasts).toEqual([
      { text: 'Stiamo lavorando al ripristino.', agent: { id: 'agent-giulia', name: 'Giulia (Halnet)' } },
    ]);
  });

  it.each([
    ['a set without a body', 'PUT', '/outage', undefined, 400, /invalid body at active/],
    ['a set with a string', 'PUT', '/outage', '{"active":"yes"}', 400, /invalid body at active/],
    ['a set with an extra field', 'PUT', '/outage', '{"active":true,"cause":"x"}', 400, /invalid body/],
    ['a set with malformed JSON', 'PUT', '/outage', '{"active":', 400, /malformed JSON/],
    ['a broadcast without text', 'POST', '/outage/broadcast', '{}', 400, /invalid body at text/],
    ['a blank broadcast', 'POST', '/outage/broadcast', '{"text":"   "}', 400, /invalid body at text/],
    ['a broadcast of a number', 'POST', '/outage/broadcast', '{"text":42}', 400, /invalid body at text/],
    [
      'a broadcast over 2000 characters',
      'POST',
      '/outage/broadcast',
      JSON.stringify({ text: 'x'.repeat(2001) }),
      400,
      /invalid body at text/,
    ],
    [
      'a body over 16 KB',
      'POST',
      '/outage/broadcast',
      JSON.stringify({ text: 'x'.repeat(20_000) }),
      413,
      /Body too large/,
    ],
  ])('refuse %s with a clear error, reaching nothing', async (_what, method, path, body, status, message) => {
    const { outage, call } = setUp();
    const answer = await call(method, path, body === undefined ? {} : { body });
    expect(answer.status).toBe(status);
    expect(answer.body.error.message).toMatch(message);
    expect([outage.setCalls, outage.broadcasts]).toEqual([[], []]);
  });

  it('refuse a body that is not JSON', async () => {
    const { outage, call } = setUp();
    const answer = await call('PUT', '/outage', { body: 'active=true', contentType: 'text/plain' });
    expect([answer.status, answer.body.error.message]).toEqual([
      400,
      'Content-Type must be application/json',
    ]);
    expect(outage.setCalls).toEqual([]);
  });

  it('want an agent’s sign-in: no claims is 401, a refresh token 403', async () => {
    const { outage, call } = setUp();
    for (const [method, path, body] of [
      ['GET', '/outage', undefined],
      ['PUT', '/outage', '{"active":true}'],
      ['POST', '/outage/broadcast', '{"text":"ciao"}'],
    ] as const) {
      const anonymous = await call(method, path, { claims: null, ...(body ? { body } : {}) });
      expect([anonymous.status, anonymous.body.error.code]).toEqual([401, 'MissingAuthorization']);
      const refresh = await call(method, path, {
        claims: { ...GIULIA, token_use: 'refresh' },
        ...(body ? { body } : {}),
      });
      expect([refresh.status, refresh.body.error.code]).toEqual([403, 'Forbidden']);
    }
    expect([outage.setCalls, outage.broadcasts]).toEqual([[], []]);
  });

  it('know no other method or path under /outage', async () => {
    const { call } = setUp();
    expect((await call('DELETE', '/outage')).status).toBe(404);
    expect((await call('GET', '/outage/broadcast')).status).toBe(404);
    expect((await call('POST', '/outage', { body: '{"active":true}' })).status).toBe(404);
  });

  it('answer 503 with Retry-After while outage mode’s store is down', async () => {
    const { outage, call } = setUp();
    outage.storeDown = true;
    const answer = await call('GET', '/outage');
    expect([answer.status, answer.body.error.code, answer.headers['retry-after']]).toEqual([
      503,
      'StoreUnavailable',
      '1',
    ]);
  });
});
