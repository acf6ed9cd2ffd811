// The facts of Halnet's authenticated SMTP service, from Halnet's manual ("Manuale servizio
// SMTP autenticato"), and short explanations of why each setting is what it is. Every client
// guide and every answer states these same facts; this is the one place they are written.
import type { ServiceFacts, ServiceNotes } from './schema';

export const SERVICE_FACTS_DATA = {
  outgoingHost: 'smtp.hln.it',
  incomingPop3Host: 'mail.hln.it',
  // The manual names the POP3 host only: POP3's standard port, no encryption, as its screens show.
  incomingPop3Port: 110,
  // SMTP + STARTTLS (the manual's "SMTP+TLS"): the recommended setting.
  submissionPort: 587,
  // SMTP over SSL (implicit TLS from the first byte): the equivalent alternative.
  implicitTlsPort: 465,
  // Discouraged: many providers block it and mail sent through it may be flagged as spam.
  legacyPort: 25,
  caCertificateUrl: 'http://www.hln.it/file/cacert.crt',
  authenticationRequired: true,
} as const satisfies ServiceFacts;

export const SERVICE_NOTES_DATA = {
  'why-587': {
    it: 'La porta 587 è quella che gli standard indicano per la posta in uscita dei client: non tutti i provider lasciano aperta la porta 25 in uscita (serve per ostacolare lo spam), la 587 invece funziona da qualsiasi linea. Sulla 587 la crittografia si attiva con TLS (STARTTLS).',
    en: 'Port 587 is the port the standards set aside for mail sent by mail programs: not every provider leaves port 25 open (blocking it hinders spam), while 587 works from any line. On 587 encryption is turned on with TLS (STARTTLS).',
  },
  'port-465': {
    it: 'In alternativa alla 587 si può usare la porta 465, con crittografia SSL attiva fin dall’inizio della connessione. TLS sulla 587 e SSL sulla 465 sono equivalenti in termini di sicurezza.',
    en: 'Instead of 587 you can use port 465, where SSL encryption starts with the connection. TLS on 587 and SSL on 465 are equally secure.',
  },
  'why-not-25': {
    it: 'Non usare la porta 25: molti provider la bloccano in uscita, e la posta inviata da un client sulla 25 può essere segnalata come spam dal server di Halnet, perché quella porta non dovrebbe essere usata dai client.',
    en: 'Do not use port 25: many providers block it, and mail a mail program sends on port 25 may be flagged as spam by Halnet’s server, because that port is not meant for mail programs.',
  },
  authentication: {
    it: 'Il server `smtp.hln.it` accetta messaggi da qualsiasi linea, ma solo con autenticazione: nome utente e password sono quelli forniti per il servizio SMTP, che possono essere diversi da quelli della casella di posta.',
    en: '`smtp.hln.it` accepts mail from any line, but only after you sign in: the user name and password are the ones given for the SMTP service, which may differ from your mailbox’s.',
  },
  'ca-certificate': {
    it: 'Per la crittografia serve il certificato principale di Halnet (http://www.hln.it/file/cacert.crt): il certificato di `smtp.hln.it` è firmato da Halnet, e il programma di posta lo riconosce solo dopo aver installato questo certificato.',
    en: 'Encryption needs Halnet’s root certificate (http://www.hln.it/file/cacert.crt): `smtp.hln.it`’s certificate is signed by Halnet, and your mail program trusts it only once this certificate is installed.',
  },
  'encryption-cost': {
    it: 'La crittografia dà più sicurezza, ma comporta un maggior scambio di informazioni e quindi un invio un po’ più lento: è normale.',
    en: 'Encryption is more secure, but it exchanges more data with the server, so sending is a little slower: that is normal.',
  },
  'provider-smtp-own-line': {
    it: 'Il server SMTP del proprio provider (Alice, Libero, Tiscali, ...) funziona solo quando si è collegati con la linea di quel provider. Chi si collega da linee diverse (portatile, ufficio, hotel) può usare sempre l’SMTP autenticato di Halnet, `smtp.hln.it`, che funziona da qualsiasi linea.',
    en: 'Your internet provider’s own SMTP server only works while you are connected through that provider’s line. If you connect from different lines (laptop, office, hotel), use Halnet’s authenticated SMTP, `smtp.hln.it`, which works from any line.',
  },
  'incoming-pop3': {
    it: 'La posta in arrivo (POP3) resta su `mail.hln.it`: questa guida cambia solo la posta in uscita.',
    en: 'Incoming mail (POP3) stays on `mail.hln.it`: this guide only changes outgoing mail.',
  },
} as const satisfies ServiceNotes;
