// The Direct Line function's configuration, read once from the environment and validated with
// zod. The signing key and the site secret come from TOKEN_SIGNING_KEY / DIRECTLINE_SECRET
// (local, tests) or from Secrets Manager (TOKEN_SIGNING_KEY_SECRET_ARN / DIRECTLINE_SECRET_ARN,
// read on AWS through the Parameters and Secrets extension).
import * as z from 'zod';
import { type HandoffPolicy, handoffPolicyFrom } from '../../core/handoff/handoff-policy';
import type { OutagePolicy } from '../../core/outage/outage-record';
import { parseVerifyConfig, type VerifyConfig } from '../../core/verify/config';
import { parseEnv, type StorageConfig, storageConfigOf } from '../shared/env-config';
import { outagePolicyOf } from '../shared/outage-policy';

const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

export const directLineEnvSchema = z
  .object({
    TABLE_NAME: z.string().min(1),
    DYNAMODB_ENDPOINT: z.url().optional(),
    TOKEN_SIGNING_KEY: z.string().min(32, 'TOKEN_SIGNING_KEY needs at least 32 characters').optional(),
    TOKEN_SIGNING_KEY_SECRET_ARN: z.string().startsWith('arn:').optional(),
    DIRECTLINE_SECRET: z.string().min(16, 'DIRECTLINE_SECRET needs at least 16 characters').optional(),
    DIRECTLINE_SECRET_ARN: z.string().startsWith('arn:').optional(),
    ALLOWED_ORIGINS: commaList,
    PROBE_FUNCTION_NAME: z.string().min(1).default('postino-probe'),
    LAMBDA_ENDPOINT: z.url().optional(),
    RETENTION_DAYS: z.coerce.number().positive().max(3650).default(30),
    PUBLIC_TOKENS_PER_MINUTE: z.coerce.number().int().positive().default(10),
    STREAM_URL: z
      .string()
      .regex(/^wss?:\/\/[^\s?#]+$/, 'STREAM_URL must be a ws:// or wss:// URL without query')
      .optional(),
    STREAM_ENDPOINT: z.url().optional(),
    AGENT_FEED_ENDPOINT: z.url().optional(),
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(1_000_000)
      .default(64 * 1024),
    // Verified resolution (issue 12): the domain test messages are sent to; unset = no tests.
    VERIFY_DOMAIN: z.string().min(1).optional(),
    // Outage mode (issue 12): a turn's probe is a health check too, counted with the same N/M.
    OUTAGE_FAILURES_TO_OPEN: z.coerce.number().int().min(1).max(60).optional(),
    OUTAGE_HEALTHY_MINUTES: z.coerce.number().int().min(1).max(240).optional(),
  })
  .refine((env) => env.TOKEN_SIGNING_KEY || env.TOKEN_SIGNING_KEY_SECRET_ARN, {
    message: 'set TOKEN_SIGNING_KEY or TOKEN_SIGNING_KEY_SECRET_ARN',
  });

export interface DirectLineConfig extends StorageConfig {
  /** The key itself, or where to fetch it. */
  signingKey: { value: string } | { secretArn: string };
  /** The site secret itself, or where to fetch it; absent: tokens/generate is disabled. */
  directLineSecret?: { value: string } | { secretArn: string };
  allowedOrigins: string[];
  publicTokensPerMinute: number;
  maxBodyBytes: number;
  /** WORKING_HOURS and HANDOFF_CLAIM_TIMEOUT_S (issue 5). */
  handoffPolicy?: HandoffPolicy;
  /** STREAM_URL: the WebSocket endpoint put in streamUrl answers (issue 10); absent: polling only. */
  streamUrl?: string;
  /** STREAM_ENDPOINT: the WebSocket API's Management endpoint (AWS), where pushes are posted. */
  streamEndpoint?: string;
  /** AGENT_FEED_ENDPOINT: the agents' WebSocket API's Management endpoint (AWS): feed events. */
  agentFeedEndpoint?: string;
  /** VERIFY_DOMAIN (issue 12); absent: the sending test is not available. */
  verify?: VerifyConfig;
  /** OUTAGE_FAILURES_TO_OPEN / OUTAGE_HEALTHY_MINUTES (issue 12). */
  outagePolicy: OutagePolicy;
}

export function directLineConfigFrom(env: Record<string, string | undefined>): DirectLineConfig {
  const e = parseEnv(directLineEnvSchema, env);
  return {
    ...storageConfigOf(e),
    signingKey: e.TOKEN_SIGNING_KEY
      ? { value: e.TOKEN_SIGNING_KEY }
      : { secretArn: e.TOKEN_SIGNING_KEY_SECRET_ARN as string },
    ...(e.DIRECTLINE_SECRET
      ? { directLineSecret: { value: e.DIRECTLINE_SECRET } }
      : e.DIRECTLINE_SECRET_ARN
        ? { directLineSecret: { secretArn: e.DIRECTLINE_SECRET_ARN } }
        : {}),
    allowedOrigins: e.ALLOWED_ORIGINS,
    publicTokensPerMinute: e.PUBLIC_TOKENS_PER_MINUTE,
    maxBodyBytes: e.MAX_BODY_BYTES,
    handoffPolicy: handoffPolicyFrom(env),
    outagePolicy: outagePolicyOf(e),
    ...(e.STREAM_URL ? { streamUrl: e.STREAM_URL } : {}),
    ...(e.STREAM_ENDPOINT ? { streamEndpoint: e.STREAM_ENDPOINT } : {}),
    ...(e.AGENT_FEED_ENDPOINT ? { agentFeedEndpoint: e.AGENT_FEED_ENDPOINT } : {}),
    ...(e.VERIFY_DOMAIN ? { verify: parseVerifyConfig({ domain: e.VERIFY_DOMAIN }) } : {}),
  };
}
