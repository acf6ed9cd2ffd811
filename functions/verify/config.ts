// The verify function's configuration, read once from the environment and validated with zod:
// the table, the bucket SES writes test messages to, and the verified resolution's settings.
import * as z from 'zod';
import { type VerifyConfig, verifyConfigFromEnv } from '../../core/verify/config';

export const verifyFunctionEnvSchema = z.object({
  TABLE_NAME: z.string().min(1),
  DYNAMODB_ENDPOINT: z.url().optional(),
  RETENTION_DAYS: z.coerce.number().positive().max(3650).default(30),
  VERIFY_BUCKET: z.string().min(1),
  VERIFY_PREFIX: z.string().default('incoming/'),
});

export interface VerifyFunctionConfig {
  tableName: string;
  dynamoEndpoint?: string | undefined;
  retentionDays: number;
  bucket: string;
  prefix: string;
  verify: VerifyConfig;
}

export function verifyFunctionConfigFrom(env: Record<string, string | undefined>): VerifyFunctionConfig {
  const e = verifyFunctionEnvSchema.parse(env);
  return {
    tableName: e.TABLE_NAME,
    dynamoEndpoint: e.DYNAMODB_ENDPOINT,
    retentionDays: e.RETENTION_DAYS,
    bucket: e.VERIFY_BUCKET,
    prefix: e.VERIFY_PREFIX,
    verify: verifyConfigFromEnv(env),
  };
}
