// Recognises a direct question the dialog answers in one to three lines: which port, which
// server name, is encryption needed, SSL or TLS, where is Halnet's certificate, which user
// name and password, does it work from any line, what is SPA. A question needs the shape of
// one (a question mark, an opening "quale/what/devo/is...", "vorrei sapere se") and the
// words of its topic; "how do I set the port" asks for the guide, not for a number, and a
// problem that merely mentions a port ("port 25 doesn't work") is not a question.
import type { NormalisedText } from './normalise';
import { anyOf, lines } from './phrase-pattern';
import type { QuickQuestion } from './types';

const ASK_START =
  /^ (?:quale|qual|quali|che|cosa|cos|dove|dov|come|what|whats|which|where|how|is|are|do|does|should|shall|can|could|will|must|devo|dovrei|serve|servono|bisogna|posso|si puo|e possibile) /;
const INDIRECT =
  / (?:qual e|quale e|quali sono|cos e|what is|what s|per favore|per piacere|please|vorrei sapere|volevo sapere|mi (?:dite|dici|dica|sapete dire)|sapete dirmi|tell me|can you tell|i need to know|i d like to know|is there a way|c e (?:un )?modo) /;
// "come si imposta la porta?": a how-to, answered by the guide.
const HOW_TO_VERB = String.raw`(?:si mette|mett\w*|impost\w*|cambi\w*|configur\w*|inser\w*|attiv\w*|turn|put|set|change|enter|configure|add|enable|abilit\w*)`;
// "come" right before the verb ("come imposto", "come si mette"): "come server metto X?" asks
// whether X is right, "come" meaning "as".
const HOW_TO = new RegExp(
  ` (?:come|how) (?:(?:si|do i|can i|should i|to|faccio a|posso|devo|do you|do we) )?${HOW_TO_VERB} | (?:dove|dov|where) (?:\\w+ ){0,3}${HOW_TO_VERB} `,
);
// "... smtp.hln.com right": a statement turned into a question by its last word.
// A tag after a comma ("…, giusto") or "right"/"vero" at the end; "la password è giusta"
// without them is a statement.
const CONFIRM_END =
  /(?:[,;]\s*(?:giusto|giusta|vero|corretto|corretta|right|correct|ok|okay|no)|\b(?:right|vero))\W*$/;
const PROBLEM =
  / (?:sbagliat\w*|errat\w*|wrong|incorrect|non (?:e |sono )?corrett\w*|not correct|invalid|non valid\w*|non (?:la |lo |mi )?(?:accetta|prende|riconosce)|rifiut\w*|reject\w*|chiede|asks|asking|keeps|prompt\w*|fail\w*|non riesco|can t|cannot|errore|error) /;

const SPA = / (?:spa|secure password authentication|autenticazione password di protezione) /;
const SSL_OR_TLS = anyOf(
  lines(String.raw`
  (?:ssl|tls|starttls)(?: tls| ssl)? (?:o|or|oppure|vs|versus) (?:\w+ ){0,1}(?:ssl|tls|starttls|automatic\w*|nessuna|none)
  (?:che |(?:quale|quali|what|which) (?:\w+ ){0,2})(?:crittografia|cifratura|encryption|protezione|connessione (?:protetta|crittografata|sicura))
  (?:che|quale|what) (?:tipo|kind|type) (?:di |of )?(?:crittografia|connessione|protezione|encryption|security)
`),
);
const PORT_WITH_TLS =
  / (?:465|587) (?:\w+ ){0,3}(?:ssl|tls|starttls) | (?:ssl|tls|starttls) (?:\w+ ){0,3}(?:465|587) /;
const ENCRYPTION =
  / (?:ssl|tls|starttls|crittograf\w*|cifra\w*|critt\w*|cript\w*|encrypt\w*|encryption|connessione (?:protetta|sicura)|secure|sicura|protetta) /;
const NEED =
  / (?:devo|dovrei|serve|servono|bisogna|obbligatori\w*|necessari\w*|need|needed|have to|required|require|requires|mandatory|must|possibile|possible|optional|facoltativ\w*|opzional\w*|is there a way|c e (?:un )?modo|supported|supporta\w*|si puo|posso|can i|do you|avete|offrite) /;
const CERTIFICATE = / (?:certificat\w*|certificate|cert|ca) /;
const WHERE = / (?:dove|dov|where|scaric\w*|download\w*|prend\w*|trov\w*|get|link) /;
const MUST_INSTALL = / (?:devo|dovrei|bisogna|serve|need to|have to|must|should i) (?:\w+ ){0,2}install\w* /;
const CREDENTIALS = / (?:utente|username|user name|user|nome utente|login|password|credenziali|credentials) /;
const WHICH_CREDENTIALS =
  / (?:che|quale|quali|qual|what|which|same|stess[aoie]|quell[aoie]|is the|is it|e la|e il|e l|sono|metto|mettere|use|goes|uguale|uguali|diversa|diverso|different|intero|completo|tutto|solo|full|whole|only) /;
const ANY_LINE = anyOf(
  lines(String.raw`
  (?:qualsiasi|qualunque|ogni|any|every|another|other|altro|altra|altri|diverso|diversa|different) (?:\w+ ){0,2}(?:linea|line|rete|network|connessione|connection|provider|operatore|isp|gestore|internet)
  (?:non e|isn t|not|non|other than) (?:\w+ ){0,1}(?:di |from |by )?halnet|solo (?:con|dalla|da) (?:la )?(?:vostra|halnet)|only (?:with|on|from) (?:your|halnet)
  rete mobile|mobile network|abroad|all estero
  (?:cambio|cambiare|cambiando|change|changing|switch|switching) (?:\w+ ){0,1}(?:provider|operatore|gestore|isp|linea|line|internet|connessione|connection)
  tim|vodafone|fastweb|wind|windtre|iliad|tiscali|telecom|eolo|starlink|ho mobile|kena|verizon|comcast|bt|sky wifi
`),
);
const PORT =
  / (?:porta|porte|port|ports) | (?:la|the|con la|sulla|with) (?:587|465|25|2525|110|995|143|993) /;
const PORT_CHOICE = / (?:587|465|25) (?:o|or|oppure|vs) (?:la |the )?(?:587|465|25) /;
const PORT_SHAPE = anyOf(
  lines(String.raw`
  che porta|(?:quale|qual|quali|what|which|numero|number) (?:\w+ ){0,3}(?:porta|porte|port|ports)|(?:porta|port) (?:\w+ ){0,4}(?:quale|qual|which|what)
  (?:devo|dovrei|posso|should i|can i|do i|shall i|serve) (?:\w+ ){0,4}(?:porta|port)|(?:porta|port) (?:\w+ ){0,4}(?:devo|dovrei|posso|should i|can i|do i)
  (?:giusto|giusta|corretto|corretta|vero|right|correct|va bene|ok|okay)
`),
);
const SERVER = / (?:server|smtp|host|hostname) /;
const SERVER_SHAPE =
  / (?:che |(?:quale|qual|quali|what|whats|which|nome|name) (?:\w+ ){0,5})(?:server|smtp|host|hostname) | (?:server|smtp|host)(?: \w+){0,4} (?:qual|quale|name)(?: |$)/;
const HOST =
  /\b(?:smtp|smpt|stmp|mail|pop|pop3|imap)\.[a-z0-9.-]+|\b(?:[a-z0-9-]+\.)?(?:hln|halnet)\.[a-z]{2,3}\b/;
// Words asking to confirm a value: "smtp.hln.it giusto?", "smtp.halnet.it o smtp.hln.it?".
const CONFIRM =
  / (?:giusto|giusta|vero|corretto|corretta|right|correct|ok|okay|va bene|is it|is that|o|or|oppure|esatto|confermate|confirm) /;
const SETTINGS = / (?:impostazioni|settings|parametri|dati|configurazione) /;
const SHORT_WORDS = 8;
const CONFIRM_WORDS = 12;

/** The direct question the text asks, if any. */
export function detectQuestion({ phrase, folded, words }: NormalisedText): QuickQuestion | null {
  const asked =
    folded.includes('?') ||
    ASK_START.test(phrase) ||
    INDIRECT.test(phrase) ||
    (words.length <= CONFIRM_WORDS && CONFIRM_END.test(folded));
  const choice = SSL_OR_TLS.test(phrase) || PORT_CHOICE.test(phrase);
  if (!asked && !choice) return null;
  const howTo = HOW_TO.test(phrase);
  if (SPA.test(phrase) && asked) return 'spa';
  if (!howTo && (SSL_OR_TLS.test(phrase) || (asked && PORT_WITH_TLS.test(phrase)))) return 'ssl-or-tls';
  if (!asked) return PORT_CHOICE.test(phrase) ? 'port' : null;
  if (CERTIFICATE.test(phrase) && (WHERE.test(phrase) || MUST_INSTALL.test(phrase))) return 'certificate';
  if (
    CREDENTIALS.test(phrase) &&
    (WHICH_CREDENTIALS.test(phrase) || words.length <= 4) &&
    !PROBLEM.test(phrase)
  ) {
    return 'credentials';
  }
  if (ANY_LINE.test(phrase)) return 'any-line';
  if (howTo) return null;
  if (PORT_CHOICE.test(phrase)) return 'port';
  if (PORT.test(phrase) && (PORT_SHAPE.test(phrase) || words.length <= SHORT_WORDS)) return 'port';
  if (SERVER.test(phrase) && (SERVER_SHAPE.test(phrase) || (words.length <= 5 && folded.includes('?')))) {
    return 'server';
  }
  if (HOST.test(folded) && !SETTINGS.test(phrase) && (CONFIRM.test(phrase) || words.length <= SHORT_WORDS)) {
    return 'server';
  }
  if (ENCRYPTION.test(phrase) && NEED.test(phrase)) return 'encryption';
  return null;
}
