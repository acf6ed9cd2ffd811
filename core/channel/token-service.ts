// Direct Line tokens: HS256 JWTs signed with the deployment's key, each bound to one
// conversation and carrying the `user` claim Web Chat and DirectLineJS read the user id from.
// 30 minutes by default; DirectLineJS refreshes them every 15.
import { errors, jwtVerify, SignJWT } from 'jose';
import * as z from 'zod';
import { PostinoError } from '../errors';
import { type Locale, localeSchema } from '../knowledge/ids';
import type { Clock } from '../ports/clock';

export interface TokenClaims {
  conversationId: string;
  userId: string;
  locale?: Locale;
}

export interface IssuedToken {
  token: string;
  expiresIn: number;
}

export interface TokenServiceOptions {
  /** The HMAC key (at least 32 bytes). */
  key: Uint8Array;
  clock: Clock;
  lifetimeSeconds?: number;
}

const ISSUER = 'postino';
const AUDIENCE = 'directline';
const claimsSchema = z.object({
  exp: z.number(),
  conv: z.string().min(1).max(64),
  user: z.string().regex(/^dl_[A-Za-z0-9_-]{1,64}$/),
  loc: localeSchema.optional(),
});

/** Verified tokens remembered (a poll every second per open chat verifies the same token). */
const VERIFIED_CACHE_SIZE = 10_000;

export class TokenService {
  private readonly key: Uint8Array;
  private readonly lifetime: number;
  private readonly verified = new Map<string, { claims: TokenClaims; expiresAtMs: number }>();

  constructor(private readonly options: TokenServiceOptions) {
    if (options.key.byteLength < 32)
      throw new PostinoError('BadArgument', 'token signing key shorter than 32 bytes');
    this.key = options.key;
    this.lifetime = options.lifetimeSeconds ?? 1800;
  }

  async issue(claims: TokenClaims): Promise<IssuedToken> {
    const now = Math.floor(this.options.clock.now() / 1000);
    const token = await new SignJWT({
      conv: claims.conversationId,
      user: claims.userId,
      ...(claims.locale ? { loc: claims.locale } : {}),
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + this.lifetime)
      .sign(this.key);
    return { token, expiresIn: this.lifetime };
  }

  /** Throws `TokenExpired` (403) for an expired token, `MissingAuthorization` (401) for any other bad one. */
  async verify(token: string): Promise<TokenClaims> {
    const known = this.verified.get(token);
    if (known) {
      if (this.options.clock.now() >= known.expiresAtMs)
        throw new PostinoError('TokenExpired', 'Token expired');
      return known.claims;
    }
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: new Date(this.options.clock.now()),
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new PostinoError('TokenExpired', 'Token expired');
      throw new PostinoError('MissingAuthorization', 'Invalid token');
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw new PostinoError('MissingAuthorization', 'Invalid token');
    const result: TokenClaims = {
      conversationId: claims.data.conv,
      userId: claims.data.user,
      ...(claims.data.loc ? { locale: claims.data.loc } : {}),
    };
    this.remember(token, result, claims.data.exp * 1000);
    return result;
  }

  private remember(token: string, claims: TokenClaims, expiresAtMs: number): void {
    if (this.verified.size >= VERIFIED_CACHE_SIZE) {
      const oldest = this.verified.keys().next().value;
      if (oldest !== undefined) this.verified.delete(oldest);
    }
    this.verified.set(token, { claims, expiresAtMs });
  }
}
