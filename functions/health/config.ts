// The health function's configuration (outage mode, issue 12), read once from the environment
// with zod (names in infra/runtime-contract.ts FUNCTION_ENV.health): the table, the probe
// function, the stream's Management endpoint (where the all-clears are pushed) and N/M.
import * as z from 'zod';
import type { OutagePolicy } from '../../core/outage/outage-record';
import { parseEnv, type StorageConfig, storageConfigOf } from '../shared/env-config';
import { outagePolicyOf } from '../shared/outage-policy';

const healthEnvSchema = z.object({
  TABLE_NAME: z.string().min(1),
  DYNAMODB_ENDPOINT: z.url().optional(),
  PROBE_FUNCTION_NAME: z.string().min(1).default('postino-probe'),
  LAMBDA_ENDPOINT: z.url().optional(),
  RETENTION_DAYS: z.coerce.number().positive().max(3650).default(30),
  STREAM_ENDPOINT: z.url().optional(),
  AGENT_FEED_ENDPOINT: z.url().optional(),
  OUTAGE_FAILURES_TO_OPEN: z.coerce.number().int().min(1).max(60).optional(),
  OUTAGE_HEALTHY_MINUTES: z.coerce.number().int().min(1).max(240).optional(),
});

export interface HealthConfig extends StorageConfig {
  /** The WebSocket API's Management endpoint: all-clears reach open chats at once. */
  streamEndpoint?: string;
  /** The agents' WebSocket API's Management endpoint: the outage card refreshes at once. */
  agentFeedEndpoint?: string;
  policy: OutagePolicy;
}

export function healthConfigFrom(env: Record<string, string | undefined>): HealthConfig {
  const e = parseEnv(healthEnvSchema, env);
  return {
    ...storageConfigOf(e),
    ...(e.STREAM_ENDPOINT ? { streamEndpoint: e.STREAM_ENDPOINT } : {}),
    ...(e.AGENT_FEED_ENDPOINT ? { agentFeedEndpoint: e.AGENT_FEED_ENDPOINT } : {}),
    policy: outagePolicyOf(e),
  };
}
