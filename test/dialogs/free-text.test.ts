// Free text works everywhere: client names with typos, symptoms in plain words, pasted
// errors answering the symptom question, one message answering both questions, and a
// password never asked for, never echoed, always marked for redaction.
import { getSymptom } from '../../core/knowledge';
import { say } from '../../dialogs/texts';
import { Conversation, effectsOf, join, probeResult } from './support/conversation';

describe('free text', () => {
  it.each([
    ['outlok 2007', 'outlook-2007'],
    ['tb', 'thunderbird'],
    ['iphone', 'ios-mail'],
    ['uso outlook express', 'outlook-express'],
  ])('"%s" answers the client question (%s)', (text, client) => {
    const conversation = new Conversation();
    conversation.say(join());
    const turn = conversation.say(text);
    expect(conversation.context.client).toBe(client);
    expect(conversation.state).toBe('askSymptom');
    expect(turn.text).toContain(say('it', 'askSymptom'));
  });

  it.each([
    ['la posta resta in uscita', 'cannot-connect'],
    ['mi chiede sempre la password', 'auth-failed'],
    [
      "Impossibile inviare il messaggio perché uno dei destinatari è stato rifiutato dal server. Risposta server: '550 5.7.1 Inoltro negato' numero di errore: 0x800CCC79",
      'relay-denied',
    ],
    ['Errore 0x800CCC0E', 'cannot-connect'],
  ])('"%s" answers the symptom question (%s)', (text, symptom) => {
    const conversation = new Conversation();
    conversation.say(join());
    conversation.say('Thunderbird');
    const turn = conversation.say(text);
    expect(conversation.context.symptom).toBe(symptom);
    expect(conversation.state).toBe('diagnose');
    expect(effectsOf(turn, 'probe')).toHaveLength(1);
  });

  it('"another problem" asks for the error text, never "did it work?"; the pasted error then gets its answer', () => {
    const conversation = new Conversation();
    conversation.say(join());
    conversation.say('Thunderbird');
    const asked = conversation.say(getSymptom('unknown').title.it);
    expect(asked.text).toContain(say('it', 'askErrorText'));
    expect(asked.text).not.toContain(say('it', 'askSolved'));
    expect(asked.choices).not.toContain(say('it', 'choice.yes'));
    expect(conversation.state).toBe('askSymptom');
    conversation.say('Risposta server: 554 5.7.1 Relay access denied, errore 0x800CCC79');
    expect(conversation.context.symptom).toBe('relay-denied');
    const answer = conversation.say(probeResult('healthy'));
    expect(answer.text).toContain(getSymptom('relay-denied').headline.it);
    expect(conversation.state).toBe('askSolved');
  });

  it('a pasted error is kept as pasted for the agent', () => {
    const conversation = new Conversation();
    conversation.say(join());
    conversation.say('Thunderbird');
    conversation.say('Errore 0x800CCC0E');
    expect(conversation.context.pastedErrors).toEqual(['Errore 0x800CCC0E']);
  });

  it('a first message naming client and symptom skips both questions', () => {
    const conversation = new Conversation();
    const turn = conversation.say('con outlook 2007 mi da errore 0x800CCC0E');
    expect(conversation.context).toMatchObject({ client: 'outlook-2007', symptom: 'cannot-connect' });
    expect(conversation.state).toBe('diagnose');
    expect(turn.text).toContain('Outlook 2007');
    expect(turn.text).toContain(say('it', 'checking'));
    expect(turn.text).not.toContain(say('it', 'askSymptom'));
  });

  it('a symptom given before the client is remembered while the client is asked', () => {
    const conversation = new Conversation();
    conversation.say(join('en'));
    const first = conversation.say('it keeps asking for my password');
    expect(conversation.state).toBe('askClient');
    expect(first.text).toContain(say('en', 'askClient'));
    conversation.say('thunderbird');
    expect(conversation.state).toBe('diagnose');
  });

  it('words it cannot place get a clear reply and the same question', () => {
    const conversation = new Conversation();
    conversation.say(join());
    const turn = conversation.say('boh, quello blu');
    expect(turn.text).toContain(say('it', 'clientNotUnderstood'));
    expect(turn.text).toContain(say('it', 'askClient'));
    expect(conversation.state).toBe('askClient');
  });

  it.each(['la mia password è Pippo123!', 'my password is hunter2secret'])(
    'a secret ("%s") is warned about, never echoed, and marked for redaction',
    (text) => {
      const conversation = new Conversation();
      conversation.say(join());
      conversation.say('Thunderbird');
      const turn = conversation.say(text);
      expect(effectsOf(turn, 'redact-user-text')).toEqual([{ type: 'redact-user-text', reason: 'password' }]);
      expect(turn.text).toContain(say('it', 'secretWarning'));
      expect(turn.text).not.toMatch(/Pippo123|hunter2/);
      expect(JSON.stringify(conversation.snapshot)).not.toMatch(/Pippo123|hunter2/);
      expect(conversation.state).toBe('askSymptom');
    },
  );

  it('never asks for a password in any text', () => {
    const conversation = new Conversation();
    for (const said of [join(), 'Thunderbird', 'Autenticazione non riuscita / chiede sempre la password']) {
      const turn = conversation.say(said);
      expect(turn.text).not.toMatch(/(scrivi|inserisci|dimmi|indica)\w* (qui )?(la tua )?password/i);
    }
  });

  it('buttons work in either language after a switch', () => {
    const conversation = new Conversation();
    conversation.say(join());
    conversation.say('English');
    conversation.say('Thunderbird');
    const turn = conversation.say('Prima configurazione');
    expect(conversation.context.symptom).toBe('first-setup');
    expect(turn.text).toContain(say('en', 'checking'));
  });
});
