// Symptoms Postino can diagnose: for each, what the customer sees, why it happens, what fixes
// it, and which topics of the client's guide to show, in order. Causes and codes come from
// Halnet's manual and ../shared/research/smtp-diagnostics.md.
import type { SymptomId } from './ids';
import type { SymptomInput } from './schema';

export const SYMPTOMS_DATA: Record<SymptomId, SymptomInput> = {
  'first-setup': {
    id: 'first-setup',
    title: { it: 'Prima configurazione', en: 'First-time setup' },
    headline: {
      it: 'per inviare con Halnet servono tre cose: server `smtp.hln.it`, autenticazione e porta 587.',
      en: 'to send through Halnet you need three things: server `smtp.hln.it`, authentication and port 587.',
    },
    cause: {
      it: "Il programma di posta non è ancora configurato per inviare tramite l'SMTP autenticato di Halnet.",
      en: "The mail program is not yet set up to send through Halnet's authenticated SMTP.",
    },
    fix: {
      it: "Impostare il server in uscita `smtp.hln.it`, attivare l'autenticazione con le credenziali fornite per il servizio SMTP e impostare la porta **587**. La crittografia (TLS sulla 587 o SSL sulla 465) è facoltativa e richiede il certificato di Halnet.",
      en: "Set the outgoing server to `smtp.hln.it`, turn on authentication with the credentials given for the SMTP service and set port **587**. Encryption (TLS on 587 or SSL on 465) is optional and needs Halnet's certificate.",
    },
    topics: ['server', 'authentication', 'port'],
  },
  'cannot-connect': {
    id: 'cannot-connect',
    title: { it: 'Non si collega al server / tempo scaduto', en: 'Cannot connect / timeout' },
    headline: {
      it: 'il programma non raggiunge il server: di solito la porta 25 è bloccata dalla linea o il nome del server è scritto male.',
      en: 'your program cannot reach the server: usually the line blocks port 25 or the server name is misspelt.',
    },
    cause: {
      it: 'Di solito la porta 25 è bloccata dal provider della linea (per ostacolare lo spam), oppure il nome del server è scritto male (errori 0x800CCC0E, 0x800CCC0D, 0x800CCC19, 0x80042109, "connessione scaduta").',
      en: 'Usually the line\'s provider blocks port 25 (to hinder spam), or the server name is misspelt (errors 0x800CCC0E, 0x800CCC0D, 0x800CCC19, 0x80042109, "timed out").',
    },
    fix: {
      it: 'Scrivere il server esattamente `smtp.hln.it` e usare la porta **587** (con TLS/STARTTLS se si vuole la crittografia) oppure la **465** con SSL, mai la 25.',
      en: 'Type the server exactly as `smtp.hln.it` and use port **587** (with TLS/STARTTLS if you want encryption) or **465** with SSL, never 25.',
    },
    topics: ['server', 'port'],
  },
  'auth-failed': {
    id: 'auth-failed',
    title: {
      it: 'Autenticazione non riuscita / chiede sempre la password',
      en: 'Authentication fails / keeps asking for the password',
    },
    headline: {
      it: 'il programma non si sta autenticando con utente e password del servizio SMTP.',
      en: "your program is not signing in with the SMTP service's user name and password.",
    },
    cause: {
      it: "Il server risponde 535 (credenziali non valide): le credenziali inserite non sono quelle fornite per il servizio SMTP (spesso sono quelle della casella di posta), la password è sbagliata, oppure è attiva l'autenticazione password di protezione (SPA, errore 0x800CCC18).",
      en: "The server answers 535 (invalid credentials): the credentials entered are not the ones given for the SMTP service (often they are the mailbox's), the password is wrong, or Secure Password Authentication (SPA, error 0x800CCC18) is ticked.",
    },
    fix: {
      it: "Inserire nome utente e password forniti per il servizio SMTP (non quelli della casella di posta) e lasciare disattivata l'autenticazione password di protezione (SPA). Non scrivere la password in questa chat.",
      en: "Enter the user name and password given for the SMTP service (not the mailbox's) and leave Secure Password Authentication (SPA) unticked. Do not type your password in this chat.",
    },
    topics: ['authentication'],
  },
  'relay-denied': {
    id: 'relay-denied',
    title: { it: 'Destinatario rifiutato / inoltro negato', en: 'Recipient rejected / relay denied' },
    headline: {
      it: 'il programma invia senza autenticarsi, quindi il server rifiuta i destinatari.',
      en: 'your program sends without signing in, so the server rejects the recipients.',
    },
    cause: {
      it: 'Il server rifiuta i destinatari (550 o 554 "Inoltro negato", errore 0x800CCC79) perché il programma invia senza autenticarsi: l\'autenticazione non è attiva.',
      en: 'The server rejects the recipients (550 or 554 "relay access denied", error 0x800CCC79) because the mail program sends without signing in: authentication is off.',
    },
    fix: {
      it: "Attivare l'autenticazione del server in uscita con le credenziali fornite per il servizio SMTP.",
      en: 'Turn on authentication for the outgoing server, with the credentials given for the SMTP service.',
    },
    topics: ['authentication'],
  },
  'certificate-warning': {
    id: 'certificate-warning',
    title: { it: 'Avviso sul certificato', en: 'Certificate warning' },
    headline: {
      it: 'il programma non riconosce il certificato del server perché manca il certificato principale di Halnet.',
      en: "your program does not trust the server's certificate because Halnet's root certificate is missing.",
    },
    cause: {
      it: 'Il certificato principale di Halnet non è installato, quindi il certificato del server non risulta attendibile; oppure il server è scritto diversamente da `smtp.hln.it` e il nome non corrisponde al certificato (errore 0x800CCC01).',
      en: "Halnet's root certificate is not installed, so the server's certificate is not trusted; or the server is written differently from `smtp.hln.it` and the name does not match the certificate (error 0x800CCC01).",
    },
    fix: {
      it: 'Installare il certificato di Halnet (<http://www.hln.it/file/cacert.crt>) e scrivere il server esattamente `smtp.hln.it`.',
      en: "Install Halnet's certificate (<http://www.hln.it/file/cacert.crt>) and type the server exactly as `smtp.hln.it`.",
    },
    topics: ['ca-certificate', 'server'],
  },
  'tls-mismatch': {
    id: 'tls-mismatch',
    title: { it: 'Errore di connessione protetta (TLS/SSL)', en: 'Secure connection error (TLS/SSL)' },
    headline: {
      it: 'la crittografia non corrisponde alla porta: TLS (STARTTLS) va con la 587, SSL con la 465.',
      en: 'the encryption does not match the port: TLS (STARTTLS) goes with 587, SSL with 465.',
    },
    cause: {
      it: 'Il tipo di crittografia non corrisponde alla porta: STARTTLS/TLS sulla 465 oppure SSL sulla 587 (errore 0x800CCC1A, "wrong version number"). Outlook Express parla solo TLS 1.0 e può non riuscire a cifrare.',
      en: 'The kind of encryption does not match the port: STARTTLS/TLS on 465 or SSL on 587 (error 0x800CCC1A, "wrong version number"). Outlook Express only speaks TLS 1.0 and may fail to encrypt.',
    },
    fix: {
      it: 'Usare la porta **587** con TLS (STARTTLS) oppure la **465** con SSL.',
      en: 'Use port **587** with TLS (STARTTLS) or **465** with SSL.',
    },
    topics: ['port', 'encryption'],
  },
  'flagged-as-spam': {
    id: 'flagged-as-spam',
    title: { it: 'La posta inviata finisce nello spam', en: 'Sent mail is flagged as spam' },
    headline: {
      it: 'il programma invia sulla porta 25, e la posta inviata così può finire nello spam.',
      en: 'your program sends on port 25, and mail sent that way may end up as spam.',
    },
    cause: {
      it: 'Il programma invia sulla porta 25, che non dovrebbe essere usata dai client: il server di Halnet può segnalare come spam la posta inviata su quella porta.',
      en: "The mail program sends on port 25, which mail programs should not use: Halnet's server may flag mail sent on that port as spam.",
    },
    fix: {
      it: "Impostare la porta **587** (con TLS se si vuole la crittografia) oppure la **465** con SSL, con l'autenticazione attiva.",
      en: 'Set port **587** (with TLS if you want encryption) or **465** with SSL, with authentication on.',
    },
    topics: ['port', 'authentication'],
  },
  'wants-encryption': {
    id: 'wants-encryption',
    title: { it: 'Attivare la crittografia', en: 'Turn on encryption' },
    headline: {
      it: "per cifrare l'invio serve il certificato principale di Halnet, poi TLS sulla porta 587.",
      en: "to encrypt sending you need Halnet's root certificate, then TLS on port 587.",
    },
    cause: {
      it: 'Si vuole cifrare la comunicazione con il server SMTP: serve prima il certificato principale di Halnet.',
      en: "You want the connection to the SMTP server encrypted: that first needs Halnet's root certificate.",
    },
    fix: {
      it: "Installare il certificato di Halnet, poi attivare TLS (STARTTLS) sulla porta **587**, consigliata, oppure SSL sulla porta **465**. L'invio sarà un po' più lento: è normale.",
      en: "Install Halnet's certificate, then turn on TLS (STARTTLS) on port **587**, recommended, or SSL on port **465**. Sending will be a little slower: that is normal.",
    },
    topics: ['ca-certificate', 'encryption'],
  },
  'works-only-at-home': {
    id: 'works-only-at-home',
    title: { it: 'Funziona a casa ma non altrove', en: 'Works at home but not elsewhere' },
    headline: {
      it: 'il programma usa il server del provider di casa, che funziona solo da quella linea: `smtp.hln.it` va da tutte.',
      en: "your program uses your home provider's server, which only works from that line: `smtp.hln.it` works from any.",
    },
    cause: {
      it: 'Il programma usa il server SMTP del provider di casa, che funziona solo quando si è collegati con la linea di quel provider.',
      en: "The mail program uses the home provider's SMTP server, which only works while you are connected through that provider's line.",
    },
    fix: {
      it: "Usare l'SMTP autenticato di Halnet, `smtp.hln.it`, che funziona da qualsiasi linea: server `smtp.hln.it`, autenticazione con le credenziali fornite per il servizio SMTP, porta **587**.",
      en: "Use Halnet's authenticated SMTP, `smtp.hln.it`, which works from any line: server `smtp.hln.it`, authentication with the credentials given for the SMTP service, port **587**.",
    },
    topics: ['server', 'authentication', 'port'],
  },
  'slow-sending': {
    id: 'slow-sending',
    title: { it: 'Invio lento', en: 'Slow sending' },
    headline: {
      it: "con la crittografia un piccolo rallentamento è normale; se l'invio si blocca, di solito è la porta 25.",
      en: 'with encryption a small slowdown is normal; if sending hangs, it is usually port 25.',
    },
    cause: {
      it: "Con la crittografia attiva c'è un maggior scambio di informazioni con il server, quindi l'invio è un po' più lento.",
      en: 'With encryption on, more data is exchanged with the server, so sending is a little slower.',
    },
    fix: {
      it: "Un piccolo rallentamento è normale con la crittografia. Se l'invio resta in attesa a lungo o scade, controllare di usare la porta **587** (non la 25).",
      en: 'A small slowdown is normal with encryption. If sending hangs for long or times out, check that you use port **587** (not 25).',
    },
    topics: ['port'],
  },
  unknown: {
    id: 'unknown',
    title: { it: 'Altro problema', en: 'Another problem' },
    headline: {
      it: 'non ho ancora capito cosa succede.',
      en: 'I do not know yet what goes wrong.',
    },
    cause: {
      it: 'Dalla descrizione non si capisce ancora quale sia il problema.',
      en: 'The description does not yet show what the problem is.',
    },
    fix: {
      it: "Copiare e incollare il testo esatto del messaggio di errore (con il numero di errore, se c'è), oppure chiedere di parlare con un operatore.",
      en: 'Copy and paste the exact text of the error message (with the error number, if any), or ask to talk to a person.',
    },
    topics: [],
  },
};
