// Outage mode's scenarios on DynamoDB (dynalite): the conversations, the queue, the agents'
// board (where a close is recorded) and the outage items in one table, as deployed.
import { DynamoConversationStore } from '../../adapters/dynamo/conversation-store';
import { createDocumentClient, createFastDynamoClient } from '../../adapters/dynamo/document-client';
import { DynamoHandoffBoard } from '../../adapters/dynamo/handoff-board';
import { DynamoHandoffQueue } from '../../adapters/dynamo/handoff-queue';
import { ensureTable, type LocalDynamo, startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import { DynamoOutageStore } from '../../adapters/dynamo/outage-store';
import { systemClock } from '../../core/ports/clock';
import { describeOutageScenarios } from './support/scenarios';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

let dynamo: LocalDynamo | undefined;
let clients: {
  client: ReturnType<typeof createDocumentClient>;
  fastClient: ReturnType<typeof createFastDynamoClient>;
};
let tables = 0;

afterAll(async () => {
  clients?.client.destroy();
  clients?.fastClient.destroy();
  await dynamo?.close();
});

describeOutageScenarios('DynamoDB (dynalite)', async () => {
  dynamo ??= await startLocalDynamo();
  clients ??= {
    client: createDocumentClient({ endpoint: dynamo.endpoint }),
    fastClient: createFastDynamoClient({ endpoint: dynamo.endpoint }),
  };
  // A table per scenario: the outage record is one item per table.
  const tableName = `scenario${tables++}`;
  await ensureTable(dynamo.endpoint, tableName);
  // The stores' own clock only stamps retention: the real one keeps every item live.
  const options = { ...clients, tableName, clock: systemClock };
  const board = new DynamoHandoffBoard(options);
  return {
    conversations: new DynamoConversationStore(options),
    queue: new DynamoHandoffQueue(options),
    outageStore: new DynamoOutageStore(options),
    statusOf: async (id) => (await board.get(id))?.status,
  };
});
