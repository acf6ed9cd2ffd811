// The agents' live feed function's configuration (issue 10), read once from the environment
// with zod: the table, and the user pool and app client whose tokens open the feed (the same
// pair the HTTP API's JWT authorizer trusts on the agent routes).
import * as z from 'zod';
import { parseEnv } from '../shared/env-config';

const agentFeedEnvSchema = z.object({
  TABLE_NAME: z.string().min(1),
  DYNAMODB_ENDPOINT: z.url().optional(),
  AGENT_USER_POOL_ID: z
    .string()
    .regex(/^[a-z]{2}(?:-[a-z]+)+-\d_[A-Za-z0-9]+$/, 'AGENT_USER_POOL_ID must be a Cognito user pool id'),
  AGENT_USER_POOL_CLIENT_ID: z.string().min(1),
});

export interface AgentFeedConfig {
  tableName: string;
  dynamoEndpoint?: string;
  /** The tokens' issuer: `https://cognito-idp.<region>.amazonaws.com/<user pool id>`. */
  issuer: string;
  /** The console's app client: the ID token's `aud`, the access token's `client_id`. */
  clientId: string;
}

export function agentFeedConfigFrom(env: Record<string, string | undefined>): AgentFeedConfig {
  const e = parseEnv(agentFeedEnvSchema, env);
  // A user pool id starts with its region (`eu-south-1_AbC123`), which names Cognito's host.
  const region = e.AGENT_USER_POOL_ID.split('_')[0] as string;
  return {
    tableName: e.TABLE_NAME,
    ...(e.DYNAMODB_ENDPOINT ? { dynamoEndpoint: e.DYNAMODB_ENDPOINT } : {}),
    issuer: `https://cognito-idp.${region}.amazonaws.com/${e.AGENT_USER_POOL_ID}`,
    clientId: e.AGENT_USER_POOL_CLIENT_ID,
  };
}
