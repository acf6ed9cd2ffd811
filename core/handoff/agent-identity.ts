// Who is calling the agent API, from the JWT claims the authorizer verified (API Gateway's
// Cognito JWT authorizer on AWS, the local gateway locally): `sub` is the agent's id; the
// display name is `name`, else `cognito:username`/`username`, else the email.
import * as z from 'zod';
import { PostinoError } from '../errors';

export interface AgentIdentity {
  agentId: string;
  name: string;
  email?: string;
}

const claimsSchema = z.looseObject({
  sub: z.string().min(1).max(128),
  name: z.string().min(1).max(100).optional(),
  'cognito:username': z.string().min(1).max(128).optional(),
  username: z.string().min(1).max(128).optional(),
  email: z.string().max(254).optional(),
  token_use: z.string().optional(),
});

export function agentFromClaims(claims: unknown): AgentIdentity {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) throw new PostinoError('MissingAuthorization', 'an agent sign-in is needed');
  const c = parsed.data;
  // A Cognito ID token is for the console; an access token works too, but never a refresh one.
  if (c.token_use !== undefined && c.token_use !== 'id' && c.token_use !== 'access') {
    throw new PostinoError('Forbidden', 'not an agent token');
  }
  const name = c.name ?? c['cognito:username'] ?? c.username ?? c.email ?? c.sub;
  return { agentId: c.sub, name, ...(c.email ? { email: c.email } : {}) };
}
