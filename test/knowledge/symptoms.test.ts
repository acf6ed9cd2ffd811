// Every symptom has a title, cause and fix in both languages, points at topics every guide
// has, and carries the concrete codes and settings customers and agents recognise.
import { clientGuides, getSymptom, LOCALES, SYMPTOM_IDS, symptoms, TOPIC_IDS } from '../../core/knowledge';

function both(id: (typeof SYMPTOM_IDS)[number], field: 'title' | 'cause' | 'fix'): string {
  const text = getSymptom(id)[field];
  return `${text.it}\n${text.en}`;
}

describe('symptoms', () => {
  it('lists every symptom id once, in order', () => {
    expect(symptoms.map((symptom) => symptom.id)).toEqual([...SYMPTOM_IDS]);
  });

  it.each(SYMPTOM_IDS)('%s has title, cause and fix in both languages and topics every guide has', (id) => {
    const symptom = getSymptom(id);
    for (const locale of LOCALES) {
      for (const field of [symptom.title, symptom.cause, symptom.fix])
        expect(field[locale].trim()).not.toBe('');
    }
    expect(new Set(symptom.topics).size).toBe(symptom.topics.length);
    for (const topic of symptom.topics) {
      expect(TOPIC_IDS).toContain(topic);
      for (const guide of clientGuides) expect(guide.topics[topic].it.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['first-setup', ['server', 'authentication', 'port'], [/smtp\.hln\.it/, /587/]],
    ['cannot-connect', ['server', 'port'], [/\b25\b/, /587/, /0x800CCC0E/, /465/]],
    [
      'auth-failed',
      ['authentication'],
      [/535/, /SPA/, /servizio SMTP/, /SMTP service/, /casella di posta/, /mailbox/],
    ],
    ['relay-denied', ['authentication'], [/550/, /554/, /0x800CCC79/]],
    ['certificate-warning', ['ca-certificate', 'server'], [/cacert\.crt/, /smtp\.hln\.it/]],
    ['tls-mismatch', ['port', 'encryption'], [/0x800CCC1A/, /STARTTLS/, /465/, /587/, /TLS 1\.0/]],
    ['flagged-as-spam', ['port', 'authentication'], [/\b25\b/, /spam/, /587/]],
    ['wants-encryption', ['ca-certificate', 'encryption'], [/587/, /465/, /STARTTLS/, /SSL/]],
    ['works-only-at-home', ['server', 'authentication', 'port'], [/provider/, /smtp\.hln\.it/]],
    ['slow-sending', ['port'], [/crittografia/, /encryption/]],
    ['unknown', [], [/testo esatto/, /exact text/]],
  ] as const)('%s shows topics %j and names its codes and settings', (id, topics, patterns) => {
    expect(getSymptom(id).topics).toEqual(topics);
    const text = `${both(id, 'cause')}\n${both(id, 'fix')}`;
    for (const pattern of patterns) expect(text).toMatch(pattern);
  });

  it('tells the customer never to type the password in the chat', () => {
    expect(getSymptom('auth-failed').fix.it).toMatch(/Non scrivere la password/);
    expect(getSymptom('auth-failed').fix.en).toMatch(/Do not type your password/);
  });
});
