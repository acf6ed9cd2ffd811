// The Direct Line stream as it runs on AWS (issue 10), against the real table (dynalite, via
// the local server) with only API Gateway's Management API faked: $connect checks the stream
// token and records the connection, refusing bad ones with their status; pushes reach the
// connection in order and exactly once (a gap is caught up from the store); a gone connection
// (410) is forgotten; $disconnect removes the records.

import { DynamoConversationStore } from '../../adapters/dynamo/conversation-store';
import { DynamoStreamConnections } from '../../adapters/dynamo/stream-connections';
import { ConnectionFanOut } from '../../core/channel/connection-fan-out';
import { StreamTokens } from '../../core/channel/stream-tokens';
import { systemClock } from '../../core/ports/clock';
import { createStreamHandler } from '../../functions/stream';
import { createStreamParts } from '../../functions/stream/app';
import { streamConfigFrom } from '../../functions/stream/config';
import { type LocalServer, startLocalServer } from '../../local/server';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const KEY = 'aws-stream-test-signing-key-0123456789abc';

describe('the stream on AWS: $connect, pushes, $disconnect', () => {
  let server: LocalServer;
  const sent: Array<{
    connectionId: string;
    frame: { activities: Array<{ id: string }>; watermark: string };
  }> = [];
  const gone = new Set<string>();
  const sender = () => ({
    send: async (connectionId: string, frame: string) => {
      if (gone.has(connectionId)) return 'gone' as const;
      sent.push({ connectionId, frame: JSON.parse(frame) });
      return 'sent' as const;
    },
  });
  let handler: ReturnType<typeof createStreamHandler>;
  let connections: DynamoStreamConnections;
  let store: DynamoConversationStore;

  beforeAll(async () => {
    server = await startLocalServer({ port: 0, serveWeb: false, signingKey: KEY });
    const config = streamConfigFrom({
      TABLE_NAME: server.tableName,
      DYNAMODB_ENDPOINT: server.dynamoEndpoint,
      TOKEN_SIGNING_KEY: KEY,
    });
    const client = server.tableClient;
    handler = createStreamHandler(config, (c) => createStreamParts(c, { sender, client }));
    connections = new DynamoStreamConnections({ client, tableName: server.tableName, clock: systemClock });
    store = new DynamoConversationStore({ client, tableName: server.tableName, clock: systemClock });
  });
  afterAll(() => server.close());

  const socketEvent = (routeKey: string, connectionId: string, query?: Record<string, string>) => ({
    requestContext: {
      routeKey,
      connectionId,
      domainName: 'abc.execute-api.eu-south-1.amazonaws.com',
      stage: 'live',
    },
    queryStringParameters: query ?? null,
  });

  async function conversation() {
    const tokenAnswer = await fetch(`${server.directLineUrl}/tokens/public`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/json' },
      body: '{}',
    });
    const { token, conversationId } = (await tokenAnswer.json()) as { token: string; conversationId: string };
    const started = await fetch(`${server.directLineUrl}/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ join: true }),
    });
    const { streamUrl } = (await started.json()) as { streamUrl: string };
    const t = new URL(streamUrl).searchParams.get('t') as string;
    const user = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString())
      .user as string;
    const say = (text: string) =>
      fetch(`${server.directLineUrl}/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text, from: { id: user } }),
      });
    return { conversationId, t, user, say };
  }

  it('refuses bad stream tokens on $connect with their status and records nothing', async () => {
    const { conversationId, user } = await conversation();
    const expired = await new StreamTokens(new TextEncoder().encode(KEY), {
      now: () => Date.now() - 3_600_000,
    }).issue({ conversationId, userId: user });
    expect((await handler(socketEvent('$connect', 'c-none', {}))).statusCode).toBe(401);
    expect((await handler(socketEvent('$connect', 'c-exp', { t: expired }))).statusCode).toBe(403);
    expect((await handler(socketEvent('$connect', 'c-bad', { t: `${expired}x` }))).statusCode).toBe(401);
    expect(await connections.of(conversationId)).toEqual([]);
  });

  it('records a connection, sends the backlog, then each record once and in order', async () => {
    const { conversationId, t, say } = await conversation();
    expect((await handler(socketEvent('$connect', 'conn-1', { t }))).statusCode).toBe(200);
    expect(await connections.of(conversationId)).toEqual([
      { connectionId: 'conn-1', conversationId, watermark: undefined, next: undefined },
    ]);
    // What the asynchronous self-invocation does once the socket is open: the greeting.
    await handler({
      postinoCatchUp: {
        connectionId: 'conn-1',
        endpoint: 'https://abc.execute-api.eu-south-1.amazonaws.com/live',
      },
    });
    expect(sent.filter((s) => s.connectionId === 'conn-1')).toHaveLength(1);

    // The chat function's publisher on AWS: the fan-out over the same records.
    const fanOut = new ConnectionFanOut({ connections, store, sender: sender() });
    await say('Thunderbird');
    const page = await store.activitiesAfter(conversationId, Number(sent.at(-1)?.frame.watermark));
    const head = await store.head(conversationId);
    if (!page || !head) throw new Error('the turn was not stored');
    await fanOut.publish(conversationId, {
      position: head.position,
      next: head.next,
      activities: page.activities,
    });
    // Published twice (two instances, a retry): still sent once.
    await fanOut.publish(conversationId, {
      position: head.position,
      next: head.next,
      activities: page.activities,
    });
    const frames = sent.filter((s) => s.connectionId === 'conn-1').map((s) => s.frame);
    const ids = frames.flatMap((frame) => frame.activities.map((a) => a.id));
    const all = (await store.activitiesAfter(conversationId, undefined))?.activities.map((a) => a.id);
    expect(ids).toEqual(all);
    expect(frames.at(-1)?.watermark).toBe(String(head.position));

    // The client's keep-alive ($default) with nothing new sends nothing.
    const before = sent.length;
    expect((await handler(socketEvent('$default', 'conn-1'))).statusCode).toBe(200);
    expect(sent.length).toBe(before);

    // A connection that went away without $disconnect (410) is forgotten at the next push.
    gone.add('conn-1');
    await say('aiuto');
    const after = await store.head(conversationId);
    if (!after) throw new Error('no head');
    await fanOut.publish(conversationId, { position: after.position, next: after.next, activities: [] });
    expect(await connections.of(conversationId)).toEqual([]);
  });

  it('forgets a connection on $disconnect', async () => {
    const { conversationId, t } = await conversation();
    expect((await handler(socketEvent('$connect', 'conn-2', { t, watermark: '0' }))).statusCode).toBe(200);
    expect((await connections.of(conversationId)).map((c) => c.watermark)).toEqual([0]);
    expect((await handler(socketEvent('$disconnect', 'conn-2'))).statusCode).toBe(200);
    expect(await connections.of(conversationId)).toEqual([]);
    expect(await connections.get('conn-2')).toBeUndefined();
  });
});
