// The dialog side of a verified resolution: after "yes, it works" Postino offers a test; the
// customer's request (the button or words) asks the core for a test address; the address and
// the verdict arrive as events and are said in the customer's language.
import type { VerifyResult } from '../../dialogs/contract';
import { probeSummary } from './fixtures/probe-summaries';
import { Conversation } from './support/conversation';

const OK: VerifyResult = {
  findings: [],
  throughHost: 'smtp.hln.it',
  protocol: 'ESMTPSA',
  authenticated: true,
  encrypted: true,
  tlsVersion: 'TLSv1.3',
  elapsedSeconds: 3.4,
  otherServers: [],
};

function solved(locale: 'it' | 'en' = 'it'): Conversation {
  const chat = new Conversation(locale);
  chat.say({ type: 'user.join', locale });
  chat.say('thunderbird, prima configurazione');
  chat.say({ type: 'probe.result', summary: probeSummary('healthy') });
  return chat;
}

describe('verified resolution in the dialog', () => {
  it('offers the test when the customer says it works, with a button that stays in the transcript', () => {
    const chat = solved();
    const turn = chat.say('sì');
    const offer = turn.replies.find((reply) => reply.attachments !== undefined);
    expect(offer?.text).toContain('facciamo una prova');
    expect(offer?.attachments?.[0]?.content.buttons).toEqual([
      { type: 'imBack', title: 'Verifica l’invio', value: 'Verifica l’invio' },
    ]);
    expect(turn.effects).toContainEqual({ type: 'outcome', outcome: 'resolved' });
    // The rating question comes last, with its own buttons.
    expect(turn.replies.at(-1)?.text).toMatch(/da 1 .*a 5/);
    expect(turn.replies.at(-1)?.suggestedActions?.actions.length).toBeGreaterThan(0);
  });

  it.each(['Verifica l’invio', 'fai la prova', 'Check my sending', 'verifica se funziona'])(
    'asks the core for a test address when the customer says «%s»',
    (said) => {
      const chat = solved();
      chat.say('sì');
      const turn = chat.say(said);
      expect(turn.effects).toEqual([{ type: 'verify-start' }]);
      expect(chat.state).toBe('resolved');
    },
  );

  it('gives the address, then the verdict, in the conversation’s language', () => {
    const chat = solved('en');
    chat.say('yes');
    chat.say('Check my sending');
    const ready = chat.say({
      type: 'verify.ready',
      address: 'verifica+k7p2xq9m@verifica.hln.it',
      expiresInMinutes: 30,
    });
    expect(ready.text).toContain('`verifica+k7p2xq9m@verifica.hln.it`');
    expect(ready.text).toContain('30 minutes');
    const verdict = chat.say({ type: 'verify.result', result: OK });
    expect(verdict.text).toBe(
      'Test passed: your message went through `smtp.hln.it`, with authentication (ESMTPSA) and encryption (TLSv1.3). It arrived in 3 seconds.',
    );
    // Recorded as a resolution kind of its own, for the console and analytics.
    expect(verdict.replies[0]?.channelData?.postino).toEqual({
      kind: 'verified',
      client: 'thunderbird',
      symptom: 'first-setup',
      verdict: null,
      locale: 'en',
    });
  });

  it('lists what to fix, worst first, naming the other server', () => {
    const chat = solved();
    const verdict = chat.say({
      type: 'verify.result',
      result: {
        ...OK,
        findings: ['another-server', 'not-authenticated'],
        protocol: 'ESMTPS',
        authenticated: false,
        otherServers: ['smtp.provider.example'],
      },
    });
    expect(verdict.text).toContain('c’è qualcosa da correggere');
    expect(verdict.text).toContain('(`smtp.provider.example`)');
    expect(verdict.text).toContain('senza autenticazione');
    expect(verdict.text).not.toContain('Prova riuscita');
    expect(verdict.replies[0]?.channelData).toBeUndefined();
  });

  it('stays silent while an agent holds the conversation', () => {
    const chat = solved();
    chat.say({ type: 'agent.joined', agentName: 'Giulia' });
    expect(chat.say('fai la prova').effects).toEqual([]);
  });

  it('says so when no test address can be issued', () => {
    const chat = solved();
    expect(chat.say({ type: 'verify.unavailable' }).text).toContain('non è disponibile');
  });
});
