// Every client has a complete guide: every topic, both languages, steps one to one, in the
// order of CLIENT_IDS, with the manual's clients marked as such.
import {
  CLIENT_IDS,
  clientGuides,
  getClientGuide,
  LOCALES,
  serviceFacts,
  TOPIC_IDS,
  topicTitles,
} from '../../core/knowledge';
import { topicText } from './helpers';

const MANUAL_CLIENTS = ['outlook-express', 'outlook-2003', 'outlook-2007', 'eudora-7', 'other'] as const;

describe('client guides', () => {
  it('has one guide per client id, in the order of CLIENT_IDS', () => {
    expect(clientGuides.map((guide) => guide.id)).toEqual([...CLIENT_IDS]);
    expect(clientGuides).toHaveLength(12);
  });

  it.each(CLIENT_IDS)('%s has every topic in both languages with the same number of steps', (client) => {
    const guide = getClientGuide(client);
    expect(Object.keys(guide.topics).sort()).toEqual([...TOPIC_IDS].sort());
    for (const topic of TOPIC_IDS) {
      const steps = guide.topics[topic];
      expect(steps.it.length).toBeGreaterThan(0);
      expect(steps.en).toHaveLength(steps.it.length);
      for (const step of [...steps.it, ...steps.en]) expect(step.trim()).not.toBe('');
    }
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
      expect(topicText(client, 'authentication', 'it')).toContain('fornite per il servizio SMTP');
      expect(topicText(client, 'authentication', 'it')).toContain('non quelle della casella di posta');
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
      guide.topics.authentication.it.some((step) => /\(SPA\)/.test(step) && /disattivat/.test(step)),
    ).toBe(true);
    expect(
      guide.topics.authentication.en.some(
        (step) => step.includes('Secure Password Authentication') && /unticked|\boff\b/.test(step),
      ),
    ).toBe(true);
  });

  it('refers from one topic to another by titles that exist', () => {
    const titles = Object.values(topicTitles);
    for (const guide of clientGuides) {
      for (const locale of LOCALES) {
        for (const step of TOPIC_IDS.flatMap((topic) => guide.topics[topic][locale])) {
          for (const [, referred] of step.matchAll(/\((?:vedi|see) "([^"]+)"\)/g)) {
            expect(titles.map((title) => title[locale])).toContain(referred);
          }
        }
      }
    }
  });
});
