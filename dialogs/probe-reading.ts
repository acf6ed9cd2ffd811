// What a probe summary means for the conversation. The probe reports findings worst first;
// the dialog only needs to know whose side a problem is on: Halnet's server (say so plainly
// and offer a human), the probe's own network (port 25 blocked from AWS: expected, never
// Halnet's fault), or nobody's (healthy). Ports are weighed by what the customer should use:
// 587 and 465 decide; port 25 is information while either of them was probed. AUTH offered
// before TLS is a note for agents and ops, not a customer-facing fault (issue 9).
import { serviceFacts } from '../core/knowledge/service';
import type { ProbeSummary, ProbeVerdict, VerdictFinding } from './contract';

export type HalnetProblemFamily = 'server' | 'certificate' | 'auth';

export type ProbeReading =
  | { kind: 'unavailable' }
  | { kind: 'healthy' }
  | { kind: 'port25-blocked' }
  | {
      kind: 'halnet';
      verdict: ProbeVerdict;
      family: HalnetProblemFamily;
      /** The customer's ports the problem is on (e.g. [587]). */
      ports?: number[];
      /** The customer's ports that work meanwhile (e.g. [465] while 587 is down). */
      workingPorts?: number[];
      /** Every affected port answered, but refused service (421/554 banner): not "does not answer". */
      refusing?: boolean;
    };

const HALNET_FAMILIES: Partial<Record<ProbeVerdict, HalnetProblemFamily>> = {
  server_down: 'server',
  tls_broken: 'server',
  dns_failure: 'server',
  cert_expired: 'certificate',
  cert_untrusted: 'certificate',
  cert_name_mismatch: 'certificate',
  auth_not_offered: 'auth',
};

/**
 * The ports whose state decides the customer's verdict: every probed port but 25, or all of
 * them when only 25 was probed (then it is all there is to judge).
 */
export function decidingPorts(probed: readonly number[]): number[] {
  const submission = probed.filter((port) => port !== serviceFacts.legacyPort);
  return submission.length > 0 ? submission : [...probed];
}

/** Whether a finding concerns what the customer would hit (see VerdictFinding.weight). */
export function isCustomerFinding(finding: VerdictFinding, deciding: readonly number[]): boolean {
  if (HALNET_FAMILIES[finding.verdict] === undefined) return false;
  if (finding.weight !== undefined) return finding.weight === 'customer';
  return finding.ports.some((port) => deciding.includes(port));
}

export function readProbe(summary: ProbeSummary | null): ProbeReading {
  if (summary === null) return { kind: 'unavailable' };
  const deciding = decidingPorts(summary.ports.map((port) => port.port));
  for (const finding of summary.findings) {
    const family = HALNET_FAMILIES[finding.verdict];
    if (family === undefined || !isCustomerFinding(finding, deciding)) continue;
    const ports = finding.ports.filter((port) => deciding.includes(port));
    const affected = summary.ports.filter((port) => ports.includes(port.port));
    return {
      kind: 'halnet',
      verdict: finding.verdict,
      family,
      ports,
      workingPorts: summary.ports
        .filter((port) => deciding.includes(port.port) && port.outcome === 'ok' && !ports.includes(port.port))
        .map((port) => port.port),
      refusing:
        finding.verdict === 'server_down' &&
        affected.length > 0 &&
        affected.every((port) => port.outcome === 'greeting_rejected'),
    };
  }
  if (summary.findings.some((finding) => finding.verdict === 'port25_blocked_from_probe')) {
    return { kind: 'port25-blocked' };
  }
  return { kind: 'healthy' };
}

export function isHalnetProblem(summary: ProbeSummary | null): boolean {
  return readProbe(summary).kind === 'halnet';
}
