// Outlook 2003 and 2007 share the "Altre impostazioni" / "More Settings" dialog, and the
// manual describes it in the same words for both: its steps are kept once here.
import type { LocalizedText } from '../schema';

/** Turn on SMTP authentication in the "Outgoing Server" tab. */
export const outgoingServerAuthentication: LocalizedText = {
  it: 'Premere sul tasto "Altre impostazioni" e aprire la scheda "Server della posta in uscita". Abilitare la casella "il server della posta in uscita (SMTP) richiede l\'autenticazione".',
  en: 'Click "More Settings" and open the "Outgoing Server" tab. Tick "My outgoing server (SMTP) requires authentication".',
};

/** "Log on using" with the SMTP service's own credentials. */
export const logOnUsingSmtpCredentials: LocalizedText = {
  it: 'Attivare l\'opzione "Accedi con" e inserire le credenziali username/password fornite per il servizio SMTP (non quelle della casella di posta, se sono diverse).',
  en: 'Choose "Log on using" and enter the user name and password given for the SMTP service (not your mailbox\'s, if they differ).',
};

/** SPA stays off: Halnet's server does not use it (a common cause of 0x800CCC18). */
export const leaveSpaOff: LocalizedText = {
  it: 'Lasciare disattivata la casella "Accedi con autenticazione password di protezione (SPA)": il server SMTP di Halnet non la usa.',
  en: 'Leave "Log on using Secure Password Authentication (SPA)" unticked: Halnet\'s SMTP server does not use it.',
};

/** Port 587 in the "Advanced" tab. */
export const advancedTabPort587: LocalizedText = {
  it: 'Premere sul tasto "Altre impostazioni", andare nella scheda "Impostazioni avanzate" e impostare la porta **587** nella casella "Server di posta in uscita (SMTP)".',
  en: 'Click "More Settings", open the "Advanced" tab and set "Outgoing server (SMTP)" to **587**.',
};
