// The agents' live socket on AWS (issue 10): `$connect` of the agents' WebSocket API verifies
// the agent's Cognito token as the HTTP API's JWT authorizer does, before the socket is
// accepted, against the real table (dynalite) and a throw-away user pool key served as its
// JWKS over loopback. An ID or access token of the console's app client is accepted and the
// connection recorded until the token expires; a missing, expired, tampered, foreign-pool,
// foreign-client, wrongly signed or non-agent token is refused and nothing is recorded; the
// token never reaches the logs; `$disconnect` forgets the connection.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { generateKeyPair, SignJWT } from 'jose';
import { AGENT_FEED_PK, DynamoAgentConnections } from '../../adapters/dynamo/agent-connections';
import { createDocumentClient } from '../../adapters/dynamo/document-client';
import { type LocalDynamo, startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import { createAgentFeedHandler } from '../../functions/agent-feed';
import { createAgentFeedParts } from '../../functions/agent-feed/app';
import { agentFeedConfigFrom } from '../../functions/agent-feed/config';
import { CLIENT_ID, GIULIA, POOL_ID, startTestPool, type TestPool } from './support/cognito-pool';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

let dynamo: LocalDynamo;
let pool: TestPool;
let handler: ReturnType<typeof createAgentFeedHandler>;
let connections: DynamoAgentConnections;
const logged: string[] = [];
const client = () => createDocumentClient({ endpoint: dynamo.endpoint });

beforeAll(async () => {
  [dynamo, pool] = await Promise.all([startLocalDynamo(), startTestPool()]);
  const config = {
    ...agentFeedConfigFrom({
      TABLE_NAME: dynamo.tableName,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      AGENT_USER_POOL_ID: POOL_ID,
      AGENT_USER_POOL_CLIENT_ID: CLIENT_ID,
    }),
    // The pool's issuer URL on loopback (on AWS: https://cognito-idp.<region>.amazonaws.com/<pool>).
    issuer: pool.issuer,
  };
  const record =
    (level: string) =>
    (message: string, ...details: unknown[]) =>
      logged.push(`${level} ${message} ${JSON.stringify(details)}`);
  handler = createAgentFeedHandler(config, async (c) => createAgentFeedParts(c), {
    info: record('info'),
    error: record('error'),
  } as never);
  connections = new DynamoAgentConnections({
    client: client(),
    tableName: dynamo.tableName,
    clock: { now: () => Date.now() },
  });
});
afterAll(async () => {
  await Promise.all([dynamo?.close(), pool?.close()]);
});

const socketEvent = (routeKey: string, connectionId: string, query?: Record<string, string>) => ({
  requestContext: {
    routeKey,
    connectionId,
    domainName: 'feed.execute-api.eu-south-1.amazonaws.com',
    stage: 'live',
    eventType: routeKey === '$connect' ? 'CONNECT' : 'DISCONNECT',
  },
  queryStringParameters: query ?? null,
});
const connect = (connectionId: string, token?: string) =>
  handler(socketEvent('$connect', connectionId, token === undefined ? {} : { access_token: token }));
const ids = async () => (await connections.all()).map((connection) => connection.connectionId).sort();
const now = () => Math.floor(Date.now() / 1000);

describe('the agents’ WebSocket $connect on AWS', () => {
  it('derives the Cognito issuer from the user pool id, and refuses a malformed pool id', () => {
    const env = { TABLE_NAME: 't', AGENT_USER_POOL_CLIENT_ID: CLIENT_ID };
    expect(agentFeedConfigFrom({ ...env, AGENT_USER_POOL_ID: POOL_ID }).issuer).toBe(
      `https://cognito-idp.eu-south-1.amazonaws.com/${POOL_ID}`,
    );
    expect(() => agentFeedConfigFrom({ ...env, AGENT_USER_POOL_ID: 'https://evil.example/pool' })).toThrow(
      /AGENT_USER_POOL_ID/,
    );
  });

  it('accepts the console’s ID token and records the connection until the token expires', async () => {
    const exp = now() + 1800;
    const token = await pool.idToken({ exp });
    const before = Date.now();
    expect(await connect('feed-id', token)).toEqual({ statusCode: 200 });
    const [connection] = await connections.all();
    expect(connection).toEqual({
      connectionId: 'feed-id',
      agentId: GIULIA.sub,
      expiresAt: exp,
      connectedAt: expect.any(Number),
    });
    expect(connection?.connectedAt).toBeGreaterThanOrEqual(before);
    const item = await client().send(
      new GetCommand({ TableName: dynamo.tableName, Key: { PK: AGENT_FEED_PK, SK: 'CONN#feed-id' } }),
    );
    expect(item.Item).toEqual({
      PK: AGENT_FEED_PK,
      SK: 'CONN#feed-id',
      agentId: GIULIA.sub,
      connectedAt: connection?.connectedAt,
      ttl: exp,
    });
    expect(JSON.stringify(item.Item)).not.toContain(token.split('.')[2]);
  });

  it('accepts an access token of the same app client (client_id, no aud), as the HTTP API does', async () => {
    expect(await connect('feed-access', await pool.accessToken())).toEqual({ statusCode: 200 });
    expect(await ids()).toContain('feed-access');
  });

  it.each<[string, () => Promise<string | undefined>, number]>([
    ['no token', async () => undefined, 401],
    ['an empty token', async () => '', 401],
    ['not a JWT', async () => 'not-a-token', 401],
    ['an expired token', () => pool.idToken({ iat: now() - 7200, exp: now() - 60 }), 401],
    [
      'a tampered token (another agent put in the payload, signature kept)',
      async () => {
        const [header, payload, signature] = (await pool.idToken()).split('.');
        const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
        const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'agent-marco' })).toString('base64url');
        return `${header}.${forged}.${signature}`;
      },
      401,
    ],
    [
      'a token of another user pool (other issuer)',
      () => pool.idToken({ iss: 'https://cognito-idp.eu-south-1.amazonaws.com/eu-south-1_Other' }),
      401,
    ],
    [
      'a token signed by a key that is not the pool’s (same key id)',
      async () => pool.idToken({}, { key: (await generateKeyPair('RS256')).privateKey }),
      401,
    ],
    [
      'a token signed by a key the pool does not publish',
      async () => pool.idToken({}, { key: (await generateKeyPair('RS256')).privateKey, kid: 'unknown' }),
      401,
    ],
    ['a token of another app client (aud)', () => pool.idToken({ aud: 'some-other-client' }), 401],
    [
      'an access token of another app client (client_id)',
      () => pool.accessToken({ client_id: 'some-other-client' }),
      401,
    ],
    ['a token issued in the future', () => pool.idToken({ iat: now() + 3600, exp: now() + 7200 }), 401],
    ['a token not valid yet (nbf)', () => pool.idToken({ nbf: now() + 600 }), 401],
    ['a token without expiry', () => pool.idToken({ exp: undefined }), 401],
    [
      'an HS256 token signed with the key id as a secret',
      () =>
        new SignJWT({ sub: 'x', aud: CLIENT_ID, token_use: 'id', iss: pool.issuer })
          .setProtectedHeader({ alg: 'HS256', kid: 'test-key-1' })
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode('test-key-1-test-key-1-test-key-1')),
      401,
    ],
    ['a token that is not for agents (token_use)', () => pool.idToken({ token_use: 'refresh' }), 403],
  ])('refuses %s and records nothing', async (_what, token, status) => {
    const before = await ids();
    const value = await token();
    const answer = await connect('feed-refused', value);
    expect(answer.statusCode).toBe(status);
    expect(await ids()).toEqual(before);
    if (value) expect(logged.join('\n')).not.toContain(value);
  });

  it('forgets the connection on $disconnect; an expired record is no longer listed', async () => {
    expect(await connect('feed-bye', await pool.idToken())).toEqual({ statusCode: 200 });
    expect(await ids()).toContain('feed-bye');
    expect(await handler(socketEvent('$disconnect', 'feed-bye'))).toEqual({ statusCode: 200 });
    expect(await ids()).not.toContain('feed-bye');
    // The console's keep-alive is answered and changes nothing.
    expect(await handler(socketEvent('$default', 'feed-id'))).toEqual({ statusCode: 200 });
    // The token's expiry bounds the record: an hour later the connection is not pushed to.
    const later = new DynamoAgentConnections({
      client: client(),
      tableName: dynamo.tableName,
      clock: { now: () => Date.now() + 3_600_000 },
    });
    expect(await later.all()).toEqual([]);
  });

  it('fetched the pool’s keys once for all these connects (cached by the warm function)', () => {
    expect(pool.fetches).toBeGreaterThanOrEqual(1);
    expect(pool.fetches).toBeLessThanOrEqual(3);
  });
});
