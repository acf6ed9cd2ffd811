// Each client's guide is one walk through its screens: every window opened once and closed
// once, no step or sentence said twice, no pointer to a section the answer does not show,
// short steps, and for every symptom a selection of steps that fits the answer's budget.
import {
  CLIENT_IDS,
  type ClientGuide,
  type ClientId,
  clientGuideSchema,
  clientGuides,
  getClientGuide,
  LOCALES,
  type Locale,
  serviceFacts,
  symptoms,
  type TopicId,
  walkCaution,
  walkLines,
  walkSteps,
  walkTopics,
} from '../../core/knowledge';
import { allStrings, sentences } from './helpers';

/** Where each client's main window is opened and where it is closed, in both languages. */
const OPEN_AND_CLOSE: Record<ClientId, Record<Locale, [open: string, close: string]>> = {
  'outlook-express': {
    it: ['Strumenti / Account', 'chiudere la finestra degli account'],
    en: ['Tools > Accounts', 'close the Internet Accounts window'],
  },
  'outlook-2003': {
    it: ['Strumenti / Account di posta elettronica', '"Fine"'],
    en: ['Tools > E-mail Accounts', '"Finish"'],
  },
  'outlook-2007': {
    it: ['Strumenti / Impostazioni account', '"Fine"'],
    en: ['Tools > Account Settings', '"Finish"'],
  },
  'eudora-7': { it: ['Tools / Options', 'Premere "OK"'], en: ['Tools > Options', 'Click "OK"'] },
  'outlook-classic': {
    it: ['**File**', 'chiudere "Impostazioni account"'],
    en: ['**File**', 'close "Account Settings"'],
  },
  'outlook-new': { it: ['**Gestisci**', '"Continua"'], en: ['**Manage**', '"Continue"'] },
  thunderbird: { it: ['**Modifica**', 'Premere "OK"'], en: ['**Edit**', 'Click "OK"'] },
  'apple-mail': { it: ['**Impostazioni server**', '"Salva"'], en: ['**Server Settings**', '"Save"'] },
  'ios-mail': { it: ['**server primario**', '"Fine"'], en: ['**Primary Server**', '"Done"'] },
  'android-gmail': {
    it: ["l'account Halnet", 'attendere la verifica'],
    en: ['the Halnet account', 'wait while the settings are checked'],
  },
  'android-thunderbird': {
    it: ['**server in uscita**', 'attendere la verifica'],
    en: ['**Outgoing server**', 'wait while the settings are checked'],
  },
  other: {
    it: ["Aprire le impostazioni dell'account", 'Salvare le impostazioni'],
    en: ["Open the account's settings", 'Save the settings'],
  },
};

/** Clients whose walk turns TLS on with the settings it gives (issue 9's encryption policy). */
const TLS_BY_DEFAULT: ClientId[] = [
  'outlook-classic',
  'outlook-new',
  'thunderbird',
  'apple-mail',
  'ios-mail',
  'android-gmail',
  'android-thunderbird',
];

/** A whole answer is at most 1,500 characters: the steps leave room for the cause line. */
const STEPS_BUDGET = 1300;
const STEP_MAX = 230;

const SYMPTOMS_WITH_STEPS = symptoms.filter((symptom) => symptom.topics.length > 0);
const CASES = CLIENT_IDS.flatMap((client) =>
  SYMPTOMS_WITH_STEPS.flatMap((symptom) => LOCALES.map((locale) => ({ client, symptom, locale }))),
);

function answerLength(guide: ClientGuide, topics: readonly TopicId[], locale: Locale): number {
  const steps = walkLines(guide, topics, locale).join('\n');
  return steps.length + (walkCaution(guide, topics)?.[locale].length ?? 0);
}

describe('walk structure', () => {
  it.each(CLIENT_IDS)('%s says no step and no sentence twice, in either language', (client) => {
    const guide = getClientGuide(client);
    for (const locale of LOCALES) {
      const steps = guide.walk.map((step) => step[locale]);
      expect(new Set(steps).size).toBe(steps.length);
      const said = [...steps, ...guide.cautions.map((caution) => caution[locale])].flatMap(sentences);
      const repeated = said.filter((sentence, index) => said.indexOf(sentence) !== index);
      expect(repeated).toEqual([]);
    }
  });

  it.each(CLIENT_IDS)('%s opens its window once and closes it once, with the same topics', (client) => {
    const guide = getClientGuide(client);
    for (const locale of LOCALES) {
      const [open, close] = OPEN_AND_CLOSE[client][locale];
      const opening = guide.walk.filter((step) => step[locale].includes(open));
      const closing = guide.walk.filter((step) => step[locale].includes(close));
      expect(opening).toHaveLength(1);
      expect(closing).toHaveLength(1);
      const [opened, closed] = [opening[0], closing[0]];
      if (opened === undefined || closed === undefined) throw new Error('unreachable');
      expect([...closed.for].sort()).toEqual([...opened.for].sort());
      // Everything between them happens inside that window.
      const inside = guide.walk.slice(guide.walk.indexOf(opened) + 1, guide.walk.indexOf(closed));
      expect(inside.length).toBeGreaterThan(0);
      for (const step of inside) for (const topic of step.for) expect(opened.for).toContain(topic);
    }
  });

  it.each(CLIENT_IDS)(
    '%s walks through the CA before the account window when the CA is installed',
    (client) => {
      const guide = getClientGuide(client);
      const [open] = OPEN_AND_CLOSE[client].it;
      const openIndex = guide.walk.findIndex((step) => step.it.includes(open));
      const installs = guide.walk.filter(
        (step) => /(cacert\.crt)/.test(step.it) && /Scaricare|Safari/.test(step.it),
      );
      for (const step of installs) expect(guide.walk.indexOf(step)).toBeLessThan(openIndex);
    },
  );

  it.each(CLIENT_IDS)(`%s keeps every step short: at most ${STEP_MAX} characters`, (client) => {
    for (const step of getClientGuide(client).walk) {
      for (const locale of LOCALES) expect(step[locale].length).toBeLessThanOrEqual(STEP_MAX);
    }
  });

  it('never points at a section that is not on screen', () => {
    const texts = allStrings([clientGuides.map((guide) => [guide.walk, guide.cautions]), symptoms]);
    expect(texts.length).toBeGreaterThan(300);
    const pointers = texts.filter((text) =>
      /\bvedi\b|\bsee\s+"|\bsee (its|the) (own )?guide|\bsezione\s+"|\bsection\s+"/i.test(text),
    );
    expect(pointers).toEqual([]);
  });

  it('gives every caution the topics it is about, at most two per client', () => {
    for (const guide of clientGuides) {
      expect(guide.cautions.length).toBeLessThanOrEqual(2);
      for (const caution of guide.cautions) expect(caution.for?.length).toBeGreaterThan(0);
    }
  });
});

describe('encryption policy', () => {
  it('marks exactly the clients whose walk turns TLS on', () => {
    expect(clientGuides.filter((guide) => guide.tlsByDefault).map((guide) => guide.id)).toEqual(
      TLS_BY_DEFAULT,
    );
  });

  it.each(TLS_BY_DEFAULT)(
    '%s turns TLS on in a step for port and encryption, and brings the CA',
    (client) => {
      const guide = getClientGuide(client);
      const tlsSteps = guide.walk.filter(
        (step) => step.for.includes('port') && step.for.includes('encryption'),
      );
      expect(tlsSteps.some((step) => /STARTTLS/.test(step.it) && /STARTTLS/.test(step.en))).toBe(true);
      expect(walkTopics(guide, ['port'])).toContain('ca-certificate');
      for (const locale of LOCALES) {
        // The CA steps come whole with the port: self-contained, with the certificate's address.
        const lines = walkLines(guide, ['port'], locale);
        expect(lines.join('\n')).toContain(serviceFacts.caCertificateUrl);
        expect(lines).toEqual(expect.arrayContaining(guide.topics['ca-certificate'][locale]));
      }
    },
  );

  it.each(CLIENT_IDS.filter((client) => !TLS_BY_DEFAULT.includes(client)))(
    "%s keeps the manual's path: its port steps leave encryption off, its encryption steps turn it on",
    (client) => {
      const guide = getClientGuide(client);
      expect(walkTopics(guide, ['port'])).toEqual(['port']);
      for (const locale of LOCALES) {
        const portOnly = guide.walk.filter((step) => step.for.includes('port')).map((step) => step[locale]);
        for (const step of portOnly) expect(step).not.toMatch(/STARTTLS|\bTLS\b|SSL\/TLS/);
        expect(walkLines(guide, ['encryption'], locale).join('\n')).toMatch(
          /587[^\n]*\b(TLS|STARTTLS)\b|\b(TLS|STARTTLS)\b[^\n]*587/,
        );
      }
    },
  );

  it('reads the Outlook 2007 setup with "Nessuna", and its encryption as its own step', () => {
    const guide = getClientGuide('outlook-2007');
    const nessuna = guide.walk.filter((step) => step.it.includes('"Nessuna"'));
    expect(nessuna.map((step) => step.for)).toEqual([['port']]);
    expect(nessuna[0]?.en).toContain('"None"');
    const encryption = guide.walk.filter((step) => step.for.length === 1 && step.for[0] === 'encryption');
    expect(encryption).toHaveLength(1);
    expect(encryption[0]?.it).toContain('"TLS" e lasciare la porta **587**');
    expect(encryption[0]?.it).toContain('"SSL" e impostare la porta **465**');
  });
});

describe('answer budget per client and symptom', () => {
  it('covers 12 clients x 10 symptoms with steps x 2 languages', () => {
    expect(CASES).toHaveLength(12 * 10 * 2);
  });

  it.each(CASES)('$client / $symptom.id / $locale fits the steps budget', ({ client, symptom, locale }) => {
    const guide = getClientGuide(client);
    const lines = walkLines(guide, symptom.topics, locale);
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines).size).toBe(lines.length);
    expect(answerLength(guide, symptom.topics, locale)).toBeLessThanOrEqual(STEPS_BUDGET);
  });

  it('keeps the median selection short enough for a median answer under 900 characters', () => {
    const lengths = CASES.map(({ client, symptom, locale }) =>
      answerLength(getClientGuide(client), symptom.topics, locale),
    ).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThanOrEqual(750);
  });

  it.each(CLIENT_IDS)('%s keeps its whole walk near the budget in each language', (client) => {
    const guide = getClientGuide(client);
    for (const locale of LOCALES) {
      expect(guide.walk.reduce((total, step) => total + step[locale].length, 0)).toBeLessThanOrEqual(1600);
    }
  });
});

describe('choosing the steps of a walk', () => {
  const guide = clientGuideSchema.parse({
    id: 'other',
    name: { it: 'Prova', en: 'Test' },
    fromManual: false,
    tlsByDefault: true,
    walk: [
      { for: ['ca-certificate'], it: 'ca', en: 'ca' },
      { for: ['server', 'authentication', 'port', 'encryption'], it: 'apri', en: 'open' },
      { for: ['server'], it: 'server', en: 'server' },
      { for: ['authentication'], it: 'utente', en: 'user' },
      { for: ['port', 'encryption'], it: 'porta', en: 'port' },
      { for: ['server', 'authentication', 'port', 'encryption'], it: 'chiudi', en: 'close' },
    ],
    cautions: [
      { for: ['ca-certificate'], it: 'attenzione ca', en: 'ca caution' },
      { for: ['authentication'], it: 'attenzione utente', en: 'user caution' },
    ],
  });

  it('shows the steps tagged with any needed topic, in walk order, each once', () => {
    expect(walkLines(guide, ['authentication', 'server'], 'it')).toEqual([
      'apri',
      'server',
      'utente',
      'chiudi',
    ]);
    expect(walkSteps(guide, ['authentication'])).toHaveLength(3);
  });

  it('brings the CA steps with the port or encryption when the client turns TLS on by itself', () => {
    expect(walkLines(guide, ['port'], 'en')).toEqual(['ca', 'open', 'port', 'close']);
    expect(walkLines({ ...guide, tlsByDefault: false }, ['port'], 'en')).toEqual(['open', 'port', 'close']);
    expect(walkTopics(guide, ['authentication'])).toEqual(['authentication']);
  });

  it('shows at most the first caution that applies, and none without steps', () => {
    expect(walkCaution(guide, ['port'])?.en).toBe('ca caution');
    expect(walkCaution(guide, ['authentication'])?.en).toBe('user caution');
    expect(walkCaution(guide, ['server'])).toBeUndefined();
    expect(walkCaution(guide, [])).toBeUndefined();
  });
});
