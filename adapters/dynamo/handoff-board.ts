// The agents' view of conversations in DynamoDB: the META items (see conversation-items.ts)
// listed through GSI1 (`QUEUE#queued` waiting, `QUEUE#agent` held, each by `<queuedAt>`), and
// changed by conditional UpdateItems, so two agents claiming at once cannot both win: the
// condition `status = queued` (or already mine) holds for exactly one of them.
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  UpdateCommand,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { type AgentRef, callbackContactSchema } from '../../core/handoff/agent-api';
import type { HandoffBoard, HandoffRecord, HoldResult } from '../../core/handoff/ports';
import { localeSchema } from '../../core/knowledge/ids';
import type { Clock } from '../../core/ports/clock';
import { handoffContextSchema } from '../../dialogs/contract';
import { conversationPk, isExpired, META_SK, QUEUED_PARTITION } from './conversation-items';
import { isConditionFailure, storeFailure } from './store-errors';
import { QUEUE_INDEX } from './table';

export const HELD_PARTITION = 'QUEUE#agent';

const metaSchema = z.object({
  PK: z.string(),
  status: z.enum(['bot', 'queued', 'agent', 'closed']),
  locale: localeSchema.catch('it'),
  queuedAt: z.string().optional(),
  handoff: handoffContextSchema.optional().catch(undefined),
  heldBy: z.object({ agentId: z.string(), name: z.string() }).optional(),
  claimedAt: z.string().optional(),
  callback: callbackContactSchema.optional().catch(undefined),
  resolution: z.enum(['verified']).optional().catch(undefined),
  ttl: z.number().optional(),
});

export class DynamoHandoffBoard implements HandoffBoard {
  constructor(
    private readonly options: { client: DynamoDBDocumentClient; tableName: string; clock: Clock },
  ) {}

  async list(): Promise<HandoffRecord[]> {
    const [queued, held] = await Promise.all([
      this.partition(QUEUED_PARTITION),
      this.partition(HELD_PARTITION),
    ]);
    return [...queued, ...held];
  }

  async get(conversationId: string): Promise<HandoffRecord | undefined> {
    const { client, tableName } = this.options;
    const result = await this.send('get', () =>
      client.send(
        new GetCommand({
          TableName: tableName,
          Key: { PK: conversationPk(conversationId), SK: META_SK },
          ConsistentRead: true,
        }),
      ),
    );
    return result.Item ? this.toRecord(result.Item) : undefined;
  }

  claim(conversationId: string, agent: AgentRef, at: string): Promise<HoldResult> {
    return this.conditional(conversationId, {
      UpdateExpression: 'SET #status = :agent, heldBy = :me, claimedAt = :at, #gpk = :held, updatedAt = :at',
      ConditionExpression: '#status = :queued OR (#status = :agent AND heldBy.agentId = :meId)',
      ExpressionAttributeNames: { '#status': 'status', '#gpk': QUEUE_INDEX.partition },
      ExpressionAttributeValues: {
        ':agent': 'agent',
        ':queued': 'queued',
        ':me': { agentId: agent.agentId, name: agent.name },
        ':meId': agent.agentId,
        ':at': at,
        ':held': HELD_PARTITION,
      },
    });
  }

  transfer(conversationId: string, fromAgentId: string, to: AgentRef, at: string): Promise<HoldResult> {
    return this.conditional(conversationId, {
      UpdateExpression: 'SET heldBy = :to, transferredAt = :at, updatedAt = :at',
      ConditionExpression: '#status = :agent AND heldBy.agentId = :from',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':agent': 'agent',
        ':from': fromAgentId,
        ':to': { agentId: to.agentId, name: to.name },
        ':at': at,
      },
    });
  }

  release(
    conversationId: string,
    agentId: string,
    status: 'bot' | 'closed',
    at: string,
  ): Promise<HoldResult> {
    return this.conditional(conversationId, {
      // queuedAt goes too: a later handoff is a new place at the end of the queue.
      UpdateExpression:
        'SET #status = :status, updatedAt = :at REMOVE heldBy, claimedAt, queuedAt, callback, #gpk, #gsk',
      ConditionExpression: '#status = :agent AND heldBy.agentId = :me',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#gpk': QUEUE_INDEX.partition,
        '#gsk': QUEUE_INDEX.sort,
      },
      ExpressionAttributeValues: { ':agent': 'agent', ':me': agentId, ':status': status, ':at': at },
    });
  }

  private async conditional(
    conversationId: string,
    update: Omit<UpdateCommandInput, 'TableName' | 'Key'>,
  ): Promise<HoldResult> {
    const { client, tableName } = this.options;
    try {
      const result = await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { PK: conversationPk(conversationId), SK: META_SK },
          ...update,
          ConditionExpression: `attribute_exists(PK) AND (${update.ConditionExpression})`,
          ReturnValues: 'ALL_NEW',
        }),
      );
      const record = result.Attributes ? this.toRecord(result.Attributes) : undefined;
      return record ? { ok: true, record } : { ok: false, record: undefined };
    } catch (error) {
      if (isConditionFailure(error)) return { ok: false, record: await this.get(conversationId) };
      throw storeFailure(error, 'handoff board update');
    }
  }

  private async partition(partition: string): Promise<HandoffRecord[]> {
    const { client, tableName } = this.options;
    const records: HandoffRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.send('queue', () =>
        client.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: QUEUE_INDEX.name,
            KeyConditionExpression: '#gpk = :partition',
            ExpressionAttributeNames: { '#gpk': QUEUE_INDEX.partition },
            ExpressionAttributeValues: { ':partition': partition },
            ScanIndexForward: true,
            ExclusiveStartKey: start,
          }),
        ),
      );
      for (const item of page.Items ?? []) {
        const record = this.toRecord(item);
        if (record) records.push(record);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return records;
  }

  /** A META item as the agents see it; undefined when past retention or unreadable. */
  private toRecord(item: Record<string, unknown>): HandoffRecord | undefined {
    const parsed = metaSchema.safeParse(item);
    if (!parsed.success || isExpired(parsed.data.ttl, this.options.clock.now())) return undefined;
    const meta = parsed.data;
    return {
      conversationId: meta.PK.slice('CONV#'.length),
      status: meta.status,
      locale: meta.locale,
      queuedAt: meta.queuedAt ?? null,
      context: meta.handoff ?? null,
      heldBy: meta.heldBy ?? null,
      claimedAt: meta.claimedAt ?? null,
      callback: meta.callback ?? null,
      resolution: meta.resolution ?? null,
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
