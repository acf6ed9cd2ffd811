// The download page's texts (Italian default, English): what the file does for each kind of
// mail program, the two fields, the button, and what the device shows at install, signed or not.
import type { Locale } from '../knowledge/ids';
import type { ConfigKind } from './account';

export const PAGE_TEXTS = {
  it: {
    lang: 'it',
    otherLanguage: 'English',
    title: 'Configurazione automatica della posta Halnet',
    'intro.apple':
      'Scarica il profilo di configurazione per iPhone, iPad o Mail del Mac: imposta da solo la posta in uscita su {host} (porta {port}, TLS, autenticazione) e installa il certificato di Halnet.',
    'intro.thunderbird':
      'Thunderbird trova da solo queste impostazioni: in Thunderbird scegli «Configura un account esistente» e scrivi il tuo indirizzo. Qui puoi scaricare lo stesso file (config-v1.1.xml), ad esempio per il tuo tecnico.',
    'intro.outlook':
      'Outlook trova da solo queste impostazioni quando aggiungi l’account (File › Aggiungi account) con il tuo indirizzo. Qui puoi scaricare la stessa risposta (autodiscover.xml), ad esempio per il tuo tecnico.',
    email: 'Indirizzo email',
    username: 'Nome utente del servizio SMTP',
    usernameHint:
      'È quello che ti ha dato Halnet per la posta in uscita: può essere diverso da quello della casella.',
    noPassword: 'Non ti chiediamo la password: te la chiederà il dispositivo o il programma di posta.',
    download: 'Scarica il file',
    signed:
      'Il profilo è firmato da {signer}: durante l’installazione il dispositivo lo mostrerà come «Verificato».',
    unsigned:
      'Il profilo non è firmato: durante l’installazione il dispositivo lo mostrerà come «Non verificato». È normale: controlla che il nome sia «Halnet» e prosegui.',
    demoCa:
      'Attenzione: questa è un’installazione di prova. Il certificato incluso è un certificato dimostrativo usa e getta («{ca}»), non quello di Halnet.',
    trust:
      'Dopo l’installazione, su iPhone e iPad attiva la fiducia nel certificato: Impostazioni › Generali › Info › Impostazioni attendibilità certificati.',
    invalid: 'Controlla i dati: {problem}',
    'problem.email': 'l’indirizzo email non è valido.',
    'problem.username':
      'il nome utente può contenere solo lettere, cifre e . _ - + @ (massimo 64 caratteri).',
    'problem.password': 'la password non va mai inviata.',
  },
  en: {
    lang: 'en',
    otherLanguage: 'Italiano',
    title: 'Automatic set-up of Halnet mail',
    'intro.apple':
      'Download the configuration profile for iPhone, iPad or Mail on the Mac: it sets outgoing mail to {host} (port {port}, TLS, authentication) and installs Halnet’s certificate.',
    'intro.thunderbird':
      'Thunderbird finds these settings by itself: in Thunderbird choose “Existing email account” and type your address. Here you can download the same file (config-v1.1.xml), for example for your technician.',
    'intro.outlook':
      'Outlook finds these settings by itself when you add the account (File › Add account) with your address. Here you can download the same answer (autodiscover.xml), for example for your technician.',
    email: 'E-mail address',
    username: 'SMTP service user name',
    usernameHint: 'The one Halnet gave you for outgoing mail: it may differ from your mailbox’s.',
    noPassword: 'We do not ask for your password: your device or mail program will ask for it.',
    download: 'Download the file',
    signed: 'The profile is signed by {signer}: while installing, your device shows it as “Verified”.',
    unsigned:
      'The profile is not signed: while installing, your device shows it as “Unverified”. That is expected: check that the name is “Halnet” and go on.',
    demoCa:
      'Note: this is a test installation. The certificate inside is a throw-away demo certificate (“{ca}”), not Halnet’s.',
    trust:
      'After installing, on iPhone and iPad turn on trust for the certificate: Settings › General › About › Certificate Trust Settings.',
    invalid: 'Please check: {problem}',
    'problem.email': 'the e-mail address is not valid.',
    'problem.username': 'the user name may hold letters, digits and . _ - + @ only (64 characters at most).',
    'problem.password': 'a password is never to be sent.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type PageTextKey = keyof (typeof PAGE_TEXTS)['it'];

export function pageText(
  locale: Locale,
  key: PageTextKey,
  vars: Record<string, string | number> = {},
): string {
  return PAGE_TEXTS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );
}

export function introKey(kind: ConfigKind): PageTextKey {
  return `intro.${kind}`;
}
