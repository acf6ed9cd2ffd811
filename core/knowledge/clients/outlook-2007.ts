// Outlook 2007, from Halnet's manual. Italian labels verbatim from the manual; English labels
// are those of the English Outlook 2007.
import type { ClientGuideInput } from '../schema';
import {
  downloadCa,
  installCaFirst,
  manualNotPort25,
  windowsCaDoubleClick,
  windowsCaWizard,
} from './common-steps';
import {
  advancedTabPort587,
  leaveSpaOff,
  logOnUsingSmtpCredentials,
  outgoingServerAuthentication,
} from './outlook-more-settings';

const openAccount = {
  it: 'Andare nel menù **Strumenti / Impostazioni account**, selezionare con un click singolo l\'account di posta per cui si desidera mandare la posta tramite il server SMTP di Halnet e premere sul tasto "Cambia".',
  en: 'Open the **Tools > Account Settings** menu, click once on the mail account that should send its mail through Halnet\'s SMTP server and click "Change".',
};
const close = {
  it: 'Premere il tasto "OK" per chiudere le altre impostazioni, premere il tasto "Avanti" per chiudere le impostazioni dell\'account e poi il tasto "Fine"; chiudere la finestra degli account.',
  en: 'Click "OK" to close More Settings, "Next" to close the account settings, then "Finish"; close the Account Settings window.',
};

export const outlook2007Guide: ClientGuideInput = {
  id: 'outlook-2007',
  name: { it: 'Outlook 2007', en: 'Outlook 2007' },
  fromManual: true,
  topics: {
    server: {
      it: [
        openAccount.it,
        'Inserire nella voce "Server posta in uscita (SMTP)" la stringa `smtp.hln.it`. Il "Server posta in arrivo" resta `mail.hln.it`.',
        'Premere il tasto "Avanti" e poi il tasto "Fine"; chiudere la finestra degli account.',
      ],
      en: [
        openAccount.en,
        'Type `smtp.hln.it` in "Outgoing mail server (SMTP)". The "Incoming mail server" stays `mail.hln.it`.',
        'Click "Next", then "Finish"; close the Account Settings window.',
      ],
    },
    authentication: {
      it: [
        openAccount.it,
        outgoingServerAuthentication.it,
        logOnUsingSmtpCredentials.it,
        leaveSpaOff.it,
        close.it,
      ],
      en: [
        openAccount.en,
        outgoingServerAuthentication.en,
        logOnUsingSmtpCredentials.en,
        leaveSpaOff.en,
        close.en,
      ],
    },
    port: {
      it: [
        openAccount.it,
        advancedTabPort587.it,
        'Nel menù "Utilizzare il tipo di connessione crittografata seguente:" lasciare "Nessuna" finché non si attiva la crittografia; attivandola, con la 587 si sceglie TLS (consigliato), oppure SSL con la porta 465 (vedi "Attivazione della crittografia").',
        manualNotPort25.it,
        close.it,
      ],
      en: [
        openAccount.en,
        advancedTabPort587.en,
        'In "Use the following type of encrypted connection:" leave "None" until you turn encryption on; then choose TLS with 587 (recommended), or SSL with port 465 (see "Turn on encryption").',
        manualNotPort25.en,
        close.en,
      ],
    },
    encryption: {
      it: [
        installCaFirst.it,
        'Andare nel menù **Strumenti / Impostazioni account**, selezionare con un click singolo l\'account di posta per cui si desidera attivare la crittografia con il server SMTP di Halnet e premere sul tasto "Cambia".',
        'Premere il tasto "Altre impostazioni" e aprire la scheda "Impostazioni avanzate". Sotto la dicitura "Server di posta in uscita (SMTP)" indicare il tipo di crittografia voluta nel menù "Utilizzare il tipo di connessione crittografata seguente:".',
        'Se viene scelto il protocollo TLS lasciare la porta **587** (impostazione consigliata). Se invece viene scelta la crittografia SSL, è necessario impostare la porta **465**. I due protocolli sono equivalenti in termini di sicurezza.',
        close.it,
      ],
      en: [
        installCaFirst.en,
        'Open the **Tools > Account Settings** menu, click once on the mail account you want to encrypt with Halnet\'s SMTP server and click "Change".',
        'Click "More Settings" and open the "Advanced" tab. Under "Outgoing server (SMTP)" pick the encryption in "Use the following type of encrypted connection:".',
        'If you choose TLS, keep port **587** (recommended). If you choose SSL, you must set port **465**. Both are equally secure.',
        close.en,
      ],
    },
    'ca-certificate': {
      it: [downloadCa.it, windowsCaDoubleClick.it, windowsCaWizard.it],
      en: [downloadCa.en, windowsCaDoubleClick.en, windowsCaWizard.en],
    },
  },
  corrections: [
    'In the encryption section the manual writes "importare" where it means "impostare" (set) port 465; written as "è necessario impostare la porta 465".',
    'The manual\'s encryption section opens "Strumenti / Account di posta elettronica" and "Visualizza o cambia gli account di posta elettronica esistenti", which is Outlook 2003\'s path; Outlook 2007\'s menu is "Strumenti / Impostazioni account", as in the manual\'s own first section on Outlook 2007. Written with Outlook 2007\'s menu.',
    'The manual\'s Outlook 2007 heading writes "Impostazioni Account"; Outlook 2007\'s menu item is "Impostazioni account".',
    'Stray fragments not copied: a lone "finestra degli account." in the encryption section and its last sentence cut off at "per chiudere la"; typo "a aprire la scheda" (for "e aprire").',
  ],
};
