// The chat's part of the session in sessionStorage: the Direct Line token, its conversation,
// the watermark and last activity seen, and whether the dialog was already asked to greet.
// A page reload resumes from this record; it is validated like any other persisted data.
import * as z from 'zod/mini';

const KEY = 'postino.conversation.v1';

const storedConversationSchema = z.object({
  conversationId: z.string().check(z.minLength(1)),
  token: z.string().check(z.minLength(1)),
  /** When the token expires, in ms since the epoch. */
  expiresAt: z.number(),
  /** Direct Line's watermark after the last activity received (where a plain reconnect would resume). */
  watermark: z.optional(z.string()),
  lastActivityId: z.optional(z.string()),
  /** `webchat/join` was posted: the dialog has greeted, never ask again for this conversation. */
  joined: z.boolean(),
});

export type StoredConversation = z.infer<typeof storedConversationSchema>;

export function loadConversation(storage: Storage | null): StoredConversation | null {
  try {
    const parsed = storedConversationSchema.safeParse(JSON.parse(storage?.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveConversation(storage: Storage | null, conversation: StoredConversation): void {
  try {
    storage?.setItem(KEY, JSON.stringify(conversation));
  } catch {
    // Storage full or refused: the chat goes on, only a reload will not resume it.
  }
}

export function forgetConversation(storage: Storage | null): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing to forget where storage is refused.
  }
}
