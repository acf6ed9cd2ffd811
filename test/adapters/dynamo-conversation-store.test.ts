import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoConversationStore } from '../../adapters/dynamo/conversation-store';
import { createDocumentClient, createFastDynamoClient } from '../../adapters/dynamo/document-client';
import { DynamoHandoffQueue } from '../../adapters/dynamo/handoff-queue';
import { type LocalDynamo, startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import { QUEUE_INDEX } from '../../adapters/dynamo/table';
import {
  describeConversationStoreContract,
  initialState,
  newId,
} from './support/conversation-store-contract';
import { describeHandoffQueueContract } from './support/handoff-queue-contract';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

let dynamo: LocalDynamo;
let client: ReturnType<typeof createDocumentClient>;
let now = Date.now();
const clock = { now: () => now };

async function setup() {
  dynamo ??= await startLocalDynamo();
  client ??= createDocumentClient({ endpoint: dynamo.endpoint });
  return { dynamo, client };
}

describeConversationStoreContract(
  'DynamoConversationStore on dynalite',
  async () => {
    const { client } = await setup();
    const fastClient = createFastDynamoClient({ endpoint: dynamo.endpoint });
    const store = new DynamoConversationStore({ client, fastClient, tableName: dynamo.tableName, clock });
    return {
      store,
      advance: (ms) => {
        now += ms;
      },
      meta: async (id) =>
        (
          await client.send(
            new GetCommand({ TableName: dynamo.tableName, Key: { PK: `CONV#${id}`, SK: 'META' } }),
          )
        ).Item,
    };
  },
  async () => {},
);

const metaOf = async (id: string) =>
  (await client.send(new GetCommand({ TableName: dynamo.tableName, Key: { PK: `CONV#${id}`, SK: 'META' } })))
    .Item;

describeHandoffQueueContract(
  'DynamoHandoffQueue on dynalite',
  async () => {
    const { client } = await setup();
    return {
      store: new DynamoConversationStore({ client, tableName: dynamo.tableName, clock }),
      queue: new DynamoHandoffQueue({ client, tableName: dynamo.tableName, clock }),
      meta: metaOf,
    };
  },
  async () => {},
);

describe('DynamoHandoffQueue on dynalite', () => {
  afterAll(async () => {
    client?.destroy();
    await dynamo?.close();
  });

  it('marks the conversation queued and lists it on GSI1, keeping its first place on a replay', async () => {
    const { client } = await setup();
    const store = new DynamoConversationStore({ client, tableName: dynamo.tableName, clock });
    const queue = new DynamoHandoffQueue({ client, tableName: dynamo.tableName, clock });
    const id = newId();
    await store.create(id, initialState());
    const context = {
      locale: 'it' as const,
      client: 'thunderbird' as const,
      symptom: 'auth-failed' as const,
      reason: 'voglio un operatore',
      pastedErrors: ['535 5.7.8'],
      stepsGiven: ['authentication'],
      probe: null,
    };
    await queue.enqueue({
      conversationId: id,
      queuedAt: '2026-03-01T10:00:00.000Z',
      context,
      activityId: `${id}|0000004`,
    });
    await queue.enqueue({
      conversationId: id,
      queuedAt: '2026-03-01T10:05:00.000Z',
      context,
      activityId: `${id}|0000004`,
    });
    const listed = await client.send(
      new QueryCommand({
        TableName: dynamo.tableName,
        IndexName: QUEUE_INDEX.name,
        KeyConditionExpression: 'GSI1PK = :q',
        ExpressionAttributeValues: { ':q': 'QUEUE#queued' },
      }),
    );
    const mine = listed.Items?.filter((item) => item.PK === `CONV#${id}`);
    expect(mine).toHaveLength(1);
    expect(mine?.[0]).toMatchObject({
      status: 'queued',
      GSI1SK: '2026-03-01T10:00:00.000Z',
      queuedAt: '2026-03-01T10:00:00.000Z',
      handoff: context,
      handoffActivityId: `${id}|0000004`,
      userId: 'dl_user1',
    });
  });

  it('answers StoreUnavailable when DynamoDB cannot be reached', async () => {
    const dead = createDocumentClient({ endpoint: 'http://127.0.0.1:9' });
    const store = new DynamoConversationStore({ client: dead, tableName: 'postino', clock });
    await expect(store.head('x')).rejects.toMatchObject({ code: 'StoreUnavailable' });
    await expect(store.append('x', 1, { activities: [], state: initialState() })).rejects.toMatchObject({
      code: 'StoreUnavailable',
    });
    dead.destroy();
  });
});
