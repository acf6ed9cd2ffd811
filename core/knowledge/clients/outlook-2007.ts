// Outlook 2007, from Halnet's manual. Italian labels verbatim from the manual; English labels
// are those of the English Outlook 2007. The manual's path stays: the setup leaves "Nessuna"
// as encryption, and encryption is its own step ("TLS" with 587 or "SSL" with 465).
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

export const outlook2007Guide: ClientGuideInput = {
  id: 'outlook-2007',
  name: { it: 'Outlook 2007', en: 'Outlook 2007' },
  fromManual: true,
  walk: [
    { for: ['ca-certificate'], ...downloadCa },
    { for: ['ca-certificate'], ...windowsCaDoubleClick },
    { for: ['ca-certificate'], ...windowsCaWizard },
    {
      for: ACCOUNT,
      it: 'Menù **Strumenti / Impostazioni account**: selezionare con un click singolo l\'account di posta e premere "Cambia".',
      en: 'Open the **Tools > Account Settings** menu, click once on the mail account and click "Change".',
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
      for: ['port'],
      it: 'Senza crittografia, nel menù "Utilizzare il tipo di connessione crittografata seguente:" lasciare "Nessuna".',
      en: 'Without encryption, leave "None" in "Use the following type of encrypted connection:".',
    },
    {
      for: ['encryption'],
      it: 'Per la crittografia, nel menù "Utilizzare il tipo di connessione crittografata seguente:" scegliere "TLS" e lasciare la porta **587** (impostazione consigliata), oppure "SSL" e impostare la porta **465**.',
      en: 'For encryption, in "Use the following type of encrypted connection:" choose "TLS" and keep port **587** (recommended), or "SSL" and set port **465**.',
    },
    closeMoreSettings,
    {
      for: ACCOUNT,
      it: 'Premere "Avanti" per chiudere le impostazioni dell\'account, poi "Fine", e chiudere la finestra degli account.',
      en: 'Click "Next" to close the account settings, then "Finish", and close the Account Settings window.',
    },
  ],
  corrections: [
    'In the encryption section the manual writes "importare" where it means "impostare" (set) port 465; written as "impostare la porta 465".',
    'The manual\'s encryption section opens "Strumenti / Account di posta elettronica" and "Visualizza o cambia gli account di posta elettronica esistenti", which is Outlook 2003\'s path; Outlook 2007\'s menu is "Strumenti / Impostazioni account", as in the manual\'s own first section on Outlook 2007. Written with Outlook 2007\'s menu.',
    'The manual\'s Outlook 2007 heading writes "Impostazioni Account"; Outlook 2007\'s menu item is "Impostazioni account".',
    'Stray fragments not copied: a lone "finestra degli account." in the encryption section and its last sentence cut off at "per chiudere la"; typo "a aprire la scheda" (for "e aprire").',
  ],
};
