// What the review list keeps of a customer's message: the words and the error codes agents
// need, never an address, a number or a secret that identifies the customer or opens a mailbox.
import { redactForReview } from '../../core/insights/review-redaction';
import { phrasingOf, topPhrasings } from '../../core/insights/review-service';

describe('the review list’s redaction', () => {
  it.each([
    ['scrivetemi a mario.rossi@example.com grazie', 'scrivetemi a [email] grazie'],
    ['chiamatemi al +39 333 123 4567', 'chiamatemi al [numero]'],
    ['cliente 00123456', 'cliente [numero]'],
    ['smtp://mario:Segreta99@smtp.hln.it non va', '[indirizzo] non va'],
    ['la chiave è AbCdEf1234567890XyZ12345', 'la chiave è [codice]'],
  ])('replaces what identifies the customer: %s', (text, kept) => {
    expect(redactForReview(text)).toBe(kept);
  });

  it.each([
    'errore 0x800CCC0F quando invio',
    'il server risponde 535 5.7.8 authentication failed',
    'outlook 2007 porta 587',
  ])('keeps error codes, versions and ports: %s', (text) => {
    expect(redactForReview(text)).toBe(text);
  });

  it('keeps at most 600 characters on one line', () => {
    expect(redactForReview(`a\n\nb ${'x '.repeat(400)}`)).toMatch(/^a b x/);
    expect(redactForReview('parola '.repeat(200)).length).toBeLessThanOrEqual(600);
  });
});

describe('the week’s top phrasings', () => {
  it('groups messages that say the same apart from case, accents, punctuation and markers', () => {
    const entry = (text: string, at: string) =>
      ({ text, at, id: at, day: at.slice(0, 10) }) as Parameters<typeof topPhrasings>[0][number];
    const top = topPhrasings([
      entry('Non funziona più!', '2026-12-01T10:00:00.000Z'),
      entry('non funziona piu', '2026-12-01T11:00:00.000Z'),
      entry('NON FUNZIONA PIÙ, scrivete a [email]', '2026-12-01T12:00:00.000Z'),
      entry('boh', '2026-12-01T13:00:00.000Z'),
    ]);
    expect(top[0]).toEqual({
      phrasing: 'non funziona piu',
      count: 2,
      example: 'non funziona piu',
    });
    expect(phrasingOf('NON FUNZIONA PIÙ, scrivete a [email]')).toBe('non funziona piu scrivete a');
  });
});
