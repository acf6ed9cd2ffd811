// Outage mode's items in Postino's table (issue 12):
//   OUTAGE / STATE: the one outage record (`rec`, JSON) and its `version`; every write is a Put
//     conditional on the version read, so two processes counting checks cannot both win.
//   OUTAGE#<outage id> / CONV#<conversation id>: one affected conversation (locale, joinedAt,
//     wantsHuman, callback, allClearAt), `ttl` like a conversation's; `allClearAt` is set by a
//     conditional UpdateItem, so it is set once.
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { PostinoError } from '../../core/errors';
import { callbackContactSchema } from '../../core/handoff/agent-api';
import { localeSchema } from '../../core/knowledge/ids';
import { NO_OUTAGE, type OutageRecord } from '../../core/outage/outage-record';
import { type AffectedConversation, type OutageStore, oldestFirst } from '../../core/outage/ports';
import type { Clock } from '../../core/ports/clock';
import { probeVerdictSchema } from '../../dialogs/contract';
import { isExpired, ttlFor } from './conversation-items';
import type { DynamoConversationStoreOptions } from './conversation-store';
import { isConditionFailure, storeFailure } from './store-errors';

export const OUTAGE_KEY = { PK: 'OUTAGE', SK: 'STATE' } as const;
export const outageGroupPk = (outageId: string): string => `OUTAGE#${outageId}`;
const memberSk = (conversationId: string): string => `CONV#${conversationId}`;

const causeSchema = z.enum(['detected', 'manual']);
const recordSchema = z.object({
  active: z.boolean(),
  id: z.string().nullable(),
  since: z.string().nullable(),
  cause: causeSchema.nullable(),
  setBy: z.string().nullable(),
  verdict: probeVerdictSchema.nullable(),
  failuresInRow: z.number().int().nonnegative(),
  healthySince: z.string().nullable(),
  lastCheckAt: z.string().nullable(),
  lastEnded: z
    .object({
      id: z.string(),
      since: z.string(),
      endedAt: z.string(),
      cause: causeSchema,
      allClearsSent: z.boolean().optional(),
    })
    .nullable(),
});
const stateItemSchema = z.object({ version: z.number().int().positive(), rec: z.string() });

const memberSchema = z.object({
  conversationId: z.string(),
  locale: localeSchema.catch('it'),
  joinedAt: z.string(),
  wantsHuman: z.boolean().catch(false),
  callback: callbackContactSchema.optional().catch(undefined),
  allClearAt: z.string().optional(),
  ttl: z.number().optional(),
});

export type DynamoOutageStoreOptions = Pick<
  DynamoConversationStoreOptions,
  'client' | 'tableName' | 'clock' | 'retentionDays'
>;

export class DynamoOutageStore implements OutageStore {
  private readonly clock: Clock;
  private readonly retentionDays: number;

  constructor(private readonly options: DynamoOutageStoreOptions) {
    this.clock = options.clock;
    this.retentionDays = options.retentionDays ?? 30;
  }

  async read(): Promise<OutageRecord> {
    const { client, tableName } = this.options;
    const result = await this.send('outage read', () =>
      client.send(new GetCommand({ TableName: tableName, Key: OUTAGE_KEY, ConsistentRead: true })),
    );
    if (!result.Item) return NO_OUTAGE;
    const item = stateItemSchema.safeParse(result.Item);
    if (!item.success) throw new PostinoError('Internal', 'the outage record has no readable version');
    const { rec, version } = item.data;
    const record = recordSchema.safeParse(parseJson(rec));
    // An unreadable record must not wedge outage mode: it reads as "no outage" at its version,
    // so the next check or hand setting replaces it.
    return record.success ? { ...record.data, version } : { ...NO_OUTAGE, version };
  }

  async write(record: OutageRecord, expectedVersion: number): Promise<boolean> {
    const { client, tableName } = this.options;
    const { version: _ignored, ...fields } = record;
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...OUTAGE_KEY, version: expectedVersion + 1, rec: JSON.stringify(fields) },
          ...(expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : {
                ConditionExpression: 'version = :expected',
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw storeFailure(error, 'outage write');
    }
  }

  async join(outageId: string, entry: AffectedConversation): Promise<boolean> {
    const { client, tableName } = this.options;
    // A later join may only add: the customer asked for a person, or left a contact.
    const sets = [
      'conversationId = :id',
      'locale = :locale',
      'joinedAt = if_not_exists(joinedAt, :joinedAt)',
      entry.wantsHuman ? 'wantsHuman = :true' : 'wantsHuman = if_not_exists(wantsHuman, :false)',
      '#ttl = :ttl',
      ...(entry.callback ? ['callback = :callback'] : []),
    ];
    const result = await this.send('outage join', () =>
      client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { PK: outageGroupPk(outageId), SK: memberSk(entry.conversationId) },
          UpdateExpression: `SET ${sets.join(', ')}`,
          ExpressionAttributeNames: { '#ttl': 'ttl' },
          ExpressionAttributeValues: {
            ':id': entry.conversationId,
            ':locale': entry.locale,
            ':joinedAt': entry.joinedAt,
            ...(entry.wantsHuman ? { ':true': true } : { ':false': false }),
            ':ttl': ttlFor(this.clock.now(), this.retentionDays),
            ...(entry.callback ? { ':callback': entry.callback } : {}),
          },
          ReturnValues: 'UPDATED_OLD',
        }),
      ),
    );
    // UPDATED_OLD names the attributes that existed before: none on the first join.
    return result.Attributes?.joinedAt === undefined;
  }

  async markAllClear(outageId: string, conversationId: string, at: string): Promise<boolean> {
    const { client, tableName } = this.options;
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { PK: outageGroupPk(outageId), SK: memberSk(conversationId) },
          UpdateExpression: 'SET allClearAt = :at',
          ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(allClearAt)',
          ExpressionAttributeValues: { ':at': at },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw storeFailure(error, 'outage all-clear mark');
    }
  }

  async affected(outageId: string): Promise<AffectedConversation[]> {
    const { client, tableName } = this.options;
    const found: AffectedConversation[] = [];
    const now = this.clock.now();
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.send('outage group', () =>
        client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'PK = :pk',
            ExpressionAttributeValues: { ':pk': outageGroupPk(outageId) },
            ConsistentRead: true,
            ExclusiveStartKey: start,
          }),
        ),
      );
      for (const item of page.Items ?? []) {
        const member = memberSchema.safeParse(item);
        // dynalite has no TTL: an item past retention is dropped on read.
        if (!member.success || isExpired(member.data.ttl, now)) continue;
        const { ttl: _ttl, callback, allClearAt, ...rest } = member.data;
        found.push({ ...rest, callback: callback ?? null, allClearAt: allClearAt ?? null });
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return found.sort(oldestFirst);
  }

  private async send<T>(operation: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw storeFailure(error, operation);
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
