// The one DynamoDB table Postino uses (see ARCHITECTURE.md, "Data"), described once so the
// CDK stack, the local server and the tests all create the same thing.
// Keys are strings: PK `CONV#<id>` / `PROBE#<host>`, SK `META`, `STATE`, `ACT#<seq>`, ...;
// GSI1 holds the agents' queue (`QUEUE#queued` / `<queuedAt>`). `ttl` is epoch seconds.
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const TABLE_KEYS = { partition: 'PK', sort: 'SK' } as const;
export const QUEUE_INDEX = { name: 'GSI1', partition: 'GSI1PK', sort: 'GSI1SK' } as const;
export const TTL_ATTRIBUTE = 'ttl';

export function tableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: TABLE_KEYS.partition, AttributeType: 'S' },
      { AttributeName: TABLE_KEYS.sort, AttributeType: 'S' },
      { AttributeName: QUEUE_INDEX.partition, AttributeType: 'S' },
      { AttributeName: QUEUE_INDEX.sort, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: TABLE_KEYS.partition, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sort, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: QUEUE_INDEX.name,
        KeySchema: [
          { AttributeName: QUEUE_INDEX.partition, KeyType: 'HASH' },
          { AttributeName: QUEUE_INDEX.sort, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}
