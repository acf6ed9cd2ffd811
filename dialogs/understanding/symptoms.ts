// Recognises a symptom described in plain words, Italian or English: "non parte la posta",
// "mi chiede sempre la password", "finisce nello spam", "da casa funziona ma in ufficio no".
// Rules run on the normaliser's word phrase (accent-free, typos fixed, " word word "); the
// sharper symptoms are tried first, the vague "something is wrong" last.
import type { SymptomId } from '../../core/knowledge/ids';
import { anyOf, lines } from './phrase-pattern';

export const NOT = `(?:non|not|no|don t|doesn t|does not|can t|cannot|can not|won t|isn t|unable to|couldn t|could not|impossibile)`;
export const SEND = String.raw`(?:inviare|invio|inviar\w*|spedire|spedir\w*|mandare|mandar\w*|send|sending|sent|inoltrare)`;

const SPAM = anyOf(
  lines(String.raw`
  spam|spammer|antispam|junk\w*|blacklist\w*|black list|blocklist|spamhaus
  posta indesiderata|indesiderat\w*|lista nera|liste nere
`),
);
const CERTIFICATE = anyOf(
  lines(`
  certificat[oie]|certificate|certificates|cert|certif|cacert|ca cert|lucchetto
  identita del server|server identity|server identita|verify server identity|non attendibile|not trusted|untrusted
  avviso di protezione|avviso di sicurezza|security alert|security warning|eccezione di sicurezza|security exception
`),
);
// "posta certificata" (PEC) is a kind of mailbox, not a certificate problem.
// The normaliser may already have turned "certificata" into "certificato".
const PEC = / (?:pec|posta (?:elettronica )?certificat[ao]) /;
const AUTH = anyOf(
  lines(String.raw`
  password|passwords|pass|psw|pwd|pswd|passwd|pw|accesso negato|(?<!relay )access denied|login failed|logon failed|credenziali|credentials|username|user name|nome utente|login|log in|log on|accedi come
  autenticazione (?:non|fallita|errata|sbagliata|rifiutata)|authentication (?:fail\w*|error|problem)
  (?:errore|errori|problema|problemi) (?:di |d |con l |con |nell )?autenticazione
  autenticar\w*|authenticate|non mi (?:riconosce|autentica)
`),
);
const RELAY = anyOf(
  lines(String.raw`
  relay|relaying|inoltro|respint\w*|non consentit\w*|not permitted|not allowed to send|non autorizzat\w*|not authori[sz]ed
  rifiut\w* (?:il |i |le |gli |dal )?(?:destinatari\w*|server|mail|email|messaggi|indirizzi|mittente)
  destinatari\w* (?:e |sono )?(?:stat\w* )?rifiutat\w*|recipients? (?:was |were |is )?rejected|rejected|rifiutat\w*
  destinatari esterni|indirizzi esterni|external (?:recipients|addresses)
  (?:solo|only) (?:\w+ ){0,3}(?:a|ad|ai|agli|alle|to|verso) (?:\w+ ){0,2}(?:interni|internal|colleghi|colleagues|stesso dominio|same domain|mio dominio|my domain|halnet)
`),
);
const PLACE = anyOf(
  lines(`
  casa|home|ufficio|office|lavoro|at work|from work|sede|studio|negozio|cliente|clienti|customer|customers|site
  hotel|albergo|viaggio|travel|trasferta|vacanza|holiday|treno|aeroporto|airport|bar|biblioteca|library|universita
  hotspot|tethering|chiavetta|4g|5g|wifi|router|fibra|adsl|fuori|altrove|elsewhere|road|mare|montagna
`),
);
// The trailing space is a lookahead so that adjacent places ("casa ufficio") are both counted.
const PLACES = new RegExp(`${PLACE.source.slice(0, -1)}(?= )`, 'g');
const MOBILITY = anyOf(
  lines(String.raw`
  fuori casa|away from home|in vacanza|in ferie|on holiday|on vacation|in viaggio|quando viaggio|quando sono (?:in giro|fuori|in trasferta|via)|in trasferta
  when i (?:travel|am away|m away|am on the road)|travell?ing|hotspot|tethering|chiavetta|hotel|albergo
  altra rete|altre reti|rete diversa|different network|another network|other networks?|altra connessione|another connection
  cambio (?:rete|connessione)|connessione del (?:telefono|cellulare)|rete di casa
  casa (?:di|del|della|dei|degli) \w+|(?:friend|friends|mother|mum|mom|parents|someone) s (?:house|home|place)
  (?:solo|only) (?:\w+ ){0,6}(?:casa|home)|only works at home|(?:casa|home) (?:\w+ ){0,2}(?:only|soltanto)
  (?:suo|sua|loro|their|his|her|altro|other|another|public|pubblic\w*|someone s|friend s) (?:wifi|wi fi|rete|network)
  (?:wifi|wi fi) (?:di|del|della|dei|degli|dell|of|at|pubblic\w*)
`),
);
// Checked before relay: "la connessione è stata rifiutata" is a refused connection, not a refused recipient.
const REFUSED = anyOf(
  lines(String.raw`
  connessione (?:al server )?(?:e stata |viene |e )?(?:rifiutata|interrotta|chiusa|fallita|non (?:e )?riuscita)
  connection (?:to (?:the )?(?:\w+ ){0,2}server )?(?:was |is |has been )?(?:refused|interrupted|lost|dropped|closed|reset|failed)
  (?:refused|rejected|dropped|closed|rifiutato|chiuso|interrotto) (?:the |la )?(?:connection|connessione)
`),
);
const TIMEOUT = anyOf(
  lines(String.raw`
  timeout|timeouts|time out|timed out|timing out|times out|scadut[oa]|tempo scaduto
  (?:non|nn) risponde|not responding|doesn t respond|does not respond|no response|nessuna risposta|non raggiungibile|irraggiungibile|unreachable|not reachable
  errore (?:di |della )?(?:connessione|rete)|connection error|network error|errori di connessione
  server(?: (?!utente|user|destinatari|recipient|mittente|sender)\w+){0,4} (?:sconosciuto|unknown|not found|non trovato|inesistente)
  non si (?:connette|collega|connettono)|connessione (?:fallita|rifiutata|non riuscita|interrotta)
  connection (?:failed|refused|timed out|lost)|server non trovato|non trova il server|server not found|can t find the server|cannot find the server
  ${NOT} (?:\w+ ){0,2}(?:connect|connettersi|collegarsi|connettere|collegare|raggiungere il server|reach the server)
  (?:porta|port) \d+ (?:\w+ ){0,2}(?:bloccat\w*|blocked|chiusa|closed|filtrat\w*)|blocc\w* (?:\w+ ){0,2}(?:porta|port) \d+|block\w* (?:\w+ ){0,2}(?:port )?25
`),
);
const ENCRYPTION = anyOf(
  lines(String.raw`
  ssl|tls|starttls|crittograf\w*|cifra\w*|critt\w*|cript\w*|encrypt\w*|encryption|protett[ao]|secure|sicura|sicuro
`),
);
// Words that show something is broken, as opposed to a wish ("vorrei cifrare").
const BROKEN = anyOf(
  lines(String.raw`
  errore|errori|error|errors|problema|problemi|problem|issue|fallit\w*|fails?|failed|failing|smesso|stopped
  piu|anymore|not working|doesn t work|don t work|broke|broken|da quando|since i|ever since|avviso|warning|messaggio
  non (?:va|funziona|parte|invia|spedisce|partono|riesco)|nothing works|not support|non supporta|doesn t support|does not support|supportat\w*|unsupported|not supported
`),
);
const PORT_MIX = / (?:465\b.*\b(?:starttls|tls)|(?:starttls|tls)\b.*\b465|587\b.*\bssl|ssl\b.*\b587) /;
const SLOW = anyOf(
  lines(String.raw`
  lent[oaie]|lentissim\w*|lentezza|rallentat\w*|slow|slowly|slower|eternita|un secolo|una vita
  ci (?:mette|impiega|vuole|mettono|impiegano) (?:\w+ ){0,2}(?:troppo|tanto|molto|tantissimo|moltissimo|tempo|un sacco|una vita|un secolo|ore|minuti|parecchio)
  (?:takes|taking|take|took) (?:\w+ ){0,2}(?:ages|forever|hours|so long|long|a long time|minutes|several minutes)|take forever|tanto tempo|minuti per|minutes to|for ages|for hours|per ore
  (?:dopo|after) (?:\w+ ){0,2}(?:minuti|ore|mezz ora|un ora|minutes|hours|an hour|half an hour)
`),
);
// Concrete signs that the program cannot hand the message to the server: it stays in the
// outbox, or mail comes in while nothing goes out. A bare "non parte" / "can't send" is not
// one of them: it is vague (see vague.ts) and the dialog asks what happens.
const STUCK = anyOf(
  lines(String.raw`
  (?:resta|restano|rimane|rimangono|ferm[aoei]|bloccat[aoei]|bloccano|blocca|ancora|stanno|sta|stuck|sit|sits|sitting)(?: \w+){0,3} (?:(?:in|nella|nelle|nel|into|the) )?(?:posta )?(?:in uscita|outbox)
  outbox|posta in uscita (?:piena|bloccata)|(?:mail|email|emails|messages|messaggi) (?:\w+ ){0,2}(?:stuck|ferm[aei])|account (?:is )?offline|offline account
  server (?:potrebbe non essere|may be|might be) (?:disponibile|unavailable)|server non (?:e )?disponibile|server (?:is )?unavailable
`),
);
// A new line or router: the new provider may block or filter the way out.
const NEW_NETWORK =
  / (?:cambiat\w*|changed|changing|new|nuov[oa]) (?:\w+ ){0,2}(?:provider|operatore|gestore|isp|router|modem|internet provider|linea internet|connessione internet) /;
// Receiving works while sending does not: the outgoing (SMTP) side alone is unreachable.
const RECEIVE_ONLY = anyOf(
  lines(String.raw`
  ricev\w* (?:\w+ ){0,3}(?:ma|pero|mentre) (?:\w+ ){0,3}(?:non|no)|(?:non|no) (?:\w+ ){0,4}(?:ma|pero|mentre) (?:\w+ ){0,2}ricev\w*
  ricev\w* (?:\w+ ){0,3}(?:si|normalmente|senza problemi|tutto|bene)|(?:le )?ricevo (?:pero|invece)|ricevere (?:invece )?si
  (?:in arrivo|in entrata|ricezione) (?:\w+ ){0,2}(?:funziona|va|ok|si)|(?:arriva|arrivano|entra|entrano) ma non (?:parte|partono|esce|escono)
  receiv\w* (?:\w+ ){0,3}(?:works|is fine|fine|ok|okay|but)|(?:can|i can) receive|incoming (?:\w+ ){0,2}(?:works|ok|okay|fine|is fine)
  (?:not|can t|cannot|don t|doesn t) (?:\w+ ){0,3}(?:but|while) (?:\w+ ){0,2}receiv\w*|(?:can|i can) (?:get|receive) (?:\w+ ){0,2}but
  (?:get|getting|receive|receiving) (?:\w+ ){0,2}(?:fine |ok |okay )?but (?:\w+ ){0,2}(?:not|can t|cannot|won t|doesn t|don t)
`),
);
const SETUP = anyOf(
  lines(String.raw`
  configur\w*|impost\w*|setup|set up|settare|settaggi|setting up|parametri|settings|istruzioni|instructions|guida|manuale|manual
  come (?:si )?(?:fa|faccio|mett\w*|configur\w*|impost\w*|aggiung\w*|inserisc\w*|attiv\w*)
  mettere (?:\w+ ){0,2}(?:posta|server|account|smtp|mail|porta)|dove (?:si mette|si trova|metto|trovo|inserisco)
  how (?:do i|to|can i|should i) (?:set|add|configure|put|enter|connect)
  where (?:to|do i|should i|can i) (?:put|set|enter|add|type)|dove (?:mettere|inserire|scrivere)
  dati (?:\w+ ){0,3}(?:server|smtp|account|posta)|serv\w* (?:i |le )?(?:dati|parametri|impostazioni)
  da dove (?:comincio|parto|inizio)|where do i (?:start|begin)|abbonat\w*|iscritt\w*|subscribed|signed up
  add (?:\w+ ){0,2}account|aggiung\w* (?:\w+ ){0,2}account
  nuovo account|aggiungere (?:un )?account|aggiungi account|add (?:an |my |the )?(?:email )?account|new account
  prima volta|first time|installare|primo utilizzo|dati (?:del server|da mettere|da inserire)|quali (?:sono i )?dati
  nuovo (?:pc|computer|portatile|telefono|cellulare|iphone|mac)|new (?:pc|computer|laptop|phone|iphone|mac)
  appena (?:attivato|comprato|acquistato|sottoscritto)|just (?:bought|subscribed|activated|signed up)|attivato il servizio
`),
);
// A wish to use the service with no trouble mentioned: "vorrei mandare la posta dal tablet".
const WISH =
  / (?:vorrei|voglio|volevo|desidero|would like to|i d like to|want to|need to|devo) (?:\w+ ){0,4}(?:mandare|inviare|spedire|usare|leggere|ricevere|send|use|read|get) /;
// Not wanting passwords "in chiaro" is a wish for encryption, not an authentication failure.
const CLEARTEXT =
  / (?:in chiaro|in testo semplice|in the clear|cleartext|clear text|plain text|intercett\w*|sniff\w*) /;
// Concrete problems that are not the SMTP service's (bounces, mail not received, a full
// mailbox) or an error the customer mentions without quoting it: the dialog asks for it.
const UNKNOWN = anyOf(
  lines(String.raw`
  errore|errori|error|errors|guasto|strano|strana|weird|finestra di errore|numero (?:lunghissimo|lungo|strano)
  bounc\w*|mailer daemon|delivery subsystem|delivery status notification|address not found|indirizzo non trovato|undelivered|undeliverable|non recapitabil\w*|tornano indietro|torna indietro|tornata indietro|come back|bounced back
  non esiste|does not exist|doesn t exist|user unknown|utente sconosciuto|indirizzo (?:inesistente|sbagliato)
  casella (?:piena|inesistente)|mailbox (?:full|unavailable)|sincronizz\w*|sync\w*
  non (?:mi )?arriva\w*|non ricevo|can t receive|cannot receive|not receiving
  non (?:le )?(?:riceve|ricevono)|(?:doesn t|don t|didn t|never) (?:receive|get|arrive)|never arrived?
`),
);

export const MAIL_NOUN =
  / (?:posta|mail|email|emails|mails|e mail|messaggi|messaggio|invio|server|smtp|account|outlook|thunderbird) /;

function worksInOnePlaceOnly(phrase: string): boolean {
  if (MOBILITY.test(phrase)) return true;
  const places = new Set(phrase.match(PLACES)?.map((place) => place.trim()));
  return places.size >= 2;
}

function encryptionSymptom(phrase: string): SymptomId | null {
  if (PORT_MIX.test(phrase)) return 'tls-mismatch';
  if (!ENCRYPTION.test(phrase)) return null;
  return BROKEN.test(phrase) ? 'tls-mismatch' : 'wants-encryption';
}

/** The symptom the words describe, or null when the text describes none. */
export function detectSymptom(phrase: string): SymptomId | null {
  if (SPAM.test(phrase)) return 'flagged-as-spam';
  if (worksInOnePlaceOnly(phrase)) return 'works-only-at-home';
  if (CERTIFICATE.test(phrase) && !PEC.test(phrase)) return 'certificate-warning';
  if (CLEARTEXT.test(phrase) && !BROKEN.test(phrase)) return 'wants-encryption';
  if (AUTH.test(phrase)) return 'auth-failed';
  if (REFUSED.test(phrase)) return 'cannot-connect';
  if (RELAY.test(phrase)) return 'relay-denied';
  if (TIMEOUT.test(phrase)) return 'cannot-connect';
  const encryption = encryptionSymptom(phrase);
  if (encryption === 'tls-mismatch') return encryption;
  if (SLOW.test(phrase)) return 'slow-sending';
  if (encryption) return encryption;
  if (STUCK.test(phrase) || RECEIVE_ONLY.test(phrase) || NEW_NETWORK.test(phrase)) return 'cannot-connect';
  if (SETUP.test(phrase)) return 'first-setup';
  if (UNKNOWN.test(phrase)) return 'unknown';
  if (WISH.test(phrase) && MAIL_NOUN.test(phrase)) return 'first-setup';
  return null;
}
