// Mail on macOS (Ventura and later: "Settings"; older versions call the same window
// "Preferences"), beyond the manual. With "Use TLS/SSL" ticked Mail uses STARTTLS on 587 and
// SSL from the first byte on 465, so one checkbox covers both; the walk ticks it, so Halnet's
// CA (trusted in Keychain Access) comes with every setup.
import type { TopicId } from '../ids';
import type { ClientGuideInput } from '../schema';
import { appleSmtpCredentials, downloadCa } from './common-steps';

/** Everything set in the account's server settings, which are opened and saved once. */
const ACCOUNT: TopicId[] = ['server', 'authentication', 'port', 'encryption'];

export const appleMailGuide: ClientGuideInput = {
  id: 'apple-mail',
  name: { it: 'Mail di macOS', en: 'Apple Mail (macOS)' },
  fromManual: false,
  covers: { it: 'App Mail su Mac (macOS)', en: 'The Mail app on Mac (macOS)' },
  tlsByDefault: true,
  walk: [
    { for: ['ca-certificate'], ...downloadCa },
    {
      for: ['ca-certificate'],
      it: 'Fare doppio click sul file: si apre **Accesso Portachiavi**; aggiungerlo al portachiavi "login".',
      en: 'Double-click the file: **Keychain Access** opens; add it to the "login" keychain.',
    },
    {
      for: ['ca-certificate'],
      it: 'In Accesso Portachiavi fare doppio click sul certificato di Halnet e, nella sezione sull\'attendibilità, renderlo sempre attendibile ("Always Trust"); confermare con la password del Mac.',
      en: 'In Keychain Access double-click Halnet\'s certificate, under "Trust" choose **Always Trust** and confirm with your Mac\'s password.',
    },
    {
      for: ACCOUNT,
      it: 'In Mail: **Mail > Impostazioni > Account** (o "Preferenze"), selezionare l\'account e aprire **Impostazioni server**, sezione del server in uscita.',
      en: 'In Mail: **Mail > Settings > Accounts** (or "Preferences"), select the account and open **Server Settings**, outgoing server section.',
    },
    { for: ['authentication'], ...appleSmtpCredentials },
    {
      for: ['server'],
      it: '"Nome host": `smtp.hln.it` (se il campo non c\'è, scegliere **Modifica elenco server SMTP** e selezionare il server dell\'account).',
      en: '"Host Name": `smtp.hln.it` (if the field is missing, choose **Edit SMTP Server List** and select the account\'s server).',
    },
    {
      for: ['authentication', 'port', 'encryption'],
      it: 'Togliere la spunta a **Gestisci automaticamente le impostazioni di connessione**.',
      en: 'Untick **Automatically manage connection settings**.',
    },
    {
      for: ['port', 'encryption'],
      it: '"Porta": **587** con **Usa TLS/SSL** spuntato (non la 25): sulla 587 Mail usa TLS (STARTTLS), sulla **465** SSL.',
      en: '"Port": **587** with **Use TLS/SSL** ticked (not 25): on 587 Mail uses TLS (STARTTLS), on **465** SSL.',
    },
    {
      for: ['authentication'],
      it: '"Autenticazione": **Password** (non MD5, NTLM o Kerberos).',
      en: 'As "Authentication" choose **Password** (not MD5 Challenge-Response, NTLM or Kerberos).',
    },
    {
      for: ACCOUNT,
      it: 'Premere "Salva" (o "OK") e chiudere la finestra delle impostazioni.',
      en: 'Click "Save" (or "OK") and close the settings window.',
    },
  ],
  cautions: [
    {
      for: ['ca-certificate'],
      it: 'Se Mail mostra ancora "Impossibile verificare l\'identità del server", controllare che il nome host sia esattamente `smtp.hln.it` e riaprire Mail.',
      en: 'If Mail still says "Cannot Verify Server Identity", check that the host name is exactly `smtp.hln.it` and reopen Mail.',
    },
  ],
};
