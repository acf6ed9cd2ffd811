// Current Thunderbird for Windows, macOS and Linux, beyond the manual (the manual names
// Thunderbird under "Altri client": same settings, only labels and the certificate import
// change). Italian labels are those of current Italian Thunderbird.
import type { ClientGuideInput } from '../schema';
import { installCaFirst, notPort25 } from './common-steps';

const openServer = {
  it: "Aprire il menù ≡ > **Impostazioni account**; in fondo all'elenco a sinistra scegliere **Server in uscita (SMTP)**, selezionare il server usato dall'account e premere **Modifica**.",
  en: 'Open the ≡ menu > **Account Settings**; at the bottom of the list on the left choose **Outgoing Server (SMTP)**, select the server the account uses and click **Edit**.',
};
const confirm = { it: 'Premere "OK".', en: 'Click "OK".' };

export const thunderbirdGuide: ClientGuideInput = {
  id: 'thunderbird',
  name: { it: 'Thunderbird', en: 'Thunderbird' },
  fromManual: false,
  covers: {
    it: 'Thunderbird attuale per Windows, macOS e Linux',
    en: 'Current Thunderbird for Windows, macOS and Linux',
  },
  topics: {
    server: {
      it: [
        openServer.it,
        'Nella voce "Nome server" scrivere `smtp.hln.it`.',
        confirm.it,
        'Nella pagina dell\'account (il primo elemento sotto l\'indirizzo, a sinistra), nella voce "Server in uscita (SMTP)" scegliere `smtp.hln.it`.',
      ],
      en: [
        openServer.en,
        'In "Server Name" type `smtp.hln.it`.',
        confirm.en,
        'On the account\'s page (the top item under its address, on the left), in "Outgoing Server (SMTP)" choose `smtp.hln.it`.',
      ],
    },
    authentication: {
      it: [
        openServer.it,
        'Nella voce "Metodo di autenticazione" scegliere **Password normale** (non "Password cifrata", NTLM o Kerberos).',
        'Nella voce "Nome utente" scrivere il nome utente fornito per il servizio SMTP: al primo invio Thunderbird chiede la password, inserire quella delle credenziali fornite per il servizio SMTP (non quelle della casella di posta, se sono diverse).',
        confirm.it,
      ],
      en: [
        openServer.en,
        'In "Authentication method" choose **Normal password** (not "Encrypted password", NTLM or Kerberos).',
        'In "User Name" type the user name given for the SMTP service: at the first send Thunderbird asks for the password; enter the one from the credentials given for the SMTP service (not your mailbox\'s, if they differ).',
        confirm.en,
      ],
    },
    port: {
      it: [
        openServer.it,
        'Nella voce "Porta" scrivere **587** e nella voce "Sicurezza della connessione" scegliere **STARTTLS**; in alternativa la porta **465** con **SSL/TLS**.',
        notPort25.it,
        confirm.it,
      ],
      en: [
        openServer.en,
        'In "Port" type **587** and in "Connection security" choose **STARTTLS**; alternatively port **465** with **SSL/TLS**.',
        notPort25.en,
        confirm.en,
      ],
    },
    encryption: {
      it: [
        installCaFirst.it,
        openServer.it,
        'Nella voce "Sicurezza della connessione" scegliere **STARTTLS** con la porta **587**, consigliata, oppure **SSL/TLS** con la porta **465**. I due sono equivalenti in termini di sicurezza.',
        confirm.it,
      ],
      en: [
        installCaFirst.en,
        openServer.en,
        'In "Connection security" choose **STARTTLS** with port **587**, recommended, or **SSL/TLS** with port **465**. Both are equally secure.',
        confirm.en,
      ],
    },
    'ca-certificate': {
      it: [
        'Scaricare il certificato principale della Halnet: <http://www.hln.it/file/cacert.crt>. Thunderbird usa un proprio elenco di certificati, quindi va importato in Thunderbird.',
        'Aprire il menù ≡ > **Impostazioni** > **Privacy e sicurezza**, scorrere fino a "Certificati" e premere **Gestisci certificati**.',
        'Nella scheda **Autorità** premere **Importa**, scegliere il file cacert.crt scaricato e spuntare la casella che dà fiducia a questa CA per identificare i siti web (vale anche per i server di posta).',
        'Premere "OK" e chiudere la gestione dei certificati.',
      ],
      en: [
        "Download Halnet's root certificate: <http://www.hln.it/file/cacert.crt>. Thunderbird keeps its own list of certificates, so it must be imported into Thunderbird.",
        'Open the ≡ menu > **Settings** > **Privacy & Security**, scroll to "Certificates" and click **Manage Certificates**.',
        'On the **Authorities** tab click **Import**, choose the downloaded cacert.crt file and tick "Trust this CA to identify websites." (it also covers mail servers).',
        'Click "OK" and close the Certificate Manager.',
      ],
    },
  },
};
