// Outlook Express 6, from Halnet's manual. Italian labels verbatim from the manual; English
// labels are those of the English Outlook Express 6 (Windows XP).
import type { ClientGuideInput } from '../schema';
import {
  downloadCa,
  installCaFirst,
  manualNotPort25,
  tlsOn587OrSslOn465,
  windowsCaDoubleClick,
  windowsCaWizard,
} from './common-steps';

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
        manualNotPort25.it,
        tlsOn587OrSslOn465.it,
        close.it,
      ],
      en: [
        openAccount.en,
        'Open the "Advanced" tab and, under "Server Port Numbers", set "Outgoing mail (SMTP)" to **587**.',
        manualNotPort25.en,
        tlsOn587OrSslOn465.en,
        close.en,
      ],
    },
    encryption: {
      it: [
        installCaFirst.it,
        openAccount.it,
        'Aprire la scheda "Impostazioni avanzate". Sotto alla voce "Posta in uscita (SMTP)" abilitare la casella "il server necessita di una connessione protetta (SSL)".',
        'Lasciare la porta **587**: nonostante la dicitura "SSL", su questa porta Outlook Express usa TLS (STARTTLS). Se si preferisce, impostare invece la porta **465**, dove userà SSL. I due protocolli sono equivalenti in termini di sicurezza.',
        close.it,
      ],
      en: [
        installCaFirst.en,
        openAccount.en,
        'Open the "Advanced" tab. Under "Outgoing mail (SMTP)" tick "This server requires a secure connection (SSL)".',
        'Keep port **587**: despite the "SSL" label, on this port Outlook Express uses TLS (STARTTLS). If you prefer, set port **465** instead, where it uses SSL. Both are equally secure.',
        close.en,
      ],
    },
    'ca-certificate': {
      it: [downloadCa.it, windowsCaDoubleClick.it, windowsCaWizard.it],
      en: [downloadCa.en, windowsCaDoubleClick.en, windowsCaWizard.en],
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
