// What the understanding of one customer message yields. The statechart decides what to do
// with it; this layer only reads text (client names with typos, symptoms in plain words,
// pasted error codes and messages, the global requests, yes/no, a 1-5 rating).
import type { ClientId, Locale, SymptomId } from '../../core/knowledge/ids';

/** Requests that are valid at any point of the conversation. */
export type GlobalIntent =
  | 'restart'
  | 'human'
  | 'help'
  | 'change-language'
  | 'changed-client'
  | 'other-problem'
  /** While queued or with an agent: the customer wants the bot back (explicit requests only). */
  | 'back-to-bot';

export interface Understanding {
  /** The mail client the text names, if any. */
  client: ClientId | null;
  /** The symptom the text describes or its pasted error implies, if any. */
  symptom: SymptomId | null;
  /** Error codes or messages recognised in the text, normalised (e.g. "0x800CCC0E", "SMTP 535"). */
  errors: string[];
  /** A request valid anywhere (restart, human, ...). */
  intent: GlobalIntent | null;
  /** With `change-language`: the language asked for. */
  requestedLocale: Locale | null;
  /** An answer to a yes/no question. */
  answer: 'yes' | 'no' | null;
  /** A satisfaction rating 1-5, when the text is one. */
  rating: 1 | 2 | 3 | 4 | 5 | null;
  /** True when the text seems to contain a password or other secret: warn and redact. */
  looksLikeSecret: boolean;
}
