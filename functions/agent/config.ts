// The agent function's configuration, read once from the environment with zod (names in
// infra/runtime-contract.ts FUNCTION_ENV.agent, plus HANDOFF_CLAIM_TIMEOUT_S). Sign-in is the
// HTTP API's Cognito JWT authorizer's job (AGENT_USER_POOL_ID / _CLIENT_ID are read only to
// fail fast on a deployment that forgot them; the function does not verify tokens again).
import * as z from 'zod';
import { PostinoError } from '../../core/errors';
import { type HandoffPolicy, handoffPolicyFrom } from '../../core/handoff/handoff-policy';

const agentEnvSchema = z.object({
  TABLE_NAME: z.string().min(1),
  DYNAMODB_ENDPOINT: z.url().optional(),
  PROBE_FUNCTION_NAME: z.string().min(1).default('postino-probe'),
  LAMBDA_ENDPOINT: z.url().optional(),
  RETENTION_DAYS: z.coerce.number().positive().max(3650).default(30),
  AGENT_USER_POOL_ID: z.string().min(1).optional(),
  AGENT_USER_POOL_CLIENT_ID: z.string().min(1).optional(),
});

export interface AgentConfig {
  tableName: string;
  dynamoEndpoint?: string;
  probeFunctionName: string;
  lambdaEndpoint?: string;
  retentionDays: number;
  policy: HandoffPolicy;
  userPoolId?: string;
  userPoolClientId?: string;
}

export function agentConfigFrom(env: Record<string, string | undefined>): AgentConfig {
  const parsed = agentEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new PostinoError('BadArgument', `invalid configuration: ${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  return {
    tableName: e.TABLE_NAME,
    ...(e.DYNAMODB_ENDPOINT ? { dynamoEndpoint: e.DYNAMODB_ENDPOINT } : {}),
    probeFunctionName: e.PROBE_FUNCTION_NAME,
    ...(e.LAMBDA_ENDPOINT ? { lambdaEndpoint: e.LAMBDA_ENDPOINT } : {}),
    retentionDays: e.RETENTION_DAYS,
    policy: handoffPolicyFrom(env),
    ...(e.AGENT_USER_POOL_ID ? { userPoolId: e.AGENT_USER_POOL_ID } : {}),
    ...(e.AGENT_USER_POOL_CLIENT_ID ? { userPoolClientId: e.AGENT_USER_POOL_CLIENT_ID } : {}),
  };
}
