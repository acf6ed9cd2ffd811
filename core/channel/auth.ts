// Who is calling: a customer holding a token for exactly one conversation, or a trusted
// server holding the site secret. The secret only mints tokens (tokens/generate, server to
// server); every conversation route takes a token, checked to name the conversation in the
// URL, so the secret never has to be where a browser could read it.
import { createHash, timingSafeEqual } from 'node:crypto';
import { PostinoError } from '../errors';
import { authorizationSchema } from './schemas';
import type { TokenClaims, TokenService } from './token-service';

export type Caller = { kind: 'token'; claims: TokenClaims } | { kind: 'secret' };

const SECRET_ONLY_MINTS =
  'The site secret only mints tokens (POST tokens/generate, server to server); this route takes a conversation token';

export class Authorizer {
  private readonly secretDigest: Buffer | undefined;

  constructor(
    private readonly tokens: TokenService,
    secret: string | undefined,
  ) {
    this.secretDigest = secret ? digest(secret) : undefined;
  }

  /** The caller behind the Authorization header; the secret only where `allowSecret` (403 elsewhere). */
  async caller(authorization: string | undefined, allowSecret: boolean): Promise<Caller> {
    if (authorization === undefined)
      throw new PostinoError('MissingAuthorization', 'Missing Authorization header');
    const parsed = authorizationSchema.safeParse(authorization);
    if (!parsed.success) throw new PostinoError('MissingAuthorization', 'Malformed Authorization header');
    if (this.isSecret(parsed.data)) {
      if (allowSecret) return { kind: 'secret' };
      throw new PostinoError('Forbidden', SECRET_ONLY_MINTS);
    }
    return { kind: 'token', claims: await this.tokens.verify(parsed.data) };
  }

  /** The claims of a conversation token (the secret is refused). */
  async token(authorization: string | undefined): Promise<TokenClaims> {
    const caller = await this.caller(authorization, false);
    if (caller.kind !== 'token') throw new PostinoError('Forbidden', SECRET_ONLY_MINTS);
    return caller.claims;
  }

  /** The token's claims, checked to be for `conversationId`. */
  async forConversation(authorization: string | undefined, conversationId: string): Promise<TokenClaims> {
    const claims = await this.token(authorization);
    if (claims.conversationId !== conversationId) {
      throw new PostinoError('Forbidden', 'Token not valid for this conversation');
    }
    return claims;
  }

  isSecret(candidate: string): boolean {
    return this.secretDigest !== undefined && timingSafeEqual(digest(candidate), this.secretDigest);
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
