// The agent function's configuration, read once from the environment with zod (names in
// infra/runtime-contract.ts FUNCTION_ENV.agent, plus HANDOFF_CLAIM_TIMEOUT_S). Sign-in is the
// HTTP API's Cognito JWT authorizer's job (AGENT_USER_POOL_ID / _CLIENT_ID are read only to
// fail fast on a deployment that forgot them; the function does not verify tokens again).
import * as z from 'zod';
import { type HandoffPolicy, handoffPolicyFrom } from '../../core/handoff/handoff-policy';
import { parseEnv, type StorageConfig, storageConfigOf } from '../shared/env-config';

const agentEnvSchema = z.object({
  TABLE_NAME: z.string().min(1),
  DYNAMODB_ENDPOINT: z.url().optional(),
  PROBE_FUNCTION_NAME: z.string().min(1).default('postino-probe'),
  LAMBDA_ENDPOINT: z.url().optional(),
  RETENTION_DAYS: z.coerce.number().positive().max(3650).default(30),
  AGENT_USER_POOL_ID: z.string().min(1).optional(),
  AGENT_USER_POOL_CLIENT_ID: z.string().min(1).optional(),
  STREAM_ENDPOINT: z.url().optional(),
  AGENT_FEED_ENDPOINT: z.url().optional(),
});

export interface AgentConfig extends StorageConfig {
  policy: HandoffPolicy;
  userPoolId?: string;
  userPoolClientId?: string;
  /** Issue 10: the WebSocket API's Management endpoint, where agents' messages are pushed. */
  streamEndpoint?: string;
  /** The agents' WebSocket API's Management endpoint, where feed events are pushed. */
  agentFeedEndpoint?: string;
}

export function agentConfigFrom(env: Record<string, string | undefined>): AgentConfig {
  const e = parseEnv(agentEnvSchema, env);
  return {
    ...storageConfigOf(e),
    policy: handoffPolicyFrom(env),
    ...(e.AGENT_USER_POOL_ID ? { userPoolId: e.AGENT_USER_POOL_ID } : {}),
    ...(e.AGENT_USER_POOL_CLIENT_ID ? { userPoolClientId: e.AGENT_USER_POOL_CLIENT_ID } : {}),
    ...(e.STREAM_ENDPOINT ? { streamEndpoint: e.STREAM_ENDPOINT } : {}),
    ...(e.AGENT_FEED_ENDPOINT ? { agentFeedEndpoint: e.AGENT_FEED_ENDPOINT } : {}),
  };
}
