// A stand-in for a Cognito user pool's signing side, for the agents' live feed on AWS: a
// throw-away RSA key whose public half is served as the pool's JWKS over loopback HTTP (what
// `<issuer>/.well-known/jwks.json` is), and tokens shaped like Cognito's ID and access tokens,
// really signed with it, that tests then bend one claim at a time.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

export const POOL_ID = 'eu-south-1_TestPool1';
export const CLIENT_ID = 'console-client-1';
const KID = 'test-key-1';

export interface TestPool {
  /** `http://127.0.0.1:<port>/<pool id>`: where the JWKS is, as Cognito's issuer URL is. */
  issuer: string;
  /** How many times the JWKS was fetched. */
  readonly fetches: number;
  /** An ID token of `agent` (aud: the app client), valid for an hour unless `claims` say otherwise. */
  idToken(claims?: JWTPayload, options?: { key?: CryptoKey; kid?: string }): Promise<string>;
  /** An access token (client_id, no aud). */
  accessToken(claims?: JWTPayload): Promise<string>;
  close(): Promise<void>;
}

export const GIULIA = { sub: 'agent-giulia', name: 'Giulia (Halnet)', email: 'giulia@halnet.example' };
export const MARCO = { sub: 'agent-marco', name: 'Marco (Halnet)', email: 'marco@halnet.example' };

export async function startTestPool(): Promise<TestPool> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  let fetches = 0;
  const server: Server = createServer((request, response) => {
    if (request.url === `/${POOL_ID}/.well-known/jwks.json`) {
      fetches++;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${POOL_ID}`;
  const now = () => Math.floor(Date.now() / 1000);
  const sign = (payload: JWTPayload, key: CryptoKey = privateKey, kid = KID) =>
    new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);
  return {
    issuer,
    get fetches() {
      return fetches;
    },
    idToken: (claims = {}, options = {}) =>
      sign(
        {
          ...GIULIA,
          'cognito:username': 'giulia',
          email_verified: true,
          aud: CLIENT_ID,
          token_use: 'id',
          auth_time: now(),
          iss: issuer,
          iat: now(),
          exp: now() + 3600,
          ...claims,
        },
        options.key,
        options.kid,
      ),
    accessToken: (claims = {}) =>
      sign({
        sub: GIULIA.sub,
        username: 'giulia',
        client_id: CLIENT_ID,
        token_use: 'access',
        scope: 'aws.cognito.signin.user.admin',
        iss: issuer,
        iat: now(),
        exp: now() + 3600,
        ...claims,
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
