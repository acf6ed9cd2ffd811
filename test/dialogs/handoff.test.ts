// Handing the conversation to a human: the bundle the agent receives, the queue, the agent
// joining (the bot goes silent), the customer asking to come back, the agent handing back
// and closing (then the satisfaction question).
import { handoffContextSchema } from '../../dialogs/contract';
import { say } from '../../dialogs/texts';
import {
  Conversation,
  conversationAt,
  effectsOf,
  join,
  onlyEffect,
  probeResult,
} from './support/conversation';

describe('handoff', () => {
  it('sends the diagnostic bundle: client, symptom, locale, words, pasted errors, steps given, probe', () => {
    const conversation = new Conversation();
    conversation.say(join('en'));
    conversation.say('Thunderbird');
    conversation.say(
      'Sending of the message failed. Unable to authenticate to Outgoing server (SMTP) smtp.hln.it',
    );
    conversation.say(probeResult('port25_blocked_from_probe'));
    const turn = conversation.say('I want to talk to a real person please');
    const handoff = onlyEffect(turn, 'handoff');
    expect(handoffContextSchema.parse(handoff.context)).toEqual({
      locale: 'en',
      client: 'thunderbird',
      symptom: 'auth-failed',
      reason: 'I want to talk to a real person please',
      pastedErrors: [
        'Sending of the message failed. Unable to authenticate to Outgoing server (SMTP) smtp.hln.it',
      ],
      stepsGiven: ['authentication'],
      probe: expect.objectContaining({
        findings: [expect.objectContaining({ verdict: 'port25_blocked_from_probe' })],
      }),
    });
    expect(turn.text).toContain(say('en', 'handoffQueued'));
    expect(turn.choices).toEqual([say('en', 'choice.back-to-bot')]);
    expect(conversation.state).toBe('handoffRequested');
  });

  it('asking for a human before anything is known still hands off, with what little there is', () => {
    const conversation = new Conversation();
    const turn = conversation.say('operatore');
    const handoff = onlyEffect(turn, 'handoff');
    expect(handoff.context).toMatchObject({
      client: null,
      symptom: null,
      locale: 'it',
      probe: null,
      stepsGiven: [],
    });
    expect(turn.text).toContain(say('it', 'greeting', { host: 'smtp.hln.it' }));
    expect(conversation.state).toBe('handoffRequested');
  });

  it('a request for a human that names the client and pastes an error passes both on', () => {
    const conversation = new Conversation();
    conversation.say(join());
    const turn = conversation.say('voglio parlare con un operatore, con outlook 2007 ho errore 0x800CCC0E');
    expect(onlyEffect(turn, 'handoff').context).toMatchObject({
      client: 'outlook-2007',
      symptom: 'cannot-connect',
      pastedErrors: ['voglio parlare con un operatore, con outlook 2007 ho errore 0x800CCC0E'],
    });
  });

  it('while queued, messages are acknowledged and a pasted error is still recorded', () => {
    const conversation = conversationAt('handoffRequested');
    const turn = conversation.say('intanto mi esce 0x800CCC0E');
    expect(turn.text).toContain(say('it', 'stillQueued'));
    expect(conversation.context.pastedErrors).toEqual(['intanto mi esce 0x800CCC0E']);
    expect(conversation.state).toBe('handoffRequested');
  });

  it('the customer can leave the queue and go back to the bot', () => {
    const conversation = conversationAt('handoffRequested');
    const turn = conversation.say('Torna al bot');
    expect(effectsOf(turn, 'handoff-cancel')).toHaveLength(1);
    expect(turn.text).toContain(say('it', 'handoffCancelled'));
    expect(conversation.state).toBe('askSolved');
  });

  it('an agent joining is announced by name; then the bot is silent', () => {
    const conversation = conversationAt('handoffRequested');
    const joined = conversation.say({ type: 'agent.joined', agentName: 'Giulia' });
    expect(joined.text).toContain('**Giulia** ti risponderà a breve.');
    for (const text of ['ciao Giulia', 'aiuto', 'ricomincia', 'English', '0x800CCC0E', '']) {
      const turn = conversation.say(text);
      expect(turn.effects).toEqual([]);
      expect(conversation.state).toBe('withAgent');
    }
    expect(conversation.context.locale).toBe('it');
  });

  it('a password typed to the agent is still marked for redaction, silently', () => {
    const conversation = conversationAt('withAgent');
    const turn = conversation.say('la mia password è Segreta123!');
    expect(turn.effects).toEqual([{ type: 'redact-user-text', reason: 'password' }]);
  });

  it.each(['torna al bot', 'voglio tornare al bot', 'back to the bot'])(
    'an explicit "%s" while with an agent returns to the bot',
    (text) => {
      const conversation = conversationAt('withAgent');
      const turn = conversation.say(text);
      expect(effectsOf(turn, 'handoff-cancel')).toHaveLength(1);
      expect(turn.text).toContain(say('it', 'agentReturned'));
      expect(conversation.state).toBe('askSolved');
      expect(conversation.context.agentName).toBeNull();
    },
  );

  it('agent.returned resumes by asking whether it is solved when steps were given', () => {
    const conversation = conversationAt('withAgent');
    const turn = conversation.say({ type: 'agent.returned' });
    expect(turn.text).toContain(say('it', 'agentReturned'));
    expect(turn.text).toContain(say('it', 'askSolved'));
    expect(conversation.state).toBe('askSolved');
  });

  it('agent.returned resumes where it was when the client was never known', () => {
    const conversation = new Conversation();
    conversation.say(join());
    conversation.say('operatore');
    conversation.say({ type: 'agent.joined', agentName: 'Marco' });
    const turn = conversation.say({ type: 'agent.returned' });
    expect(turn.text).toContain(say('it', 'askClient'));
    expect(conversation.state).toBe('askClient');
  });

  it('agent.closed asks for the rating; the rating is an outcome', () => {
    const conversation = conversationAt('withAgent');
    const closed = conversation.say({ type: 'agent.closed' });
    expect(closed.text).toContain(say('it', 'agentClosed'));
    expect(closed.text).toContain(say('it', 'askRating'));
    expect(closed.choices).toEqual(['1', '2', '3', '4', '5', say('it', 'choice.no-rating')]);
    const rated = conversation.say('4');
    expect(effectsOf(rated, 'outcome')).toEqual([{ type: 'outcome', outcome: 'rated', rating: 4 }]);
    expect(conversation.state).toBe('thanks');
  });

  it('a transfer to another agent announces the new name', () => {
    const conversation = conversationAt('withAgent');
    const turn = conversation.say({ type: 'agent.joined', agentName: 'Luca' });
    expect(turn.text).toContain('**Luca** ti risponderà a breve.');
    expect(conversation.context.agentName).toBe('Luca');
  });

  it('not solved is an outcome and offers a human', () => {
    const conversation = conversationAt('askSolved');
    const turn = conversation.say('no');
    expect(effectsOf(turn, 'outcome')).toEqual([{ type: 'outcome', outcome: 'not-resolved' }]);
    expect(turn.choices).toContain(say('it', 'choice.human'));
    expect(conversation.state).toBe('notSolved');
  });
});
