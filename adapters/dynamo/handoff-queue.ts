// Puts a conversation in the agents' queue: its META item gets status `queued`, the handoff
// context and the GSI1 keys (`QUEUE#queued` / `<queuedAt>`) the agents' side lists oldest first.
// One UpdateItem; `if_not_exists` keeps the original place in the queue when a turn is replayed.
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../../core/ports/clock';
import type { HandoffRequest } from '../../core/ports/conversation-store';
import type { HandoffQueue } from '../../core/ports/handoff-queue';
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
}
