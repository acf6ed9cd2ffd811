// Agents' sign-in on AWS: Cognito's Identity Provider JSON API called with fetch (no SDK in
// the page): InitiateAuth with USER_PASSWORD_AUTH, the challenges a first sign-in or an
// enrolled authenticator app raise (NEW_PASSWORD_REQUIRED, SOFTWARE_TOKEN_MFA), and
// REFRESH_TOKEN_AUTH to renew the hour-long tokens. The password goes to Cognito only.
import type { AgentAuthConfig } from '../shared/site-config';

export interface CognitoTokens {
  /** Sent to the agent API (its `aud` is the console's app client id). */
  idToken: string;
  refreshToken: string | null;
  expiresAt: number;
}

export type CognitoStep =
  | { kind: 'signed-in'; tokens: CognitoTokens }
  | { kind: 'new-password'; session: string; username: string }
  | { kind: 'mfa'; session: string; username: string };

export class CognitoError extends Error {
  constructor(
    /** Cognito's exception name, e.g. NotAuthorizedException; `Unreachable` for network errors. */
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'CognitoError';
  }
}

interface AuthAnswer {
  AuthenticationResult?: { IdToken?: string; RefreshToken?: string; ExpiresIn?: number };
  ChallengeName?: string;
  Session?: string;
}

async function cognito(config: AgentAuthConfig, action: string, body: object): Promise<AuthAnswer> {
  let response: Response;
  try {
    response = await fetch(`https://cognito-idp.${config.region}.amazonaws.com/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${action}`,
      },
      body: JSON.stringify({ ClientId: config.userPoolClientId, ...body }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new CognitoError('Unreachable', error instanceof Error ? error.message : String(error));
  }
  const answer = (await response.json().catch(() => ({}))) as AuthAnswer & {
    __type?: string;
    message?: string;
  };
  if (!response.ok) {
    // `__type` may come as "com.amazonaws...#NotAuthorizedException".
    const type = (answer.__type ?? 'Unknown').split('#').pop() ?? 'Unknown';
    throw new CognitoError(type, answer.message ?? response.statusText);
  }
  return answer;
}

function toStep(answer: AuthAnswer, username: string, refreshToken: string | null, now: number): CognitoStep {
  const result = answer.AuthenticationResult;
  if (result?.IdToken) {
    return {
      kind: 'signed-in',
      tokens: {
        idToken: result.IdToken,
        refreshToken: result.RefreshToken ?? refreshToken,
        expiresAt: now + (result.ExpiresIn ?? 3600) * 1000,
      },
    };
  }
  const session = answer.Session ?? '';
  if (answer.ChallengeName === 'NEW_PASSWORD_REQUIRED') return { kind: 'new-password', session, username };
  if (answer.ChallengeName === 'SOFTWARE_TOKEN_MFA') return { kind: 'mfa', session, username };
  throw new CognitoError('UnsupportedChallenge', answer.ChallengeName ?? 'no tokens in the answer');
}

export async function cognitoSignIn(config: AgentAuthConfig, username: string, password: string) {
  const answer = await cognito(config, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  return toStep(answer, username, null, Date.now());
}

export async function cognitoNewPassword(
  config: AgentAuthConfig,
  step: { session: string; username: string },
  newPassword: string,
) {
  const answer = await cognito(config, 'RespondToAuthChallenge', {
    ChallengeName: 'NEW_PASSWORD_REQUIRED',
    Session: step.session,
    ChallengeResponses: { USERNAME: step.username, NEW_PASSWORD: newPassword },
  });
  return toStep(answer, step.username, null, Date.now());
}

export async function cognitoMfa(
  config: AgentAuthConfig,
  step: { session: string; username: string },
  code: string,
) {
  const answer = await cognito(config, 'RespondToAuthChallenge', {
    ChallengeName: 'SOFTWARE_TOKEN_MFA',
    Session: step.session,
    ChallengeResponses: { USERNAME: step.username, SOFTWARE_TOKEN_MFA_CODE: code },
  });
  return toStep(answer, step.username, null, Date.now());
}

export async function cognitoRefresh(config: AgentAuthConfig, refreshToken: string): Promise<CognitoTokens> {
  const answer = await cognito(config, 'InitiateAuth', {
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    AuthParameters: { REFRESH_TOKEN: refreshToken },
  });
  const step = toStep(answer, '', refreshToken, Date.now());
  if (step.kind !== 'signed-in') throw new CognitoError('UnsupportedChallenge', step.kind);
  return step.tokens;
}
