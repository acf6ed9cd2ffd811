// Puts a conversation in the agents' queue: its META item gets status `queued`, the handoff
// context and the GSI1 keys (`QUEUE#queued` / `<queuedAt>`) the agents' side lists oldest first.
// One UpdateItem; `if_not_exists` keeps the original place in the queue when a turn is replayed.
import {
  type DynamoDBDocumentClient,
  QueryCommand,
  UpdateCommand,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../../core/ports/clock';
import type { HandoffRequest } from '../../core/ports/conversation-store';
import type { CallbackContact, HandoffQueue } from '../../core/ports/handoff-queue';
import { conversationPk, META_SK, QUEUED_PARTITION, ttlFor } from './conversation-items';
import { storeFailure } from './store-errors';
import { QUEUE_INDEX } from './table';

export class DynamoHandoffQueue implements HandoffQueue {
  constructor(
    private readonly options: {
      client: DynamoDBDocumentClient;
      tableName: string;
      clock: Clock;
      retentionDays?: number;
    },
  ) {}

  async enqueue(request: HandoffRequest): Promise<void> {
    const { client, tableName, clock } = this.options;
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { PK: conversationPk(request.conversationId), SK: META_SK },
          UpdateExpression:
            'SET #status = :queued, queuedAt = if_not_exists(queuedAt, :at), #gpk = :partition, ' +
            '#gsk = if_not_exists(#gsk, :at), handoff = :context, handoffActivityId = :activity, ' +
            'updatedAt = :now, #ttl = :ttl',
          ExpressionAttributeNames: {
            '#status': 'status',
            '#gpk': QUEUE_INDEX.partition,
            '#gsk': QUEUE_INDEX.sort,
            '#ttl': 'ttl',
          },
          ExpressionAttributeValues: {
            ':queued': 'queued',
            ':at': request.queuedAt,
            ':partition': QUEUED_PARTITION,
            ':context': request.context,
            ':activity': request.activityId,
            ':now': new Date(clock.now()).toISOString(),
            ':ttl': ttlFor(clock.now(), this.options.retentionDays ?? 30),
          },
        }),
      );
    } catch (error) {
      throw storeFailure(error, 'enqueue');
    }
  }

  /** One COUNT query on the queue index: how many waiting conversations queued no later. */
  async position(_conversationId: string, queuedAt: string): Promise<number> {
    const { client, tableName } = this.options;
    try {
      const result = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: QUEUE_INDEX.name,
          KeyConditionExpression: '#gpk = :partition AND #gsk <= :at',
          ExpressionAttributeNames: { '#gpk': QUEUE_INDEX.partition, '#gsk': QUEUE_INDEX.sort },
          ExpressionAttributeValues: { ':partition': QUEUED_PARTITION, ':at': queuedAt },
          Select: 'COUNT',
        }),
      );
      return Math.max(1, result.Count ?? 1);
    } catch (error) {
      throw storeFailure(error, 'queue position');
    }
  }

  /** Out of the queue and out of any agent's hands; a later handoff queues afresh. */
  async cancel(conversationId: string, at: string): Promise<void> {
    await this.updateExisting(conversationId, 'handoff cancel', {
      UpdateExpression:
        'SET #status = :bot, updatedAt = :at REMOVE heldBy, claimedAt, queuedAt, callback, #gpk, #gsk',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#gpk': QUEUE_INDEX.partition,
        '#gsk': QUEUE_INDEX.sort,
      },
      ExpressionAttributeValues: { ':bot': 'bot', ':at': at },
    });
  }

  async setCallback(conversationId: string, contact: CallbackContact): Promise<void> {
    await this.updateExisting(conversationId, 'callback', {
      UpdateExpression: 'SET callback = :contact, updatedAt = :at',
      ExpressionAttributeValues: { ':contact': contact, ':at': contact.capturedAt },
    });
  }

  /** One UpdateItem on the META item of a conversation that must already exist. */
  private async updateExisting(
    conversationId: string,
    operation: string,
    update: Pick<
      UpdateCommandInput,
      'UpdateExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
    >,
  ): Promise<void> {
    const { client, tableName } = this.options;
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { PK: conversationPk(conversationId), SK: META_SK },
          ConditionExpression: 'attribute_exists(PK)',
          ...update,
        }),
      );
    } catch (error) {
      throw storeFailure(error, operation);
    }
  }
}
