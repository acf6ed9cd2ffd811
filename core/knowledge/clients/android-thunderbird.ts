// Thunderbird for Android (formerly K-9 Mail), beyond the manual. Unlike most Android apps it
// shows an untrusted server certificate and lets the user accept it, which is how it works
// with Halnet's private CA: that step comes where the customer meets it, when the settings
// are checked. The walk sets STARTTLS on 587, so it comes with every setup.
import type { TopicId } from '../ids';
import type { ClientGuideInput } from '../schema';

/** Everything set in the outgoing server settings, which are opened and confirmed once. */
const OUTGOING: TopicId[] = ['server', 'authentication', 'port', 'encryption'];

export const androidThunderbirdGuide: ClientGuideInput = {
  id: 'android-thunderbird',
  name: { it: 'Thunderbird per Android', en: 'Thunderbird for Android' },
  fromManual: false,
  covers: { it: 'Thunderbird per Android e K-9 Mail', en: 'Thunderbird for Android and K-9 Mail' },
  tlsByDefault: true,
  walk: [
    {
      for: OUTGOING,
      it: "In Thunderbird: menù ☰ > **Impostazioni**, toccare l'account, poi le impostazioni del **server in uscita**.",
      en: 'In Thunderbird: ☰ menu > **Settings**, tap the account, then the **Outgoing server** settings.',
    },
    {
      for: ['server'],
      it: 'Server (SMTP): `smtp.hln.it`.',
      en: 'Server (SMTP): `smtp.hln.it`.',
    },
    {
      for: ['port', 'encryption'],
      it: 'Sicurezza **STARTTLS** con porta **587**, oppure **SSL/TLS** con porta **465**; non la 25.',
      en: '"Security" **STARTTLS** with "Port" **587**, or **SSL/TLS** with port **465**; not 25.',
    },
    {
      for: ['authentication'],
      it: 'Attivare la richiesta di accesso, scegliere la password normale (non cifrata) e inserire nome utente e password forniti per il servizio SMTP (non quelli della casella di posta, se diversi).',
      en: 'Turn on "Require sign-in", "Normal password" (not "Encrypted password"), and the user name and password given for the SMTP service (not your mailbox\'s, if they differ).',
    },
    {
      for: OUTGOING,
      it: 'Toccare "Avanti" (o "Fine") e attendere la verifica delle impostazioni.',
      en: 'Tap "Next" (or "Done") and wait while the settings are checked.',
    },
    {
      for: ['ca-certificate'],
      it: 'Se compare un avviso sul certificato: è firmato da Halnet (<http://www.hln.it/file/cacert.crt>), che Android non conosce. Se è per `smtp.hln.it`, accettarlo: Thunderbird lo ricorderà.',
      en: 'If a certificate warning appears: it is signed by Halnet (<http://www.hln.it/file/cacert.crt>), which Android does not know. If it is for `smtp.hln.it`, accept it: Thunderbird remembers it.',
    },
  ],
};
