// Mail on iPhone and iPad (iOS/iPadOS 18 and later: Settings > Apps > Mail; earlier versions
// have Mail directly in Settings), beyond the manual. With "Use SSL" on, Mail uses STARTTLS
// on 587 and SSL from the first byte on 465. A root CA installed by profile is trusted only
// after it is enabled in Certificate Trust Settings.
import type { ClientGuideInput } from '../schema';
import { notPort25 } from './common-steps';

const openServer = {
  it: 'Aprire **Impostazioni > App > Mail > Account** (nelle versioni precedenti: Impostazioni > Mail > Account), toccare l\'account (per un account IMAP anche la riga "Account"), poi **SMTP** nella sezione della posta in uscita e il **server primario**.',
  en: 'Open **Settings > Apps > Mail > Mail Accounts** (earlier versions: Settings > Mail > Accounts), tap the account (for an IMAP account also its "Account" row), then **SMTP** in the outgoing mail section and the **Primary Server**.',
};
const done = { it: 'Toccare "Fine" per salvare.', en: 'Tap "Done" to save.' };

export const iosMailGuide: ClientGuideInput = {
  id: 'ios-mail',
  name: { it: 'Mail di iPhone e iPad', en: 'iPhone and iPad Mail' },
  fromManual: false,
  covers: {
    it: 'App Mail su iPhone e iPad (iOS e iPadOS)',
    en: 'The Mail app on iPhone and iPad (iOS and iPadOS)',
  },
  topics: {
    server: {
      it: [
        openServer.it,
        'Nella voce "Nome host" scrivere `smtp.hln.it` e controllare che il server sia attivo.',
        done.it,
      ],
      en: [openServer.en, 'In "Host Name" type `smtp.hln.it` and check that the server is on.', done.en],
    },
    authentication: {
      it: [
        openServer.it,
        'In "Nome utente" e "Password" inserire le credenziali fornite per il servizio SMTP (non quelle della casella di posta, se sono diverse).',
        'In "Autenticazione" scegliere **Password** (non MD5, NTLM o HTTP MD5).',
        done.it,
      ],
      en: [
        openServer.en,
        'In "User Name" and "Password" enter the credentials given for the SMTP service (not your mailbox\'s, if they differ).',
        'In "Authentication" choose **Password** (not MD5 Challenge-Response, NTLM or HTTP MD5 Digest).',
        done.en,
      ],
    },
    port: {
      it: [
        openServer.it,
        'In "Porta server" scrivere **587** e attivare **Usa SSL**: sulla 587 Mail usa TLS (STARTTLS). In alternativa la porta **465**, dove Mail usa SSL.',
        'Non usare la porta 25: molti provider la bloccano (per ostacolare lo spam) e il server di Halnet può segnalare come spam la posta inviata sulla 25.',
        done.it,
      ],
      en: [
        openServer.en,
        'In "Server Port" type **587** and turn on **Use SSL**: on 587 Mail uses TLS (STARTTLS). Alternatively port **465**, where Mail uses SSL.',
        notPort25.en,
        done.en,
      ],
    },
    encryption: {
      it: [
        'Prima installare e abilitare il certificato principale di Halnet (vedi "Certificato di Halnet").',
        openServer.it,
        'Attivare **Usa SSL** con "Porta server" **587** (TLS, consigliata) oppure **465** (SSL): sono equivalenti in termini di sicurezza.',
        done.it,
      ],
      en: [
        'First install and enable Halnet\'s root certificate (see "Halnet\'s certificate").',
        openServer.en,
        'Turn on **Use SSL** with "Server Port" **587** (TLS, recommended) or **465** (SSL): both are equally secure.',
        done.en,
      ],
    },
    'ca-certificate': {
      it: [
        'Aprire in Safari il certificato principale della Halnet: <http://www.hln.it/file/cacert.crt>, e consentire lo scaricamento del profilo.',
        'Aprire **Impostazioni > Generali > VPN e gestione dispositivi**, toccare il profilo scaricato e installarlo (serve il codice del dispositivo).',
        "Aprire **Impostazioni > Generali > Info > Impostazioni attendibilità certificati** e attivare l'attendibilità completa per il certificato di Halnet: senza questo passaggio Mail non lo considera attendibile.",
      ],
      en: [
        "Open Halnet's root certificate in Safari: <http://www.hln.it/file/cacert.crt>, and allow the profile download.",
        'Open **Settings > General > VPN & Device Management**, tap the downloaded profile and install it (your passcode is needed).',
        "Open **Settings > General > About > Certificate Trust Settings** and turn on full trust for Halnet's certificate: without this step Mail does not trust it.",
      ],
    },
  },
  cautions: [
    {
      it: 'Un certificato installato con un profilo va anche abilitato in Impostazioni > Generali > Info > Impostazioni attendibilità certificati, altrimenti Mail mostra "Impossibile verificare l\'identità del server".',
      en: 'A certificate installed with a profile must also be enabled in Settings > General > About > Certificate Trust Settings, otherwise Mail shows "Cannot Verify Server Identity".',
    },
  ],
};
