// Current Thunderbird for Windows, macOS and Linux, beyond the manual (the manual names
// Thunderbird under "Altri client": same settings, only labels and the certificate import
// change). Italian labels are those of current Italian Thunderbird. Thunderbird keeps its own
// list of certificate authorities, so Halnet's CA is imported into Thunderbird itself; the
// walk sets STARTTLS on 587, so the CA comes with every setup.
import type { TopicId } from '../ids';
import type { ClientGuideInput } from '../schema';
import { downloadCa } from './common-steps';

/** Everything set in the outgoing server's window, which is opened and closed once. */
const SMTP_SERVER: TopicId[] = ['server', 'authentication', 'port', 'encryption'];

export const thunderbirdGuide: ClientGuideInput = {
  id: 'thunderbird',
  name: { it: 'Thunderbird', en: 'Thunderbird' },
  fromManual: false,
  covers: {
    it: 'Thunderbird attuale per Windows, macOS e Linux',
    en: 'Current Thunderbird for Windows, macOS and Linux',
  },
  tlsByDefault: true,
  walk: [
    { for: ['ca-certificate'], ...downloadCa },
    {
      for: ['ca-certificate'],
      it: 'In Thunderbird (ha un proprio elenco di certificati): menù ≡ > **Impostazioni** > **Privacy e sicurezza** > "Certificati" > **Gestisci certificati**.',
      en: 'In Thunderbird (it keeps its own list of certificates): ≡ menu > **Settings** > **Privacy & Security** > "Certificates" > **Manage Certificates**.',
    },
    {
      for: ['ca-certificate'],
      it: 'Scheda **Autorità** > **Importa**: scegliere il file cacert.crt, spuntare la fiducia per identificare i siti web e premere "OK".',
      en: 'On the **Authorities** tab click **Import**: choose the cacert.crt file, tick "Trust this CA to identify websites." and click "OK".',
    },
    {
      for: SMTP_SERVER,
      it: "Menù ≡ > **Impostazioni account**: in fondo all'elenco a sinistra **Server in uscita (SMTP)**, selezionare il server dell'account e premere **Modifica**.",
      en: "Open the ≡ menu > **Account Settings**: at the bottom of the list on the left **Outgoing Server (SMTP)**, select the account's server and click **Edit**.",
    },
    {
      for: ['server'],
      it: '"Nome server": `smtp.hln.it`.',
      en: '"Server Name": `smtp.hln.it`.',
    },
    {
      for: ['port', 'encryption'],
      it: '"Porta": **587** e "Sicurezza della connessione": **STARTTLS**; oppure **465** con **SSL/TLS**; non la 25.',
      en: '"Port": **587** and "Connection security": **STARTTLS**; or **465** with **SSL/TLS**; not 25.',
    },
    {
      for: ['authentication'],
      it: '"Metodo di autenticazione": **Password normale**; "Nome utente": quello fornito per il servizio SMTP.',
      en: '"Authentication method": **Normal password**; "User Name": the one given for the SMTP service.',
    },
    {
      for: SMTP_SERVER,
      it: 'Premere "OK".',
      en: 'Click "OK".',
    },
    {
      for: ['server'],
      it: 'Nella pagina dell\'account (sotto l\'indirizzo, a sinistra), in "Server in uscita (SMTP)" scegliere `smtp.hln.it`.',
      en: 'On the account\'s page (under its address, on the left), in "Outgoing Server (SMTP)" choose `smtp.hln.it`.',
    },
    {
      for: ['authentication'],
      it: 'Quando Thunderbird chiede la password (al primo invio o dopo un accesso non riuscito), inserire quella fornita per il servizio SMTP (non quella della casella di posta, se diversa).',
      en: "When Thunderbird asks for the password (at the first send or after a failed login), enter the one given for the SMTP service (not your mailbox's, if they differ).",
    },
  ],
};
