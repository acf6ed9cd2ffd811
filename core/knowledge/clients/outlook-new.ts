// The new Outlook for Windows, beyond the manual. It syncs POP/IMAP accounts through
// Microsoft's cloud: Microsoft's servers, not the customer's PC, connect to `smtp.hln.it`, so a
// certificate signed only by Halnet's private CA may not be trusted there, and installing the
// CA on the PC cannot change that. Where its labels are uncertain the steps describe the place.
import type { ClientGuideInput } from '../schema';

const openAccount = {
  it: "Nel nuovo Outlook aprire **Impostazioni** (l'icona a ingranaggio) > **Account** > **Account di posta elettronica** e premere **Gestisci** accanto all'account. Se le impostazioni del server non si possono modificare, rimuovere l'account e aggiungerlo di nuovo scegliendo POP (o IMAP) e la configurazione manuale.",
  en: 'In the new Outlook open **Settings** (the gear icon) > **Accounts** > **Email accounts** and click **Manage** next to the account. If the server settings cannot be changed there, remove the account and add it again, choosing POP (or IMAP) and manual setup.',
};
const save = {
  it: 'Confermare con "Continua" (o salvare) e attendere che Outlook verifichi l\'account.',
  en: 'Confirm with "Continue" (or save) and wait while Outlook checks the account.',
};

export const outlookNewGuide: ClientGuideInput = {
  id: 'outlook-new',
  name: { it: 'Nuovo Outlook per Windows', en: 'New Outlook for Windows' },
  fromManual: false,
  covers: {
    it: 'Il nuovo Outlook per Windows (anche l\'app "Outlook (new)" di Windows 11)',
    en: 'The new Outlook for Windows (also the "Outlook (new)" app of Windows 11)',
  },
  topics: {
    server: {
      it: [
        openAccount.it,
        'Come server della posta in uscita (SMTP) scrivere `smtp.hln.it`; il server della posta in arrivo (POP3) è `mail.hln.it`.',
        save.it,
      ],
      en: [
        openAccount.en,
        'As outgoing (SMTP) server type `smtp.hln.it`; the incoming (POP3) server is `mail.hln.it`.',
        save.en,
      ],
    },
    authentication: {
      it: [
        openAccount.it,
        'Nei campi del server in uscita (SMTP) inserire nome utente e password: le credenziali fornite per il servizio SMTP (non quelle della casella di posta, se sono diverse).',
        "Se compare un'opzione per l'autenticazione password di protezione (SPA), lasciarla disattivata.",
        save.it,
      ],
      en: [
        openAccount.en,
        "In the outgoing (SMTP) fields enter the user name and password given for the SMTP service (not your mailbox's, if they differ).",
        'If an option for Secure Password Authentication (SPA) appears, leave it off.',
        save.en,
      ],
    },
    port: {
      it: [
        openAccount.it,
        'Come porta del server in uscita (SMTP) impostare **587** con tipo di connessione protetta **STARTTLS** (TLS); in alternativa la porta **465** con **SSL/TLS**.',
        'Non usare la porta 25: molti provider la bloccano e il server di Halnet può segnalare come spam la posta inviata sulla 25.',
        save.it,
      ],
      en: [
        openAccount.en,
        'Set the outgoing (SMTP) port to **587** with secure connection type **STARTTLS** (TLS); alternatively port **465** with **SSL/TLS**.',
        "Do not use port 25: many providers block it and Halnet's server may flag mail sent on port 25 as spam.",
        save.en,
      ],
    },
    encryption: {
      it: [
        'Il nuovo Outlook si collega a `smtp.hln.it` dai server di Microsoft, non dal computer: il certificato di Halnet installato sul computer qui non serve.',
        openAccount.it,
        'Per il server in uscita (SMTP) scegliere **STARTTLS** (TLS) con la porta **587**, consigliata, oppure **SSL/TLS** con la porta **465**.',
        'Se Outlook rifiuta il certificato del server o non riesce a collegarsi con la crittografia, usare Outlook classico (spegnendo l\'interruttore "Nuovo Outlook" in alto) o un altro programma, per esempio Thunderbird, seguendo la sua guida.',
      ],
      en: [
        "The new Outlook connects to `smtp.hln.it` from Microsoft's servers, not from your computer: Halnet's certificate installed on your computer does not help here.",
        openAccount.en,
        'For the outgoing (SMTP) server choose **STARTTLS** (TLS) with port **587**, recommended, or **SSL/TLS** with port **465**.',
        'If Outlook refuses the server\'s certificate or cannot connect with encryption, use classic Outlook (turn off the "New Outlook" toggle at the top) or another program, such as Thunderbird, following its guide.',
      ],
    },
    'ca-certificate': {
      it: [
        'Il certificato di `smtp.hln.it` è firmato dal certificato principale della Halnet (<http://www.hln.it/file/cacert.crt>), che va installato dove parte la connessione.',
        'Con il nuovo Outlook la connessione parte dai server di Microsoft, dove il certificato di Halnet non si può installare: installarlo sul computer non cambia nulla.',
        'Se compare un errore sul certificato, usare Outlook classico (spegnendo l\'interruttore "Nuovo Outlook" in alto) o Thunderbird, dove il certificato si installa sul computer, oppure chiedere aiuto a un operatore Halnet.',
      ],
      en: [
        "`smtp.hln.it`'s certificate is signed by Halnet's root certificate (<http://www.hln.it/file/cacert.crt>), which must be installed where the connection starts.",
        "With the new Outlook the connection starts from Microsoft's servers, where Halnet's certificate cannot be installed: installing it on your computer changes nothing.",
        'If a certificate error appears, use classic Outlook (turn off the "New Outlook" toggle at the top) or Thunderbird, where the certificate is installed on your computer, or ask a Halnet operator for help.',
      ],
    },
  },
  cautions: [
    {
      it: "Il nuovo Outlook sincronizza gli account POP/IMAP attraverso il cloud di Microsoft: sono i server di Microsoft a collegarsi a `smtp.hln.it`. Un certificato firmato solo dall'autorità di Halnet può non essere accettato lì; in quel caso usare Outlook classico o un altro programma.",
      en: "The new Outlook syncs POP/IMAP accounts through Microsoft's cloud: Microsoft's servers connect to `smtp.hln.it`. A certificate signed only by Halnet's own authority may not be accepted there; if so, use classic Outlook or another program.",
    },
  ],
};
