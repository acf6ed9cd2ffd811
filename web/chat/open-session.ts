// Decides which conversation the chat shows: the one stored for this browser tab (after a
// page reload), with its token refreshed first so it has a full lifetime ahead and the
// conversation checked with Direct Line's reconnect call (from the stored watermark), or a new
// one from the public token endpoint when there is none or it is gone (expired token, 403, 404).
import type { Locale } from '../shared/widget-texts';
import { loadConversation, type StoredConversation, saveConversation } from './conversation-session';
import { checkConversation, refreshToken, requestPublicToken, TokenRequestError } from './token-client';

export interface OpenedSession {
  conversation: StoredConversation;
  /** True when this is the stored conversation, whose history the server replays. */
  resumed: boolean;
  /** True when a stored conversation could not be resumed and a new one replaced it. */
  replacedExpired: boolean;
}

// A token this close to its expiry is not worth refreshing: the server may already refuse it.
const EXPIRY_MARGIN_MS = 5_000;

export async function openSession(
  apiBase: string,
  locale: Locale,
  storage: Storage | null,
  now: () => number,
): Promise<OpenedSession> {
  const stored = loadConversation(storage);
  if (stored && stored.expiresAt - EXPIRY_MARGIN_MS > now()) {
    try {
      const fresh = await refreshToken(apiBase, stored.token);
      await checkConversation(apiBase, stored.conversationId, fresh.token, stored.watermark);
      const conversation = {
        ...stored,
        token: fresh.token,
        expiresAt: now() + fresh.expiresInSeconds * 1000,
      };
      saveConversation(storage, conversation);
      return { conversation, resumed: true, replacedExpired: false };
    } catch (error) {
      // Unreachable server: keep the stored conversation for a retry instead of dropping it.
      if (!(error instanceof TokenRequestError) || !error.isFinal) throw error;
    }
  }
  return {
    conversation: await startNew(apiBase, locale, storage, now),
    resumed: false,
    replacedExpired: stored !== null,
  };
}

export async function startNew(
  apiBase: string,
  locale: Locale,
  storage: Storage | null,
  now: () => number,
): Promise<StoredConversation> {
  const issued = await requestPublicToken(apiBase, locale);
  const conversation: StoredConversation = {
    conversationId: issued.conversationId,
    token: issued.token,
    expiresAt: now() + issued.expiresInSeconds * 1000,
    joined: false,
  };
  saveConversation(storage, conversation);
  return conversation;
}
