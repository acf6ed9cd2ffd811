// The stream function's configuration (issue 10), read once from the environment with zod:
// the table, the token signing key (the stream tokens are signed with it) and, for the
// asynchronous catch-up, the function's own name (set by Lambda itself).
import * as z from 'zod';
import { parseEnv } from '../shared/env-config';

const streamEnvSchema = z
  .object({
    TABLE_NAME: z.string().min(1),
    DYNAMODB_ENDPOINT: z.url().optional(),
    TOKEN_SIGNING_KEY: z.string().min(32).optional(),
    TOKEN_SIGNING_KEY_SECRET_ARN: z.string().startsWith('arn:').optional(),
    AWS_LAMBDA_FUNCTION_NAME: z.string().min(1).optional(),
  })
  .refine((env) => env.TOKEN_SIGNING_KEY || env.TOKEN_SIGNING_KEY_SECRET_ARN, {
    message: 'set TOKEN_SIGNING_KEY or TOKEN_SIGNING_KEY_SECRET_ARN',
  });

export interface StreamConfig {
  tableName: string;
  dynamoEndpoint?: string;
  signingKey: { value: string } | { secretArn: string };
  functionName?: string;
}

export function streamConfigFrom(env: Record<string, string | undefined>): StreamConfig {
  const e = parseEnv(streamEnvSchema, env);
  return {
    tableName: e.TABLE_NAME,
    ...(e.DYNAMODB_ENDPOINT ? { dynamoEndpoint: e.DYNAMODB_ENDPOINT } : {}),
    signingKey: e.TOKEN_SIGNING_KEY
      ? { value: e.TOKEN_SIGNING_KEY }
      : { secretArn: e.TOKEN_SIGNING_KEY_SECRET_ARN as string },
    ...(e.AWS_LAMBDA_FUNCTION_NAME ? { functionName: e.AWS_LAMBDA_FUNCTION_NAME } : {}),
  };
}
