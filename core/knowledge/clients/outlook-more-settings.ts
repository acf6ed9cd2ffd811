// Outlook 2003 and 2007 share the "Altre impostazioni" / "More Settings" dialog, and the
// manual describes it in the same words for both (classic Outlook keeps its button and its
// authentication tab): its steps are kept once here. Each step names its tab, so it reads
// right when the steps before it are not shown.
import type { TopicId } from '../ids';
import type { WalkStep } from '../schema';

/** The topics set inside "More Settings": its open and close steps serve all of them. */
const MORE_SETTINGS_TOPICS: TopicId[] = ['authentication', 'port', 'encryption'];

/** The account window's "More Settings" button. */
export const openMoreSettings: WalkStep = {
  for: MORE_SETTINGS_TOPICS,
  it: 'Premere "Altre impostazioni".',
  en: 'Click "More Settings".',
};

/** Turn on SMTP authentication in the "Outgoing Server" tab. */
export const outgoingServerAuthentication: WalkStep = {
  for: ['authentication'],
  it: 'Scheda "Server della posta in uscita": abilitare la casella "il server della posta in uscita (SMTP) richiede l\'autenticazione".',
  en: 'On the "Outgoing Server" tab tick "My outgoing server (SMTP) requires authentication".',
};

/** "Log on using" with the SMTP service's own credentials. */
export const logOnUsingSmtpCredentials: WalkStep = {
  for: ['authentication'],
  it: 'Attivare l\'opzione "Accedi con" e inserire username e password forniti per il servizio SMTP (non quelli della casella di posta, se diversi).',
  en: 'Choose "Log on using" and enter the user name and password given for the SMTP service (not your mailbox\'s, if they differ).',
};

/** SPA stays off: Halnet's server does not use it (a common cause of 0x800CCC18). */
export const leaveSpaOff: WalkStep = {
  for: ['authentication'],
  it: 'Lasciare disattivata la casella "Accedi con autenticazione password di protezione (SPA)".',
  en: 'Leave "Log on using Secure Password Authentication (SPA)" unticked.',
};

/** Port 587 in the "Advanced" tab; shown with the encryption step too, which sits next to it. */
export const advancedTabPort587: WalkStep = {
  for: ['port', 'encryption'],
  it: 'Scheda "Impostazioni avanzate": porta **587** nella casella "Server di posta in uscita (SMTP)" (non la 25).',
  en: 'On the "Advanced" tab set "Outgoing server (SMTP)" to **587** (not 25).',
};

/** "OK" closes "More Settings". */
export const closeMoreSettings: WalkStep = {
  for: MORE_SETTINGS_TOPICS,
  it: 'Premere "OK" per chiudere le altre impostazioni.',
  en: 'Click "OK" to close More Settings.',
};
