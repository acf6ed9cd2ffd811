// The Lambda handler with DynamoDB gone: 503 with Retry-After, never a crash; when the store
// comes back the history is intact, no turn was half written, and the client's retry of the
// failed post is stored exactly once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type LocalDynamo, startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import { createDirectLineHandler, type DirectLineHandler } from '../../functions/directline';
import { directLineConfigFrom } from '../../functions/directline/config';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const SECRET = 'server-secret-0123456789';

function event(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; query?: string } = {},
): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: options.query ?? '',
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      'content-type': 'application/json',
    },
    ...(options.query
      ? { queryStringParameters: Object.fromEntries(new URLSearchParams(options.query)) }
      : {}),
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'example',
      domainPrefix: 'example',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'jest' },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    isBase64Encoded: false,
  };
}

describe('Direct Line handler when the store is unavailable', () => {
  let dir: string;
  let dynamo: LocalDynamo | undefined;
  let handler: DirectLineHandler;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'postino-store-'));
    dynamo = await startLocalDynamo({ dataDir: dir });
    handler = createDirectLineHandler({
      config: directLineConfigFrom({
        TABLE_NAME: dynamo.tableName,
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        TOKEN_SIGNING_KEY: 'k'.repeat(40),
        DIRECTLINE_SECRET: SECRET,
      }),
      parts: { probe: { probe: () => Promise.reject(new Error('no probe in this test')) } },
    });
  });
  afterAll(async () => {
    await dynamo?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers 503 + Retry-After while DynamoDB is down and loses nothing', async () => {
    // The secret mints tokens (server to server); conversation routes take the tokens.
    const mint = async () =>
      JSON.parse(
        (await handler(event('POST', '/v3/directline/tokens/generate', { token: SECRET, body: {} })))
          .body as string,
      ) as { conversationId: string; token: string };
    const { conversationId, token } = await mint();
    const started = await handler(event('POST', '/v3/directline/conversations', { token, body: {} }));
    expect(started.statusCode).toBe(201);
    const another = await mint();
    const activities = `/v3/directline/conversations/${conversationId}/activities`;
    const join = { type: 'event', name: 'webchat/join', channelData: { clientActivityID: 'j' } };
    expect((await handler(event('POST', activities, { token, body: join }))).statusCode).toBe(200);
    const before = JSON.parse((await handler(event('GET', activities, { token }))).body as string);

    const port = new URL((dynamo as LocalDynamo).endpoint).port;
    await (dynamo as LocalDynamo).close();
    const message = { type: 'message', text: 'Thunderbird', channelData: { clientActivityID: 'm1' } };
    for (const down of [
      await handler(event('POST', activities, { token, body: message })),
      await handler(event('GET', activities, { token })),
      await handler(event('POST', '/v3/directline/conversations', { token: another.token, body: {} })),
    ]) {
      expect(down.statusCode).toBe(503);
      expect(down.headers?.['retry-after']).toBe('2');
      expect(JSON.parse(down.body as string).error.code).toBe('StoreUnavailable');
    }

    dynamo = await startLocalDynamo({ dataDir: dir, port: Number(port) });
    const after = JSON.parse((await handler(event('GET', activities, { token }))).body as string);
    expect(after).toEqual(before);
    // The client retries the failed post: it is stored once, with its replies.
    expect((await handler(event('POST', activities, { token, body: message }))).statusCode).toBe(200);
    expect((await handler(event('POST', activities, { token, body: message }))).statusCode).toBe(200);
    const final = JSON.parse((await handler(event('GET', activities, { token }))).body as string);
    expect(final.activities.slice(0, before.activities.length)).toEqual(before.activities);
    expect(final.activities.filter((a: { text?: string }) => a.text === 'Thunderbird')).toHaveLength(1);
  }, 30_000);
});
