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

/**
 * A direct question, answered in one to three lines before any guide: which port, which
 * server name, is encryption needed, SSL or TLS, where is Halnet's certificate, which user
 * name and password (the SMTP service's), does it work from any line, what is SPA.
 */
export type QuickQuestion =
  | 'port'
  | 'server'
  | 'encryption'
  | 'ssl-or-tls'
  | 'certificate'
  | 'credentials'
  | 'any-line'
  | 'spa';

/**
 * A setting the customer states or asks to confirm that is wrong, to correct explicitly:
 * a host that is not `smtp.hln.it` (`smpt.hln.it`, `smtp.hln.com`, `mail.hln.it` for
 * sending), a port other than 587/465 (25, 110, 995...), or SPA turned on.
 */
export type WrongValue = { kind: 'host'; given: string } | { kind: 'port'; given: number } | { kind: 'spa' };

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
  /**
   * The language the message is written in, when it says so clearly enough to follow
   * (a few words of real sentence); null for names, codes, numbers, one word or a mix.
   */
  language: Locale | null;
  /** A direct question the message asks, if any. */
  question: QuickQuestion | null;
  /** A wrong setting the message states or asks about, if any. */
  wrongValue: WrongValue | null;
  /**
   * True for a vague "non riesco a inviare" / "can't send" that names no symptom one can act
   * on: the dialog asks what happens instead of guessing.
   */
  vague: boolean;
  /**
   * When the text points at a family of clients without naming one (an Outlook error code,
   * "outlook" on a phone): the candidates to offer, most likely first. Empty otherwise.
   */
  clientCandidates: ClientId[];
}
