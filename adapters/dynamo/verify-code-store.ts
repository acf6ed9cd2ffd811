// Test codes in Postino's DynamoDB table: PK `VERIFY#<code>`, SK `CODE`, with the conversation,
// `issuedAt`, `expiresAt` (ms), `usedAt` once consumed, the verdict as JSON afterwards (header
// facts only) and `ttl` (a day after expiry). Consuming is one conditional UpdateItem (exists,
// not used, not expired), so two copies of a test message cannot both be read.
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { CodeState, VerifyCode, VerifyCodeStore } from '../../core/verify/ports';
import type { VerifyResult } from '../../dialogs/contract';
import { isConditionFailure, storeFailure } from './store-errors';

const itemSchema = z.object({
  code: z.string(),
  conversationId: z.string(),
  issuedAt: z.string(),
  expiresAt: z.number(),
  usedAt: z.number().optional(),
});

const DAY_MS = 86_400_000;

export function verifyCodeKey(code: string): { PK: string; SK: string } {
  return { PK: `VERIFY#${code}`, SK: 'CODE' };
}

export class DynamoVerifyCodeStore implements VerifyCodeStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(code: VerifyCode): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...verifyCodeKey(code.code), ...code, ttl: Math.ceil((code.expiresAt + DAY_MS) / 1000) },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (error) {
      throw storeFailure(error, 'create a test code');
    }
  }

  async state(code: string, now: number): Promise<CodeState> {
    let item: unknown;
    try {
      item = (
        await this.client.send(
          new GetCommand({ TableName: this.tableName, Key: verifyCodeKey(code), ConsistentRead: true }),
        )
      ).Item;
    } catch (error) {
      throw storeFailure(error, 'read a test code');
    }
    const parsed = itemSchema.safeParse(item);
    if (!parsed.success) return 'unknown';
    if (parsed.data.usedAt !== undefined) return 'used';
    return parsed.data.expiresAt <= now ? 'expired' : 'live';
  }

  async consume(
    code: string,
    now: number,
  ): Promise<{ ok: true; record: VerifyCode } | { ok: false; state: CodeState }> {
    try {
      const result = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: verifyCodeKey(code),
          UpdateExpression: 'SET usedAt = :now',
          ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(usedAt) AND expiresAt > :now',
          ExpressionAttributeValues: { ':now': now },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const parsed = itemSchema.parse(result.Attributes);
      return {
        ok: true,
        record: {
          code: parsed.code,
          conversationId: parsed.conversationId,
          issuedAt: parsed.issuedAt,
          expiresAt: parsed.expiresAt,
        },
      };
    } catch (error) {
      if (!isConditionFailure(error)) throw storeFailure(error, 'consume a test code');
      return { ok: false, state: await this.state(code, now) };
    }
  }

  async saveResult(code: string, result: VerifyResult): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: verifyCodeKey(code),
          UpdateExpression: 'SET #result = :result',
          ExpressionAttributeNames: { '#result': 'result' },
          ExpressionAttributeValues: { ':result': JSON.stringify(result) },
        }),
      );
    } catch (error) {
      throw storeFailure(error, 'store a test verdict');
    }
  }
}
