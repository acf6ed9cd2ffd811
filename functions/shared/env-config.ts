// What the function configurations share: reading the environment through a function's own zod
// schema (a mistake becomes one BadArgument naming every bad variable) and the settings every
// function with a table and a probe reads the same way.
import * as z from 'zod';
import { PostinoError } from '../../core/errors';

/** The common variables as a function's schema parses them. */
export interface StorageEnv {
  TABLE_NAME: string;
  DYNAMODB_ENDPOINT?: string | undefined;
  PROBE_FUNCTION_NAME: string;
  LAMBDA_ENDPOINT?: string | undefined;
  RETENTION_DAYS: number;
}

export interface StorageConfig {
  tableName: string;
  dynamoEndpoint?: string;
  probeFunctionName: string;
  lambdaEndpoint?: string;
  retentionDays: number;
}

export function parseEnv<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.output<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new PostinoError('BadArgument', `invalid configuration: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Optional endpoints are left out when unset so the SDK clients use their defaults. */
export function storageConfigOf(e: StorageEnv): StorageConfig {
  return {
    tableName: e.TABLE_NAME,
    ...(e.DYNAMODB_ENDPOINT ? { dynamoEndpoint: e.DYNAMODB_ENDPOINT } : {}),
    probeFunctionName: e.PROBE_FUNCTION_NAME,
    ...(e.LAMBDA_ENDPOINT ? { lambdaEndpoint: e.LAMBDA_ENDPOINT } : {}),
    retentionDays: e.RETENTION_DAYS,
  };
}
