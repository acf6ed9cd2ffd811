// Symptoms described in plain words, Italian and English, and the order between them.
import { understand } from '../../dialogs/understanding';

describe('understand() recognises symptoms in plain words', () => {
  it.each([
    ['la posta resta in uscita', 'cannot-connect'],
    ['messages stuck in the outbox', 'cannot-connect'],
    ['ricevo ma non invio', 'cannot-connect'],
    ["incoming works, outgoing doesn't", 'cannot-connect'],
    ['la posta in arrivo funziona, quella in uscita no', 'cannot-connect'],
    ['la connessione è stata rifiutata', 'cannot-connect'],
    ['mi chiede sempre la password', 'auth-failed'],
    ['password errata', 'auth-failed'],
    ['keeps asking for my pasword', 'auth-failed'],
    ['errore di certificato', 'certificate-warning'],
    ['il certificato non è attendibile', 'certificate-warning'],
    ['finisce nello spam', 'flagged-as-spam'],
    ['my mail lands in junk', 'flagged-as-spam'],
    ['da casa funziona ma in ufficio no', 'works-only-at-home'],
    ['it only works at home', 'works-only-at-home'],
    ['quando sono in albergo non parte', 'works-only-at-home'],
    ['lento', 'slow-sending'],
    ['sending is really slow', 'slow-sending'],
    ['ci mette tantissimo tempo a spedire', 'slow-sending'],
    ['voglio configurare la posta', 'first-setup'],
    ['prima configurazione', 'first-setup'],
    ['how do I set up my account?', 'first-setup'],
    ['vorrei cifrare la posta', 'wants-encryption'],
    ['I want to encrypt my mail', 'wants-encryption'],
    ['ho attivato SSL e adesso non va più', 'tls-mismatch'],
    ['porta 465 con STARTTLS', 'tls-mismatch'],
    ['il server rifiuta i destinatari esterni', 'relay-denied'],
    ['relay access denied', 'relay-denied'],
    ['mi da un errore strano', 'unknown'],
    ['le mail tornano indietro', 'unknown'],
  ])('%j -> %s', (text, symptom) => {
    expect(understand(text).symptom).toBe(symptom);
  });

  it.each(['ciao', 'outlook 2016', 'grazie', 'no', 'un altro problema', 'PEC'])(
    '%j describes no symptom',
    (text) => {
      expect(understand(text).symptom).toBeNull();
    },
  );

  it.each([
    ['chiede sempre la password', 'auth-failed'],
    ['uso outlook 2007, chiede sempre la password', 'auth-failed'],
    ['still the same certificate warning', 'certificate-warning'],
    ['ancora in posta in uscita', 'cannot-connect'],
    ['now it says 535 5.7.8 authentication failed', 'auth-failed'],
  ])('recognises %j, a problem restated at "did it work?", as %s', (text, symptom) => {
    expect(understand(text).symptom).toBe(symptom);
  });

  it('reads a word for a place only as a place: "doesn\'t work from home" is one place', () => {
    expect(understand("port 25 doesn't work from home").symptom).toBe('cannot-connect');
    expect(understand('it works from home but not from the office').symptom).toBe('works-only-at-home');
  });

  it('reads "posta certificata" (PEC) as a kind of mailbox, not a certificate problem', () => {
    expect(understand('uso la posta certificata').symptom).not.toBe('certificate-warning');
  });

  it('understands client and symptom from one message', () => {
    expect(understand('outlok 2007 dice timeout')).toMatchObject({
      client: 'outlook-2007',
      symptom: 'cannot-connect',
    });
    expect(understand('Thunderbird keeps asking for my password')).toMatchObject({
      client: 'thunderbird',
      symptom: 'auth-failed',
    });
  });

  it('lets a precise error code win over vague words', () => {
    expect(understand('ho un problema, mi da 0x800CCC1A').symptom).toBe('tls-mismatch');
  });
});
