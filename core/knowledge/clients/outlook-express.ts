// Outlook Express 6, from Halnet's manual. Italian labels verbatim from the manual; English
// labels are those of the English Outlook Express 6 (Windows XP).
import type { ClientGuideInput } from '../schema';
import { downloadCa, windowsCaDoubleClick, windowsCaWizard } from './common-steps';

const openAccount = {
  it: 'Menù **Strumenti / Account**: selezionare con un click singolo l\'account di posta e premere "Proprietà".',
  en: 'Menu **Tools > Accounts**: click once on the mail account and click "Properties".',
};
const close = {
  it: 'Premere "OK" e chiudere la finestra degli account.',
  en: 'Click "OK" and close the Internet Accounts window.',
};

export const outlookExpressGuide: ClientGuideInput = {
  id: 'outlook-express',
  name: { it: 'Outlook Express 6', en: 'Outlook Express 6' },
  fromManual: true,
  covers: { it: 'Outlook Express 6 (Windows XP)', en: 'Outlook Express 6 (Windows XP)' },
  walk: [
    { for: ['ca-certificate'], ...downloadCa },
    { for: ['ca-certificate'], ...windowsCaDoubleClick },
    { for: ['ca-certificate'], ...windowsCaWizard },
    { for: ['server', 'authentication', 'port', 'encryption'], ...openAccount },
    {
      for: ['server'],
      it: 'Scheda "Server": nella voce "Posta in uscita (SMTP)" scrivere `smtp.hln.it` (la posta in arrivo resta `mail.hln.it`).',
      en: 'On the "Servers" tab type `smtp.hln.it` in "Outgoing mail (SMTP)" (incoming mail stays `mail.hln.it`).',
    },
    {
      for: ['authentication'],
      it: 'Scheda "Server", in basso nel riquadro "Server della posta in uscita": abilitare la casella "Autenticazione del server necessaria".',
      en: 'On the "Servers" tab, in the "Outgoing Mail Server" box at the bottom, tick "My server requires authentication".',
    },
    {
      for: ['authentication'],
      it: 'Premere "Impostazioni", attivare l\'opzione "Accedi come" e inserire username e password forniti per il servizio SMTP (non quelli della casella, se sono diversi).',
      en: 'Click "Settings", choose "Log on using" and enter the user name and password given for the SMTP service (not your mailbox\'s, if they differ).',
    },
    {
      for: ['authentication'],
      it: 'Lasciare disattivata l\'opzione SPA e premere "OK".',
      en: 'Leave SPA unticked and click "OK".',
    },
    {
      for: ['port', 'encryption'],
      it: 'Scheda "Impostazioni avanzate": impostare la porta **587** nella casella "Posta in uscita (SMTP)" (non la 25).',
      en: 'On the "Advanced" tab set "Outgoing mail (SMTP)" to **587** (not 25).',
    },
    {
      for: ['encryption'],
      it: 'Scheda "Impostazioni avanzate", sotto "Posta in uscita (SMTP)": abilitare la casella "il server necessita di una connessione protetta (SSL)". Sulla porta 587 Outlook Express usa così TLS (STARTTLS), sulla **465** SSL.',
      en: 'On the "Advanced" tab, under "Outgoing mail (SMTP)", tick "This server requires a secure connection (SSL)". On port 587 Outlook Express then uses TLS (STARTTLS), on **465** SSL.',
    },
    { for: ['server', 'authentication', 'port', 'encryption'], ...close },
  ],
  cautions: [
    {
      for: ['encryption'],
      it: 'Outlook Express conosce solo TLS 1.0: se con la crittografia attiva l\'invio fallisce (errore 0x800CCC1A), disattivare la casella "il server necessita di una connessione protetta (SSL)" lasciando la porta 587 con l\'autenticazione, oppure passare a un programma di posta recente.',
      en: 'Outlook Express only speaks TLS 1.0: if sending fails with encryption on (error 0x800CCC1A), untick "This server requires a secure connection (SSL)", keeping port 587 and authentication, or move to a current mail program.',
    },
  ],
  corrections: [
    'The manual tells to tick the "SSL" box while keeping port 587, which it calls SMTP+TLS, without explaining the mismatch: Outlook Express has no separate TLS option; with that box ticked it negotiates STARTTLS on 587 and uses SSL from the first byte only on 465. The encryption steps say so explicitly.',
    'The manual writes the tab as "impostazioni avanzate" in its encryption section; the tab\'s label is "Impostazioni avanzate", as in its first section.',
  ],
};
