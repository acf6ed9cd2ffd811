// The dialog's side of issue 5: the queue position notice, the call-back offer (out of hours,
// claim timeout) and the contact it captures while queued (validated: an error code or a
// port is not a phone number), after which the bot carries on.
import { callbackContactIn } from '../../dialogs/contact';
import { say } from '../../dialogs/texts';
import { Conversation, conversationAt, effectsOf, join } from './support/conversation';

describe('handoff: queue notices and call back', () => {
  it.each([
    ['scrivimi a mario.rossi@example.it', { kind: 'email', value: 'mario.rossi@example.it' }],
    ['Mario.Rossi@Example.IT', { kind: 'email', value: 'mario.rossi@example.it' }],
    ['il mio numero è 333 123 4567', { kind: 'phone', value: '3331234567' }],
    ['+39 02-1234-5678', { kind: 'phone', value: '+390212345678' }],
    ['(02) 1234.5678', { kind: 'phone', value: '0212345678' }],
  ])('reads a contact in %s', (text, contact) => {
    expect(callbackContactIn(text)).toEqual(contact);
  });

  it.each([
    'errore 0x800CCC0E',
    'porta 587 e 465',
    '535 5.7.8 authentication failed',
    'chiamami al 1234',
    'a@b.co e d@e.fg',
    '11111111111',
    'mario@localhost',
  ])('finds no contact in %s', (text) => {
    expect(callbackContactIn(text)).toBeNull();
  });

  it('tells the customer their place in the queue, in their language', () => {
    const it = conversationAt('handoffRequested');
    expect(it.say({ type: 'handoff.queued', position: 1 }).text).toBe(say('it', 'queueNext'));
    expect(it.say({ type: 'handoff.queued', position: 3 }).text).toBe(
      say('it', 'queuePosition', { position: 3 }),
    );
    const en = new Conversation();
    en.say(join('en'));
    en.say('I want to talk to a human');
    expect(en.say({ type: 'handoff.queued', position: 2 }).text).toBe(
      'You are number 2 in the queue: an agent will answer you as soon as possible.',
    );
  });

  it('offers a call back out of hours and on timeout, keeping the customer queued', () => {
    const conversation = conversationAt('handoffRequested');
    const outOfHours = conversation.say({
      type: 'handoff.unavailable',
      reason: 'out-of-hours',
      hours: 'lun-ven 09:00-18:00 (Europe/Rome)',
    });
    expect(outOfHours.text).toContain('(orari: lun-ven 09:00-18:00 (Europe/Rome))');
    expect(outOfHours.choices).toEqual([say('it', 'choice.back-to-bot')]);
    expect(conversation.state).toBe('handoffRequested');
    const timeout = conversation.say({ type: 'handoff.unavailable', reason: 'timeout', hours: '' });
    expect(timeout.text).toBe(say('it', 'callbackOfferTimeout'));
    expect(conversation.state).toBe('handoffRequested');
  });

  it('captures a contact, emits it for the agents and lets the bot carry on', () => {
    const conversation = conversationAt('handoffRequested');
    const turn = conversation.say('richiamatemi al 347 765 4321');
    expect(effectsOf(turn, 'callback')).toEqual([
      { type: 'callback', contact: { kind: 'phone', value: '3477654321' } },
    ]);
    expect(effectsOf(turn, 'handoff-cancel')).toEqual([]);
    expect(turn.text).toContain(say('it', 'callbackNoted', { contact: '3477654321' }));
    expect(conversation.state).not.toBe('handoffRequested');
  });

  it('ignores contacts outside the queue and queue notices outside it', () => {
    const conversation = new Conversation();
    conversation.say(join());
    const turn = conversation.say('mario@example.it');
    expect(effectsOf(turn, 'callback')).toEqual([]);
    expect(conversation.say({ type: 'handoff.queued', position: 1 }).effects).toEqual([]);
  });
});
