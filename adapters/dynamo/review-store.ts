// The review list in the one table: one item per message the bot missed, PK `REVIEW#<day>`,
// SK `<at>#<id>` (a day's entries come back in time order with one Query), kept ~90 days by
// `ttl`. Labelling is an UpdateItem conditional on the item existing.
import { type DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type NewReviewEntry,
  type ReviewEntry,
  type ReviewLabel,
  type ReviewStore,
  reviewEntrySchema,
} from '../../core/insights/review-entry';
import { isConditionFailure, storeFailure } from './store-errors';

const KEEP_DAYS = 90;
const pk = (day: string) => `REVIEW#${day}`;

export class DynamoReviewStore implements ReviewStore {
  constructor(private readonly options: { client: DynamoDBDocumentClient; tableName: string }) {}

  async file(entry: NewReviewEntry): Promise<void> {
    const ttl = Math.floor(Date.parse(entry.at) / 1000) + KEEP_DAYS * 86_400;
    try {
      await this.options.client.send(
        new PutCommand({
          TableName: this.options.tableName,
          Item: {
            PK: pk(entry.day),
            SK: `${entry.at}#${entry.id}`,
            ...entry,
            label: null,
            labelledBy: null,
            labelledAt: null,
            ttl,
          },
        }),
      );
    } catch (error) {
      throw storeFailure(error, 'review file');
    }
  }

  async list(days: string[]): Promise<ReviewEntry[]> {
    const entries: ReviewEntry[] = [];
    for (const day of days) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await this.query(day, start);
        for (const item of page.Items ?? []) {
          const parsed = reviewEntrySchema.safeParse(item);
          if (parsed.success) entries.push(parsed.data);
        }
        start = page.LastEvaluatedKey;
      } while (start);
    }
    return entries;
  }

  async label(
    key: { day: string; id: string },
    label: ReviewLabel,
    by: string,
    at: string,
  ): Promise<ReviewEntry | undefined> {
    const entry = (await this.list([key.day])).find((candidate) => candidate.id === key.id);
    if (!entry) return undefined;
    try {
      const result = await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: { PK: pk(key.day), SK: `${entry.at}#${entry.id}` },
          ConditionExpression: 'attribute_exists(PK)',
          UpdateExpression: 'SET #label = :label, labelledBy = :by, labelledAt = :at',
          ExpressionAttributeNames: { '#label': 'label' },
          ExpressionAttributeValues: { ':label': label, ':by': by, ':at': at },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return reviewEntrySchema.parse(result.Attributes);
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw storeFailure(error, 'review label');
    }
  }

  private async query(day: string, start: Record<string, unknown> | undefined) {
    try {
      return await this.options.client.send(
        new QueryCommand({
          TableName: this.options.tableName,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': pk(day) },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
    } catch (error) {
      throw storeFailure(error, 'review list');
    }
  }
}
