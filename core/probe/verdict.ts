// The verdict layer: from the raw report to the dialog's ProbeSummary. Each finding names the
// ports it is about and carries technical evidence; findings come worst first; `healthy`
// stands alone when nothing is wrong. Port 25 gets its own reading: AWS blocks it from
// Lambda, so a silent port 25 is never blamed on Halnet.
import type { PortSummary, ProbeSummary, ProbeVerdict, VerdictFinding } from '../../dialogs/contract';
import type { PortReport, ProbeReport } from './report';

/** Worst first: the order findings are listed in. */
export const VERDICT_SEVERITY: readonly ProbeVerdict[] = [
  'dns_failure',
  'server_down',
  'tls_broken',
  'cert_expired',
  'cert_untrusted',
  'cert_name_mismatch',
  'auth_not_offered',
  'auth_before_tls',
  'port25_blocked_from_probe',
];

const RELAY_PORT = 25;
const UNREACHABLE = new Set<PortReport['outcome']>([
  'refused',
  'timeout',
  'dns_failure',
  'greeting_rejected',
  'closed_early',
  'error',
]);
const TLS_BROKEN = new Set<PortReport['outcome']>(['starttls_missing', 'starttls_refused', 'tls_failed']);

export function summarize(report: ProbeReport): ProbeSummary {
  const findings = report.dnsError ? dnsFindings(report) : portFindings(report.ports);
  return {
    host: report.host,
    checkedAt: report.checkedAt,
    durationMs: report.durationMs,
    findings: findings.length > 0 ? merge(findings) : [healthy(report.ports)],
    ports: report.ports.map(portSummary),
  };
}

function dnsFindings(report: ProbeReport): VerdictFinding[] {
  const ports = report.ports.map((p) => p.port);
  return [{ verdict: 'dns_failure', ports, evidence: [clip(`${report.host}: ${report.dnsError}`)] }];
}

function portFindings(ports: PortReport[]): VerdictFinding[] {
  const findings: VerdictFinding[] = [];
  const add = (verdict: ProbeVerdict, port: PortReport, evidence: string): void => {
    findings.push({ verdict, ports: [port.port], evidence: [clip(`${port.port}: ${evidence}`)] });
  };
  const submission = ports.filter((p) => p.port !== RELAY_PORT);
  const allSubmissionDown = submission.length > 0 && submission.every((p) => UNREACHABLE.has(p.outcome));
  for (const port of ports) {
    if (UNREACHABLE.has(port.outcome)) {
      // Port 25 from AWS says nothing about Halnet unless the submission ports are down too.
      if (port.port === RELAY_PORT && !allSubmissionDown) {
        add(
          'port25_blocked_from_probe',
          port,
          `${failure(port)}; outbound port 25 is blocked from AWS Lambda, not evidence of a Halnet fault`,
        );
      } else {
        add('server_down', port, failure(port));
      }
    }
    if (TLS_BROKEN.has(port.outcome)) add('tls_broken', port, failure(port));
    certificateFindings(port, add);
    if (port.outcome === 'ok' && port.ehloTls && port.ehloTls.authMechanisms.length === 0) {
      add(
        'auth_not_offered',
        port,
        `EHLO after TLS lists ${port.ehloTls.keywords.join(', ') || 'nothing'} but no AUTH`,
      );
    }
    if (port.ehloPlain && port.ehloPlain.authMechanisms.length > 0) {
      add(
        'auth_before_tls',
        port,
        `plaintext EHLO offers AUTH ${port.ehloPlain.authMechanisms.join(' ')} before STARTTLS`,
      );
    }
  }
  return findings;
}

function certificateFindings(
  port: PortReport,
  add: (v: ProbeVerdict, p: PortReport, e: string) => void,
): void {
  if (!port.tls) return;
  const cert = port.tls.certificate;
  if (!cert) {
    add('cert_untrusted', port, 'the server presented no certificate');
    return;
  }
  if (cert.expired) add('cert_expired', port, `notAfter ${isoSeconds(cert.notAfter)} (CERT_HAS_EXPIRED)`);
  if (cert.notYetValid)
    add('cert_expired', port, `notBefore ${isoSeconds(cert.notBefore)} (CERT_NOT_YET_VALID)`);
  const { halnetCa, publicRoots } = cert.trust;
  if (halnetCa.trusted !== true && publicRoots.trusted !== true) {
    const halnet = halnetCa.trusted === null ? 'no Halnet CA configured' : `Halnet CA: ${halnetCa.error}`;
    add('cert_untrusted', port, `issuer ${cert.issuer}; ${halnet}; public roots: ${publicRoots.error}`);
  }
  if (!cert.nameMatch.ok) {
    add(
      'cert_name_mismatch',
      port,
      `${cert.nameMatch.error ?? 'name mismatch'}; SANs ${cert.subjectAltNames.join(', ') || 'none'}`,
    );
  }
}

function healthy(ports: PortReport[]): VerdictFinding {
  return {
    verdict: 'healthy',
    ports: ports.map((p) => p.port),
    evidence: ports.map((p) => {
      const cert = p.tls?.certificate;
      const trust = cert?.trust.halnetCa.trusted ? 'Halnet CA' : 'public roots';
      const parts = [
        p.mode === 'starttls' ? 'STARTTLS' : 'implicit TLS',
        p.tls?.protocol ?? 'no TLS',
        `AUTH ${p.ehloTls?.authMechanisms.join(' ') ?? '-'}`,
        cert ? `certificate valid ${cert.daysToExpiry} more days, trusted by ${trust}` : 'no certificate',
      ];
      return clip(`${p.port}: ${parts.join(', ')}`);
    }),
  };
}

/** One finding per verdict, in severity order, ports and evidence gathered. */
function merge(findings: VerdictFinding[]): VerdictFinding[] {
  return VERDICT_SEVERITY.flatMap((verdict) => {
    const same = findings.filter((f) => f.verdict === verdict);
    if (same.length === 0) return [];
    return [
      {
        verdict,
        ports: [...new Set(same.flatMap((f) => f.ports))],
        evidence: same.flatMap((f) => f.evidence),
      },
    ];
  });
}

function portSummary(port: PortReport): PortSummary {
  const notes = [
    port.error,
    port.tls10Accepted === true ? 'TLS 1.0 still accepted' : undefined,
    port.tls10Accepted === false ? 'TLS 1.0 refused' : undefined,
  ].filter(Boolean);
  return {
    port: port.port,
    mode: port.mode,
    outcome: port.outcome,
    connectMs: port.connectMs,
    tlsProtocol: port.tls?.protocol ?? null,
    authMechanisms: port.ehloTls?.authMechanisms ?? [],
    ...(notes.length > 0 ? { detail: clip(notes.join('; ')) } : {}),
  };
}

function failure(port: PortReport): string {
  return port.error ? `${port.outcome} (${port.error})` : port.outcome;
}

function isoSeconds(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, 'Z');
}

function clip(text: string): string {
  return text.length > 500 ? `${text.slice(0, 497)}...` : text;
}
