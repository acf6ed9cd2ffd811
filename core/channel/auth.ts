// Who is calling: a customer holding a token for exactly one conversation, or a trusted
// server holding the site secret. Every conversation route checks the token names the
// conversation in the URL.
import { createHash, timingSafeEqual } from 'node:crypto';
import { PostinoError } from '../errors';
import { authorizationSchema } from './schemas';
import type { TokenClaims, TokenService } from './token-service';

export type Caller = { kind: 'token'; claims: TokenClaims } | { kind: 'secret' };

export class Authorizer {
  private readonly secretDigest: Buffer | undefined;

  constructor(
    private readonly tokens: TokenService,
    secret: string | undefined,
  ) {
    this.secretDigest = secret ? digest(secret) : undefined;
  }

  /** The caller behind the Authorization header; a secret only where `allowSecret`. */
  async caller(authorization: string | undefined, allowSecret: boolean): Promise<Caller> {
    if (authorization === undefined)
      throw new PostinoError('MissingAuthorization', 'Missing Authorization header');
    const parsed = authorizationSchema.safeParse(authorization);
    if (!parsed.success) throw new PostinoError('MissingAuthorization', 'Malformed Authorization header');
    if (allowSecret && this.isSecret(parsed.data)) return { kind: 'secret' };
    return { kind: 'token', claims: await this.tokens.verify(parsed.data) };
  }

  /** The caller, checked to be allowed into `conversationId`. */
  async forConversation(authorization: string | undefined, conversationId: string): Promise<Caller> {
    const caller = await this.caller(authorization, true);
    if (caller.kind === 'token' && caller.claims.conversationId !== conversationId) {
      throw new PostinoError('Forbidden', 'Token not valid for this conversation');
    }
    return caller;
  }

  isSecret(candidate: string): boolean {
    return this.secretDigest !== undefined && timingSafeEqual(digest(candidate), this.secretDigest);
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
