// What a probe summary means for the conversation. The probe reports findings worst first;
// the dialog only needs to know whose side a problem is on: Halnet's server (say so plainly
// and offer a human), the probe's own network (port 25 blocked from AWS: expected, never
// Halnet's fault), or nobody's (healthy).
import type { ProbeSummary, ProbeVerdict } from './contract';

export type HalnetProblemFamily = 'server' | 'certificate' | 'auth';

export type ProbeReading =
  | { kind: 'unavailable' }
  | { kind: 'healthy' }
  | { kind: 'port25-blocked' }
  | { kind: 'halnet'; verdict: ProbeVerdict; family: HalnetProblemFamily };

const HALNET_FAMILIES: Partial<Record<ProbeVerdict, HalnetProblemFamily>> = {
  server_down: 'server',
  tls_broken: 'server',
  dns_failure: 'server',
  cert_expired: 'certificate',
  cert_untrusted: 'certificate',
  cert_name_mismatch: 'certificate',
  auth_not_offered: 'auth',
  auth_before_tls: 'auth',
};

export function readProbe(summary: ProbeSummary | null): ProbeReading {
  if (summary === null) return { kind: 'unavailable' };
  for (const finding of summary.findings) {
    const family = HALNET_FAMILIES[finding.verdict];
    if (family !== undefined) return { kind: 'halnet', verdict: finding.verdict, family };
  }
  if (summary.findings.some((finding) => finding.verdict === 'port25_blocked_from_probe')) {
    return { kind: 'port25-blocked' };
  }
  return { kind: 'healthy' };
}

export function isHalnetProblem(summary: ProbeSummary | null): boolean {
  return readProbe(summary).kind === 'halnet';
}
