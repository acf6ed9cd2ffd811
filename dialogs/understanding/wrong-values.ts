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
const INCOMING = / (?:in arrivo|in entrata|ricezione|incoming|pop|pop3|imap) /;
const OUTGOING = / (?:in uscita|invio|outgoing|sending|smtp|send|inviare|spedire) /;

function looksLikeHalnet(host: string): boolean {
  if (host.includes('hln') || host.includes('halnet')) return true;
  return distance(host, RIGHT_HOST) <= 2;
}

function wrongHost(text: NormalisedText): WrongValue | null {
  if (!text.folded.includes('.')) return null;
  for (const match of text.cased.matchAll(HOST)) {
    const given = match[1] as string;
    const host = given.toLowerCase();
    if (host === RIGHT_HOST || NOT_A_SERVER.has(host) || !looksLikeHalnet(host)) continue;
    if (INCOMING_HOST.test(host) && INCOMING.test(text.phrase) && !OUTGOING.test(text.phrase)) continue;
    return { kind: 'host', given };
  }
  return null;
}

// "porta 25", "port: 2525", "la 993 come porta", "25 port", "smtp.hln.it:25".
const PORT_NUMBER =
  /\b(?:porta|porte|port|ports)\b(?:\s*(?:n\.?|no\.?|nr\.?|numero|number|:|=|#|e|is|was|era|la|il|the|to|a|su|at))*\s*(\d{1,5})\b|\b(\d{1,5})\s+(?:come porta|as (?:the )?port|port)\b|\.[a-z]{2,3}:(\d{1,5})\b/g;

function wrongPort(folded: string): WrongValue | null {
  if (!folded.includes('port') && !folded.includes(':')) return null;
  for (const match of folded.matchAll(PORT_NUMBER)) {
    const port = Number(match[1] ?? match[2] ?? match[3]);
    if (port > 0 && port < 65536 && !RIGHT_PORTS.has(port)) return { kind: 'port', given: port };
  }
  return null;
}

const SPA = / (?:spa|secure password authentication|autenticazione password di protezione) /;
// SPA stated as on: a past participle or a state, not "should I tick it?".
const SPA_ON =
  / (?:attivat\w*|spuntat\w*|abilitat\w*|selezionat\w*|checked|ticked|enabled|is on|turned on|switched on|(?:ho|avevo|c e|c era|have|had) (?:\w+ ){0,2}(?:spunta|spuntato|attivo|attiva)|attivo|attiva) /;

function spaOn(phrase: string): WrongValue | null {
  return SPA.test(phrase) && SPA_ON.test(phrase) ? { kind: 'spa' } : null;
}

/** The first wrong setting the text states or asks about: host, then port, then SPA. */
export function detectWrongValue(text: NormalisedText): WrongValue | null {
  return wrongHost(text) ?? wrongPort(text.folded) ?? spaOn(text.phrase);
}
