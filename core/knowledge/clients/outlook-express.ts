// Outlook Express 6, from Halnet's manual. Italian labels verbatim from the manual; English
// labels are those of the English Outlook Express 6 (Windows XP).
import type { ClientGuideInput } from '../schema';

const openAccount = {
  it: 'Andare nel menù **Strumenti / Account**, selezionare con un click singolo l\'account di posta per cui si desidera mandare la posta tramite il server SMTP di Halnet e premere sul tasto "Proprietà".',
  en: 'Open the **Tools > Accounts** menu, click once on the mail account that should send its mail through Halnet\'s SMTP server and click "Properties".',
};
const close = {
  it: 'Premere sul tasto "OK" e chiudere la finestra degli account.',
  en: 'Click "OK" and close the Internet Accounts window.',
};

export const outlookExpressGuide: ClientGuideInput = {
  id: 'outlook-express',
  name: { it: 'Outlook Express 6', en: 'Outlook Express 6' },
  fromManual: true,
  covers: { it: 'Outlook Express 6 (Windows XP)', en: 'Outlook Express 6 (Windows XP)' },
  topics: {
    server: {
      it: [
        openAccount.it,
        'Aprire la scheda "Server" e inserire nella voce "Posta in uscita (SMTP)" la stringa `smtp.hln.it`.',
        'La voce della posta in arrivo (POP3) resta `mail.hln.it`.',
        close.it,
      ],
      en: [
        openAccount.en,
        'Open the "Servers" tab and type `smtp.hln.it` in "Outgoing mail (SMTP)".',
        'The incoming mail (POP3) server stays `mail.hln.it`.',
        close.en,
      ],
    },
    authentication: {
      it: [
        openAccount.it,
        'Nella scheda "Server", in basso, nel riquadro "Server della posta in uscita", abilitare la casella "Autenticazione del server necessaria".',
        'Premere sul pulsante "Impostazioni", attivare l\'opzione "Accedi come" e inserire le credenziali username/password fornite per il servizio SMTP (non quelle della casella di posta, se sono diverse).',
        "Lasciare disattivata l'autenticazione password di protezione (SPA): il server SMTP di Halnet non la usa.",
        'Premere il tasto "OK", poi di nuovo "OK" e chiudere la finestra degli account.',
      ],
      en: [
        openAccount.en,
        'On the "Servers" tab, in the "Outgoing Mail Server" box at the bottom, tick "My server requires authentication".',
        'Click the "Settings" button, choose "Log on using" and enter the user name and password given for the SMTP service (not your mailbox\'s, if they differ).',
        'Leave "Log on using Secure Password Authentication" (SPA) unticked: Halnet\'s SMTP server does not use it.',
        'Click "OK", then "OK" again, and close the Internet Accounts window.',
      ],
    },
    port: {
      it: [
        openAccount.it,
        'Andare nella scheda "Impostazioni avanzate" e impostare la porta **587** per la posta in uscita, nella casella "Posta in uscita (SMTP)".',
        'Non lasciare la porta 25: non tutti i provider la lasciano aperta in uscita (serve per ostacolare lo spam), e il server di Halnet può segnalare come spam la posta inviata sulla 25, che non dovrebbe essere usata dai client. Gli standard per la posta in uscita indicano la porta 587.',
        'Sulla porta 587 la crittografia usa TLS (STARTTLS); in alternativa si può usare la porta 465 con SSL (vedi "Attivazione della crittografia").',
        close.it,
      ],
      en: [
        openAccount.en,
        'Open the "Advanced" tab and, under "Server Port Numbers", set "Outgoing mail (SMTP)" to **587**.',
        "Do not keep port 25: many providers block it (to hinder spam), and Halnet's server may flag mail sent on port 25 as spam, since mail programs should not use it. The standards set port 587 for outgoing mail.",
        'On port 587 encryption uses TLS (STARTTLS); alternatively you can use port 465 with SSL (see "Turn on encryption").',
        close.en,
      ],
    },
    encryption: {
      it: [
        'Prima installare il certificato principale di Halnet (vedi "Certificato di Halnet").',
        openAccount.it,
        'Aprire la scheda "Impostazioni avanzate". Sotto alla voce "Posta in uscita (SMTP)" abilitare la casella "il server necessita di una connessione protetta (SSL)".',
        'Lasciare la porta **587**: nonostante la dicitura "SSL", su questa porta Outlook Express usa TLS (STARTTLS). Se si preferisce, impostare invece la porta **465**, dove userà SSL. I due protocolli sono equivalenti in termini di sicurezza.',
        close.it,
      ],
      en: [
        'First install Halnet\'s root certificate (see "Halnet\'s certificate").',
        openAccount.en,
        'Open the "Advanced" tab. Under "Outgoing mail (SMTP)" tick "This server requires a secure connection (SSL)".',
        'Keep port **587**: despite the "SSL" label, on this port Outlook Express uses TLS (STARTTLS). If you prefer, set port **465** instead, where it uses SSL. Both are equally secure.',
        close.en,
      ],
    },
    'ca-certificate': {
      it: [
        'Scaricare il certificato principale della Halnet: <http://www.hln.it/file/cacert.crt>.',
        'Effettuare un doppio click sul file scaricato e premere sul tasto "Installa certificato".',
        'Andare avanti con il wizard fino al termine, quando apparirà il messaggio di importazione terminata.',
      ],
      en: [
        "Download Halnet's root certificate: <http://www.hln.it/file/cacert.crt>.",
        'Double-click the downloaded file and click "Install Certificate".',
        'Go through the Certificate Import Wizard to the end, until the message "The import was successful." appears.',
      ],
    },
  },
  cautions: [
    {
      it: 'Outlook Express conosce solo TLS 1.0: se con la crittografia attiva l\'invio fallisce (errore 0x800CCC1A), disattivare la casella "il server necessita di una connessione protetta (SSL)" lasciando la porta 587 con l\'autenticazione, oppure passare a un programma di posta recente.',
      en: 'Outlook Express only speaks TLS 1.0: if sending fails with encryption on (error 0x800CCC1A), untick "This server requires a secure connection (SSL)", keeping port 587 and authentication, or move to a current mail program.',
    },
  ],
  corrections: [
    'The manual tells to tick the "SSL" box while keeping port 587, which it calls SMTP+TLS, without explaining the mismatch: Outlook Express has no separate TLS option; with that box ticked it negotiates STARTTLS on 587 and uses SSL from the first byte only on 465. The encryption steps say so explicitly.',
    'The manual writes the tab as "impostazioni avanzate" in its encryption section; the tab\'s label is "Impostazioni avanzate", as in its first section.',
  ],
};
