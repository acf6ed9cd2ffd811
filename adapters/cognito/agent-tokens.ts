// Verifies an agent's Cognito token exactly as the HTTP API's JWT authorizer does for the agent
// routes (issue 10: the agents' WebSocket `$connect` has no such authorizer, so its function
// checks the token itself before accepting the socket): an RS256 signature by a key of the
// user pool's JWKS (fetched from the pool, cached by the warm function), the pool as issuer,
// the console's app client as `aud` (ID token) or, without `aud`, as `client_id` (access
// token), `exp` after now, `nbf` and `iat` not after now. Then the same claims rule as every
// agent call (core/handoff/agent-identity.ts): an ID or access token, never a refresh one.
// The console needs no Cognito group, so none is checked (neither does the HTTP API).
import { createRemoteJWKSet, errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { PostinoError } from '../../core/errors';
import { type AgentIdentity, agentFromClaims } from '../../core/handoff/agent-identity';

export interface CognitoAgentTokenOptions {
  /** `https://cognito-idp.<region>.amazonaws.com/<user pool id>`. */
  issuer: string;
  /** The console's app client id. */
  clientId: string;
  /** Default: the pool's published keys, `<issuer>/.well-known/jwks.json`. */
  keys?: JWTVerifyGetKey;
  now?: () => number;
}

export interface VerifiedAgent {
  identity: AgentIdentity;
  /** The token's `exp`, epoch seconds. */
  expiresAt: number;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const MAX_TOKEN_LENGTH = 8_192;
const ISSUED_AT_SKEW_MS = 60_000;

/** What the verification may say about the token itself (anything else: the keys are unreachable). */
const TOKEN_ERRORS = [
  errors.JWTExpired,
  errors.JWTClaimValidationFailed,
  errors.JWTInvalid,
  errors.JWSInvalid,
  errors.JWSSignatureVerificationFailed,
  errors.JWKSNoMatchingKey,
  errors.JWKSMultipleMatchingKeys,
  errors.JOSEAlgNotAllowed,
  errors.JOSENotSupported,
];

export class CognitoAgentTokens {
  private readonly keys: JWTVerifyGetKey;
  private readonly now: () => number;

  constructor(private readonly options: CognitoAgentTokenOptions) {
    this.keys = options.keys ?? createRemoteJWKSet(new URL(`${options.issuer}/.well-known/jwks.json`));
    this.now = options.now ?? Date.now;
  }

  /** The agent behind the token; a PostinoError 401 (or 403: not an agent token) otherwise. */
  async verify(token: string | undefined): Promise<VerifiedAgent> {
    if (!token || token.length > MAX_TOKEN_LENGTH || !TOKEN_SHAPE.test(token)) throw unauthorized();
    const now = this.now();
    let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        algorithms: ['RS256'],
        issuer: this.options.issuer,
        requiredClaims: ['exp'],
        currentDate: new Date(now),
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthorized('expired');
      if (TOKEN_ERRORS.some((type) => error instanceof type)) throw unauthorized();
      throw new PostinoError('Internal', "the user pool's keys could not be read", { cause: error });
    }
    const audience = payload.aud === undefined ? payload.client_id : payload.aud;
    const audiences = Array.isArray(audience) ? audience : [audience];
    if (!audiences.includes(this.options.clientId)) throw unauthorized();
    // A token Cognito issued this very second may look a little early to this function's clock.
    if (typeof payload.iat === 'number' && payload.iat * 1000 > now + ISSUED_AT_SKEW_MS) throw unauthorized();
    return { identity: agentFromClaims(payload), expiresAt: payload.exp as number };
  }
}

function unauthorized(why?: string): PostinoError {
  return new PostinoError('MissingAuthorization', why ? `Unauthorized (${why})` : 'Unauthorized');
}
