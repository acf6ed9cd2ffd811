// Any other mail program: the manual's "Altri client di posta" (the service works with all the
// common clients; the setup is very similar, usually only the labels and the way to import
// certificates change; for problems, contact Halnet). Generic labels, described plainly. Not
// knowing the program, the walk recommends 587 with STARTTLS (the policy) but cannot know
// whether the program turns TLS on by itself, so encryption keeps its own steps.
import type { TopicId } from '../ids';
import type { ClientGuideInput } from '../schema';
import { downloadCa } from './common-steps';

/** Everything set in the outgoing server settings, which are opened and saved once. */
const OUTGOING: TopicId[] = ['server', 'authentication', 'port', 'encryption'];

export const otherGuide: ClientGuideInput = {
  id: 'other',
  name: { it: 'Altro programma di posta', en: 'Another mail program' },
  fromManual: true,
  covers: {
    it: 'Qualsiasi altro programma di posta (il servizio è compatibile con tutti i più comuni)',
    en: 'Any other mail program (the service works with all the common ones)',
  },
  walk: [
    { for: ['ca-certificate'], ...downloadCa },
    {
      for: ['ca-certificate'],
      it: 'Importarlo tra le autorità di certificazione attendibili: nel sistema (su Windows doppio click e "Installa certificato") o nel programma, se ha un elenco proprio.',
      en: 'Import it as a trusted certificate authority: into the system (on Windows double-click it and "Install Certificate") or into the program, if it keeps its own list.',
    },
    {
      for: OUTGOING,
      it: "Aprire le impostazioni dell'account e quelle del server della posta in uscita (SMTP): di solito cambiano solo le diciture.",
      en: "Open the account's settings and its outgoing mail server (SMTP) settings: usually only the labels differ.",
    },
    {
      for: ['server'],
      it: 'Server della posta in uscita (SMTP): `smtp.hln.it` (la posta in arrivo resta `mail.hln.it`).',
      en: 'Outgoing mail server (SMTP): `smtp.hln.it` (incoming mail stays `mail.hln.it`).',
    },
    {
      for: ['authentication'],
      it: 'Attivare l\'autenticazione ("il server richiede l\'autenticazione") con nome utente e password forniti per il servizio SMTP (non quelli della casella di posta, se diversi).',
      en: 'Turn on authentication ("server requires authentication") with the user name and password given for the SMTP service (not your mailbox\'s, if they differ).',
    },
    {
      for: ['authentication'],
      it: 'Come metodo la password normale; lasciare disattivate l\'autenticazione password di protezione (SPA), NTLM e la "password cifrata".',
      en: 'As method the normal password; leave Secure Password Authentication (SPA), NTLM and "encrypted password" off.',
    },
    {
      for: ['port', 'encryption'],
      it: 'Porta del server in uscita: **587** (non la 25).',
      en: 'Outgoing server port: **587** (not 25).',
    },
    {
      for: ['encryption'],
      it: 'Per la crittografia scegliere TLS (**STARTTLS**) con la 587, oppure SSL (**SSL/TLS**) con la porta **465**. Con una sola casella "SSL", di solito la 587 usa STARTTLS e la 465 SSL.',
      en: 'For encryption choose TLS (**STARTTLS**) with 587, or SSL (**SSL/TLS**) with port **465**. With a single "SSL" box, 587 usually means STARTTLS and 465 SSL.',
    },
    {
      for: OUTGOING,
      it: 'Salvare le impostazioni.',
      en: 'Save the settings.',
    },
    {
      for: ['ca-certificate'],
      it: 'Se invece il programma mostra il certificato del server e chiede di accettarlo: se è per `smtp.hln.it` e rilasciato da Halnet, accettarlo.',
      en: "If the program instead shows the server's certificate and asks to accept it: if it is for `smtp.hln.it` and issued by Halnet, accept it.",
    },
  ],
  cautions: [
    {
      for: ['server', 'authentication', 'port', 'encryption', 'ca-certificate'],
      it: "Se qualcosa non torna con questo programma, chiedere a un operatore Halnet: le voci cambiano da un programma all'altro.",
      en: 'If something does not match in your program, ask a Halnet operator: the labels differ from one program to another.',
    },
  ],
  corrections: [
    'The manual\'s "Altri client di posta" gives no steps, only that the setup is very similar and that usually only the labels and the certificate import change; these generic steps restate the manual\'s facts with generic labels, naming both "TLS" and "STARTTLS" (587) and "SSL" and "SSL/TLS" (465) because current programs use the latter names.',
  ],
};
