// Classic Outlook for Windows (2010, 2013, 2016, 2019, 2021 and Microsoft 365), beyond the
// manual. Same dialogs as Outlook 2007 (More Settings, Outgoing Server, Advanced), reached
// from the File tab. The walk sets TLS with 587 explicitly (left on "Auto", Outlook may pick
// the wrong kind for the port), so encryption is on and Halnet's CA comes with every setup.
import type { TopicId } from '../ids';
import type { ClientGuideInput } from '../schema';
import { downloadCa } from './common-steps';
import { openMoreSettings, outgoingServerAuthentication } from './outlook-more-settings';

/** Everything set in the account window, which is opened and closed once. */
const ACCOUNT: TopicId[] = ['server', 'authentication', 'port', 'encryption'];
/** What is set inside "More Settings". */
const MORE_SETTINGS: TopicId[] = ['authentication', 'port', 'encryption'];

export const outlookClassicGuide: ClientGuideInput = {
  id: 'outlook-classic',
  name: { it: 'Outlook (versione classica)', en: 'Outlook (classic)' },
  fromManual: false,
  covers: {
    it: 'Outlook 2010, 2013, 2016, 2019, 2021 e Outlook classico di Microsoft 365 per Windows',
    en: 'Outlook 2010, 2013, 2016, 2019, 2021 and classic Outlook for Microsoft 365 on Windows',
  },
  tlsByDefault: true,
  walk: [
    { for: ['ca-certificate'], ...downloadCa },
    {
      for: ['ca-certificate'],
      it: 'Fare doppio click sul file, premere "Installa certificato", scegliere "Utente corrente" e "Avanti".',
      en: 'Double-click the file, click "Install Certificate", choose "Current User" and "Next".',
    },
    {
      for: ['ca-certificate'],
      it: '"Colloca tutti i certificati nel seguente archivio" > "Sfoglia" > "Autorità di certificazione radice attendibili" > "OK", poi "Avanti", "Fine" e "Sì".',
      en: '"Place all certificates in the following store" > "Browse" > "Trusted Root Certification Authorities" > "OK", then "Next", "Finish" and "Yes".',
    },
    {
      for: ACCOUNT,
      it: 'In Outlook, scheda **File** > **Impostazioni account > Impostazioni account**: selezionare l\'account e premere "Cambia".',
      en: 'In Outlook, **File** tab > **Account Settings > Account Settings**: select the account and click "Change".',
    },
    {
      for: ['server'],
      it: '"Server posta in uscita (SMTP)": `smtp.hln.it`.',
      en: '"Outgoing mail server (SMTP)": `smtp.hln.it`.',
    },
    openMoreSettings,
    outgoingServerAuthentication,
    {
      for: ['authentication'],
      it: 'Scegliere "Accedi con": nome utente e password forniti per il servizio SMTP (non quelli della casella di posta, se diversi).',
      en: 'Choose "Log on using" and enter the user name and password given for the SMTP service (not your mailbox\'s, if they differ).',
    },
    {
      for: ['authentication'],
      it: "Lasciare disattivata l'autenticazione password di protezione (SPA).",
      en: 'Leave Secure Password Authentication (SPA) unticked.',
    },
    {
      for: ['port', 'encryption'],
      it: 'Scheda "Impostazioni avanzate": porta SMTP **587** con **TLS** ("STARTTLS") in "Utilizzare il tipo di connessione crittografata seguente:", non automatico; oppure **465** con **SSL** ("SSL/TLS"); non la 25.',
      en: 'On the "Advanced" tab: SMTP port **587** with **TLS** ("STARTTLS") in "Use the following type of encrypted connection:", not "Auto"; or **465** with **SSL** ("SSL/TLS"); not 25.',
    },
    {
      for: MORE_SETTINGS,
      it: 'Premere "OK".',
      en: 'Click "OK".',
    },
    {
      for: ACCOUNT,
      it: 'Premere "Avanti", "Fine" e chiudere "Impostazioni account".',
      en: 'Click "Next", "Finish" and close "Account Settings".',
    },
  ],
  cautions: [
    {
      for: ACCOUNT,
      it: 'Con Microsoft 365 recente "Cambia" può aprire una pagina semplificata: stesse voci, nella sezione della posta in uscita.',
      en: 'In recent Microsoft 365 builds "Change" may open a simpler page: same settings, in its outgoing mail section.',
    },
  ],
};
