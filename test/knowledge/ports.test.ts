// Port advice is the manual's: 587 (with TLS/STARTTLS when encrypted), or 465 with SSL; port
// 25 only ever appears as something not to use, and never as a TLS port.
import { CLIENT_IDS, clientGuides, getClientGuide, LOCALES, symptoms } from '../../core/knowledge';
import { allStrings, topicText } from './helpers';

const NEGATION = /\b(non|not|never|mai)\b/i;

// Port advice is checked clause by clause: a colon or semicolon starts a new piece of advice.
function clauses(text: string): string[] {
  return text.split(/(?<=[.:;])\s+/);
}

describe('port advice', () => {
  it.each(CLIENT_IDS)('%s sets 587 in its port steps, and TLS/STARTTLS where TLS is on', (client) => {
    const guide = getClientGuide(client);
    for (const locale of LOCALES) {
      const text = topicText(client, 'port', locale);
      expect(text).toMatch(/\*\*587\*\*|\(587\)/);
      if (guide.tlsByDefault) expect(text).toMatch(/\b(STARTTLS|TLS)\b/);
    }
  });

  it.each(CLIENT_IDS)('%s encrypts with TLS on 587 or SSL on 465, and pairs 465 only with SSL', (client) => {
    for (const locale of LOCALES) {
      const steps = getClientGuide(client).topics.encryption[locale];
      expect(steps.some((step) => /587/.test(step) && /\b(STARTTLS|TLS)\b/.test(step))).toBe(true);
      for (const step of steps.filter((s) => /465/.test(s))) expect(step).toMatch(/\bSSL\b/);
    }
  });

  it.each(CLIENT_IDS)('%s says not to use port 25 in its port steps', (client) => {
    for (const locale of LOCALES) {
      const clause = clauses(topicText(client, 'port', locale)).find((s) => /\b25\b/.test(s));
      expect(clause).toBeDefined();
      expect(clause).toMatch(NEGATION);
    }
  });

  it('never presents 25 as a TLS port or as the advice, in any step or symptom', () => {
    const texts = [
      ...clientGuides.flatMap((guide) => allStrings([guide.walk, guide.cautions])),
      ...symptoms.flatMap((symptom) => allStrings([symptom.title, symptom.cause, symptom.fix])),
    ];
    const mentions25 = texts.flatMap(clauses).filter((clause) => /(?<![\d.x])\b25\b/.test(clause));
    expect(mentions25.length).toBeGreaterThan(20);
    for (const clause of mentions25) {
      // Either a "don't" clause, or one explaining why 25 is bad (spam, blocked); never TLS with 25.
      expect(clause).toMatch(/\b(non|not|never|mai|spam|bloccano|bloccata|block|blocks)\b/i);
      expect(clause).not.toMatch(/25[^.]*\b(SMTP\+TLS|STARTTLS|TLS)\b/);
    }
  });

  it('never says "importare la porta" anywhere in the knowledge base', () => {
    const everything = allStrings([clientGuides, symptoms]);
    expect(everything.length).toBeGreaterThan(500);
    for (const text of everything) expect(text).not.toMatch(/importare la porta/i);
  });
});
