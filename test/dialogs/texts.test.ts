// Both languages have every text, with the same placeholders, and none is empty.
import { say, TEXTS } from '../../dialogs/texts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('dialog texts', () => {
  it('Italian and English have the same keys', () => {
    expect(Object.keys(TEXTS.en).sort()).toEqual(Object.keys(TEXTS.it).sort());
  });

  it.each(Object.keys(TEXTS.it))('"%s" is non-empty with the same placeholders in both languages', (key) => {
    const it = TEXTS.it[key as keyof typeof TEXTS.it];
    const en = TEXTS.en[key as keyof typeof TEXTS.en];
    expect(it.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(placeholders(en)).toEqual(placeholders(it));
  });

  it('a text mentions passwords only to say never to type them', () => {
    const mentions = [...Object.values(TEXTS.it), ...Object.values(TEXTS.en)].filter((text) =>
      /password/i.test(text),
    );
    expect(mentions.length).toBeGreaterThan(0);
    for (const text of mentions) expect(text).toMatch(/\b(non|mai|never|not)\b/i);
  });
});

describe('say', () => {
  it('fills every placeholder and leaves unknown ones visible', () => {
    expect(say('it', 'agentJoined', { name: 'Giulia' })).toBe('**Giulia** ti risponderà a breve.');
    expect(say('en', 'portLine', { port: 587, mode: 'STARTTLS', status: 'reachable' })).toBe(
      '587 (STARTTLS): reachable',
    );
    expect(say('en', 'portLine', { port: 465 })).toBe('465 ({mode}): {status}');
    expect(say('it', 'askSolved')).toBe(TEXTS.it.askSolved);
  });
});
