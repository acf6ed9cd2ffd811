// Thunderbird for Android (formerly K-9 Mail), beyond the manual. Unlike most Android apps it
// shows an untrusted server certificate and lets the user accept it, which is how it works
// with Halnet's private CA.
import type { ClientGuideInput } from '../schema';

const openServer = {
  it: "In Thunderbird aprire il menù ☰ > **Impostazioni**, toccare l'account, poi la sezione sull'invio della posta e le impostazioni del **server in uscita**.",
  en: 'In Thunderbird open the ☰ menu > **Settings**, tap the account, then the sending mail section and the **Outgoing server** settings.',
};
const next = {
  it: 'Toccare "Avanti" (o "Fine") e attendere la verifica delle impostazioni.',
  en: 'Tap "Next" (or "Done") and wait while the settings are checked.',
};

export const androidThunderbirdGuide: ClientGuideInput = {
  id: 'android-thunderbird',
  name: { it: 'Thunderbird per Android', en: 'Thunderbird for Android' },
  fromManual: false,
  covers: { it: 'Thunderbird per Android e K-9 Mail', en: 'Thunderbird for Android and K-9 Mail' },
  topics: {
    server: {
      it: [openServer.it, 'Nella voce del server (SMTP) scrivere `smtp.hln.it`.', next.it],
      en: [openServer.en, 'In the server (SMTP) field type `smtp.hln.it`.', next.en],
    },
    authentication: {
      it: [
        openServer.it,
        'Attivare la richiesta di accesso per il server in uscita, come autenticazione scegliere la password normale (non la password cifrata) e inserire nome utente e password: le credenziali fornite per il servizio SMTP (non quelle della casella di posta, se sono diverse).',
        next.it,
      ],
      en: [
        openServer.en,
        'Turn on "Require sign-in", choose "Normal password" as authentication (not "Encrypted password") and enter the user name and password given for the SMTP service (not your mailbox\'s, if they differ).',
        next.en,
      ],
    },
    port: {
      it: [
        openServer.it,
        'Come sicurezza scegliere **STARTTLS** e come porta **587**; in alternativa **SSL/TLS** con la porta **465**. Non usare la porta 25: molti provider la bloccano e il server di Halnet può segnalare come spam la posta inviata sulla 25.',
        next.it,
      ],
      en: [
        openServer.en,
        'As "Security" choose **STARTTLS** and as "Port" **587**; alternatively **SSL/TLS** with port **465**. Do not use port 25: many providers block it and Halnet\'s server may flag mail sent on port 25 as spam.',
        next.en,
      ],
    },
    encryption: {
      it: [
        openServer.it,
        'Come sicurezza scegliere **STARTTLS** con la porta **587** (TLS, consigliata) oppure **SSL/TLS** con la porta **465**: sono equivalenti in termini di sicurezza.',
        next.it,
        'Se compare un avviso sul certificato del server, accettarlo come spiegato in "Certificato di Halnet".',
      ],
      en: [
        openServer.en,
        'As "Security" choose **STARTTLS** with port **587** (TLS, recommended) or **SSL/TLS** with port **465**: both are equally secure.',
        next.en,
        'If a warning about the server\'s certificate appears, accept it as explained in "Halnet\'s certificate".',
      ],
    },
    'ca-certificate': {
      it: [
        'Il certificato di `smtp.hln.it` è firmato dal certificato principale della Halnet (<http://www.hln.it/file/cacert.crt>), che le app Android non considerano attendibile da sole.',
        'Alla verifica delle impostazioni (o al primo invio) Thunderbird mostra un avviso con il certificato del server.',
        'Controllare che il certificato sia per `smtp.hln.it` e rilasciato da Halnet, poi accettarlo: Thunderbird lo ricorderà per i prossimi invii.',
      ],
      en: [
        "`smtp.hln.it`'s certificate is signed by Halnet's root certificate (<http://www.hln.it/file/cacert.crt>), which Android apps do not trust on their own.",
        "When the settings are checked (or at the first send) Thunderbird shows a warning with the server's certificate.",
        'Check that the certificate is for `smtp.hln.it` and issued by Halnet, then accept it: Thunderbird remembers it for later sends.',
      ],
    },
  },
};
