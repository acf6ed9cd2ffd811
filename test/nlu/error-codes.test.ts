// Pasted error codes and messages: the normalised error names and the symptom each implies.
import { understand } from '../../dialogs/understanding';

describe('understand() reads pasted error codes', () => {
  it.each([
    ['0x800CCC0E', '0x800CCC0E', 'cannot-connect'],
    ['errore 800ccc0e', '0x800CCC0E', 'cannot-connect'],
    ['0X800ccc0d', '0x800CCC0D', 'cannot-connect'],
    ['0x800CCC19', '0x800CCC19', 'cannot-connect'],
    ['0x800CCC1A', '0x800CCC1A', 'tls-mismatch'],
    ['0x800CCC01', '0x800CCC01', 'certificate-warning'],
    ['0x800CCC18', '0x800CCC18', 'auth-failed'],
    ['0x800CCC79', '0x800CCC79', 'relay-denied'],
    ['0x800CCC78', '0x800CCC78', 'relay-denied'],
    ['0x800CCC7D', '0x800CCC7D', 'tls-mismatch'],
    ['0x80042109', '0x80042109', 'cannot-connect'],
    ['0x8004210B', '0x8004210B', 'cannot-connect'],
    // POP3 (incoming) and OneDrive: recognised, but no SMTP symptom follows from them.
    ['0x800CCC92', '0x800CCC92', 'unknown'],
    ['0x8004DE40', '0x8004DE40', 'unknown'],
  ])('%j -> %s, %s', (text, error, symptom) => {
    const understood = understand(text);
    expect(understood.errors).toEqual([error]);
    expect(understood.symptom).toBe(symptom);
  });

  it.each([
    ['535 5.7.8 Authentication credentials invalid', 'SMTP 535 5.7.8', 'auth-failed'],
    ['Error: 535 Incorrect authentication data', 'SMTP 535', 'auth-failed'],
    ['530 5.7.0 Authentication required', 'SMTP 530 5.7.0', 'relay-denied'],
    ['530 5.7.0 Must issue a STARTTLS command first', 'SMTP 530 5.7.0', 'tls-mismatch'],
    ['550 5.7.1 Relaying denied', 'SMTP 550 5.7.1', 'relay-denied'],
    ['554 5.7.1 <a@b.it>: Relay access denied', 'SMTP 554 5.7.1', 'relay-denied'],
    ['553 5.7.1 Sender address rejected: not owned by user', 'SMTP 553 5.7.1', 'relay-denied'],
    ['552 5.3.4 Message size exceeds fixed limit', 'SMTP 552 5.3.4', 'unknown'],
    ['421 4.7.0 Too many connections', 'SMTP 421 4.7.0', 'cannot-connect'],
    ['454 4.7.0 TLS not available due to local problem', 'SMTP 454 4.7.0', 'tls-mismatch'],
    ['the server said 5.7.8', 'SMTP 5.7.8', 'auth-failed'],
  ])('SMTP reply %j -> %s, %s', (text, error, symptom) => {
    const understood = understand(text);
    expect(understood.errors).toContain(error);
    expect(understood.symptom).toBe(symptom);
  });

  it('takes the server reply over the vaguer MAPI timeout code', () => {
    const understood = understand(
      "Segnalato errore (0x8004210B): 'Timeout dell'operazione'. Il server ha risposto: 535 5.7.8 authentication failed",
    );
    expect(understood.errors).toEqual(expect.arrayContaining(['0x8004210B', 'SMTP 535 5.7.8']));
    expect(understood.symptom).toBe('auth-failed');
  });

  it('reads the whole Italian Outlook dialog of 0x800CCC79', () => {
    const understood = understand(
      "Impossibile inviare il messaggio perché uno dei destinatari è stato rifiutato dal server. Risposta server: '550 5.7.1 Inoltro negato', Porta: 25, Protezione (SSL): No, Errore server: 550, Numero di errore: 0x800CCC79",
    );
    expect(understood.errors).toEqual(expect.arrayContaining(['0x800CCC79', 'SMTP 550 5.7.1']));
    expect(understood.symptom).toBe('relay-denied');
  });

  it('does not take port numbers or versions for SMTP replies', () => {
    expect(understand('ho messo la porta 465').errors).toEqual([]);
    expect(understand('porta 587 con STARTTLS').errors).toEqual([]);
    expect(understand('smtp.hln.it:465').errors).toEqual([]);
    expect(understand('outlook 2007').errors).toEqual([]);
  });

  it.each([
    [
      'Invio del messaggio non riuscito. La connessione al server di posta in uscita (SMTP) smtp.hln.it è scaduta.',
      'cannot-connect',
    ],
    [
      'The message could not be sent because the connection to Outgoing server (SMTP) smtp.hln.it timed out.',
      'cannot-connect',
    ],
    [
      'The message could not be sent because connecting to Outgoing server (SMTP) smtp.hln.it failed.',
      'cannot-connect',
    ],
    ['Il server di posta in uscita (SMTP) smtp.hln.it non supporta questa funzione', 'tls-mismatch'],
    ["The Outgoing server (SMTP) smtp.hln.it doesn't advertise STARTTLS", 'tls-mismatch'],
    ['Autenticazione non riuscita con il server smtp.hln.it', 'auth-failed'],
    ['Unable to authenticate to Outgoing server (SMTP) smtp.hln.it', 'auth-failed'],
    ['The Outgoing server (SMTP) smtp.hln.it is unknown.', 'cannot-connect'],
    ['Cannot Verify Server Identity', 'certificate-warning'],
    ["Impossibile verificare l'identità del server", 'certificate-warning'],
    ['Socket Error: 10061', 'cannot-connect'],
  ])('message %j -> %s', (text, symptom) => {
    const understood = understand(text);
    expect(understood.errors.length).toBeGreaterThan(0);
    expect(understood.symptom).toBe(symptom);
  });

  it('names Thunderbird messages after their string keys', () => {
    expect(understand('Unable to authenticate to Outgoing server (SMTP)').errors).toEqual([
      'Thunderbird: smtpAuthFailure',
    ]);
  });
});
