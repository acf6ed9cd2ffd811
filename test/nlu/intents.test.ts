// Requests valid anywhere in the conversation, and the language a customer asks for.
import { understand } from '../../dialogs/understanding';

describe('understand() recognises global requests', () => {
  it.each([
    ['ricomincia', 'restart'],
    ['ricominciamo da capo', 'restart'],
    ['start over', 'restart'],
    ['operatore', 'human'],
    ['voglio parlare con una persona', 'human'],
    ['parlare con una persona vera', 'human'],
    ['agent', 'human'],
    ['human please', 'human'],
    ['can I talk to someone?', 'human'],
    ['aiuto', 'help'],
    ['help', 'help'],
    ['?', 'help'],
    ['???', 'help'],
    ['ho cambiato programma', 'changed-client'],
    ['uso un altro client', 'changed-client'],
    ['I switched to another app', 'changed-client'],
    ['è un altro problema', 'other-problem'],
    ['another problem', 'other-problem'],
    ['torna al bot', 'back-to-bot'],
    ['voglio tornare a parlare col bot', 'back-to-bot'],
    ['I want to go back to the bot', 'back-to-bot'],
  ])('%j -> %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it.each([
    ['english please', 'en'],
    ['parla inglese', 'en'],
    ['can we speak English?', 'en'],
    ['English', 'en'],
    ['in italiano', 'it'],
    ['parla italiano per favore', 'it'],
    ['italian please', 'it'],
  ])('%j asks for %s', (text, locale) => {
    expect(understand(text)).toMatchObject({ intent: 'change-language', requestedLocale: locale });
  });

  it('takes only an explicit request for the bot back, not any mention of the bot', () => {
    expect(understand('il bot non mi ha aiutato, outlook non invia').intent).not.toBe('back-to-bot');
  });

  it('keeps the client a changed-client message names', () => {
    expect(understand('ho cambiato programma, adesso uso thunderbird')).toMatchObject({
      intent: 'changed-client',
      client: 'thunderbird',
    });
  });

  it('asks for a human even inside a longer complaint', () => {
    expect(understand('outlook non invia da tre giorni, voglio parlare con un operatore').intent).toBe(
      'human',
    );
  });

  it.each([
    'aiuto, outlook non invia la posta',
    'help me, thunderbird says 535',
    'il mio outlook è in inglese, dove metto la porta?',
    'ho riavviato il computer ma non parte',
    'la posta non parte',
  ])('reads %j as a description, not as a global request', (text) => {
    expect(understand(text)).toMatchObject({ intent: null, requestedLocale: null });
  });
});
