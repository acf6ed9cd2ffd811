// The cheap pre-checks understand() runs before its regexes must never hide what the full
// rules find: a rating word, stars, a one-word language with its accent, an error message
// among its hints, "outlook" said once or twice or only inside an address.
import { understand } from '../../dialogs/understanding';

describe('understanding fast paths', () => {
  it('still reads ratings given as number words, digits with a scale, or stars', () => {
    expect(understand('cinque').rating).toBe(5);
    expect(understand('direi 4/5').rating).toBe(4);
    expect(understand('★★★').rating).toBe(3);
    expect(understand('grazie mille').rating).toBeNull();
  });

  it('still tells the language of one accented word, and none for no words', () => {
    expect(understand('perché').language).toBe('it');
    expect(understand('perche').language).toBeNull();
    expect(understand('🙂🙂').language).toBeNull();
    expect(understand('mario@libero.it non va la posta').language).toBe('it');
  });

  it('still finds a pasted error message, and none in plain words', () => {
    expect(
      understand('Invio del messaggio non riuscito. Autenticazione non riuscita').errors.length,
    ).toBeGreaterThan(0);
    expect(understand('buongiorno, ho una domanda').errors).toEqual([]);
  });

  it('counts "outlook" as the program, not as the tail of an address', () => {
    expect(understand('outlook').clientCandidates.length).toBe(5);
    expect(understand('scrivo a mario@outlook.com').clientCandidates).toEqual([]);
    expect(understand('outlook, mario@outlook.com').clientCandidates.length).toBe(5);
  });
});
