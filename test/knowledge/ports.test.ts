// Port advice is the manual's: 587 with TLS (STARTTLS), or 465 with SSL; port 25 only ever
// appears as something not to use, and never as a TLS port.
import { CLIENT_IDS, clientGuides, getClientGuide, LOCALES, symptoms } from '../../core/knowledge';
import { allStrings, topicText } from './helpers';

const NEGATION = /\b(non|not|never|mai)\b/i;

function sentences(text: string): string[] {
  return text.split(/(?<=[.:;])\s+/);
}

describe('port advice', () => {
  it.each(CLIENT_IDS)('%s recommends 587 with TLS/STARTTLS in its port topic', (client) => {
    for (const locale of LOCALES) {
      const text = topicText(client, 'port', locale);
      expect(text).toMatch(/587/);
      expect(text).toMatch(/\b(STARTTLS|TLS)\b/);
    }
  });

  it.each(CLIENT_IDS)('%s encrypts with TLS on 587 or SSL on 465, and pairs 465 only with SSL', (client) => {
    for (const locale of LOCALES) {
      const steps = getClientGuide(client).topics.encryption[locale];
      expect(steps.some((step) => /587/.test(step) && /\b(STARTTLS|TLS)\b/.test(step))).toBe(true);
      for (const step of steps.filter((s) => /465/.test(s))) expect(step).toMatch(/\bSSL\b/);
    }
  });

  it.each(CLIENT_IDS)('%s says not to use port 25 in its port topic', (client) => {
    for (const locale of LOCALES) {
      const sentence = sentences(topicText(client, 'port', locale)).find((s) => /\b25\b/.test(s));
      expect(sentence).toBeDefined();
      expect(sentence).toMatch(NEGATION);
    }
  });

  it('never presents 25 as a TLS port or as the advice, in any step or symptom', () => {
    const texts = [
      ...clientGuides.flatMap((guide) => allStrings([guide.topics, guide.cautions])),
      ...symptoms.flatMap((symptom) => allStrings([symptom.title, symptom.cause, symptom.fix])),
    ];
    const mentions25 = texts
      .flatMap(sentences)
      .filter((sentence) => /\b(porta|port|sulla|on)\s+25\b/i.test(sentence));
    expect(mentions25.length).toBeGreaterThan(20);
    for (const sentence of mentions25) {
      // Either a "don't" sentence, or one explaining why 25 is bad (spam, blocked); never TLS with 25.
      expect(sentence).toMatch(/\b(non|not|never|mai|spam|bloccano|block)\b/i);
      expect(sentence).not.toMatch(/25[^.]*\b(SMTP\+TLS|STARTTLS|TLS)\b/);
    }
  });

  it('never says "importare la porta" anywhere in the knowledge base', () => {
    const everything = allStrings([clientGuides, symptoms]);
    expect(everything.length).toBeGreaterThan(500);
    for (const text of everything) expect(text).not.toMatch(/importare la porta/i);
  });
});
