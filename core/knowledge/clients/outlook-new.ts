// The new Outlook for Windows, beyond the manual. It syncs POP/IMAP accounts through
// Microsoft's cloud: Microsoft's servers, not the customer's PC, connect to `smtp.hln.it`, so a
// certificate signed only by Halnet's private CA may not be trusted there, and installing the
// CA on the PC cannot change that: its certificate "steps" say so, and the way out is a
// caution. The walk sets STARTTLS with 587, so encryption is on with every setup. Where its
// labels are uncertain the steps describe the place.
import type { TopicId } from '../ids';
import type { ClientGuideInput } from '../schema';

/** Everything set in the account's server settings, which are opened and saved once. */
const ACCOUNT: TopicId[] = ['server', 'authentication', 'port', 'encryption'];

export const outlookNewGuide: ClientGuideInput = {
  id: 'outlook-new',
  name: { it: 'Nuovo Outlook per Windows', en: 'New Outlook for Windows' },
  fromManual: false,
  covers: {
    it: 'Il nuovo Outlook per Windows (anche l\'app "Outlook (new)" di Windows 11)',
    en: 'The new Outlook for Windows (also the "Outlook (new)" app of Windows 11)',
  },
  tlsByDefault: true,
  walk: [
    {
      for: ['ca-certificate'],
      it: 'Non serve installare il certificato di Halnet (<http://www.hln.it/file/cacert.crt>): il nuovo Outlook si collega a `smtp.hln.it` dai server di Microsoft, non dal computer.',
      en: "There is no need to install Halnet's certificate (<http://www.hln.it/file/cacert.crt>): the new Outlook connects to `smtp.hln.it` from Microsoft's servers, not from your computer.",
    },
    {
      for: ACCOUNT,
      it: "Nel nuovo Outlook aprire **Impostazioni** (l'ingranaggio) > **Account** > **Account di posta elettronica** e premere **Gestisci** accanto all'account.",
      en: 'In the new Outlook open **Settings** (the gear) > **Accounts** > **Email accounts** and click **Manage** next to the account.',
    },
    {
      for: ['server'],
      it: 'Server della posta in uscita (SMTP): `smtp.hln.it`.',
      en: 'Outgoing (SMTP) server: `smtp.hln.it`.',
    },
    {
      for: ['authentication'],
      it: "Nome utente e password del server in uscita: quelli forniti per il servizio SMTP (non quelli della casella di posta, se diversi). Se c'è l'opzione SPA (autenticazione password di protezione), lasciarla disattivata.",
      en: "Outgoing server user name and password: the ones given for the SMTP service (not your mailbox's, if they differ). If there is a Secure Password Authentication (SPA) option, leave it off.",
    },
    {
      for: ['port', 'encryption'],
      it: 'Porta del server in uscita **587** con connessione protetta **STARTTLS** (TLS), oppure **465** con **SSL/TLS**; non la 25.',
      en: 'Outgoing server port **587** with secure connection **STARTTLS** (TLS), or **465** with **SSL/TLS**; not 25.',
    },
    {
      for: ACCOUNT,
      it: 'Confermare con "Continua" (o salvare) e attendere la verifica dell\'account.',
      en: 'Confirm with "Continue" (or save) and wait while Outlook checks the account.',
    },
  ],
  cautions: [
    {
      for: ['ca-certificate', 'encryption'],
      it: 'Se Outlook rifiuta il certificato del server, usare Outlook classico (spegnere l\'interruttore "Nuovo Outlook" in alto) o Thunderbird, oppure chiedere a un operatore.',
      en: 'If Outlook refuses the server\'s certificate, use classic Outlook (turn off the "New Outlook" toggle at the top) or Thunderbird, or ask a Halnet operator.',
    },
    {
      for: ['server', 'authentication', 'port'],
      it: "Se i campi del server non si possono modificare, rimuovere l'account e aggiungerlo di nuovo con POP (o IMAP) e la configurazione manuale.",
      en: 'If the server fields cannot be changed, remove the account and add it again with POP (or IMAP) and manual setup.',
    },
  ],
};
