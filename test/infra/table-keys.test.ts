// The deployed table and the one the runtime creates locally (adapters/dynamo/table.ts) must be
// the same table: infra restates the key names (it may not import runtime code), this checks.
import { AGENT_FEED_PK } from '../../adapters/dynamo/agent-connections';
import { TTL_ATTRIBUTE, tableDefinition } from '../../adapters/dynamo/table';
import { TABLE_SCHEMA } from '../../infra/runtime-contract';
import { synthPostino } from './synth-fixture';

const runtime = tableDefinition('any');
const deployed = Object.values(synthPostino().statefulTemplate.findResources('AWS::DynamoDB::Table'))[0]
  ?.Properties as Record<string, unknown>;

describe('the CDK table matches adapters/dynamo/table.ts', () => {
  it('has the same key schema', () => {
    expect(deployed.KeySchema).toEqual(runtime.KeySchema);
  });

  it('declares the same attributes with the same types', () => {
    const sortByName = (list: unknown) =>
      [...(list as Array<{ AttributeName: string }>)].sort((a, b) =>
        a.AttributeName.localeCompare(b.AttributeName),
      );
    expect(sortByName(deployed.AttributeDefinitions)).toEqual(sortByName(runtime.AttributeDefinitions));
  });

  it('has the same secondary indexes', () => {
    expect(deployed.GlobalSecondaryIndexes).toEqual(runtime.GlobalSecondaryIndexes);
  });

  it('states the same names in infra/runtime-contract.ts', () => {
    expect(TABLE_SCHEMA.partitionKey).toBe(runtime.KeySchema?.[0]?.AttributeName);
    expect(TABLE_SCHEMA.sortKey).toBe(runtime.KeySchema?.[1]?.AttributeName);
    expect(TABLE_SCHEMA.queueIndex.name).toBe(runtime.GlobalSecondaryIndexes?.[0]?.IndexName);
    // The agents' feed function may only touch this partition (IAM LeadingKeys).
    expect(TABLE_SCHEMA.agentFeedPartition).toBe(AGENT_FEED_PK);
  });

  it('expires items by the attribute the runtime writes', () => {
    expect(deployed.TimeToLiveSpecification).toEqual({ AttributeName: TTL_ATTRIBUTE, Enabled: true });
  });
});
