// Vague messages: sending fails and nothing says how. The dialog asks what happens instead of
// guessing "cannot connect" (which would leave out authentication).
import { understand } from '../../dialogs/understanding';

describe('understand() recognises vague messages', () => {
  it.each([
    'non riesco a inviare',
    "can't send",
    'la posta non va',
    'email not working',
    'NON RIESCO AD INVIARE LE EMAIL DA STAMATTINA',
    'ho un problema con la posta',
    'something is wrong with my email',
    'aiuto!!! non parte niente',
    'thunderbird non invia più',
  ])('%j is vague, with no symptom', (text) => {
    expect(understand(text)).toMatchObject({ vague: true, symptom: null });
  });

  it('keeps the client a vague message names', () => {
    expect(understand('outlook 2007 non invia')).toMatchObject({
      client: 'outlook-2007',
      vague: true,
      symptom: null,
    });
  });

  it.each([
    ['thunderbird dice timeout', 'cannot-connect'],
    ['non si connette al server', 'cannot-connect'],
    ['la posta resta in uscita', 'cannot-connect'],
    ['ricevo ma non invio', 'cannot-connect'],
    ['errore 0x800CCC0E', 'cannot-connect'],
    ['non riesco a inviare, mi chiede la password', 'auth-failed'],
    ['mi da un errore strano', 'unknown'],
  ])('%j is concrete (%s), not vague', (text, symptom) => {
    expect(understand(text)).toMatchObject({ vague: false, symptom });
  });

  it.each(['non va', 'no', 'NO NON FUNZIONA ANCORA', 'un altro problema', 'help'])(
    '%j (an answer or a request) is not vague',
    (text) => {
      expect(understand(text).vague).toBe(false);
    },
  );
});
