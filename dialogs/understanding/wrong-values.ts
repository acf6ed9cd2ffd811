// Recognises a wrong setting the customer states or asks to confirm, so the dialog can
// correct it in one line: a host that looks like Halnet's but is not `smtp.hln.it`
// (`smpt.hln.it`, `smtp.hln.com`, `mail.hln.it` or `pop.hln.it` for sending, `smtp.halnet.it`),
// a port other than 587/465 (25, 110, 995, 2525...), or SPA turned on.
import { distance } from 'fastest-levenshtein';
import type { NormalisedText } from './normalise';
import type { WrongValue } from './types';

const RIGHT_HOST = 'smtp.hln.it';
const RIGHT_PORTS = new Set([587, 465]);
// Host names, not the domain of an e-mail address ("mario@hln.it").
const HOST = /(?<![@\w.-])([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+)(?![\w-]|\.[a-z0-9])/gi;
// Halnet's own names that are not mail servers at all: the domain and the web site.
const NOT_A_SERVER = new Set(['hln.it', 'www.hln.it', 'halnet.it', 'www.halnet.it']);
// mail./pop./imap. are right for incoming mail: wrong only when the text is about sending.
const INCOMING_HOST = /^(?:mail|pop|pop3|imap)\./;
const INCOMING = /\b(?:in arrivo|in entrata|ricezione|incoming|pop|pop3|imap|receiv\w*|ricev\w*)\b/;
const OUTGOING = /\b(?:in uscita|invio|outgoing|sending|smtp|send|inviare|spedire)\b/;
const NEARBY = 30;

// Incoming when the words just before the host say so, or the whole text speaks only of it.
function forIncoming(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - NEARBY), at);
  if (INCOMING.test(before) || OUTGOING.test(before)) return !OUTGOING.test(before);
  return INCOMING.test(folded) && !OUTGOING.test(folded);
}

function looksLikeHalnet(host: string): boolean {
  if (host.includes('hln') || host.includes('halnet')) return true;
  return distance(host, RIGHT_HOST) <= 2;
}

// Every host worth a look has one of these: the regex below then runs on few messages.
const HOST_HINT = /hln|halnet|\b(?:sm|st|mail|pop|imap)[a-z0-9]{0,4}\./;

function wrongHost(text: NormalisedText): WrongValue | null {
  if (!HOST_HINT.test(text.folded)) return null;
  for (const match of text.cased.matchAll(HOST)) {
    const given = match[1] as string;
    const host = given.toLowerCase();
    if (host === RIGHT_HOST || NOT_A_SERVER.has(host) || !looksLikeHalnet(host)) continue;
    if (INCOMING_HOST.test(host) && forIncoming(text.folded, match.index ?? 0)) continue;
    return { kind: 'host', given };
  }
  return null;
}

// "porta 25", "port: 2525", "la 993 come porta", "25 port", "smtp.hln.it:25".
const PORT_NUMBER =
  /\b(?:porta|porte|port|ports)\b(?:\s*(?:n\.?|no\.?|nr\.?|numero|number|:|=|#|e|is|was|era|la|il|the|to|a|su|at))*\s*(\d{1,5})\b|\b(\d{1,5})\s+(?:come porta|as (?:the )?port|port)\b|\.[a-z]{2,3}:(\d{1,5})\b|\b(?:messo|metto|mettere|usato|uso|usa|usare|use|using|used|put|set)\s+(?:la|the)\s+(\d{2,4})\b/g;

const DIGIT = /\d/;

function wrongPort(folded: string): WrongValue | null {
  if (!DIGIT.test(folded)) return null;
  for (const match of folded.matchAll(PORT_NUMBER)) {
    const port = Number(match[1] ?? match[2] ?? match[3] ?? match[4]);
    if (port > 0 && port < 65536 && !RIGHT_PORTS.has(port)) return { kind: 'port', given: port };
  }
  return null;
}

const SPA = / (?:spa|secure password authentication|autenticazione password di protezione) /;
// SPA stated as on: a past participle or a state, not "should I tick it?".
const SPA_ON =
  / (?:attivat\w*|spuntat\w*|abilitat\w*|selezionat\w*|checked|ticked|enabled|is on|turned on|switched on|(?:ho|avevo|c e|c era|have|had) (?:\w+ ){0,2}(?:spunta|spuntato|attivo|attiva)|attivo|attiva) /;

// "spa va attivato?", "should SPA be enabled?": asked, not stated.
const SPA_ASKED =
  / (?:va|vanno|devo|dovrei|should|need|needs|bisogna|serve|do i|must|be) (?:\w+ ){0,2}(?:attivat\w*|spuntat\w*|abilitat\w*|selezionat\w*|checked|ticked|enabled|on) /;

function spaOn(phrase: string): WrongValue | null {
  return SPA.test(phrase) && SPA_ON.test(phrase) && !SPA_ASKED.test(phrase) ? { kind: 'spa' } : null;
}

/** The first wrong setting the text states or asks about: host, then port, then SPA. */
export function detectWrongValue(text: NormalisedText): WrongValue | null {
  return wrongHost(text) ?? wrongPort(text.folded) ?? spaOn(text.phrase);
}
