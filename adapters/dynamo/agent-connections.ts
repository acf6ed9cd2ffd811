// The agents' consoles' open WebSocket connections on AWS (issue 10), in the one table: all
// under one partition (PK `AGENTFEED`, SK `CONN#<connectionId>`), so a push finds them with
// one Query; a handful of agents never makes it hot. Each item expires (`ttl`) with the
// agent's token, or a little after API Gateway's two-hour connection limit if that is sooner;
// reads drop expired items (DynamoDB deletes them up to days later; dynalite never does).
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { AgentConnection, AgentConnections } from '../../core/ports/agent-connections';
import type { Clock } from '../../core/ports/clock';
import { isExpired } from './conversation-items';
import { storeFailure } from './store-errors';
import { CONNECTION_TTL_SECONDS } from './stream-connections';

/** The agents' connections' partition; infra/runtime-contract.ts restates it (IAM LeadingKeys). */
export const AGENT_FEED_PK = 'AGENTFEED';
const CONNECTION_PREFIX = 'CONN#';

const itemSchema = z.object({
  SK: z.string().startsWith(CONNECTION_PREFIX),
  agentId: z.string(),
  connectedAt: z.number().catch(0),
  ttl: z.number(),
});

export class DynamoAgentConnections implements AgentConnections {
  constructor(
    private readonly options: { client: DynamoDBDocumentClient; tableName: string; clock: Clock },
  ) {}

  async add(connection: AgentConnection): Promise<void> {
    const latest = Math.floor(this.options.clock.now() / 1000) + CONNECTION_TTL_SECONDS;
    await this.send('agent connect', () =>
      this.options.client.send(
        new PutCommand({
          TableName: this.options.tableName,
          Item: {
            PK: AGENT_FEED_PK,
            SK: `${CONNECTION_PREFIX}${connection.connectionId}`,
            agentId: connection.agentId,
            connectedAt: connection.connectedAt,
            ttl: Math.min(connection.expiresAt, latest),
          },
        }),
      ),
    );
  }

  async all(): Promise<AgentConnection[]> {
    const result = await this.send('agent connections', () =>
      this.options.client.send(
        new QueryCommand({
          TableName: this.options.tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :conn)',
          ExpressionAttributeValues: { ':pk': AGENT_FEED_PK, ':conn': CONNECTION_PREFIX },
        }),
      ),
    );
    const now = this.options.clock.now();
    return (result.Items ?? []).flatMap((item) => {
      const parsed = itemSchema.safeParse(item);
      if (!parsed.success || isExpired(parsed.data.ttl, now)) return [];
      return [
        {
          connectionId: parsed.data.SK.slice(CONNECTION_PREFIX.length),
          agentId: parsed.data.agentId,
          expiresAt: parsed.data.ttl,
          connectedAt: parsed.data.connectedAt,
        },
      ];
    });
  }

  async remove(connectionId: string): Promise<void> {
    await this.send('agent disconnect', () =>
      this.options.client.send(
        new DeleteCommand({
          TableName: this.options.tableName,
          Key: { PK: AGENT_FEED_PK, SK: `${CONNECTION_PREFIX}${connectionId}` },
        }),
      ),
    );
  }

  private async send<T>(operation: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw storeFailure(error, operation);
    }
  }
}
