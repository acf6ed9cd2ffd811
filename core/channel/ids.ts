// Fresh conversation and user ids: random, URL-safe, unguessable (a conversation id is not a
// secret, the token is, but guessable ids would invite probing).
import { randomBytes } from 'node:crypto';

export function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

/** Direct Line reserves the `dl_` prefix for user ids that come from a token. */
export function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}
