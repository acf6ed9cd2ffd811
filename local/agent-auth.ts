// The local stand-in for the HTTP API's Cognito JWT authorizer: demo agents with random
// passwords (printed by `npm start`), `POST /agent/api/local-signin` issuing short-lived ES256
// agent tokens (audience `postino-agent`, a key made at start), and the bearer check in front
// of /agent/api/*, whose verified claims go into `requestContext.authorizer.jwt.claims` as API
// Gateway does. Direct Line tokens are signed with another key for another audience, so they
// never pass. Passwords are kept as scrypt hashes and never logged; repeated failures lock
// the sign-in for a while (sign-in-throttle.ts).
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { type CryptoKey, errors, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import * as z from 'zod';
import { AGENT_TOKEN_AUDIENCE, localSignInRequestSchema } from '../core/handoff/agent-api';
import { SignInThrottle } from './sign-in-throttle';

export const LOCAL_AGENT_ISSUER = 'postino-local';
const TOKEN_LIFETIME_S = 60 * 60;

export interface DemoAgent {
  username: string;
  /** Shown at start; not kept in clear anywhere else. */
  password: string;
  name: string;
  email: string;
  agentId: string;
}

export type AuthorizerResult =
  | { ok: true; claims: Record<string, string> }
  | { ok: false; status: 401 | 403; message: string };

export class LocalAgentAuth {
  private readonly users = new Map<
    string,
    { salt: Buffer; hash: Buffer; agent: Omit<DemoAgent, 'password'> }
  >();

  private readonly throttle: SignInThrottle;

  private constructor(
    private readonly keys: { privateKey: CryptoKey; publicKey: CryptoKey },
    readonly agents: DemoAgent[],
    now: () => number,
  ) {
    this.throttle = new SignInThrottle(now);
    for (const agent of agents) {
      const salt = randomBytes(16);
      const { password: _secret, ...rest } = agent;
      this.users.set(agent.username, { salt, hash: scryptSync(agent.password, salt, 32), agent: rest });
    }
  }

  /** Two demo agents (for transfers); passwords random unless given (e.g. AGENT_DEMO_PASSWORD). */
  static async create(password?: string, now: () => number = Date.now): Promise<LocalAgentAuth> {
    const make = (username: string, name: string) => ({
      username,
      password: password ?? randomBytes(9).toString('base64url'),
      name,
      email: `${username}@halnet.example`,
      agentId: `local-${username}`,
    });
    const keys = await generateKeyPair('ES256');
    return new LocalAgentAuth(
      keys,
      [make('agente', 'Giulia (Halnet)'), make('agente2', 'Marco (Halnet)')],
      now,
    );
  }

  /**
   * The local sign-in route: 200 with a token, 400 for a malformed body, 401 for bad
   * credentials, 429 with Retry-After after too many failures for the user or the address.
   */
  async signIn(
    body: string | undefined,
    clientAddress = 'unknown',
  ): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    let input: unknown;
    try {
      input = JSON.parse(body ?? '');
    } catch {
      return { status: 400, body: { error: { code: 'BadArgument', message: 'malformed JSON body' } } };
    }
    const parsed = localSignInRequestSchema.safeParse(input);
    if (!parsed.success) {
      return {
        status: 400,
        body: { error: { code: 'BadArgument', message: 'username and password are required' } },
      };
    }
    const keys = [`user:${parsed.data.username}`, `address:${clientAddress}`];
    const wait = this.throttle.retryAfterSeconds(keys);
    if (wait > 0) {
      return {
        status: 429,
        headers: { 'retry-after': String(wait) },
        body: {
          error: {
            code: 'RateLimited',
            message: `too many failed sign-ins: try again in ${wait} seconds`,
            retryAfterSeconds: wait,
          },
        },
      };
    }
    const user = this.users.get(parsed.data.username);
    const attempt = scryptSync(parsed.data.password, user?.salt ?? Buffer.alloc(16), 32);
    if (!user || !timingSafeEqual(attempt, user.hash)) {
      this.throttle.failed(keys);
      return {
        status: 401,
        body: { error: { code: 'MissingAuthorization', message: 'wrong username or password' } },
      };
    }
    this.throttle.succeeded(keys);
    const { token, expiresAt } = await this.issue(user.agent);
    return {
      status: 200,
      body: { token, expiresAt, agent: { agentId: user.agent.agentId, name: user.agent.name } },
    };
  }

  /** Signs an agent token; `lifetimeSeconds` may be negative (tests: an expired token). */
  async issue(
    agent: Omit<DemoAgent, 'password'>,
    lifetimeSeconds = TOKEN_LIFETIME_S,
  ): Promise<{ token: string; expiresAt: string }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + lifetimeSeconds;
    const token = await new SignJWT({
      name: agent.name,
      email: agent.email,
      'cognito:username': agent.username,
      token_use: 'id',
    })
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
      .setSubject(agent.agentId)
      .setIssuer(LOCAL_AGENT_ISSUER)
      .setAudience(AGENT_TOKEN_AUDIENCE)
      .setIssuedAt(Math.min(now, exp - 60))
      .setExpirationTime(exp)
      .sign(this.keys.privateKey);
    return { token, expiresAt: new Date(exp * 1000).toISOString() };
  }

  /** What API Gateway's JWT authorizer does: 401 without a valid bearer token. */
  async authorize(authorization: string | undefined): Promise<AuthorizerResult> {
    const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(authorization ?? '');
    if (!match?.[1]) return { ok: false, status: 401, message: 'Unauthorized' };
    try {
      const { payload } = await jwtVerify(match[1], this.keys.publicKey, {
        algorithms: ['ES256'],
        issuer: LOCAL_AGENT_ISSUER,
        audience: AGENT_TOKEN_AUDIENCE,
      });
      const claims = z.record(z.string(), z.unknown()).parse(payload);
      // API Gateway hands claims over as strings.
      return {
        ok: true,
        claims: Object.fromEntries(
          Object.entries(claims).map(([name, value]) => [
            name,
            typeof value === 'string' ? value : JSON.stringify(value),
          ]),
        ),
      };
    } catch (error) {
      return {
        ok: false,
        status: 401,
        message: error instanceof errors.JWTExpired ? 'Unauthorized (expired)' : 'Unauthorized',
      };
    }
  }
}
