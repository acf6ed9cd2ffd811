// Steps several client guides share word for word (Halnet's CA on Windows), kept once so a
// correction reaches every guide. Each is one markdown line in both languages, and reads
// right on its own: no step points at another section.
import type { LocalizedText } from '../schema';

/** Where Halnet's CA certificate is downloaded from (the manual's link). */
export const downloadCa: LocalizedText = {
  it: 'Scaricare il certificato principale della Halnet: <http://www.hln.it/file/cacert.crt>.',
  en: "Download Halnet's root certificate: <http://www.hln.it/file/cacert.crt>.",
};

/** Apple's "User Name" and "Password" fields (Mail on macOS and on iPhone/iPad). */
export const appleSmtpCredentials: LocalizedText = {
  it: '"Nome utente" e "Password": quelli forniti per il servizio SMTP (non quelli della casella di posta, se diversi).',
  en: '"User Name" and "Password": the ones given for the SMTP service (not your mailbox\'s, if they differ).',
};

/** Windows' certificate import, as the manual describes it for its Outlook clients. */
export const windowsCaDoubleClick: LocalizedText = {
  it: 'Fare doppio click sul file scaricato e premere "Installa certificato".',
  en: 'Double-click the downloaded file and click "Install Certificate".',
};

/** The end of Windows' certificate import wizard. */
export const windowsCaWizard: LocalizedText = {
  it: 'Andare avanti con il wizard fino al messaggio di importazione terminata.',
  en: 'Go through the Certificate Import Wizard until "The import was successful." appears.',
};
