import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../adapters/dynamo/document-client';
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
});
