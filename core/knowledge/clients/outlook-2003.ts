// Outlook 2003, from Halnet's manual. Italian labels verbatim from the manual; English labels
// are those of the English Outlook 2003.
import type { ClientGuideInput } from '../schema';
import {
  downloadCa,
  installCaFirst,
  manualNotPort25,
  tlsOn587OrSslOn465,
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
  it: 'Andare nel menù **Strumenti / Account di posta elettronica**, lasciare indicato "Visualizza o cambia gli account di posta elettronica esistenti" e premere su "Avanti". Selezionare con un click singolo l\'account di posta per cui si desidera mandare la posta tramite il server SMTP di Halnet e premere sul tasto "Cambia".',
  en: 'Open the **Tools > E-mail Accounts** menu, leave "View or change existing e-mail accounts" selected and click "Next". Click once on the mail account that should send its mail through Halnet\'s SMTP server and click "Change".',
};
const close = {
  it: 'Premere il tasto "OK" per chiudere le altre impostazioni, premere il tasto "Avanti" per chiudere le impostazioni dell\'account e poi il tasto "Fine" per chiudere la finestra degli account.',
  en: 'Click "OK" to close More Settings, "Next" to close the account settings, then "Finish" to close the E-mail Accounts window.',
};

export const outlook2003Guide: ClientGuideInput = {
  id: 'outlook-2003',
  name: { it: 'Outlook 2003', en: 'Outlook 2003' },
  fromManual: true,
  topics: {
    server: {
      it: [
        openAccount.it,
        'Inserire nella voce "Server posta in uscita (SMTP)" la stringa `smtp.hln.it`. Il "Server posta in arrivo (POP3)" resta `mail.hln.it`.',
        'Premere il tasto "Avanti" e poi il tasto "Fine" per chiudere la finestra degli account.',
      ],
      en: [
        openAccount.en,
        'Type `smtp.hln.it` in "Outgoing mail server (SMTP)". The "Incoming mail server (POP3)" stays `mail.hln.it`.',
        'Click "Next", then "Finish" to close the E-mail Accounts window.',
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
      it: [openAccount.it, advancedTabPort587.it, manualNotPort25.it, tlsOn587OrSslOn465.it, close.it],
      en: [openAccount.en, advancedTabPort587.en, manualNotPort25.en, tlsOn587OrSslOn465.en, close.en],
    },
    encryption: {
      it: [
        installCaFirst.it,
        'Andare nel menù **Strumenti / Account di posta elettronica**, lasciare indicato "Visualizza o cambia gli account di posta elettronica esistenti" e premere su "Avanti". Selezionare con un click singolo l\'account di posta per cui si desidera attivare la crittografia con il server SMTP di Halnet e premere sul tasto "Cambia".',
        'Premere il tasto "Altre impostazioni" e aprire la scheda "Impostazioni avanzate". Sotto la dicitura "Server di posta in uscita (SMTP)" attivare la casella "il server richiede una connessione crittografata (SSL)".',
        'Lasciare la porta **587**: nonostante la dicitura "SSL", su questa porta Outlook usa TLS (STARTTLS). Se si preferisce, impostare invece la porta **465**, dove userà SSL. I due protocolli sono equivalenti in termini di sicurezza.',
        close.it,
      ],
      en: [
        installCaFirst.en,
        'Open the **Tools > E-mail Accounts** menu, leave "View or change existing e-mail accounts" selected and click "Next". Click once on the mail account you want to encrypt with Halnet\'s SMTP server and click "Change".',
        'Click "More Settings" and open the "Advanced" tab. Under "Outgoing server (SMTP)" tick "This server requires an encrypted connection (SSL)".',
        'Keep port **587**: despite the "SSL" label, on this port Outlook uses TLS (STARTTLS). If you prefer, set port **465** instead, where it uses SSL. Both are equally secure.',
        close.en,
      ],
    },
    'ca-certificate': {
      it: [downloadCa.it, windowsCaDoubleClick.it, windowsCaWizard.it],
      en: [downloadCa.en, windowsCaDoubleClick.en, windowsCaWizard.en],
    },
  },
  corrections: [
    'The manual\'s last note on Outlook 2003 says "invece della comune porta 25 (in cui viene usato il protocollo SMTP+TLS)": port 25 is discouraged (often blocked, mail may be flagged as spam) and the TLS port is 587. Not copied; the steps say 587 with TLS or 465 with SSL, never 25.',
    'The manual tells to tick the "SSL" box while keeping port 587, which it calls SMTP+TLS: Outlook 2003 has no separate TLS option; with that box ticked it negotiates STARTTLS on 587 and uses SSL from the first byte only on 465. The encryption steps say so explicitly.',
    'Typos not copied: "a aprire la scheda" (for "e aprire"), "fino al temine" (for "termine").',
  ],
};
