// The table as every DynamoDB adapter of a function reaches it: the clients (the parts' own, or
// built for DYNAMODB_ENDPOINT / AWS), the table's name, the clock and the retention. One place,
// so the chat, agent and health functions cannot drift apart. Imported only by the modules that
// load the AWS SDK (the chat function loads it on its first request).
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoConversationStoreOptions } from '../../adapters/dynamo/conversation-store';
import { createDocumentClient, createFastDynamoClient } from '../../adapters/dynamo/document-client';
import type { Clock } from '../../core/ports/clock';
import type { StorageConfig } from './env-config';

export function tableOptionsOf(
  config: Pick<StorageConfig, 'tableName' | 'dynamoEndpoint' | 'retentionDays'>,
  clock: Clock,
  clients: {
    documentClient?: DynamoDBDocumentClient | undefined;
    fastDynamoClient?: DynamoDBClient | undefined;
  },
): DynamoConversationStoreOptions & { retentionDays: number } {
  const transport = config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {};
  return {
    client: clients.documentClient ?? createDocumentClient(transport),
    fastClient: clients.fastDynamoClient ?? createFastDynamoClient(transport),
    tableName: config.tableName,
    clock,
    retentionDays: config.retentionDays,
  };
}
