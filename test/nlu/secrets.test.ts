// A message that seems to carry a password is flagged for redaction; one that merely talks
// about passwords is an authentication symptom and is not flagged.
import { understand } from '../../dialogs/understanding';

describe('understand() spots passwords the customer types', () => {
  it.each([
    'la mia password è Pippo123',
    'la mia password e gattino',
    'pwd: x',
    'password=Segreta!',
    'password: «Halnet2024»',
    'my password is hunter2',
    'the password I use is Summer2024!',
    'ecco la password Gatto77',
    'la password che uso è Mario1980',
    'psw: rossi',
    'PASSWORD: CIAO1234',
    'password errata: Pippo123',
    'user: mario.rossi@ditta.it pass: Abc123',
  ])('%j looks like a secret', (text) => {
    expect(understand(text).looksLikeSecret).toBe(true);
  });

  it.each([
    ['mi chiede sempre la password', 'auth-failed'],
    ['password errata', 'auth-failed'],
    ['la password è giusta, l’ho controllata', 'auth-failed'],
    ['my password is correct', 'auth-failed'],
    ['the password is wrong', 'auth-failed'],
    ['Password: ********', 'auth-failed'],
    ['password: quella della posta', 'auth-failed'],
    ['ho cambiato la password e ora non invia', 'auth-failed'],
    ['outlook chiede la password di rete', 'auth-failed'],
    ['Metodo di autenticazione: Password normale', 'auth-failed'],
    ['nome utente info@ditta.it password ******** porta 587', 'auth-failed'],
    [
      "Unable to authenticate to Outgoing server (SMTP). Please check the password and verify the 'Authentication method'",
      'auth-failed',
    ],
  ])('%j talks about a password (%s) without giving one', (text, symptom) => {
    const understood = understand(text);
    expect(understood.looksLikeSecret).toBe(false);
    expect(understood.symptom).toBe(symptom);
  });

  it('does not read the password it is given as a password problem', () => {
    expect(understand('la mia password è Pippo123')).toMatchObject({ looksLikeSecret: true, symptom: null });
  });
});
