// Recognises pasted error codes and messages and what each one means for the customer:
// Outlook's 0x800Cxxxx and MAPI 0x8004210x codes, SMTP replies (with enhanced codes),
// Thunderbird's and Apple Mail's messages in Italian and English, Windows socket errors.
// Sources: imnxport.h, Thunderbird's composeMsgs.properties (en-US, it), RFC 3463/4954, via
// shared/research/smtp-diagnostics.md.
import type { SymptomId } from '../../core/knowledge/ids';

/** How much a recognised error says: a generic "sending failed" yields to anything sharper. */
export type Specificity = 0 | 1 | 2 | 3;

export interface RecognisedError {
  /** Normalised name, e.g. "0x800CCC0E", "SMTP 535 5.7.8", "Thunderbird: smtpAuthFailure". */
  name: string;
  symptom: SymptomId;
  specificity: Specificity;
  /** Where it was found in the folded text, [start, end): the customer did not write it. */
  span: readonly [number, number];
}

type CodeMeaning = readonly [SymptomId, Specificity];

// Outlook Express / Outlook 2003/2007 (imnxport.h) and Outlook's MAPI transport.
const HEX_CODES: Record<string, CodeMeaning> = {
  '800ccc0d': ['cannot-connect', 2],
  '800ccc0e': ['cannot-connect', 2],
  '800ccc0f': ['cannot-connect', 1],
  '800ccc19': ['cannot-connect', 2],
  '800ccc1a': ['tls-mismatch', 2],
  '800ccc01': ['certificate-warning', 2],
  '800ccc02': ['certificate-warning', 2],
  '800ccc18': ['auth-failed', 2],
  '800ccc67': ['cannot-connect', 2],
  '800ccc6d': ['unknown', 2],
  '800ccc6e': ['relay-denied', 2],
  '800ccc6f': ['relay-denied', 2],
  '800ccc78': ['relay-denied', 2],
  '800ccc79': ['relay-denied', 2],
  '800ccc7c': ['tls-mismatch', 2],
  '800ccc7d': ['tls-mismatch', 2],
  '800ccc7f': ['tls-mismatch', 2],
  // POP3 (incoming mail), not the SMTP service: recognised so the dialog can say so.
  '800ccc90': ['unknown', 2],
  '800ccc91': ['unknown', 2],
  '800ccc92': ['unknown', 2],
  '80042109': ['cannot-connect', 2],
  // "Timed out waiting for the SMTP server": the "server responded" part, when present, says more.
  '8004210b': ['cannot-connect', 1],
  // OneDrive sign-in, not mail: ask for the full message.
  '8004de40': ['unknown', 2],
};
const HEX_CODE = /(?:^|[^0-9a-z])(?:0\s?x\s?)?(800ccc[0-9a-f]{2}|8004[0-9a-f]{4})(?![0-9a-z])/g;

// SMTP reply codes; 530/550/554 are refined by their enhanced code or the words around them.
const REPLY_CODES: Record<string, CodeMeaning> = {
  '421': ['cannot-connect', 3],
  '450': ['unknown', 2],
  '451': ['unknown', 2],
  '452': ['unknown', 2],
  '454': ['tls-mismatch', 3],
  '530': ['relay-denied', 3],
  '534': ['auth-failed', 3],
  '535': ['auth-failed', 3],
  '538': ['tls-mismatch', 3],
  '550': ['relay-denied', 3],
  '551': ['relay-denied', 3],
  '552': ['unknown', 3],
  '553': ['relay-denied', 3],
  '554': ['relay-denied', 3],
};
const ENHANCED_CODES: Record<string, SymptomId> = {
  '5.7.0': 'relay-denied',
  '5.7.1': 'relay-denied',
  '5.7.8': 'auth-failed',
  '5.7.9': 'auth-failed',
  '5.7.11': 'tls-mismatch',
  '5.7.3': 'auth-failed',
  '5.1.1': 'unknown',
  '5.1.0': 'unknown',
  '5.2.2': 'unknown',
  '5.3.4': 'unknown',
};
const REPLY = /(?:^|[^\w.:/-])([45]\d\d)(?:[ -]+#?([45]\.\d{1,3}\.\d{1,3}))?(?![\w.])/g;
const ENHANCED_ALONE = /(?:^|[^\w.])([45]\.\d{1,3}\.\d{1,3})(?![\w.])/g;
const PORT_BEFORE = /port[ae]?\s*$/;
const STARTTLS_WORDS = /starttls|tls first|encryption required|crittografia/;
const SPAM_WORDS = /spam|blacklist|blocklist|listed/;

// Messages, matched on the folded (lower-case, accent-free) text.
// Each message comes with hints: substrings any match must contain. Checking them first
// (a plain substring search) keeps most messages off the regex engine entirely.
const MESSAGES: readonly (readonly [string, RegExp, SymptomId, Specificity, readonly string[]])[] = [
  // Thunderbird (composeMsgs.properties, en-US and it).
  [
    'Thunderbird: smtpSendTimeout',
    /server (?:di posta )?in uscita \(smtp\).{0,80}scadut|outgoing server \(smtp\).{0,80}timed out/,
    'cannot-connect',
    2,
    ['(smtp)'],
  ],
  [
    'Thunderbird: smtpSendRequestRefused',
    /connessione al server (?:di posta )?in uscita \(smtp\).{0,80}non (?:e )?riuscit|connecting to (?:the )?outgoing server \(smtp\).{0,80}failed/,
    'cannot-connect',
    2,
    ['(smtp)'],
  ],
  [
    'Thunderbird: smtpSendInterrupted',
    /interrott[ao] durante la trasmissione|lost in the middle of the transaction/,
    'cannot-connect',
    1,
    ['interrott', 'lost in the middle'],
  ],
  [
    'Thunderbird: smtpSendFailedUnknownServer',
    /\(smtp\).{0,60}(?:sconosciuto|is unknown)/,
    'cannot-connect',
    2,
    ['(smtp)'],
  ],
  [
    'Thunderbird: startTlsFailed',
    /non supporta questa funzione|doesn'?t advertise|does not advertise|non (?:annuncia|dichiara) (?:di supportare )?(?:questa|tale) funzion/,
    'tls-mismatch',
    2,
    ['funzion', 'advertise'],
  ],
  [
    'Thunderbird: smtpAuthFailure',
    /autenticazione non riuscita|unable to authenticate|authentication failed|autenticazione fallita|authentication unsuccessful/,
    'auth-failed',
    2,
    ['autenticazione', 'authenticat'],
  ],
  [
    'Thunderbird: smtpHintAuthPlainToEncrypt',
    /password in testo semplice|plain ?text passwords?/,
    'auth-failed',
    2,
    ['password'],
  ],
  [
    'Thunderbird: smtpPermSizeExceeded',
    /supera il limite globale|exceeds the global size limit|size limit/,
    'unknown',
    2,
    ['limit'],
  ],
  [
    'Thunderbird: errorSendingFromCommand',
    /verificare (?:che )?l'?indirizzo (?:e-?mail|email|di posta)|verify that your email address is correct/,
    'relay-denied',
    2,
    ['indirizzo', 'verify that'],
  ],
  [
    'Thunderbird: sendFailed',
    /invio del messaggio non riuscito|sending of (?:the )?message failed|invio non riuscito/,
    'cannot-connect',
    0,
    ['invio', 'sending of'],
  ],
  // Outlook dialogs.
  [
    'Outlook: recipient rejected',
    /destinatari (?:e|sono) stat[oi] rifiutat|recipients? (?:was|were) rejected|inoltro negato|relay(?:ing)? (?:access )?(?:denied|not permitted)|we do not relay|non (?:e )?consentito l'?inoltro/,
    'relay-denied',
    2,
    ['rifiutat', 'rejected', 'inoltro', 'relay', 'consentito'],
  ],
  [
    'Outlook: encryption type not supported',
    /non supporta il tipo di crittografia|does not support the connection encryption type/,
    'tls-mismatch',
    2,
    ['crittografia', 'encryption type'],
  ],
  [
    'Outlook: cannot connect',
    /impossibile (?:connettersi|stabilire (?:una )?(?:la )?connessione) (?:al|con il) server|(?:cannot|unable to|could not) connect to (?:the |your )?(?:outgoing |smtp )?(?:\(smtp\) )?(?:e-?mail )?server|non (?:e in grado|riesce) di connettersi al server/,
    'cannot-connect',
    2,
    ['server'],
  ],
  [
    'Outlook: server timed out',
    /timed out waiting for a response|timeout dell'?operazione|l'?operazione e scaduta|scaduto il tempo/,
    'cannot-connect',
    2,
    ['timed out', 'timeout', 'scadut'],
  ],
  [
    'Outlook: connection terminated',
    /unexpectedly terminated the connection|ha interrotto (?:inaspettatamente |improvvisamente )?la connessione/,
    'cannot-connect',
    1,
    ['terminated', 'interrotto'],
  ],
  [
    'Outlook: SPA logon failed',
    /spa logon|(?:secure password authentication|autenticazione password di protezione|accesso spa)[^.]{0,60}(?:fail|non riuscit|errore|error|not support|non support)/,
    'auth-failed',
    2,
    ['spa', 'secure password', 'password di protezione'],
  ],
  [
    'Outlook: network password prompt',
    /enter network password|immettere (?:la )?password di rete|immetti (?:la )?password di rete/,
    'auth-failed',
    2,
    ['password di rete', 'network password'],
  ],
  // Apple Mail (macOS, iOS).
  [
    'Apple: Cannot Verify Server Identity',
    /cannot verify server identity|impossibile verificare l'?identita del server|identita del server/,
    'certificate-warning',
    3,
    ['identit'],
  ],
  [
    'Apple: user name or password incorrect',
    /user ?name or password for .{0,40}incorrect|nome utente o (?:la )?password (?:per|di) .{0,40}non (?:e|sono) corrett/,
    'auth-failed',
    2,
    ['password'],
  ],
  [
    'Apple: Cannot Send Mail',
    /cannot send mail|impossibile inviare (?:la )?(?:posta|e-?mail)/,
    'cannot-connect',
    0,
    ['cannot send', 'impossibile inviare'],
  ],
  // Certificates and TLS, any client.
  [
    'certificate not trusted',
    /sec_error_unknown_issuer|unknown issuer|emittente (?:sconosciut|non attendibil)|self[- ]signed|autofirmat|certificate (?:is )?(?:not trusted|invalid|expired)|certificato (?:non (?:e )?(?:attendibile|valido)|scadut)/,
    'certificate-warning',
    2,
    ['issuer', 'emittente', 'signed', 'autofirmat', 'certificat'],
  ],
  [
    'TLS protocol error',
    /wrong version number|ssl routines|ssl_error_rx_record_too_long|ssl_error|tls handshake/,
    'tls-mismatch',
    2,
    ['ssl', 'tls', 'wrong version'],
  ],
  // Windows sockets and Node-style codes.
  [
    'socket error',
    /(?:socket|errore socket)[^0-9]{0,12}100(?:60|61|53|54)|\b100(?:60|61)\b|etimedout|econnrefused|econnreset/,
    'cannot-connect',
    2,
    ['socket', '1006', 'etimedout', 'econnrefused', 'econnreset'],
  ],
];

const ANY_DIGIT = /\d/;

function spanOf(match: RegExpMatchArray | RegExpExecArray): readonly [number, number] {
  const start = match.index ?? 0;
  return [start, start + match[0].length];
}

function hexErrors(folded: string): RecognisedError[] {
  const found: RecognisedError[] = [];
  if (!folded.includes('800')) return found;
  for (const match of folded.matchAll(HEX_CODE)) {
    const code = match[1] as string;
    const [symptom, specificity] = HEX_CODES[code] ?? (['unknown', 1] as const);
    found.push({ name: `0x${code.toUpperCase()}`, symptom, specificity, span: spanOf(match) });
  }
  return found;
}

function replySymptom(code: string, enhanced: string | undefined, folded: string): SymptomId {
  const fromEnhanced = enhanced ? ENHANCED_CODES[enhanced] : undefined;
  if (code === '530' && STARTTLS_WORDS.test(folded)) return 'tls-mismatch';
  if (code === '554' && SPAM_WORDS.test(folded)) return 'flagged-as-spam';
  return fromEnhanced ?? (REPLY_CODES[code] as CodeMeaning)[0];
}

function replyErrors(folded: string): RecognisedError[] {
  const found: RecognisedError[] = [];
  if (!ANY_DIGIT.test(folded)) return found;
  for (const match of folded.matchAll(REPLY)) {
    const code = match[1] as string;
    const enhanced = match[2];
    if (!REPLY_CODES[code]) continue;
    // "porta 465", "smtp.hln.it:587": numbers that are ports, not replies.
    if (PORT_BEFORE.test(folded.slice(Math.max(0, (match.index ?? 0) - 8), (match.index ?? 0) + 1))) continue;
    const name = enhanced ? `SMTP ${code} ${enhanced}` : `SMTP ${code}`;
    found.push({ name, symptom: replySymptom(code, enhanced, folded), specificity: 3, span: spanOf(match) });
  }
  if (found.length > 0) return found;
  for (const match of folded.matchAll(ENHANCED_ALONE)) {
    const symptom = ENHANCED_CODES[match[1] as string];
    if (symptom) found.push({ name: `SMTP ${match[1]}`, symptom, specificity: 3, span: spanOf(match) });
  }
  return found;
}

// Every message's hints at once: most chat messages contain none, and skip the list below.
const ANY_MESSAGE_HINT = new RegExp(
  [...new Set(MESSAGES.flatMap(([, , , , hints]) => hints))]
    .map((hint) => hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);

function hasHint(folded: string, hints: readonly string[]): boolean {
  for (const hint of hints) if (folded.includes(hint)) return true;
  return false;
}

function messageErrors(folded: string): RecognisedError[] {
  const found: RecognisedError[] = [];
  if (!ANY_MESSAGE_HINT.test(folded)) return found;
  for (const [name, pattern, symptom, specificity, hints] of MESSAGES) {
    if (!hasHint(folded, hints)) continue;
    const match = pattern.exec(folded);
    if (match) found.push({ name, symptom, specificity, span: spanOf(match) });
  }
  return found;
}

/** Every error code or message in the text, in the order: codes, replies, messages. */
export function detectErrors(folded: string): RecognisedError[] {
  const all = [...hexErrors(folded), ...replyErrors(folded), ...messageErrors(folded)];
  const seen = new Set<string>();
  return all.filter((error) => !seen.has(error.name) && seen.add(error.name));
}

/** The symptom the sharpest error implies; ties go to the first one found. */
export function sharpestError(errors: readonly RecognisedError[]): RecognisedError | null {
  let best: RecognisedError | null = null;
  for (const error of errors) {
    if (!best || error.specificity > best.specificity) best = error;
  }
  return best;
}
