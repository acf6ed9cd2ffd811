// The agents' live feed as it runs on AWS (issue 10): the chat and agent functions, composed
// from their configuration as on Lambda (AGENT_FEED_ENDPOINT set), push the feed's events to
// every agent console connection the agents' `$connect` recorded, through the real
// @aws-sdk/client-apigatewaymanagementapi, against the real table (dynalite). Only the
// Management API itself is a stand-in (loopback HTTP). A customer's handoff, their messages in
// it and a colleague's claim reach every console; bot-only conversations are not pushed; a gone
// connection (410) is forgotten, one API Gateway is still opening is not; a failing push fails
// neither the customer nor the agent.
import { DynamoAgentConnections } from '../../adapters/dynamo/agent-connections';
import { createDocumentClient } from '../../adapters/dynamo/document-client';
import { type LocalDynamo, startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import { createAgentHandler } from '../../functions/agent';
import { agentConfigFrom } from '../../functions/agent/config';
import { createAgentFeedHandler } from '../../functions/agent-feed';
import { createAgentFeedParts } from '../../functions/agent-feed/app';
import { agentFeedConfigFrom } from '../../functions/agent-feed/config';
import { createDirectLineHandler } from '../../functions/directline';
import { directLineConfigFrom } from '../../functions/directline/config';
import { gatewayEvent, jsonOf, openConversation } from '../hardening/support/gateway';
import { CLIENT_ID, GIULIA, MARCO, POOL_ID, startTestPool, type TestPool } from './support/cognito-pool';
import { type ManagementApi, startManagementApi } from './support/management-api';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
// What Lambda's environment gives the Management API client; the stand-in checks no signature.
process.env.AWS_REGION = 'eu-south-1';
process.env.AWS_ACCESS_KEY_ID = 'test';
process.env.AWS_SECRET_ACCESS_KEY = 'test';

const SECRET = 'agent-feed-secret-0123456789';
const noProbe = { probe: () => Promise.reject(new Error('no probe in this test')) };

let dynamo: LocalDynamo;
let pool: TestPool;
let management: ManagementApi;
let chat: ReturnType<typeof createDirectLineHandler>;
let agent: ReturnType<typeof createAgentHandler>;
let connections: DynamoAgentConnections;

beforeAll(async () => {
  [dynamo, pool, management] = await Promise.all([startLocalDynamo(), startTestPool(), startManagementApi()]);
  const table = { TABLE_NAME: dynamo.tableName, DYNAMODB_ENDPOINT: dynamo.endpoint };
  const feedConfig = {
    ...agentFeedConfigFrom({ ...table, AGENT_USER_POOL_ID: POOL_ID, AGENT_USER_POOL_CLIENT_ID: CLIENT_ID }),
    issuer: pool.issuer,
  };
  const feed = createAgentFeedHandler(feedConfig, async (config) => createAgentFeedParts(config));
  // The same $connect a minute ago (its connection is then past API Gateway's opening moment).
  const feedEarlier = createAgentFeedHandler(
    feedConfig,
    async (config) => createAgentFeedParts(config),
    undefined,
    () => Date.now() - 60_000,
  );
  chat = createDirectLineHandler({
    config: directLineConfigFrom({
      ...table,
      TOKEN_SIGNING_KEY: 'k'.repeat(40),
      DIRECTLINE_SECRET: SECRET,
      AGENT_FEED_ENDPOINT: management.endpoint,
    }),
    parts: { probe: noProbe },
  });
  agent = createAgentHandler({
    config: agentConfigFrom({ ...table, AGENT_FEED_ENDPOINT: management.endpoint }),
    parts: { probe: noProbe },
  });
  connections = new DynamoAgentConnections({
    client: createDocumentClient({ endpoint: dynamo.endpoint }),
    tableName: dynamo.tableName,
    clock: { now: () => Date.now() },
  });
  const open = async (connectionId: string, token: string, handler = feed) => {
    const answer = await handler({
      requestContext: { routeKey: '$connect', connectionId },
      queryStringParameters: { access_token: token },
    });
    if (answer.statusCode !== 200) throw new Error(`$connect ${connectionId}: ${answer.statusCode}`);
  };
  // Four consoles: Giulia's, Marco's, one API Gateway has since dropped, and one whose $connect
  // has just answered (API Gateway says 410 until the socket is open).
  await open('console-giulia', await pool.idToken());
  await open('console-marco', await pool.idToken({ ...MARCO, 'cognito:username': 'marco' }));
  await open('console-gone', await pool.idToken(), feedEarlier);
  await open('console-opening', await pool.idToken());
  management.gone.add('console-gone');
  management.gone.add('console-opening');
});
afterAll(async () => {
  await Promise.all([dynamo?.close(), pool?.close(), management?.close()]);
});

/** A customer on the chat function as Web Chat reaches it: token, join, then messages. */
async function customerSession() {
  const { conversationId, token } = await openConversation(chat, SECRET);
  const user = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()).user as string;
  const path = `/v3/directline/conversations/${conversationId}/activities`;
  const post = async (activity: Record<string, unknown>) => {
    const answer = await chat(
      gatewayEvent('POST', path, { token, body: { ...activity, from: { id: user } } }),
    );
    expect(answer.statusCode).toBe(200);
  };
  await post({ type: 'event', name: 'webchat/join', value: { language: 'it-IT' } });
  return { conversationId, say: (text: string) => post({ type: 'message', text }) };
}

/** An agent API call as API Gateway hands it over after the JWT authorizer. */
async function agentCall(who: typeof GIULIA, method: string, path: string, body: unknown = {}) {
  const event = gatewayEvent(method, `/agent/api${path}`, { body });
  const claims = { ...who, token_use: 'id' };
  const answer = await agent({
    ...event,
    requestContext: { ...event.requestContext, authorizer: { jwt: { claims, scopes: null } } },
  } as typeof event);
  return { status: answer.statusCode, body: jsonOf(answer) };
}

const eventsFor = (connectionId: string, conversationId: string) =>
  management.frames(connectionId).filter((frame) => frame.conversationId === conversationId);
const typesFor = (connectionId: string, conversationId: string) =>
  [...new Set(eventsFor(connectionId, conversationId).map((frame) => frame.type))].sort();

describe('the agents’ live feed on AWS', () => {
  let handedOff: string;
  let customer: Awaited<ReturnType<typeof customerSession>>;

  it('pushes a new handoff to every agent console, forgets a gone connection, keeps an opening one', async () => {
    customer = await customerSession();
    handedOff = customer.conversationId;
    await customer.say('voglio parlare con un operatore');
    for (const console_ of ['console-giulia', 'console-marco']) {
      expect(typesFor(console_, handedOff)).toEqual(['activity', 'queue']);
      for (const frame of eventsFor(console_, handedOff).filter((f) => f.type === 'activity')) {
        expect(frame.watermark).toEqual(expect.any(Number));
      }
    }
    const queue = await agentCall(GIULIA, 'GET', '/queue');
    expect(queue.body.items.map((item: { conversationId: string }) => item.conversationId)).toContain(
      handedOff,
    );
    expect((await connections.all()).map((connection) => connection.connectionId).sort()).toEqual([
      'console-giulia',
      'console-marco',
      'console-opening',
    ]);
    // Open now: it hears the next events.
    management.gone.delete('console-opening');
  });

  it('does not push the records of conversations only the bot is in', async () => {
    const other = await customerSession();
    await other.say('Thunderbird');
    await other.say('non riesco a inviare');
    expect(eventsFor('console-giulia', other.conversationId)).toEqual([]);
    expect(eventsFor('console-marco', other.conversationId)).toEqual([]);
  });

  it('tells every console of a colleague’s claim, then of the customer’s and the agent’s messages', async () => {
    management.clear();
    const claim = await agentCall(MARCO, 'POST', `/conversations/${handedOff}/claim`);
    expect(claim.status).toBe(200);
    expect(typesFor('console-giulia', handedOff)).toContain('queue');

    management.clear();
    await customer.say('sono ancora qui');
    for (const console_ of ['console-giulia', 'console-marco', 'console-opening']) {
      expect(typesFor(console_, handedOff)).toEqual(['activity']);
    }

    management.clear();
    const reply = await agentCall(MARCO, 'POST', `/conversations/${handedOff}/messages`, {
      text: 'Ciao, sono Marco',
    });
    expect(reply.status).toBe(201);
    expect(typesFor('console-giulia', handedOff)).toEqual(['activity']);
  });

  it('fails neither the customer nor the agent when the pushes fail', async () => {
    management.clear();
    management.failing = true;
    try {
      await customer.say('ci sei?');
      const reply = await agentCall(MARCO, 'POST', `/conversations/${handedOff}/messages`, {
        text: 'Sì, eccomi',
      });
      expect(reply.status).toBe(201);
      const close = await agentCall(MARCO, 'POST', `/conversations/${handedOff}/close`);
      expect(close.status).toBe(200);
    } finally {
      management.failing = false;
    }
    expect(management.frames('console-giulia')).toEqual([]);
    // A failed push is not a gone connection: the consoles stay.
    expect((await connections.all()).map((connection) => connection.connectionId).sort()).toEqual([
      'console-giulia',
      'console-marco',
      'console-opening',
    ]);
  });
});
