// The probe's findings: one line per port ("587 (STARTTLS): raggiungibile, TLS 1.3, AUTH
// PLAIN LOGIN") behind "Dettagli tecnici", and the one sentence a customer hears when the
// fault is on Halnet's side.
import { serviceFacts } from '../../core/knowledge';
import type { Locale } from '../../core/knowledge/ids';
import type { PortSummary, ProbeSummary } from '../contract';
import { type ProbeReading, readProbe } from '../probe-reading';
import { say, type TextKey } from '../texts';

function tlsLabel(protocol: string): string {
  // Node reports "TLSv1.3"; customers know it as "TLS 1.3".
  return protocol.replace(/^TLSv/, 'TLS ');
}

function portStatus(locale: Locale, port: PortSummary, port25Expected: boolean): string {
  if (port.outcome !== 'ok') {
    const status = say(locale, `outcome.${port.outcome}` as TextKey);
    return port25Expected && port.port === serviceFacts.legacyPort
      ? `${status} (${say(locale, 'portExpectedBlock')})`
      : status;
  }
  const parts = [say(locale, 'portReachable')];
  if (port.tlsProtocol !== null) parts.push(tlsLabel(port.tlsProtocol));
  if (port.authMechanisms.length > 0) parts.push(`AUTH ${port.authMechanisms.join(' ')}`);
  return parts.join(', ');
}

/** "Here is what I see" plus a bulleted line per port. */
export function portByPortSummary(locale: Locale, summary: ProbeSummary): string {
  const port25Expected = readProbe(summary).kind === 'port25-blocked';
  const lines = [...summary.ports]
    .sort((a, b) => portOrder(a.port) - portOrder(b.port))
    .map(
      (port) =>
        `- ${say(locale, 'portLine', {
          port: port.port,
          mode: port.mode === 'starttls' ? 'STARTTLS' : 'SSL/TLS',
          status: portStatus(locale, port, port25Expected),
        })}`,
    );
  return [say(locale, 'probeHeading', { host: summary.host }), ...lines].join('\n');
}

// The recommended port first, then the alternative, then the discouraged one.
function portOrder(port: number): number {
  const order = [serviceFacts.submissionPort, serviceFacts.implicitTlsPort, serviceFacts.legacyPort];
  const index = order.indexOf(port as (typeof order)[number]);
  return index === -1 ? order.length + port : index;
}

/**
 * What a customer hears about a fault on Halnet's side: one sentence, and when the other
 * customer port still works (587 down, 465 up), that they may use it meanwhile.
 */
export function serverLine(locale: Locale, reading: Extract<ProbeReading, { kind: 'halnet' }>): string {
  const key = reading.refusing ? 'serverLine.server_refusing' : `serverLine.${reading.verdict}`;
  const line = say(locale, key as TextKey, { host: serviceFacts.outgoingHost });
  const working = reading.workingPorts?.[0];
  if (working === undefined) return line;
  const mode = working === serviceFacts.implicitTlsPort ? 'SSL' : 'TLS/STARTTLS';
  return `${line} ${say(locale, 'serverWorkaround', { port: working, mode })}`;
}
