import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, createFastDynamoClient } from '../../adapters/dynamo/document-client';
import type { InProcessRequestHandler } from '../../adapters/dynamo/in-process-handler';
import { startLocalDynamo } from '../../adapters/dynamo/local-dynalite';

describe('local dynalite', () => {
  it('serves the DynamoDB API with Postino table created', async () => {
    const dynamo = await startLocalDynamo();
    const client = createDocumentClient({ endpoint: dynamo.endpoint });
    try {
      await client.send(
        new PutCommand({ TableName: dynamo.tableName, Item: { PK: 'CONV#a', SK: 'META', n: 1 } }),
      );
      const read = await client.send(
        new GetCommand({ TableName: dynamo.tableName, Key: { PK: 'CONV#a', SK: 'META' } }),
      );
      expect(read.Item).toEqual({ PK: 'CONV#a', SK: 'META', n: 1 });
    } finally {
      client.destroy();
      await dynamo.close();
    }
  });

  // What the local server uses: dynalite called in process (in a worker thread, or in this one),
  // its answer handed to the SDK as bytes.
  it.each([
    ['in a worker thread', true],
    ['in this thread', false],
  ])(
    'answers reads and refused conditional writes in process (%s), with no User-Agent built',
    async (_name, thread) => {
      const dynamo = await startLocalDynamo({ thread });
      const inner = dynamo.requestHandler as InProcessRequestHandler;
      const userAgents: Array<string | undefined> = [];
      const requestHandler: InProcessRequestHandler = {
        ...inner,
        handle: (request) => {
          userAgents.push(request.headers['user-agent'] ?? request.headers['x-amz-user-agent']);
          return inner.handle(request);
        },
      };
      const documents = createDocumentClient({ endpoint: dynamo.endpoint, requestHandler });
      const fast = createFastDynamoClient({ endpoint: dynamo.endpoint, requestHandler });
      try {
        await documents.send(
          new PutCommand({ TableName: dynamo.tableName, Item: { PK: 'CONV#b', SK: 'META', n: 2 } }),
        );
        const read = await documents.send(
          new GetCommand({ TableName: dynamo.tableName, Key: { PK: 'CONV#b', SK: 'META' } }),
        );
        expect(read.Item).toEqual({ PK: 'CONV#b', SK: 'META', n: 2 });
        // The error answer (status 400 and its JSON body) is read as DynamoDB's own error.
        await expect(
          fast.send(
            new PutItemCommand({
              TableName: dynamo.tableName,
              Item: { PK: { S: 'CONV#b' }, SK: { S: 'META' } },
              ConditionExpression: 'attribute_not_exists(PK)',
            }),
          ),
        ).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
        expect(userAgents).toEqual([undefined, undefined, undefined]);
      } finally {
        documents.destroy();
        fast.destroy();
        await dynamo.close();
      }
    },
  );
});
