// The tokens inside a Direct Line `streamUrl` (`?t=`): short-lived HS256 JWTs of their own
// audience, bound to one conversation and user, checked once when the socket opens. Being
// another audience, a stream token never opens the REST API and a conversation token never
// opens a stream; being short-lived, one leaked from a URL (logs, history) is soon worthless.
// DirectLineJS asks for a fresh streamUrl (the reconnect GET) every time it reopens a socket.
import { errors, jwtVerify, SignJWT } from 'jose';
import * as z from 'zod';
import { PostinoError } from '../errors';
import type { Clock } from '../ports/clock';

export interface StreamClaims {
  conversationId: string;
  userId: string;
}

const ISSUER = 'postino';
const AUDIENCE = 'directline-stream';
const claimsSchema = z.object({
  conv: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  user: z.string().regex(/^dl_[A-Za-z0-9_-]{1,64}$/),
});

/** Long enough for a slow network between the REST answer and the socket, short otherwise. */
export const STREAM_TOKEN_LIFETIME_SECONDS = 300;

export class StreamTokens {
  constructor(
    private readonly key: Uint8Array,
    private readonly clock: Clock,
    private readonly lifetimeSeconds = STREAM_TOKEN_LIFETIME_SECONDS,
  ) {}

  async issue(claims: StreamClaims): Promise<string> {
    const now = Math.floor(this.clock.now() / 1000);
    return new SignJWT({ conv: claims.conversationId, user: claims.userId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + this.lifetimeSeconds)
      .sign(this.key);
  }

  /** Throws `TokenExpired` (403) for an expired token, `MissingAuthorization` (401) for any other bad one. */
  async verify(token: string): Promise<StreamClaims> {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: new Date(this.clock.now()),
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new PostinoError('TokenExpired', 'Stream token expired');
      throw new PostinoError('MissingAuthorization', 'Invalid stream token');
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw new PostinoError('MissingAuthorization', 'Invalid stream token');
    return { conversationId: claims.data.conv, userId: claims.data.user };
  }
}
