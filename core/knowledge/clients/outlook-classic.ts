// Classic Outlook for Windows (2010, 2013, 2016, 2019, 2021 and Microsoft 365), beyond the
// manual. Same dialogs as Outlook 2007 (More Settings, Outgoing Server, Advanced), reached
// from the File tab; recent Microsoft 365 builds may open a simpler "server settings" page
// instead, so each step names the place plainly as well.
import type { ClientGuideInput } from '../schema';
import { downloadCa, installCaFirst, notPort25 } from './common-steps';

const openAccount = {
  it: 'Nella scheda **File** scegliere **Impostazioni account > Impostazioni account**, selezionare l\'account di posta nella scheda "Posta elettronica" e premere "Cambia". (Nelle versioni recenti di Microsoft 365 si apre invece una pagina con le impostazioni del server, divisa in posta in arrivo e posta in uscita: le stesse voci sono nella sezione della posta in uscita.)',
  en: 'On the **File** tab choose **Account Settings > Account Settings**, select the mail account on the "Email" tab and click "Change". (Recent Microsoft 365 builds open a server settings page instead, split into incoming and outgoing mail: the same settings are in its outgoing mail section.)',
};
const close = {
  it: 'Premere "OK", poi "Avanti" e "Fine", e chiudere la finestra "Impostazioni account".',
  en: 'Click "OK", then "Next" and "Finish", and close the "Account Settings" window.',
};
const moreSettings = {
  it: 'Premere "Altre impostazioni"',
  en: 'Click "More Settings"',
};

export const outlookClassicGuide: ClientGuideInput = {
  id: 'outlook-classic',
  name: { it: 'Outlook (versione classica)', en: 'Outlook (classic)' },
  fromManual: false,
  covers: {
    it: 'Outlook 2010, 2013, 2016, 2019, 2021 e Outlook classico di Microsoft 365 per Windows',
    en: 'Outlook 2010, 2013, 2016, 2019, 2021 and classic Outlook for Microsoft 365 on Windows',
  },
  topics: {
    server: {
      it: [
        openAccount.it,
        'Nella voce "Server posta in uscita (SMTP)" scrivere `smtp.hln.it`; il server della posta in arrivo (POP3) resta `mail.hln.it`.',
        'Premere "Avanti" e "Fine", e chiudere la finestra "Impostazioni account".',
      ],
      en: [
        openAccount.en,
        'In "Outgoing mail server (SMTP)" type `smtp.hln.it`; the incoming mail (POP3) server stays `mail.hln.it`.',
        'Click "Next" and "Finish", and close the "Account Settings" window.',
      ],
    },
    authentication: {
      it: [
        openAccount.it,
        `${moreSettings.it} e aprire la scheda "Server della posta in uscita". Attivare la casella "Il server della posta in uscita (SMTP) richiede l'autenticazione".`,
        'Scegliere "Accedi con" e inserire nome utente e password: le credenziali fornite per il servizio SMTP (non quelle della casella di posta, se sono diverse).',
        "Lasciare disattivata l'autenticazione password di protezione (SPA), sia qui sia nella finestra principale dell'account: il server SMTP di Halnet non la usa.",
        close.it,
      ],
      en: [
        openAccount.en,
        `${moreSettings.en} and open the "Outgoing Server" tab. Tick "My outgoing server (SMTP) requires authentication".`,
        'Choose "Log on using" and enter the user name and password given for the SMTP service (not your mailbox\'s, if they differ).',
        "Leave Secure Password Authentication (SPA) unticked, here and in the account's main window: Halnet's SMTP server does not use it.",
        close.en,
      ],
    },
    port: {
      it: [
        openAccount.it,
        `${moreSettings.it} e aprire la scheda "Impostazioni avanzate". Come porta del server della posta in uscita (SMTP) impostare **587**.`,
        'Nel menù "Utilizzare il tipo di connessione crittografata seguente:" con la porta 587 va scelto TLS (nelle versioni recenti si chiama "STARTTLS"); in alternativa si può usare la porta **465** con SSL ("SSL/TLS"). Non lasciare la scelta automatica: Outlook può scegliere il tipo sbagliato per la porta.',
        notPort25.it,
        close.it,
      ],
      en: [
        openAccount.en,
        `${moreSettings.en} and open the "Advanced" tab. Set the outgoing server (SMTP) port to **587**.`,
        'In "Use the following type of encrypted connection:" port 587 goes with TLS (called "STARTTLS" in recent versions); alternatively use port **465** with SSL ("SSL/TLS"). Do not leave it on "Auto": Outlook may pick the wrong kind for the port.',
        notPort25.en,
        close.en,
      ],
    },
    encryption: {
      it: [
        installCaFirst.it,
        openAccount.it,
        `${moreSettings.it} e aprire la scheda "Impostazioni avanzate". Nel menù "Utilizzare il tipo di connessione crittografata seguente:" scegliere TLS ("STARTTLS") con la porta **587**, consigliata, oppure SSL ("SSL/TLS") con la porta **465**.`,
        "I due protocolli sono equivalenti in termini di sicurezza; la crittografia rende l'invio un po' più lento, ed è normale.",
        close.it,
      ],
      en: [
        installCaFirst.en,
        openAccount.en,
        `${moreSettings.en} and open the "Advanced" tab. In "Use the following type of encrypted connection:" choose TLS ("STARTTLS") with port **587**, recommended, or SSL ("SSL/TLS") with port **465**.`,
        'Both are equally secure; encryption makes sending a little slower, which is normal.',
        close.en,
      ],
    },
    'ca-certificate': {
      it: [
        downloadCa.it,
        'Fare doppio click sul file scaricato e premere "Installa certificato"; come percorso di archiviazione scegliere "Utente corrente" e premere "Avanti".',
        'Scegliere "Colloca tutti i certificati nel seguente archivio", premere "Sfoglia", selezionare "Autorità di certificazione radice attendibili" e premere "OK", poi "Avanti" e "Fine".',
        'All\'avviso di sicurezza premere "Sì": apparirà il messaggio di importazione terminata. Chiudere e riaprire Outlook.',
      ],
      en: [
        downloadCa.en,
        'Double-click the downloaded file and click "Install Certificate"; choose "Current User" as store location and click "Next".',
        'Choose "Place all certificates in the following store", click "Browse", select "Trusted Root Certification Authorities" and click "OK", then "Next" and "Finish".',
        'At the security warning click "Yes": the message "The import was successful." appears. Close and reopen Outlook.',
      ],
    },
  },
  cautions: [
    {
      it: 'Questa guida vale per Outlook classico. Il nuovo Outlook per Windows (con l\'interruttore "Nuovo Outlook" in alto) funziona in modo diverso: vedi la sua guida.',
      en: 'This guide is for classic Outlook. The new Outlook for Windows (with the "New Outlook" toggle at the top) works differently: see its own guide.',
    },
  ],
};
