// Who the agents are, for transfers: each agent's profile item (PK `AGENT#<sub>`, SK
// `PROFILE`, listed through GSI1 `AGENTS` / <name>) is written when they use the API, at most
// once a minute per process, so the list needs no access to the user pool.
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { AgentProfile, AgentRef } from '../../core/handoff/agent-api';
import type { AgentDirectory } from '../../core/handoff/ports';
import { storeFailure } from './store-errors';
import { QUEUE_INDEX } from './table';

const AGENTS_PARTITION = 'AGENTS';
const TOUCH_EVERY_MS = 60_000;
/** Seen within this long: shown as online. */
export const ONLINE_WINDOW_MS = 5 * 60_000;

const profileSchema = z.object({
  agentId: z.string(),
  name: z.string(),
  email: z.string().optional(),
  lastSeenAt: z.string(),
});

export class DynamoAgentDirectory implements AgentDirectory {
  private readonly touched = new Map<string, { at: number; name: string }>();

  constructor(private readonly options: { client: DynamoDBDocumentClient; tableName: string }) {}

  async touch(agent: AgentRef & { email?: string }, at: string): Promise<void> {
    const now = Date.parse(at);
    const last = this.touched.get(agent.agentId);
    if (last && last.name === agent.name && now - last.at < TOUCH_EVERY_MS) return;
    await this.send('touch', () =>
      this.options.client.send(
        new PutCommand({
          TableName: this.options.tableName,
          Item: {
            PK: `AGENT#${agent.agentId}`,
            SK: 'PROFILE',
            [QUEUE_INDEX.partition]: AGENTS_PARTITION,
            [QUEUE_INDEX.sort]: `${agent.name}#${agent.agentId}`,
            agentId: agent.agentId,
            name: agent.name,
            ...(agent.email ? { email: agent.email } : {}),
            lastSeenAt: at,
          },
        }),
      ),
    );
    this.touched.set(agent.agentId, { at: now, name: agent.name });
  }

  async list(now: number): Promise<AgentProfile[]> {
    const result = await this.send('agents', () =>
      this.options.client.send(
        new QueryCommand({
          TableName: this.options.tableName,
          IndexName: QUEUE_INDEX.name,
          KeyConditionExpression: '#gpk = :agents',
          ExpressionAttributeNames: { '#gpk': QUEUE_INDEX.partition },
          ExpressionAttributeValues: { ':agents': AGENTS_PARTITION },
        }),
      ),
    );
    return (result.Items ?? []).flatMap((item) => {
      const parsed = profileSchema.safeParse(item);
      if (!parsed.success) return [];
      const { agentId, name, email, lastSeenAt } = parsed.data;
      return [
        {
          agentId,
          name,
          ...(email ? { email } : {}),
          lastSeenAt,
          online: now - Date.parse(lastSeenAt) < ONLINE_WINDOW_MS,
        },
      ];
    });
  }

  async get(agentId: string): Promise<(AgentRef & { email?: string }) | undefined> {
    const result = await this.send('agent', () =>
      this.options.client.send(
        new GetCommand({ TableName: this.options.tableName, Key: { PK: `AGENT#${agentId}`, SK: 'PROFILE' } }),
      ),
    );
    const parsed = profileSchema.safeParse(result.Item);
    if (!parsed.success) return undefined;
    return {
      agentId: parsed.data.agentId,
      name: parsed.data.name,
      ...(parsed.data.email ? { email: parsed.data.email } : {}),
    };
  }

  private async send<T>(operation: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw storeFailure(error, operation);
    }
  }
}
