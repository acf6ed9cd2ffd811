// The customer's words move the dialog in every state: their language is followed (unless
// they chose one), a vague "can't send" gets one question with the likeliest symptoms, an
// ambiguous client narrows the choices, a restated problem at "did it work?" is heard, a
// recipient's provider is not the customer's program, and what the bot cannot place is
// filed for the agents' review.
import { getSymptom } from '../../core/knowledge';
import { LIKELY_SYMPTOMS } from '../../dialogs/choices';
import { say } from '../../dialogs/texts';
import { Conversation, conversationAt, effectsOf, join, probeResult } from './support/conversation';

describe('the customer’s language', () => {
  it('an English message on the Italian widget switches to English, says so once, offers the way back', () => {
    const conversation = new Conversation();
    conversation.say(join('it'));
    const turn = conversation.say('hi, Thunderbird keeps asking for my password when I send');
    expect(turn.replies[0]?.text).toBe(say('en', 'languageFollowed'));
    expect(
      turn.replies.filter((reply) => reply.type === 'message').every((reply) => reply.locale === 'en'),
    ).toBe(true);
    expect(turn.choices).toContain(say('en', 'choice.continue-it'));
    expect(conversation.context).toMatchObject({
      locale: 'en',
      client: 'thunderbird',
      symptom: 'auth-failed',
    });
    const answer = conversation.say(probeResult('healthy'));
    expect(answer.text).toMatch(/^Halnet’s server is working: /);
    // Already in English: not said again.
    const again = conversation.say('still the same, it asks for the password');
    expect(again.text).not.toContain(say('en', 'languageFollowed'));
  });

  it('one tap goes back, and an explicit choice sticks against the words', () => {
    const conversation = new Conversation();
    conversation.say(join('it'));
    conversation.say('my outlook 2007 does not send');
    const back = conversation.say(say('en', 'choice.continue-it'));
    expect(conversation.context).toMatchObject({ locale: 'it', localeChosen: true });
    expect(back.text).toContain(say('it', 'languageChanged'));
    const english = conversation.say('it keeps asking for the password');
    expect(conversation.context.locale).toBe('it');
    expect(english.text).not.toContain(say('en', 'languageFollowed'));
  });

  it('names, codes and one-word answers do not switch the language', () => {
    const conversation = new Conversation();
    conversation.say(join('it'));
    conversation.say('outlook 2007');
    conversation.say('0x800CCC0E');
    expect(conversation.context.locale).toBe('it');
  });

  it('an Italian message brings an English conversation back to Italian', () => {
    const conversation = new Conversation();
    conversation.say(join('en'));
    conversation.say(
      'buongiorno, con thunderbird non riesco a mandare la posta, mi chiede sempre la password',
    );
    expect(conversation.context.locale).toBe('it');
  });
});

describe('vague messages and ambiguous clients', () => {
  it.each([
    ['non riesco a inviare', 'it'],
    ["can't send", 'en'],
  ] as const)('"%s" gets one question with the likeliest symptoms', (text, locale) => {
    const conversation = new Conversation();
    conversation.say(join(locale));
    const turn = conversation.say(text);
    expect(conversation.state).toBe('askSymptom');
    expect(conversation.context.symptom).toBeNull();
    expect(turn.text).toContain(say(locale, 'askWhatHappens'));
    expect(turn.choices).toEqual(LIKELY_SYMPTOMS.map((id) => getSymptom(id).title[locale]));
    expect(turn.replies.at(-1)?.channelData?.postino.kind).toBe('question');
    // Then the client, then the check.
    conversation.say(getSymptom('auth-failed').title[locale]);
    expect(conversation.state).toBe('askClient');
    conversation.say('outlook express');
    expect(conversation.state).toBe('diagnose');
  });

  it('"outlook" alone narrows the client question to the Outlooks', () => {
    const conversation = new Conversation();
    conversation.say(join('it'));
    const turn = conversation.say('outlook');
    expect(turn.text).toContain(say('it', 'askWhichClient'));
    expect(turn.choices.length).toBeLessThanOrEqual(7);
    expect(turn.choices.every((title) => /Outlook|Altro/.test(title))).toBe(true);
    conversation.say(turn.choices[0] ?? '');
    expect(conversation.context.client).not.toBeNull();
    expect(conversation.context.clientCandidates).toEqual([]);
  });

  it('a recipient’s provider is not the customer’s program', () => {
    const conversation = new Conversation();
    conversation.say(join('en'));
    conversation.say('relay denied when I write to a gmail address');
    expect(conversation.context).toMatchObject({ client: null, symptom: 'relay-denied' });
    expect(conversation.state).toBe('askClient');
  });
});

describe('restated problems and misses', () => {
  it.each([
    'chiede sempre la password',
    'uso outlook 2007, chiede sempre la password',
    'still the same certificate warning',
  ])('"%s" at "did it work?" is heard, not "sorry?"', (text) => {
    const conversation = conversationAt('askSolved');
    const turn = conversation.say(text);
    expect(turn.text).not.toContain(say('it', 'askSolvedAgain'));
    expect(turn.text).not.toContain(say('en', 'askSolvedAgain'));
    // A new symptom gets its own answer; the same one again means "not solved".
    const kinds = turn.replies.map((reply) => reply.channelData?.postino.kind);
    expect(kinds.includes('answer') || conversation.state === 'notSolved').toBe(true);
  });

  it('the same problem told again at "did it work?" is a "not solved", kept for the agent', () => {
    const conversation = conversationAt('askSolved');
    conversation.say('Autenticazione non riuscita / chiede sempre la password');
    const turn = conversation.say('niente, chiede sempre la password');
    expect(conversation.state).toBe('notSolved');
    expect(effectsOf(turn, 'outcome')).toEqual([{ type: 'outcome', outcome: 'not-resolved' }]);
  });

  it('a new problem at the rating question starts its answer', () => {
    const conversation = conversationAt('askRating');
    const turn = conversation.say('ora outlook 2003 mi da errore 0x800CCC0E');
    expect(conversation.context).toMatchObject({ client: 'outlook-2003', symptom: 'cannot-connect' });
    expect(turn.replies.find((reply) => reply.channelData)?.channelData?.postino).toMatchObject({
      kind: 'answer',
      client: 'outlook-2003',
    });
  });

  it('a message the bot cannot place is filed for review, with where it happened', () => {
    const conversation = new Conversation();
    conversation.say(join('it'));
    conversation.say('Thunderbird');
    const turn = conversation.say('mah, boh, vedi tu');
    expect(effectsOf(turn, 'not-understood')).toEqual([
      { type: 'not-understood', state: 'askSymptom', client: 'thunderbird', symptom: null },
    ]);
  });
});
