// Steps several client guides share word for word (Halnet's CA, the port-25 warning), kept
// once so a correction reaches every guide. Each is one markdown line in both languages.
import type { LocalizedText } from '../schema';

/** Encryption needs Halnet's CA installed first: a pointer to the certificate topic. */
export const installCaFirst: LocalizedText = {
  it: 'Prima installare il certificato principale di Halnet (vedi "Certificato di Halnet").',
  en: 'First install Halnet\'s root certificate (see "Halnet\'s certificate").',
};

/** Where Halnet's CA certificate is downloaded from (the manual's link). */
export const downloadCa: LocalizedText = {
  it: 'Scaricare il certificato principale della Halnet: <http://www.hln.it/file/cacert.crt>.',
  en: "Download Halnet's root certificate: <http://www.hln.it/file/cacert.crt>.",
};

/** Windows' certificate import, as the manual describes it for its Outlook clients. */
export const windowsCaDoubleClick: LocalizedText = {
  it: 'Effettuare un doppio click sul file scaricato e premere sul tasto "Installa certificato".',
  en: 'Double-click the downloaded file and click "Install Certificate".',
};

/** The end of Windows' certificate import wizard. */
export const windowsCaWizard: LocalizedText = {
  it: 'Andare avanti con il wizard fino al termine, quando apparirà il messaggio di importazione terminata.',
  en: 'Go through the Certificate Import Wizard to the end, until the message "The import was successful." appears.',
};

/** The manual's own reason not to keep port 25, for the clients it covers. */
export const manualNotPort25: LocalizedText = {
  it: 'Non lasciare la porta 25: non tutti i provider la lasciano aperta in uscita (serve per ostacolare lo spam), e il server di Halnet può segnalare come spam la posta inviata sulla 25, che non dovrebbe essere usata dai client. Gli standard per la posta in uscita indicano la porta 587.',
  en: "Do not keep port 25: many providers block it (to hinder spam), and Halnet's server may flag mail sent on port 25 as spam, since mail programs should not use it. The standards set port 587 for outgoing mail.",
};

/** The short reason not to use port 25, for the clients beyond the manual. */
export const notPort25: LocalizedText = {
  it: 'Non usare la porta 25: molti provider la bloccano in uscita (per ostacolare lo spam) e il server di Halnet può segnalare come spam la posta inviata sulla 25.',
  en: "Do not use port 25: many providers block it (to hinder spam) and Halnet's server may flag mail sent on port 25 as spam.",
};

/** Which encryption goes with which port, for the manual's Outlook clients. */
export const tlsOn587OrSslOn465: LocalizedText = {
  it: 'Sulla porta 587 la crittografia usa TLS (STARTTLS); in alternativa si può usare la porta 465 con SSL (vedi "Attivazione della crittografia").',
  en: 'On port 587 encryption uses TLS (STARTTLS); alternatively you can use port 465 with SSL (see "Turn on encryption").',
};
