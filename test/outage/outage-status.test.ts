// The widget's outage status (issue 12) through the chat function's handler: public (no
// token), cacheable for 15 s, with CORS for the configured origins only like every chat route,
// `{ outage, since }` and nothing more; 503 while the store is down; unknown (404) where the
// deployment has no outage mode.
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { MemoryConversationStore } from '../../adapters/memory/conversation-store';
import { MemoryOutageStore } from '../../adapters/memory/outage-store';
import { PostinoError } from '../../core/errors';
import { OutageService } from '../../core/outage/outage-service';
import { createDirectLineHandler } from '../../functions/directline';
import { directLineConfigFrom } from '../../functions/directline/config';
import { countingDialog } from '../conversation/support/counting-dialog';

const noTurns = () => Promise.reject(new Error('the status route sends no message'));

/** Outage mode's real service over the memory store; `storeDown`: every read fails. */
function outageService(storeDown = false) {
  const store = new MemoryOutageStore();
  if (storeDown) store.read = () => Promise.reject(new PostinoError('StoreUnavailable', 'store down'));
  return new OutageService({
    store,
    turns: { dialogEvent: noTurns, appendActivities: noTurns },
    clock: { now: () => Date.now() },
  });
}

const SITE = 'https://www.hln.it';

function event(method: string, path: string, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers,
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'example',
      domainPrefix: 'example',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: 'jest' },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    isBase64Encoded: false,
  };
}

function chatFunction(outage?: OutageService) {
  const memory = new MemoryConversationStore({ now: () => Date.now() });
  return createDirectLineHandler({
    logger: new Logger({ serviceName: 'status-test', logLevel: 'SILENT' }),
    config: directLineConfigFrom({
      TABLE_NAME: 'unused',
      TOKEN_SIGNING_KEY: 'k'.repeat(40),
      ALLOWED_ORIGINS: SITE,
    }),
    parts: {
      dialog: countingDialog,
      store: memory,
      handoff: memory,
      probe: { probe: () => Promise.reject(new Error('no probe here')) },
      ...(outage ? { outage } : {}),
    },
  });
}

describe('GET /v3/directline/status', () => {
  it('tells a page of an allowed origin about the outage, without a token, cacheable for 15 s', async () => {
    const outage = outageService();
    const { since } = await outage.setByHand(true, { id: 'ops', name: 'Ops' });
    const answer = await chatFunction(outage)(event('GET', '/v3/directline/status', { origin: SITE }));
    expect(answer.statusCode).toBe(200);
    expect(since).toEqual(expect.any(String));
    expect(JSON.parse(answer.body as string)).toEqual({ outage: true, since });
    expect(answer.headers).toMatchObject({
      'cache-control': 'public, max-age=15',
      'content-type': 'application/json; charset=utf-8',
      'access-control-allow-origin': SITE,
      vary: 'Origin',
    });
  });

  it('says there is none, and gives another origin no CORS header', async () => {
    const answer = await chatFunction(outageService())(
      event('GET', '/v3/directline/status', { origin: 'https://evil.example' }),
    );
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body as string)).toEqual({ outage: false, since: null });
    expect(answer.headers?.['access-control-allow-origin']).toBeUndefined();
  });

  it('answers the preflight of an allowed origin like every chat route', async () => {
    const answer = await chatFunction(outageService())(
      event('OPTIONS', '/v3/directline/status', {
        origin: SITE,
        'access-control-request-method': 'GET',
      }),
    );
    expect(answer.statusCode).toBe(204);
    expect(answer.headers).toMatchObject({
      'access-control-allow-origin': SITE,
      'access-control-allow-methods': 'GET, POST, OPTIONS',
    });
  });

  it('is not cached when the store is down: 503, with CORS so the widget can read it', async () => {
    const outage = outageService(true);
    const answer = await chatFunction(outage)(event('GET', '/v3/directline/status', { origin: SITE }));
    expect(answer.statusCode).toBe(503);
    expect(answer.headers?.['cache-control'] ?? 'none').not.toMatch(/public/);
    expect(answer.headers?.['access-control-allow-origin']).toBe(SITE);
  });

  it('takes GET only', async () => {
    const answer = await chatFunction(outageService())(event('POST', '/v3/directline/status'));
    expect(answer.statusCode).toBe(400);
    expect(JSON.parse(answer.body as string).error.message).toMatch(/Method POST not allowed/);
  });

  it('is an unknown route where the deployment has no outage mode', async () => {
    const answer = await chatFunction()(event('GET', '/v3/directline/status', { origin: SITE }));
    expect(answer.statusCode).toBe(404);
  });
});
