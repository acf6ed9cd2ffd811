// The requests valid at any point (restart, change language, a human, help, "I changed
// client", "it is another problem"), sent from every state the conversation can rest in.
// While an agent holds the conversation the bot stays silent.
import { say } from '../../dialogs/texts';
import { conversationAt, effectsOf, PATHS_TO } from './support/conversation';

const STATES = Object.keys(PATHS_TO);

type Expectation = { state: string; contains: string[]; effects?: string[] };

const INTENTS = {
  restart: {
    text: 'ricomincia',
    expect: (from) => ({
      state: 'askClient',
      contains: [say('it', 'restarted'), say('it', 'askClient')],
      effects: from === 'handoffRequested' ? ['handoff-cancel'] : [],
    }),
  },
  'change language': {
    text: 'English',
    expect: (from) => ({ state: from, contains: [say('en', 'languageChanged')] }),
  },
  human: {
    text: 'voglio parlare con un operatore',
    expect: (from) =>
      from === 'handoffRequested'
        ? { state: from, contains: [say('it', 'alreadyQueued')] }
        : { state: 'handoffRequested', contains: [say('it', 'handoffQueued')], effects: ['handoff'] },
  },
  help: {
    text: 'aiuto',
    expect: (from) => ({
      state: from,
      contains: ['smtp.hln.it', '«ricomincia»', '«parla con un operatore»'],
    }),
  },
  'changed client': {
    text: 'ho cambiato programma',
    expect: (from) =>
      from === 'handoffRequested'
        ? { state: from, contains: [say('it', 'stillQueued')] }
        : { state: 'askClient', contains: [say('it', 'changedClient'), say('it', 'askClient')] },
  },
  'another problem': {
    text: 'è un altro problema',
    expect: (from) => {
      if (from === 'handoffRequested') return { state: from, contains: [say('it', 'stillQueued')] };
      if (from === 'askClient') return { state: 'askClient', contains: [say('it', 'otherProblem')] };
      return { state: 'askSymptom', contains: [say('it', 'otherProblem'), say('it', 'askSymptom')] };
    },
  },
} satisfies Record<string, { text: string; expect: (from: string) => Expectation }>;
type Intent = keyof typeof INTENTS;

const CASES = STATES.flatMap((state) =>
  (Object.keys(INTENTS) as Intent[]).map((intent) => ({ state, intent })),
);

describe('global intents from every state', () => {
  it.each(CASES)('$intent from $state', ({ state, intent }) => {
    const conversation = conversationAt(state);
    const { text, expect: expectation } = INTENTS[intent];
    const turn = conversation.say(text);
    if (state === 'withAgent') {
      expect(turn.effects).toEqual([]);
      expect(conversation.state).toBe('withAgent');
      return;
    }
    const expected: Expectation = expectation(state);
    expect(conversation.state).toBe(expected.state);
    for (const fragment of expected.contains) expect(turn.text).toContain(fragment);
    for (const type of expected.effects ?? []) expect(effectsOf(turn, type as 'handoff')).toHaveLength(1);
    if (intent === 'change language') {
      expect(conversation.context.locale).toBe('en');
      expect(turn.replies.every((reply) => reply.locale === 'en')).toBe(true);
    }
  });

  it('a change of language re-renders the last answer in the new language', () => {
    const conversation = conversationAt('askSolved');
    const italian = conversation.turn(-1).text;
    expect(italian).toContain('Il server di Halnet funziona');
    const turn = conversation.say('in inglese per favore');
    expect(turn.text).toContain('Halnet’s server is working');
    expect(turn.text).toContain(say('en', 'askSolved'));
    expect(conversation.state).toBe('askSolved');
    const back = conversation.say('italiano');
    expect(back.text).toContain('Il server di Halnet funziona');
  });

  it('"I changed client" naming the new client re-answers for it without asking again', () => {
    const conversation = conversationAt('askSolved');
    const turn = conversation.say('ho cambiato programma, ora uso Apple Mail');
    expect(conversation.context.client).toBe('apple-mail');
    expect(conversation.state).toBe('askSolved');
    expect(effectsOf(turn, 'probe')).toHaveLength(0);
    expect(turn.text).toContain('Mail');
  });

  it.each(['askSymptom', 'askSolved', 'handoffRequested'])(
    'joining again (a page reload) in %s resumes there',
    (state) => {
      const conversation = conversationAt(state);
      const turn = conversation.say({ type: 'user.join' });
      expect(turn.text).toContain(say('it', 'welcomeBack'));
      expect(conversation.state).toBe(state);
      expect(effectsOf(turn, 'handoff')).toHaveLength(0);
    },
  );

  it('restart forgets client and symptom but keeps the language', () => {
    const conversation = conversationAt('askSolved');
    conversation.say('English');
    conversation.say('start over');
    expect(conversation.context).toMatchObject({ locale: 'en', client: null, symptom: null, probed: false });
  });
});
