// Every client has a complete guide: a walk reaching every topic in both languages, in the
// order of CLIENT_IDS, with the manual's clients marked as such and the service's facts right.
import {
  CLIENT_IDS,
  clientGuides,
  getClientGuide,
  LOCALES,
  serviceFacts,
  TOPIC_IDS,
} from '../../core/knowledge';
import { topicText } from './helpers';

const MANUAL_CLIENTS = ['outlook-express', 'outlook-2003', 'outlook-2007', 'eudora-7', 'other'] as const;

describe('client guides', () => {
  it('has one guide per client id, in the order of CLIENT_IDS', () => {
    expect(clientGuides.map((guide) => guide.id)).toEqual([...CLIENT_IDS]);
    expect(clientGuides).toHaveLength(12);
  });

  it.each(CLIENT_IDS)('%s reaches every topic from its walk, in both languages', (client) => {
    const guide = getClientGuide(client);
    expect(Object.keys(guide.topics).sort()).toEqual([...TOPIC_IDS].sort());
    for (const topic of TOPIC_IDS) {
      const steps = guide.topics[topic];
      expect(steps.it.length).toBeGreaterThan(0);
      expect(steps.en).toHaveLength(steps.it.length);
      expect(steps.it).toEqual(guide.walk.filter((step) => step.for.includes(topic)).map((step) => step.it));
    }
    for (const step of guide.walk) for (const locale of LOCALES) expect(step[locale].trim()).not.toBe('');
    for (const locale of LOCALES) expect(guide.name[locale].trim()).not.toBe('');
  });

  it('marks exactly the manual clients as fromManual', () => {
    const fromManual = clientGuides.filter((guide) => guide.fromManual).map((guide) => guide.id);
    expect(fromManual).toEqual([...MANUAL_CLIENTS]);
  });

  it.each(CLIENT_IDS)('%s sets the server to exactly smtp.hln.it in both languages', (client) => {
    for (const locale of LOCALES) {
      const text = topicText(client, 'server', locale);
      // A code span: copyable as is, and Web Chat's markdown does not turn it into a web link.
      expect(text).toContain(`\`${serviceFacts.outgoingHost}\``);
      expect(text).not.toMatch(/\bsmtp\.(?!hln\.it\b)[\w.-]+/);
    }
  });

  it.each(CLIENT_IDS)('%s gives the CA certificate URL in its certificate topic', (client) => {
    for (const locale of LOCALES) {
      expect(topicText(client, 'ca-certificate', locale)).toContain('http://www.hln.it/file/cacert.crt');
    }
  });

  it.each(CLIENT_IDS)(
    '%s authenticates with the SMTP service credentials, not the mailbox ones',
    (client) => {
      expect(topicText(client, 'authentication', 'it')).toMatch(/fornit[aeio] per il servizio SMTP/);
      expect(topicText(client, 'authentication', 'it')).toMatch(/non quell[aeio] della casella/);
      expect(topicText(client, 'authentication', 'en')).toContain('given for the SMTP service');
      expect(topicText(client, 'authentication', 'en')).toContain("not your mailbox's");
    },
  );

  it.each([
    'outlook-express',
    'outlook-2003',
    'outlook-2007',
    'outlook-classic',
    'outlook-new',
    'other',
  ] as const)('%s says to leave SPA off', (client) => {
    const guide = getClientGuide(client);
    expect(
      guide.topics.authentication.it.some((step) => /\bSPA\b/.test(step) && /disattivat/.test(step)),
    ).toBe(true);
    expect(
      guide.topics.authentication.en.some((step) => /\bSPA\b/.test(step) && /unticked|\boff\b/.test(step)),
    ).toBe(true);
  });
});
