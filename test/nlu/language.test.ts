// The language a message is written in: English or Italian when it says so clearly, null for
// names, codes, one word, a mix, or an error message pasted without words of one's own.
import { understand } from '../../dialogs/understanding';

describe('understand() reads the language of the message', () => {
  it.each([
    'hi, Thunderbird keeps asking for my password',
    'the mail server is smpt.hln.it right?',
    "can't send email",
    'port 25 doesn’t work',
    'now it says 535 5.7.8 authentication failed',
    'did that, now: Relay access denied',
    'still the same certificate warning',
  ])('%j is English', (text) => {
    expect(understand(text).language).toBe('en');
  });

  it.each([
    'buongiorno, non riesco a inviare la posta',
    'chiede sempre la password',
    'il server è smpt.hln.it?',
    'mi dice: Il server non supporta il tipo di crittografia della connessione specificato',
    'nn riesco a mandare le mail cn outlook',
  ])('%j is Italian', (text) => {
    expect(understand(text).language).toBe('it');
  });

  it.each([
    'outlook 2007',
    '0x800CCC0E',
    'ok',
    'si',
    'no',
    'thunderbird',
    'smtp.hln.it',
    '535 5.7.8 Error: authentication failed',
    'The user name or password for "smtp.hln.it" is incorrect.',
    'ho outlook in inglese e dice cannot connect to server, what to do',
    "Task 'smtp.hln.it - Sending' reported error (0x800CCC0E) : 'Cannot connect to server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP).'",
    'Sending of the message failed. The message could not be sent because connecting to Outgoing server (SMTP) smtp.hln.it failed. The server may be unavailable or is refusing SMTP connections. Please verify that your Outgoing server (SMTP) settings are correct and try again.',
  ])('%j has no clear language (an error pasted alone does not switch the conversation)', (text) => {
    expect(understand(text).language).toBeNull();
  });

  it('does not read the "it" of a domain as the English pronoun', () => {
    expect(understand('ho messo smtp.hln.it').language).not.toBe('en');
    expect(understand('scrivo da mario@libero.it').language).not.toBe('en');
  });
});
