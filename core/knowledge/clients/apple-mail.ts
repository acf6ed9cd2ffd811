// Mail on macOS (Ventura and later: "Settings"; older versions call the same window
// "Preferences"), beyond the manual. With "Use TLS/SSL" ticked Mail uses STARTTLS on 587 and
// SSL from the first byte on 465, so one checkbox covers both.
import type { ClientGuideInput } from '../schema';
import { downloadCa, installCaFirst, notPort25 } from './common-steps';

const openServer = {
  it: 'In Mail scegliere **Mail > Impostazioni > Account** (nelle versioni precedenti "Preferenze"), selezionare l\'account e aprire **Impostazioni server**. I campi della posta in uscita sono nella sezione del server in uscita; se non compaiono, in "Account di posta in uscita" scegliere **Modifica elenco server SMTP** e selezionare il server dell\'account.',
  en: 'In Mail choose **Mail > Settings > Accounts** (older versions: "Preferences"), select the account and open **Server Settings**. The outgoing fields are in its outgoing mail server section; if they are not shown, in "Outgoing Mail Account" choose **Edit SMTP Server List** and select the account\'s server.',
};
const confirm = {
  it: 'Premere "OK" e chiudere la finestra delle impostazioni, salvando le modifiche.',
  en: 'Click "OK" and close the settings window, saving the changes.',
};
const manual = {
  it: 'Togliere la spunta a **Gestisci automaticamente le impostazioni di connessione**, così si possono impostare porta e crittografia.',
  en: 'Untick **Automatically manage connection settings**, so that port and encryption can be set.',
};

export const appleMailGuide: ClientGuideInput = {
  id: 'apple-mail',
  name: { it: 'Mail di macOS', en: 'Apple Mail (macOS)' },
  fromManual: false,
  covers: { it: 'App Mail su Mac (macOS)', en: 'The Mail app on Mac (macOS)' },
  topics: {
    server: {
      it: [openServer.it, 'Nella voce "Nome host" scrivere `smtp.hln.it`.', confirm.it],
      en: [openServer.en, 'In "Host Name" type `smtp.hln.it`.', confirm.en],
    },
    authentication: {
      it: [
        openServer.it,
        'Inserire in "Nome utente" e "Password" le credenziali fornite per il servizio SMTP (non quelle della casella di posta, se sono diverse).',
        `${manual.it} Come "Autenticazione" scegliere **Password** (non "MD5 Challenge-Response", NTLM o Kerberos).`,
        confirm.it,
      ],
      en: [
        openServer.en,
        'In "User Name" and "Password" enter the credentials given for the SMTP service (not your mailbox\'s, if they differ).',
        `${manual.en} As "Authentication" choose **Password** (not "MD5 Challenge-Response", NTLM or Kerberos).`,
        confirm.en,
      ],
    },
    port: {
      it: [
        openServer.it,
        `${manual.it} Nella voce "Porta" scrivere **587** e spuntare **Usa TLS/SSL**: sulla 587 Mail usa TLS (STARTTLS). In alternativa la porta **465**, dove Mail usa SSL.`,
        notPort25.it,
        confirm.it,
      ],
      en: [
        openServer.en,
        `${manual.en} In "Port" type **587** and tick **Use TLS/SSL**: on 587 Mail uses TLS (STARTTLS). Alternatively port **465**, where Mail uses SSL.`,
        notPort25.en,
        confirm.en,
      ],
    },
    encryption: {
      it: [
        installCaFirst.it,
        openServer.it,
        `${manual.it} Spuntare **Usa TLS/SSL** con la porta **587** (TLS, consigliata) oppure con la porta **465** (SSL): sono equivalenti in termini di sicurezza.`,
        confirm.it,
      ],
      en: [
        installCaFirst.en,
        openServer.en,
        `${manual.en} Tick **Use TLS/SSL** with port **587** (TLS, recommended) or with port **465** (SSL): both are equally secure.`,
        confirm.en,
      ],
    },
    'ca-certificate': {
      it: [
        downloadCa.it,
        'Fare doppio click sul file: si apre **Accesso Portachiavi**; aggiungerlo al portachiavi "login" (o "Sistema").',
        'In Accesso Portachiavi fare doppio click sul certificato di Halnet, aprire la sezione sull\'attendibilità ("Trust") e per l\'uso del certificato scegliere di considerarlo sempre attendibile ("Always Trust"); chiudere la finestra e confermare con la password del Mac.',
        'Chiudere e riaprire Mail. Se Mail mostra "Impossibile verificare l\'identità del server", controllare che il server sia scritto esattamente `smtp.hln.it`.',
      ],
      en: [
        downloadCa.en,
        'Double-click the file: **Keychain Access** opens; add it to the "login" (or "System") keychain.',
        'In Keychain Access double-click Halnet\'s certificate, expand "Trust" and set "When using this certificate" to **Always Trust**; close the window and confirm with your Mac\'s password.',
        'Quit and reopen Mail. If Mail says "Cannot Verify Server Identity", check that the server is written exactly `smtp.hln.it`.',
      ],
    },
  },
};
