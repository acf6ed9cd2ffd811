// The probe's verdicts as the customer hears them: a port-by-port summary in their language,
// then steps fitting both the symptom and the verdict. Halnet-side problems are said plainly,
// with a human offered; port 25 blocked from our checker is never blamed on Halnet.
import { PROBE_VERDICTS, type ProbeVerdict } from '../../dialogs/contract';
import { say } from '../../dialogs/texts';
import { Conversation, effectsOf, join, onlyEffect, probeResult } from './support/conversation';

function diagnosing(locale: 'it' | 'en', symptom = 'cannot-connect'): Conversation {
  const conversation = new Conversation();
  conversation.say(join(locale));
  conversation.say('Thunderbird');
  conversation.say(
    symptom === 'cannot-connect'
      ? locale === 'it'
        ? 'Non si collega al server / tempo scaduto'
        : 'Cannot connect / timeout'
      : symptom,
  );
  expect(conversation.state).toBe('diagnose');
  return conversation;
}

const HALNET_SIDE: Record<
  Exclude<ProbeVerdict, 'healthy' | 'port25_blocked_from_probe' | 'auth_before_tls'>,
  'verdictServerDown' | 'verdictCertificate' | 'verdictAuth'
> = {
  server_down: 'verdictServerDown',
  tls_broken: 'verdictServerDown',
  dns_failure: 'verdictServerDown',
  cert_expired: 'verdictCertificate',
  cert_untrusted: 'verdictCertificate',
  cert_name_mismatch: 'verdictCertificate',
  auth_not_offered: 'verdictAuth',
};

describe('probe verdicts', () => {
  it('knows every verdict of the contract', () => {
    expect(
      [...Object.keys(HALNET_SIDE), 'healthy', 'port25_blocked_from_probe', 'auth_before_tls'].sort(),
    ).toEqual([...PROBE_VERDICTS].sort());
  });

  it.each(['it', 'en'] as const)('healthy (%s): a port-by-port summary, then the steps', (locale) => {
    const conversation = diagnosing(locale);
    const turn = conversation.say(probeResult('healthy'));
    const reachable = locale === 'it' ? 'raggiungibile' : 'reachable';
    expect(turn.text).toContain(`587 (STARTTLS): ${reachable}, TLS 1.3, AUTH PLAIN LOGIN`);
    expect(turn.text).toContain(`465 (SSL/TLS): ${reachable}, TLS 1.3, AUTH PLAIN LOGIN`);
    expect(turn.text).toContain(say(locale, 'verdictHealthy'));
    expect(turn.text).toContain(locale === 'it' ? '**Porta 587**' : '**Port 587**');
    expect(conversation.state).toBe('askSolved');
  });

  it.each(['it', 'en'] as const)(
    'port 25 blocked from the probe (%s): expected, not Halnet, use 587',
    (locale) => {
      const conversation = diagnosing(locale);
      const turn = conversation.say(probeResult('port25_blocked_from_probe'));
      expect(turn.text).toContain(say(locale, 'verdictPort25'));
      expect(turn.text).toContain(say(locale, 'portExpectedBlock'));
      expect(turn.text).not.toMatch(
        locale === 'it' ? /Halnet ha un problema/ : /Halnet’s server has a problem/,
      );
      expect(turn.text).toContain('**587**');
      expect(conversation.state).toBe('askSolved');
    },
  );

  it.each(
    Object.entries(HALNET_SIDE).flatMap(([verdict, key]) =>
      (['it', 'en'] as const).map((locale) => ({ verdict, key, locale })),
    ),
  )('$verdict ($locale): Halnet-side, said plainly, a human offered', ({ verdict, key, locale }) => {
    const conversation = diagnosing(locale);
    const turn = conversation.say(probeResult(verdict as ProbeVerdict));
    const problem = say(locale, `problem.${verdict}` as 'problem.server_down', { host: 'smtp.hln.it' });
    expect(turn.text).toContain(say(locale, key, { problem }));
    expect(turn.text).toContain(say(locale, 'offerHuman'));
    expect(turn.choices).toEqual([
      say(locale, 'choice.human'),
      say(locale, 'choice.show-steps'),
      say(locale, 'choice.recheck'),
    ]);
    expect(conversation.state).toBe('serverProblem');
  });

  it.each(['it', 'en'] as const)(
    'AUTH before TLS (%s): a note for agents and ops, not a fault the customer hears about (issue 9)',
    (locale) => {
      const conversation = diagnosing(locale);
      const turn = conversation.say(probeResult('auth_before_tls'));
      expect(turn.text).not.toContain(say(locale, 'serverLine.auth_before_tls', { host: 'smtp.hln.it' }));
      expect(turn.text).not.toContain(say(locale, 'serverProblemNext'));
      expect(turn.replies.map((reply) => reply.channelData?.postino?.verdict).filter(Boolean)).toEqual([
        'healthy',
      ]);
      expect(conversation.state).toBe('askSolved');
    },
  );

  it('server down: the port lines say what failed', () => {
    const conversation = diagnosing('it');
    const turn = conversation.say(probeResult('server_down'));
    expect(turn.text).toContain('587 (STARTTLS): connessione rifiutata');
    expect(turn.text).toContain('Non dipende dalle tue impostazioni');
  });

  it('from a server problem: a human, the steps anyway, or a new check', () => {
    const human = diagnosing('it');
    human.say(probeResult('cert_expired'));
    const handoff = human.say(say('it', 'choice.human'));
    expect(onlyEffect(handoff, 'handoff').context.probe?.findings[0]?.verdict).toBe('cert_expired');

    const steps = diagnosing('it');
    steps.say(probeResult('tls_broken'));
    const answer = steps.say(say('it', 'choice.show-steps'));
    expect(answer.text).toContain('**Porta 587**');
    expect(steps.state).toBe('askSolved');

    const again = diagnosing('en');
    again.say(probeResult('dns_failure'));
    const recheck = again.say(say('en', 'choice.recheck'));
    expect(effectsOf(recheck, 'probe')).toHaveLength(1);
    expect(recheck.text).toContain(say('en', 'checking'));
    const healthy = again.say(probeResult('healthy'));
    expect(healthy.text).toContain(say('en', 'verdictHealthy'));
  });

  it.each(['it', 'en'] as const)('a probe that could not run (%s): said so, then the steps', (locale) => {
    const conversation = diagnosing(locale);
    const turn = conversation.say(probeResult(null));
    expect(turn.text).toContain(say(locale, 'probeUnavailable'));
    expect(turn.text).toContain('587');
    expect(conversation.state).toBe('askSolved');
    expect(conversation.context).toMatchObject({ probe: null, probed: true });
  });

  it('while the probe runs, messages get a short reply and the probe is not asked twice', () => {
    const conversation = diagnosing('it');
    const turn = conversation.say('quanto ci vuole?');
    expect(turn.text).toContain(say('it', 'stillChecking'));
    expect(effectsOf(turn, 'probe')).toHaveLength(0);
    const skipped = conversation.say(say('it', 'choice.skip-check'));
    expect(skipped.text).toContain(say('it', 'probeSkipped'));
    expect(conversation.state).toBe('askSolved');
    // The late result is kept silently for the agent's bundle.
    const late = conversation.say(probeResult('healthy'));
    expect(late.effects).toEqual([]);
    expect(conversation.context.probe).not.toBeNull();
  });
});
