// Probe summaries for health checks, from the dialog's probe fixtures (shaped like the probe
// engine's output for smtp.hln.it), each at a minute of a fixed morning: the rules count
// checks by their `checkedAt`, so a test walks through minutes without waiting.
import type { PortSummary, ProbeSummary } from '../../../dialogs/contract';
import { probeSummary } from '../../dialogs/fixtures/probe-summaries';

const MORNING = Date.parse('2026-11-28T08:00:00.000Z');

export const minute = (n: number): string => new Date(MORNING + n * 60_000).toISOString();

/** Every port refuses: Halnet's server is down for everyone. */
export const down = (n: number): ProbeSummary => ({ ...probeSummary('server_down'), checkedAt: minute(n) });

export const healthy = (n: number): ProbeSummary => ({ ...probeSummary('healthy'), checkedAt: minute(n) });

/** Port 25 blocked from the probe's network: nobody's fault, healthy for customers. */
export const port25Blocked = (n: number): ProbeSummary => ({
  ...probeSummary('port25_blocked_from_probe'),
  checkedAt: minute(n),
});

const port = (number: number, mode: PortSummary['mode'], outcome: PortSummary['outcome']): PortSummary => ({
  port: number,
  mode,
  outcome,
  connectMs: outcome === 'ok' ? 18 : null,
  tlsProtocol: outcome === 'ok' ? 'TLSv1.3' : null,
  authMechanisms: outcome === 'ok' ? ['PLAIN', 'LOGIN'] : [],
});

/** 587 refuses while 465 works: a fault with a workaround, not an outage. */
export const submissionDownImplicitWorks = (n: number): ProbeSummary => ({
  host: 'smtp.hln.it',
  checkedAt: minute(n),
  durationMs: 380,
  findings: [{ verdict: 'server_down', ports: [587], evidence: ['587: ECONNREFUSED'] }],
  ports: [port(587, 'starttls', 'refused'), port(465, 'implicit-tls', 'ok'), port(25, 'starttls', 'ok')],
});
