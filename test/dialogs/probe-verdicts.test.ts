// The probe's verdicts as the customer hears them: a port-by-port summary in their language,
// then steps fitting both the symptom and the verdict. Halnet-side problems are said plainly,
// with a human offered; port 25 blocked from our checker is never blamed on Halnet.
import { PROBE_VERDICTS, type ProbeVerdict } from '../../dialogs/contract';
import { say, type TextKey } from '../../dialogs/texts';
import { probeSummary } from './fixtures/probe-summaries';
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

// The verdicts on Halnet's side, and what "show the steps anyway" may ask the customer to check.
const HALNET_SIDE: Record<
  Exclude<ProbeVerdict, 'healthy' | 'port25_blocked_from_probe'>,
  'checks' | 'nothing'
> = {
  server_down: 'checks',
  tls_broken: 'checks',
  dns_failure: 'checks',
  cert_expired: 'nothing',
  cert_untrusted: 'checks',
  cert_name_mismatch: 'checks',
  auth_not_offered: 'nothing',
  auth_before_tls: 'nothing',
};

describe('probe verdicts', () => {
  it('knows every verdict of the contract', () => {
    expect([...Object.keys(HALNET_SIDE), 'healthy', 'port25_blocked_from_probe'].sort()).toEqual(
      [...PROBE_VERDICTS].sort(),
    );
  });

  it.each(['it', 'en'] as const)(
    'healthy (%s): the cause in one line, then the walk; details one tap away',
    (locale) => {
      const conversation = diagnosing(locale);
      const turn = conversation.say(probeResult('healthy'));
      expect(turn.text.split('\n')[0]).toMatch(
        locale === 'it' ? /^Il server di Halnet funziona: / : /^Halnet’s server is working: /,
      );
      // No port-by-port block for the customer: it is behind "Technical details".
      expect(turn.text).not.toMatch(/AUTH PLAIN LOGIN/);
      expect(turn.text).toMatch(/\*\*587\*\*/);
      expect(turn.choices).toContain(say(locale, 'choice.tech-details'));
      expect(conversation.state).toBe('askSolved');
      const details = conversation.say(say(locale, 'choice.tech-details'));
      const reachable = locale === 'it' ? 'raggiungibile' : 'reachable';
      expect(details.text).toContain(`587 (STARTTLS): ${reachable}, TLS 1.3, AUTH PLAIN LOGIN`);
      expect(details.text).toContain(`465 (SSL/TLS): ${reachable}, TLS 1.3, AUTH PLAIN LOGIN`);
      expect(conversation.state).toBe('askSolved');
    },
  );

  it.each(['it', 'en'] as const)('port 25 blocked from the probe (%s): never blamed on Halnet', (locale) => {
    const conversation = diagnosing(locale);
    const turn = conversation.say(probeResult('port25_blocked_from_probe'));
    expect(turn.text).toContain(say(locale, 'causeHealthy', { headline: '' }).trim());
    expect(turn.text).not.toMatch(/non cambiare|don’t change/);
    expect(conversation.state).toBe('askSolved');
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

  it.each(
    (
      [
        'server_down',
        'tls_broken',
        'dns_failure',
        'cert_expired',
        'cert_untrusted',
        'cert_name_mismatch',
        'auth_not_offered',
      ] as const
    ).flatMap((verdict) => (['it', 'en'] as const).map((locale) => ({ verdict, locale }))),
  )(
    '$verdict ($locale): Halnet-side in one sentence, nothing to change, a human offered',
    ({ verdict, locale }) => {
      const conversation = diagnosing(locale);
      const turn = conversation.say(probeResult(verdict));
      expect(turn.text).toContain(say(locale, `serverLine.${verdict}` as TextKey, { host: 'smtp.hln.it' }));
      expect(turn.text).toMatch(locale === 'it' ? /non cambiar/ : /don’t change/);
      expect(turn.text).not.toMatch(/AUTH|STARTTLS\)/);
      expect(turn.choices).toEqual([
        say(locale, 'choice.human'),
        say(locale, 'choice.show-steps'),
        say(locale, 'choice.recheck'),
        say(locale, 'choice.tech-details'),
      ]);
      expect(turn.replies.at(-1)?.channelData?.postino).toEqual({
        kind: 'server-problem',
        client: 'thunderbird',
        symptom: 'cannot-connect',
        verdict,
        locale,
      });
      expect(conversation.state).toBe('serverProblem');
    },
  );

  it.each(Object.entries(HALNET_SIDE).filter(([verdict]) => verdict !== 'auth_before_tls'))(
    'after %s, "show the steps anyway" follows the verdict and never contradicts it',
    (verdict, checks) => {
      const conversation = diagnosing('it');
      conversation.say(probeResult(verdict as ProbeVerdict));
      const steps = conversation.say(say('it', 'choice.show-steps'));
      expect(steps.text).toContain(say('it', `serverLine.${verdict}` as TextKey, { host: 'smtp.hln.it' }));
      // The generic connection advice (port 25 blocked, misspelt name) would blame the customer.
      expect(steps.text).not.toContain(say('it', 'causeHealthy', { headline: '' }).trim());
      expect(steps.text).not.toMatch(/porta 25 è bloccata/);
      if (checks === 'nothing') expect(steps.text).toContain(say('it', 'serverNothingToCheck'));
      else expect(steps.text).toContain(say('it', 'serverCheckIntro', { client: 'Thunderbird' }));
      if (verdict === 'cert_untrusted') expect(steps.text).toContain('cacert.crt');
      expect(conversation.state).toBe('askSolved');
    },
  );

  it('from a server problem: a human, or a new check', () => {
    const human = diagnosing('it');
    human.say(probeResult('cert_expired'));
    const handoff = human.say(say('it', 'choice.human'));
    expect(onlyEffect(handoff, 'handoff').context.probe?.findings[0]?.verdict).toBe('cert_expired');

    const again = diagnosing('en');
    again.say(probeResult('dns_failure'));
    const recheck = again.say(say('en', 'choice.recheck'));
    expect(effectsOf(recheck, 'probe')).toHaveLength(1);
    expect(recheck.text).toContain(say('en', 'checking'));
    const healthy = again.say(probeResult('healthy'));
    expect(healthy.text).toMatch(/^Halnet’s server is working: /);
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

describe('probe verdicts on one customer port', () => {
  it('587 down while 465 works: Halnet’s side, and 465 offered meanwhile', () => {
    const conversation = diagnosing('it');
    const summary = probeSummary('healthy');
    summary.ports = summary.ports.map((port) =>
      port.port === 587
        ? { ...port, outcome: 'refused', connectMs: null, tlsProtocol: null, authMechanisms: [] }
        : port,
    );
    summary.findings = [
      { verdict: 'server_down', ports: [587], evidence: ['587: ECONNREFUSED'], weight: 'customer' },
    ];
    const turn = conversation.say({ type: 'probe.result', summary });
    expect(conversation.state).toBe('serverProblem');
    expect(turn.text).toContain(say('it', 'serverLine.server_down'));
    expect(turn.text).toContain(say('it', 'serverWorkaround', { port: 465, mode: 'SSL' }));
  });

  it('a server that greets with 554 is said to refuse connections, not to be silent', () => {
    const conversation = diagnosing('en');
    const summary = probeSummary('server_down');
    summary.ports = summary.ports.map((port) => ({ ...port, outcome: 'greeting_rejected' }));
    const turn = conversation.say({ type: 'probe.result', summary });
    expect(turn.text).toContain(say('en', 'serverLine.server_refusing'));
    expect(turn.text).not.toContain(say('en', 'serverLine.server_down'));
  });
});
