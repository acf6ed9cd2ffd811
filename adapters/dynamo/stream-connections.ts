// The open WebSocket connections of API Gateway (issue 10) in the table: under the
// conversation (PK `CONV#<id>`, SK `CONN#<connectionId>`: what it was sent) so a push finds
// them with one Query, and by connection (PK `CONN#<connectionId>`, SK `CONN`) so $disconnect,
// which only knows the connection, finds its conversation. Both expire (`ttl`) a little after
// API Gateway's two-hour connection limit; reads drop expired items (dynalite has no TTL).
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Clock } from '../../core/ports/clock';
import type { StreamConnection, StreamConnections } from '../../core/ports/stream-connections';
import { conversationPk, isExpired } from './conversation-items';
import { isConditionFailure, storeFailure } from './store-errors';

/** API Gateway closes a connection after 2 hours; its records outlive it by 10 minutes. */
export const CONNECTION_TTL_SECONDS = 2 * 3600 + 600;
const CONNECTION_PREFIX = 'CONN#';

const connectionItemSchema = z.object({
  SK: z.string().startsWith(CONNECTION_PREFIX),
  conversationId: z.string(),
  watermark: z.number().optional(),
  next: z.number().optional(),
  ttl: z.number().optional(),
});

export class DynamoStreamConnections implements StreamConnections {
  constructor(
    private readonly options: { client: DynamoDBDocumentClient; tableName: string; clock: Clock },
  ) {}

  async add(connection: StreamConnection): Promise<void> {
    const ttl = Math.floor(this.options.clock.now() / 1000) + CONNECTION_TTL_SECONDS;
    const { connectionId, conversationId } = connection;
    const fields = {
      conversationId,
      ...(connection.watermark !== undefined ? { watermark: connection.watermark } : {}),
      ttl,
    };
    await Promise.all([
      this.send('connect', (table) =>
        this.options.client.send(
          new PutCommand({
            TableName: table,
            Item: {
              PK: conversationPk(conversationId),
              SK: `${CONNECTION_PREFIX}${connectionId}`,
              ...fields,
            },
          }),
        ),
      ),
      this.send('connect', (table) =>
        this.options.client.send(
          new PutCommand({
            TableName: table,
            Item: { PK: `${CONNECTION_PREFIX}${connectionId}`, SK: 'CONN', conversationId, ttl },
          }),
        ),
      ),
    ]);
  }

  async get(connectionId: string): Promise<StreamConnection | undefined> {
    const found = await this.send('connection', (table) =>
      this.options.client.send(
        new GetCommand({ TableName: table, Key: { PK: `${CONNECTION_PREFIX}${connectionId}`, SK: 'CONN' } }),
      ),
    );
    const conversationId = found.Item?.conversationId;
    if (typeof conversationId !== 'string' || isExpired(found.Item?.ttl, this.options.clock.now()))
      return undefined;
    return (await this.of(conversationId)).find((connection) => connection.connectionId === connectionId);
  }

  async of(conversationId: string): Promise<StreamConnection[]> {
    const result = await this.send('connections', (table) =>
      this.options.client.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :conn)',
          ExpressionAttributeValues: { ':pk': conversationPk(conversationId), ':conn': CONNECTION_PREFIX },
          ConsistentRead: true,
        }),
      ),
    );
    const now = this.options.clock.now();
    return (result.Items ?? []).flatMap((item) => {
      const parsed = connectionItemSchema.safeParse(item);
      if (!parsed.success || isExpired(parsed.data.ttl, now)) return [];
      return [
        {
          connectionId: parsed.data.SK.slice(CONNECTION_PREFIX.length),
          conversationId,
          watermark: parsed.data.watermark,
          next: parsed.data.next,
        },
      ];
    });
  }

  async advance(connection: StreamConnection, watermark: number, next: number | undefined): Promise<void> {
    try {
      await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: {
            PK: conversationPk(connection.conversationId),
            SK: `${CONNECTION_PREFIX}${connection.connectionId}`,
          },
          // Never backwards: two instances pushing at once keep the furthest watermark.
          UpdateExpression:
            next === undefined ? 'SET watermark = :w REMOVE #next' : 'SET watermark = :w, #next = :n',
          ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(watermark) OR watermark < :w)',
          ExpressionAttributeNames: { '#next': 'next' },
          ExpressionAttributeValues: { ':w': watermark, ...(next === undefined ? {} : { ':n': next }) },
        }),
      );
    } catch (error) {
      // A lost condition (another push went further, or the connection closed) is fine.
      if (!isConditionFailure(error)) throw storeFailure(error, 'advance');
    }
  }

  async remove(connectionId: string, conversationId?: string): Promise<void> {
    const owner = conversationId ?? (await this.get(connectionId))?.conversationId;
    await Promise.all([
      this.send('disconnect', (table) =>
        this.options.client.send(
          new DeleteCommand({
            TableName: table,
            Key: { PK: `${CONNECTION_PREFIX}${connectionId}`, SK: 'CONN' },
          }),
        ),
      ),
      owner
        ? this.send('disconnect', (table) =>
            this.options.client.send(
              new DeleteCommand({
                TableName: table,
                Key: { PK: conversationPk(owner), SK: `${CONNECTION_PREFIX}${connectionId}` },
              }),
            ),
          )
        : undefined,
    ]);
  }

  private async send<T>(operation: string, call: (table: string) => Promise<T>): Promise<T> {
    try {
      return await call(this.options.tableName);
    } catch (error) {
      throw storeFailure(error, operation);
    }
  }
}
