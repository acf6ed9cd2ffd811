// The manual's clients use the manual's exact Italian menu and field labels, and the English
// labels of the same client version; Eudora (English only) keeps its English labels in both.
import { type ClientId, getClientGuide, type Locale, type TopicId, walkCaution } from '../../core/knowledge';
import { topicText } from './helpers';

type LabelCase = [client: ClientId, topic: TopicId, locale: Locale, labels: string[]];

const CA_URL = 'http://www.hln.it/file/cacert.crt';

const OUTLOOK_EXPRESS: LabelCase[] = [
  [
    'outlook-express',
    'server',
    'it',
    ['Strumenti / Account', '"Proprietà"', 'Scheda "Server"', '"Posta in uscita (SMTP)"'],
  ],
  [
    'outlook-express',
    'authentication',
    'it',
    [
      '"Server della posta in uscita"',
      '"Autenticazione del server necessaria"',
      '"Impostazioni"',
      '"Accedi come"',
    ],
  ],
  [
    'outlook-express',
    'port',
    'it',
    ['Scheda "Impostazioni avanzate"', '"Posta in uscita (SMTP)"', '**587**'],
  ],
  [
    'outlook-express',
    'encryption',
    'it',
    [
      '"Impostazioni avanzate"',
      '"il server necessita di una connessione protetta (SSL)"',
      '**587**',
      '**465**',
    ],
  ],
  ['outlook-express', 'ca-certificate', 'it', [CA_URL, '"Installa certificato"', 'importazione terminata']],
  [
    'outlook-express',
    'server',
    'en',
    ['Tools > Accounts', '"Properties"', '"Servers" tab', '"Outgoing mail (SMTP)"'],
  ],
  [
    'outlook-express',
    'authentication',
    'en',
    ['"Outgoing Mail Server"', '"My server requires authentication"', '"Settings"', '"Log on using"'],
  ],
  ['outlook-express', 'port', 'en', ['"Advanced" tab', '"Outgoing mail (SMTP)"', '**587**']],
  [
    'outlook-express',
    'encryption',
    'en',
    ['"Advanced" tab', '"This server requires a secure connection (SSL)"'],
  ],
  ['outlook-express', 'ca-certificate', 'en', [CA_URL, '"Install Certificate"']],
];

const OUTLOOK_2003: LabelCase[] = [
  [
    'outlook-2003',
    'server',
    'it',
    [
      'Strumenti / Account di posta elettronica',
      '"Visualizza o cambia gli account di posta elettronica esistenti"',
      '"Cambia"',
      '"Server posta in uscita (SMTP)"',
    ],
  ],
  [
    'outlook-2003',
    'authentication',
    'it',
    [
      '"Altre impostazioni"',
      'Scheda "Server della posta in uscita"',
      '"il server della posta in uscita (SMTP) richiede l\'autenticazione"',
      '"Accedi con"',
      '"Accedi con autenticazione password di protezione (SPA)"',
    ],
  ],
  [
    'outlook-2003',
    'port',
    'it',
    ['Scheda "Impostazioni avanzate"', '"Server di posta in uscita (SMTP)"', '**587**'],
  ],
  [
    'outlook-2003',
    'encryption',
    'it',
    [
      '"Altre impostazioni"',
      '"Server di posta in uscita (SMTP)"',
      '"il server richiede una connessione crittografata (SSL)"',
    ],
  ],
  ['outlook-2003', 'ca-certificate', 'it', [CA_URL, '"Installa certificato"']],
  [
    'outlook-2003',
    'server',
    'en',
    [
      'Tools > E-mail Accounts',
      '"View or change existing e-mail accounts"',
      '"Change"',
      '"Outgoing mail server (SMTP)"',
    ],
  ],
  [
    'outlook-2003',
    'authentication',
    'en',
    [
      '"More Settings"',
      '"Outgoing Server" tab',
      '"My outgoing server (SMTP) requires authentication"',
      '"Log on using"',
      '"Log on using Secure Password Authentication (SPA)"',
    ],
  ],
  ['outlook-2003', 'port', 'en', ['"Advanced" tab', '"Outgoing server (SMTP)"', '**587**']],
  [
    'outlook-2003',
    'encryption',
    'en',
    ['"Advanced" tab', '"This server requires an encrypted connection (SSL)"'],
  ],
];

const OUTLOOK_2007: LabelCase[] = [
  [
    'outlook-2007',
    'server',
    'it',
    ['Strumenti / Impostazioni account', '"Cambia"', '"Server posta in uscita (SMTP)"'],
  ],
  [
    'outlook-2007',
    'authentication',
    'it',
    [
      '"Altre impostazioni"',
      'Scheda "Server della posta in uscita"',
      '"il server della posta in uscita (SMTP) richiede l\'autenticazione"',
      '"Accedi con"',
    ],
  ],
  [
    'outlook-2007',
    'port',
    'it',
    [
      'Scheda "Impostazioni avanzate"',
      '"Server di posta in uscita (SMTP)"',
      '"Utilizzare il tipo di connessione crittografata seguente:"',
      '"Nessuna"',
    ],
  ],
  [
    'outlook-2007',
    'encryption',
    'it',
    [
      'Strumenti / Impostazioni account',
      '"Utilizzare il tipo di connessione crittografata seguente:"',
      '"TLS" e lasciare la porta **587**',
      'impostare la porta **465**',
    ],
  ],
  ['outlook-2007', 'server', 'en', ['Tools > Account Settings', '"Change"', '"Outgoing mail server (SMTP)"']],
  [
    'outlook-2007',
    'authentication',
    'en',
    [
      '"More Settings"',
      '"Outgoing Server" tab',
      '"My outgoing server (SMTP) requires authentication"',
      '"Log on using"',
    ],
  ],
  [
    'outlook-2007',
    'port',
    'en',
    ['"Advanced" tab', '"Outgoing server (SMTP)"', '"Use the following type of encrypted connection:"'],
  ],
  [
    'outlook-2007',
    'encryption',
    'en',
    ['Tools > Account Settings', '"Use the following type of encrypted connection:"', '"TLS"', '"SSL"'],
  ],
];

const EUDORA_SHARED: [TopicId, string[]][] = [
  [
    'server',
    [
      '"New..."',
      '"Skip directly to advanced account setup"',
      '"smtp"',
      '"Check Mail"',
      '"Getting Started"',
      '"SMTP Relay Personality"',
    ],
  ],
  [
    'authentication',
    [
      '"Authentication allowed"',
      '"Use relay personality, if defined"',
      '"Allow authentication"',
      '"SMTP Relay Personality"',
    ],
  ],
  ['port', ['"Use submission port (587)"', '"Sending Mail"', '"Secure Sockets"', '"Never"']],
  ['encryption', ['"Secure Sockets"', '"Required, STARTTLS"', '"Sending Mail"', '"Yes"']],
  ['ca-certificate', [CA_URL, '"Yes"']],
];
const EUDORA: LabelCase[] = [
  ...EUDORA_SHARED.map(([topic, labels]): LabelCase => ['eudora-7', topic, 'it', labels]),
  ...EUDORA_SHARED.map(([topic, labels]): LabelCase => ['eudora-7', topic, 'en', labels]),
  ['eudora-7', 'server', 'it', ['Tools / Personalities', 'Tools / Options']],
  ['eudora-7', 'server', 'en', ['Tools > Personalities', 'Tools > Options']],
];

const MODERN: LabelCase[] = [
  [
    'outlook-classic',
    'authentication',
    'en',
    ['Account Settings > Account Settings', '"More Settings"', '"Outgoing Server" tab', '"Log on using"'],
  ],
  [
    'outlook-classic',
    'port',
    'en',
    ['"Use the following type of encrypted connection:"', 'STARTTLS', 'SSL/TLS'],
  ],
  ['outlook-classic', 'ca-certificate', 'en', ['"Trusted Root Certification Authorities"', '"Current User"']],
  [
    'outlook-classic',
    'ca-certificate',
    'it',
    ['"Autorità di certificazione radice attendibili"', '"Utente corrente"'],
  ],
  ['outlook-new', 'server', 'en', ['**Settings**', '**Accounts**', '**Email accounts**', '**Manage**']],
  [
    'thunderbird',
    'authentication',
    'it',
    [
      '**Impostazioni account**',
      '**Server in uscita (SMTP)**',
      '**Modifica**',
      '"Metodo di autenticazione"',
      '**Password normale**',
      '"Nome utente"',
    ],
  ],
  [
    'thunderbird',
    'port',
    'it',
    ['"Sicurezza della connessione"', '**STARTTLS**', '**587**', '**SSL/TLS**', '**465**'],
  ],
  [
    'thunderbird',
    'authentication',
    'en',
    [
      '**Account Settings**',
      '**Outgoing Server (SMTP)**',
      '**Edit**',
      '"Authentication method"',
      '**Normal password**',
      '"User Name"',
    ],
  ],
  [
    'thunderbird',
    'port',
    'en',
    ['"Connection security"', '**STARTTLS**', '**587**', '**SSL/TLS**', '**465**'],
  ],
  [
    'apple-mail',
    'port',
    'it',
    ['**Mail > Impostazioni > Account**', '**Impostazioni server**', '**Usa TLS/SSL**', '**587**'],
  ],
  [
    'apple-mail',
    'port',
    'en',
    [
      '**Mail > Settings > Accounts**',
      '**Server Settings**',
      '**Automatically manage connection settings**',
      '**Use TLS/SSL**',
    ],
  ],
  ['apple-mail', 'server', 'en', ['"Host Name"', '**Edit SMTP Server List**']],
  ['apple-mail', 'authentication', 'en', ['As "Authentication" choose **Password**']],
  ['apple-mail', 'ca-certificate', 'en', ['**Keychain Access**', '**Always Trust**']],
  [
    'ios-mail',
    'port',
    'it',
    ['**Impostazioni > App > Mail > Account**', '**Usa SSL**', '"Porta server"', '**587**'],
  ],
  [
    'ios-mail',
    'port',
    'en',
    ['**Settings > Apps > Mail > Mail Accounts**', '**Primary Server**', '**Use SSL**', '"Server Port"'],
  ],
  [
    'ios-mail',
    'ca-certificate',
    'it',
    ['**Impostazioni > Generali > Info > Impostazioni attendibilità certificati**'],
  ],
  ['ios-mail', 'ca-certificate', 'en', ['**Settings > General > About > Certificate Trust Settings**']],
  ['android-gmail', 'port', 'en', ['**STARTTLS**', '**587**', '**SSL/TLS**', '**465**']],
  ['android-gmail', 'ca-certificate', 'en', ['Android 7', CA_URL]],
  ['android-thunderbird', 'port', 'en', ['"Security"', '**STARTTLS**', '**587**', '**SSL/TLS**']],
  ['android-thunderbird', 'ca-certificate', 'it', ['accettarlo']],
];

describe.each([
  ['Outlook Express', OUTLOOK_EXPRESS],
  ['Outlook 2003', OUTLOOK_2003],
  ['Outlook 2007', OUTLOOK_2007],
  ['Eudora 7', EUDORA],
  ['clients beyond the manual', MODERN],
])('%s labels', (_name, cases) => {
  it.each(cases)('%s %s (%s) contains its labels', (client, topic, locale, labels) => {
    const text = topicText(client, topic, locale);
    for (const label of labels) expect(text).toContain(label);
  });
});

describe('labels of another version or language', () => {
  it('does not give Outlook 2007 the Outlook 2003 menu, nor Outlook 2003 the Outlook 2007 one', () => {
    for (const topic of ['server', 'authentication', 'port', 'encryption'] as const) {
      expect(topicText('outlook-2007', topic, 'it')).not.toContain('Account di posta elettronica');
      expect(topicText('outlook-2003', topic, 'it')).not.toContain('Impostazioni account');
    }
  });

  it('keeps English labels out of the Italian Outlook steps and Italian ones out of the English', () => {
    for (const client of ['outlook-express', 'outlook-2003', 'outlook-2007'] as const) {
      for (const topic of ['server', 'authentication', 'port', 'encryption'] as const) {
        expect(topicText(client, topic, 'it')).not.toMatch(
          /More Settings|Log on using|"Advanced"|Properties/,
        );
        expect(topicText(client, topic, 'en')).not.toMatch(
          /Altre impostazioni|Accedi con|Impostazioni avanzate|Proprietà/,
        );
      }
    }
  });
});

describe("the way out where Halnet's certificate cannot be trusted", () => {
  it.each([
    ['android-gmail', 'Thunderbird per Android', 'Thunderbird for Android'],
    ['outlook-new', 'Outlook classico', 'classic Outlook'],
  ] as const)('%s names it in the caution its certificate and encryption answers show', (client, it, en) => {
    const guide = getClientGuide(client);
    for (const topics of [['ca-certificate'], ['encryption'], ['port']] as const) {
      const caution = walkCaution(guide, topics);
      expect(caution?.it).toContain(it);
      expect(caution?.en).toContain(en);
    }
  });
});
