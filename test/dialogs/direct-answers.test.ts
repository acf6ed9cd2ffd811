// Direct questions get direct answers (one to three lines, then the offer of the steps), and
// a wrong value is corrected explicitly, naming what the customer wrote. Each from the first
// question of the chat and from "did it work?", where the conversation stays put.
import { serviceFacts } from '../../core/knowledge';
import { say, type TextKey } from '../../dialogs/texts';
import { Conversation, conversationAt, join, probeResult } from './support/conversation';

interface Case {
  text: string;
  key: TextKey;
  /** What the answer must name, besides the key's text. */
  names: string[];
  locale: 'it' | 'en';
}

const QUESTIONS: Case[] = [
  { text: 'che porta devo usare?', key: 'quick.port', names: ['587', '465'], locale: 'it' },
  { text: 'which port should i use', key: 'quick.port', names: ['587', '465'], locale: 'en' },
  { text: 'qual è il server smtp?', key: 'quick.server', names: ['smtp.hln.it'], locale: 'it' },
  { text: 'what is the outgoing server name?', key: 'quick.server', names: ['smtp.hln.it'], locale: 'en' },
  { text: 'serve la crittografia?', key: 'quick.encryption', names: ['587'], locale: 'it' },
  { text: 'do i need encryption?', key: 'quick.encryption', names: ['587'], locale: 'en' },
  { text: 'ssl o tls?', key: 'quick.ssl-or-tls', names: ['587', '465'], locale: 'it' },
  { text: 'should I use SSL or TLS?', key: 'quick.ssl-or-tls', names: ['587', '465'], locale: 'en' },
  { text: 'dove trovo il certificato?', key: 'quick.certificate', names: ['cacert.crt'], locale: 'it' },
  {
    text: "where do i get halnet's certificate?",
    key: 'quick.certificate',
    names: ['cacert.crt'],
    locale: 'en',
  },
  { text: 'che utente e password metto?', key: 'quick.credentials', names: ['SMTP'], locale: 'it' },
  { text: 'which username and password do I use?', key: 'quick.credentials', names: ['SMTP'], locale: 'en' },
  { text: 'funziona da qualsiasi linea?', key: 'quick.any-line', names: ['smtp.hln.it'], locale: 'it' },
  { text: 'does it work from any network?', key: 'quick.any-line', names: ['smtp.hln.it'], locale: 'en' },
  { text: "cos'è SPA?", key: 'quick.spa', names: ['SPA'], locale: 'it' },
];

const WRONG_VALUES: Case[] = [
  {
    text: 'il server è smpt.hln.it giusto?',
    key: 'wrong.host-misspelt',
    names: ['smpt.hln.it', 'smtp.hln.it'],
    locale: 'it',
  },
  {
    text: 'the mail server is smpt.hln.it right?',
    key: 'wrong.host-misspelt',
    names: ['smpt.hln.it', 'smtp.hln.it'],
    locale: 'en',
  },
  {
    text: 'ho messo smtp.hln.com va bene?',
    key: 'wrong.host-other',
    names: ['smtp.hln.com', 'smtp.hln.it'],
    locale: 'it',
  },
  {
    text: 'posso usare mail.hln.it per inviare?',
    key: 'wrong.host-incoming',
    names: ['mail.hln.it', 'smtp.hln.it'],
    locale: 'it',
  },
  {
    text: 'is mail.hln.it ok for outgoing?',
    key: 'wrong.host-incoming',
    names: ['mail.hln.it', 'smtp.hln.it'],
    locale: 'en',
  },
  { text: 'la porta 25 va bene?', key: 'wrong.port-25', names: ['587', '465'], locale: 'it' },
  { text: 'can I use port 25?', key: 'wrong.port-25', names: ['587', '465'], locale: 'en' },
  { text: 'ho attivato SPA, va bene?', key: 'wrong.spa', names: ['SPA'], locale: 'it' },
];

function quickVars(text: string) {
  const given = /smpt\.hln\.it|smtp\.hln\.com|mail\.hln\.it/.exec(text)?.[0] ?? '';
  return {
    host: serviceFacts.outgoingHost,
    incoming: serviceFacts.incomingPop3Host,
    caUrl: serviceFacts.caCertificateUrl,
    given,
  };
}

describe('direct questions and wrong values', () => {
  it.each([...QUESTIONS, ...WRONG_VALUES])(
    '"$text" on the Italian widget gets $key in $locale',
    ({ text, key, names, locale }) => {
      const conversation = new Conversation();
      conversation.say(join('it'));
      const turn = conversation.say(text);
      const answer = turn.replies.find((reply) => reply.channelData?.postino.kind === 'quick-answer');
      expect(answer?.text).toBe(say(locale, key, quickVars(text)));
      expect(answer?.locale).toBe(locale);
      for (const name of names) expect(answer?.text).toContain(name);
      // Short: one to three lines, not a guide.
      expect(answer?.text?.length ?? 0).toBeLessThanOrEqual(320);
      expect(turn.text).not.toMatch(/^\d+\. /m);
      expect(turn.choices).toEqual(
        [say(locale, 'choice.show-where'), say(locale, 'choice.human')].concat(
          locale === 'en' ? [say('en', 'choice.continue-it')] : [],
        ),
      );
      expect(conversation.state).toBe('askClient');
    },
  );

  it('at "did it work?" a question is answered and the conversation stays there', () => {
    const conversation = conversationAt('askSolved');
    const turn = conversation.say('che porta devo usare?');
    expect(turn.text).toBe(say('it', 'quick.port'));
    expect(conversation.state).toBe('askSolved');
    expect(turn.effects.some((effect) => effect.type === 'outcome')).toBe(false);
  });

  it('"show me where" walks the steps of what was answered, asking the client first when unknown', () => {
    const conversation = new Conversation();
    conversation.say(join('en'));
    conversation.say('the mail server is smpt.hln.it right?');
    const ask = conversation.say(say('en', 'choice.show-where'));
    expect(conversation.state).toBe('askClient');
    expect(ask.text).toContain(say('en', 'askClient'));
    conversation.say('thunderbird');
    expect(conversation.state).toBe('diagnose');
    const answer = conversation.say(probeResult('healthy'));
    expect(answer.text).toContain('`smtp.hln.it`');
    expect(answer.replies.find((reply) => reply.channelData)?.channelData?.postino).toMatchObject({
      kind: 'answer',
      client: 'thunderbird',
      symptom: 'cannot-connect',
    });
  });

  it('"port 25 doesn\'t work" is corrected and answered in one turn once the client is known', () => {
    const conversation = new Conversation();
    conversation.say(join('en'));
    conversation.say('outlook 2007');
    const turn = conversation.say("port 25 doesn't work");
    expect(turn.text).toContain(say('en', 'wrong.port-25'));
    expect(conversation.context.symptom).toBe('cannot-connect');
    expect(conversation.state).toBe('diagnose');
  });
});
