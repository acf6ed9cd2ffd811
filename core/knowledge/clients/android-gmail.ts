// The Gmail app on Android with a Halnet (POP/IMAP) account, beyond the manual. Apps for
// Android 7 and later do not trust CAs the user installs, so Gmail cannot be made to trust
// Halnet's private CA: its certificate "step" says so, and the way out (Thunderbird for
// Android, which lets the user accept the server's certificate, or a person) is a caution.
// The walk sets STARTTLS on 587, so encryption is on with every setup. Labels of the app
// change between versions, so places are described plainly next to the labels.
import type { TopicId } from '../ids';
import type { ClientGuideInput } from '../schema';

/** Everything set in the outgoing server settings, which are opened and confirmed once. */
const OUTGOING: TopicId[] = ['server', 'authentication', 'port', 'encryption'];

export const androidGmailGuide: ClientGuideInput = {
  id: 'android-gmail',
  name: { it: 'Gmail su Android', en: 'Gmail app on Android' },
  fromManual: false,
  covers: {
    it: 'App Gmail su Android con un account Halnet (POP3/IMAP)',
    en: 'The Gmail app on Android with a Halnet (POP3/IMAP) account',
  },
  tlsByDefault: true,
  walk: [
    {
      for: ['ca-certificate'],
      it: "Il certificato di `smtp.hln.it` è firmato da Halnet (<http://www.hln.it/file/cacert.crt>): su Android 7 e successivi Gmail non si fida dei certificati installati dall'utente, quindi installarlo non basta.",
      en: "`smtp.hln.it`'s certificate is signed by Halnet (<http://www.hln.it/file/cacert.crt>): on Android 7 and later Gmail does not trust certificates the user installs, so installing it is not enough.",
    },
    {
      for: OUTGOING,
      it: "Nell'app Gmail: menù ☰ > **Impostazioni**, toccare l'account Halnet, poi le impostazioni del server in uscita.",
      en: 'In the Gmail app: ☰ menu > **Settings**, tap the Halnet account, then its outgoing server settings.',
    },
    {
      for: ['server'],
      it: '**Server SMTP**: `smtp.hln.it`.',
      en: '**SMTP server**: `smtp.hln.it`.',
    },
    {
      for: ['authentication'],
      it: "Attivare l'accesso (autenticazione) e inserire nome utente e password forniti per il servizio SMTP (non quelli della casella di posta, se diversi).",
      en: "Turn on sign-in (authentication) and enter the user name and password given for the SMTP service (not your mailbox's, if they differ).",
    },
    {
      for: ['port', 'encryption'],
      it: 'Tipo di sicurezza **STARTTLS** con porta **587**, oppure **SSL/TLS** con porta **465**; non la 25.',
      en: 'Security type **STARTTLS** with port **587**, or **SSL/TLS** with port **465**; not 25.',
    },
    {
      for: OUTGOING,
      it: 'Toccare "Fine" (o "Avanti") e attendere la verifica delle impostazioni.',
      en: 'Tap "Done" (or "Next") and wait while the settings are checked.',
    },
  ],
  cautions: [
    {
      for: ['ca-certificate', 'encryption'],
      it: 'Se Gmail rifiuta il certificato di `smtp.hln.it`, usare Thunderbird per Android, che permette di accettarlo, oppure chiedere a un operatore Halnet.',
      en: "If Gmail refuses `smtp.hln.it`'s certificate, use Thunderbird for Android, which lets you accept it, or ask a Halnet operator.",
    },
  ],
};
