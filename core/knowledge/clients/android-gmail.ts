// The Gmail app on Android with a Halnet (POP/IMAP) account, beyond the manual. Apps for
// Android 7 and later do not trust CAs the user installs, so Gmail cannot be made to trust
// Halnet's private CA: if it refuses the certificate, Thunderbird for Android (which lets the
// user accept the server's certificate) or a human is the way out. Labels of the app change
// between versions, so places are described plainly next to the labels.
import type { ClientGuideInput } from '../schema';

const openServer = {
  it: "Nell'app Gmail aprire il menù ☰ > **Impostazioni**, toccare l'account Halnet e poi le impostazioni del server in uscita (nella sezione delle impostazioni del server).",
  en: 'In the Gmail app open the ☰ menu > **Settings**, tap the Halnet account, then its outgoing server settings (in the server settings section).',
};
const done = {
  it: 'Toccare "Fine" (o "Avanti") e attendere la verifica delle impostazioni.',
  en: 'Tap "Done" (or "Next") and wait while the settings are checked.',
};

export const androidGmailGuide: ClientGuideInput = {
  id: 'android-gmail',
  name: { it: 'Gmail su Android', en: 'Gmail app on Android' },
  fromManual: false,
  covers: {
    it: 'App Gmail su Android con un account Halnet (POP3/IMAP)',
    en: 'The Gmail app on Android with a Halnet (POP3/IMAP) account',
  },
  topics: {
    server: {
      it: [openServer.it, 'Nella voce **Server SMTP** scrivere `smtp.hln.it`.', done.it],
      en: [openServer.en, 'In **SMTP server** type `smtp.hln.it`.', done.en],
    },
    authentication: {
      it: [
        openServer.it,
        "Attivare l'accesso (autenticazione) per il server in uscita e inserire nome utente e password: le credenziali fornite per il servizio SMTP (non quelle della casella di posta, se sono diverse).",
        done.it,
      ],
      en: [
        openServer.en,
        "Turn on sign-in (authentication) for the outgoing server and enter the user name and password given for the SMTP service (not your mailbox's, if they differ).",
        done.en,
      ],
    },
    port: {
      it: [
        openServer.it,
        'Nel tipo di sicurezza scegliere **STARTTLS** e come porta **587**; in alternativa **SSL/TLS** con la porta **465**. Non usare la porta 25: molti provider la bloccano e il server di Halnet può segnalare come spam la posta inviata sulla 25.',
        done.it,
      ],
      en: [
        openServer.en,
        "As security type choose **STARTTLS** and as port **587**; alternatively **SSL/TLS** with port **465**. Do not use port 25: many providers block it and Halnet's server may flag mail sent on port 25 as spam.",
        done.en,
      ],
    },
    encryption: {
      it: [
        openServer.it,
        'Nel tipo di sicurezza scegliere **STARTTLS** con la porta **587** (TLS, consigliata) oppure **SSL/TLS** con la porta **465**.',
        "Se Gmail rifiuta il certificato del server, non c'è modo di fargli accettare il certificato di Halnet: usare Thunderbird per Android (vedi la sua guida) oppure chiedere aiuto a un operatore Halnet.",
      ],
      en: [
        openServer.en,
        'As security type choose **STARTTLS** with port **587** (TLS, recommended) or **SSL/TLS** with port **465**.',
        "If Gmail refuses the server's certificate, there is no way to make it accept Halnet's certificate: use Thunderbird for Android (see its guide) or ask a Halnet operator for help.",
      ],
    },
    'ca-certificate': {
      it: [
        'Il certificato di `smtp.hln.it` è firmato dal certificato principale della Halnet (<http://www.hln.it/file/cacert.crt>).',
        "Le app per Android 7 e successivi non si fidano dei certificati installati dall'utente: installare il certificato di Halnet nelle impostazioni di Android non basta per Gmail.",
        'Se Gmail segnala un problema di certificato con la crittografia attiva, usare Thunderbird per Android, che permette di accettare il certificato del server, oppure chiedere aiuto a un operatore Halnet.',
      ],
      en: [
        "`smtp.hln.it`'s certificate is signed by Halnet's root certificate (<http://www.hln.it/file/cacert.crt>).",
        "Apps on Android 7 and later do not trust certificates the user installs: installing Halnet's certificate in Android's settings is not enough for Gmail.",
        "If Gmail reports a certificate problem with encryption on, use Thunderbird for Android, which lets you accept the server's certificate, or ask a Halnet operator for help.",
      ],
    },
  },
  cautions: [
    {
      it: "Su Android 7 e successivi le app non si fidano dei certificati installati dall'utente: se Gmail rifiuta il certificato di `smtp.hln.it`, usare Thunderbird per Android o chiedere a un operatore.",
      en: "On Android 7 and later apps do not trust certificates the user installs: if Gmail refuses `smtp.hln.it`'s certificate, use Thunderbird for Android or ask a person.",
    },
  ],
};
