// The DynamoDB ConversationStore (layout in conversation-items.ts). Round trips: `head` one
// Query, `append` one conditional Put, `activitiesAfter` one Query, `create` two Puts.
// dynalite has no TTL, so every read also drops items past their `ttl`.
// The turn path (head, append, activitiesAfter) sends low-level commands through a client with
// cached middleware (see createFastDynamoClient): its items are flat strings and numbers, so
// marshalling them by hand is trivial. META, written rarely and holding maps, goes through
// lib-dynamodb's document client.
import {
  type AttributeValue,
  type DynamoDBClient,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  type QueryCommandOutput,
} from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../../core/ports/clock';
import type {
  ActivityPage,
  ConversationHead,
  ConversationState,
  ConversationStore,
  MetaPatch,
  StoredActivity,
  TurnRecord,
} from '../../core/ports/conversation-store';
import {
  conversationPk,
  decodeActivities,
  decodeState,
  encodeActivities,
  encodeState,
  isExpired,
  META_SK,
  positionOf,
  RECORD_PREFIX,
  RECORD_SK_END,
  recordSk,
  ttlFor,
} from './conversation-items';
import { isConditionFailure, storeFailure } from './store-errors';

export interface DynamoConversationStoreOptions {
  client: DynamoDBDocumentClient;
  /** For the turn path; default `client`. Pass createFastDynamoClient() for speed. */
  fastClient?: DynamoDBClient;
  tableName: string;
  clock: Clock;
  /** Days a conversation is kept after its last write (default 30). */
  retentionDays?: number;
}

export class DynamoConversationStore implements ConversationStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly fast: DynamoDBClient;
  private readonly table: string;
  private readonly clock: Clock;
  private readonly retentionDays: number;

  constructor(options: DynamoConversationStoreOptions) {
    this.client = options.client;
    // A document client sends low-level commands too (same stack, same config).
    this.fast = options.fastClient ?? (options.client as unknown as DynamoDBClient);
    this.table = options.tableName;
    this.clock = options.clock;
    this.retentionDays = options.retentionDays ?? 30;
  }

  async create(conversationId: string, state: ConversationState): Promise<boolean> {
    const now = this.clock.now();
    const ttl = ttlFor(now, this.retentionDays);
    try {
      await this.fast.send(
        new PutItemCommand({
          TableName: this.table,
          Item: recordItem(conversationId, 0, { activities: [], state }, ttl),
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw storeFailure(error, 'create');
    }
    await this.send('create', (client) =>
      client.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            PK: conversationPk(conversationId),
            SK: META_SK,
            status: state.status,
            locale: state.locale,
            userId: state.userId,
            createdAt: state.createdAt,
            updatedAt: new Date(now).toISOString(),
            ttl,
          },
        }),
      ),
    );
    return true;
  }

  async head(conversationId: string): Promise<ConversationHead | undefined> {
    const result = await this.queryRecords('head', conversationId, RECORD_PREFIX, {
      ScanIndexForward: false,
      Limit: 1,
    });
    const item = result.Items?.[0];
    if (!item || isExpired(numberOf(item.ttl), this.clock.now())) return undefined;
    return {
      conversationId,
      position: positionOf(stringOf(item.SK)),
      next: numberOf(item.next),
      state: this.decode('head', () => decodeState(stringOf(item.st))),
    };
  }

  async append(
    conversationId: string,
    at: number,
    record: TurnRecord,
  ): Promise<ConversationHead | undefined> {
    const item = recordItem(conversationId, at, record, ttlFor(this.clock.now(), this.retentionDays));
    try {
      await this.fast.send(
        new PutItemCommand({
          TableName: this.table,
          Item: item,
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw storeFailure(error, 'append');
    }
    return { conversationId, position: at, next: numberOf(item.next), state: record.state };
  }

  async activitiesAfter(
    conversationId: string,
    watermark: number | undefined,
  ): Promise<ActivityPage | undefined> {
    // BETWEEN is inclusive: start just after the watermark's own record.
    const from = watermark === undefined ? recordSk(0) : `${recordSk(watermark)}~`;
    const result = await this.queryRecords('read', conversationId, from, {
      ProjectionExpression: 'SK, acts, #ttl',
      ExpressionAttributeNames: { '#ttl': 'ttl' },
    });
    const now = this.clock.now();
    const items = (result.Items ?? []).filter((item) => !isExpired(numberOf(item.ttl), now));
    if (items.length === 0) return undefined;
    const activities: StoredActivity[] = [];
    for (const item of items)
      activities.push(...this.decode('read', () => decodeActivities(stringOf(item.acts))));
    return { activities, watermark: positionOf(stringOf(items.at(-1)?.SK)) };
  }

  async updateMeta(conversationId: string, patch: MetaPatch): Promise<void> {
    const fields = Object.entries({ ...patch, ttl: ttlFor(this.clock.now(), this.retentionDays) }).filter(
      ([, value]) => value !== undefined,
    );
    await this.send('updateMeta', (client) =>
      client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { PK: conversationPk(conversationId), SK: META_SK },
          UpdateExpression: `SET ${fields.map((_, index) => `#f${index} = :v${index}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(fields.map(([name], index) => [`#f${index}`, name])),
          ExpressionAttributeValues: Object.fromEntries(
            fields.map(([, value], index) => [`:v${index}`, value]),
          ),
        }),
      ),
    );
  }

  /** A consistent query of the conversation's turn records, from the sort key `from` to the last. */
  private queryRecords(
    operation: string,
    conversationId: string,
    from: string,
    options: Pick<
      QueryCommandInput,
      'ScanIndexForward' | 'Limit' | 'ProjectionExpression' | 'ExpressionAttributeNames'
    >,
  ): Promise<QueryCommandOutput> {
    return this.send(operation, () =>
      this.fast.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': { S: conversationPk(conversationId) },
            ':from': { S: from },
            ':to': { S: RECORD_SK_END },
          },
          ConsistentRead: true,
          ...options,
        }),
      ),
    );
  }

  private async send<T>(operation: string, call: (client: DynamoDBDocumentClient) => Promise<T>): Promise<T> {
    try {
      return await call(this.client);
    } catch (error) {
      throw storeFailure(error, operation);
    }
  }

  private decode<T>(operation: string, decode: () => T): T {
    try {
      return decode();
    } catch (error) {
      throw storeFailure(error, operation);
    }
  }
}

function recordItem(
  conversationId: string,
  position: number,
  record: TurnRecord,
  ttl: number,
): Record<string, AttributeValue> {
  return {
    PK: { S: conversationPk(conversationId) },
    SK: { S: recordSk(position) },
    next: { N: String(position + Math.max(1, record.activities.length)) },
    acts: { S: encodeActivities(record.activities) },
    st: { S: encodeState(record.state) },
    ttl: { N: String(ttl) },
  };
}

function stringOf(value: AttributeValue | undefined): string {
  return value?.S ?? '';
}

function numberOf(value: AttributeValue | undefined): number {
  return value?.N === undefined ? Number.NaN : Number(value.N);
}
