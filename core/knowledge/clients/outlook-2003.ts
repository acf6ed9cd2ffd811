// Outlook 2003, from Halnet's manual. Italian labels verbatim from the manual; English labels
// are those of the English Outlook 2003. The manual's path stays: encryption is optional and
// turned on with the "SSL" box, which on port 587 means STARTTLS.
import type { TopicId } from '../ids';
import type { ClientGuideInput } from '../schema';
import { downloadCa, windowsCaDoubleClick, windowsCaWizard } from './common-steps';
import {
  advancedTabPort587,
  closeMoreSettings,
  leaveSpaOff,
  logOnUsingSmtpCredentials,
  openMoreSettings,
  outgoingServerAuthentication,
} from './outlook-more-settings';

/** Everything set in the account window, which is opened and closed once. */
const ACCOUNT: TopicId[] = ['server', 'authentication', 'port', 'encryption'];

export const outlook2003Guide: ClientGuideInput = {
  id: 'outlook-2003',
  name: { it: 'Outlook 2003', en: 'Outlook 2003' },
  fromManual: true,
  walk: [
    { for: ['ca-certificate'], ...downloadCa },
    { for: ['ca-certificate'], ...windowsCaDoubleClick },
    { for: ['ca-certificate'], ...windowsCaWizard },
    {
      for: ACCOUNT,
      it: 'Menù **Strumenti / Account di posta elettronica**: lasciare indicato "Visualizza o cambia gli account di posta elettronica esistenti" e premere "Avanti".',
      en: 'Open the **Tools > E-mail Accounts** menu, leave "View or change existing e-mail accounts" selected and click "Next".',
    },
    {
      for: ACCOUNT,
      it: 'Selezionare con un click singolo l\'account di posta e premere "Cambia".',
      en: 'Click once on the mail account and click "Change".',
    },
    {
      for: ['server'],
      it: 'Nella voce "Server posta in uscita (SMTP)" scrivere `smtp.hln.it` (la posta in arrivo resta `mail.hln.it`).',
      en: 'Type `smtp.hln.it` in "Outgoing mail server (SMTP)" (incoming mail stays `mail.hln.it`).',
    },
    openMoreSettings,
    outgoingServerAuthentication,
    logOnUsingSmtpCredentials,
    leaveSpaOff,
    advancedTabPort587,
    {
      for: ['encryption'],
      it: 'Scheda "Impostazioni avanzate": attivare la casella "il server richiede una connessione crittografata (SSL)". Nonostante la dicitura, sulla 587 Outlook usa TLS (STARTTLS); sulla **465** SSL.',
      en: 'On the "Advanced" tab tick "This server requires an encrypted connection (SSL)". Despite the label, on 587 Outlook uses TLS (STARTTLS); on **465** SSL.',
    },
    closeMoreSettings,
    {
      for: ACCOUNT,
      it: 'Premere "Avanti" per chiudere le impostazioni dell\'account e "Fine" per chiudere la finestra degli account.',
      en: 'Click "Next" to close the account settings, then "Finish" to close the E-mail Accounts window.',
    },
  ],
  corrections: [
    'The manual\'s last note on Outlook 2003 says "invece della comune porta 25 (in cui viene usato il protocollo SMTP+TLS)": port 25 is discouraged (often blocked, mail may be flagged as spam) and the TLS port is 587. Not copied; the steps say 587 with TLS or 465 with SSL, never 25.',
    'The manual tells to tick the "SSL" box while keeping port 587, which it calls SMTP+TLS: Outlook 2003 has no separate TLS option; with that box ticked it negotiates STARTTLS on 587 and uses SSL from the first byte only on 465. The encryption step says so explicitly.',
    'Typos not copied: "a aprire la scheda" (for "e aprire"), "fino al temine" (for "termine").',
  ],
};
