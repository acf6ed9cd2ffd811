// The verdict layer: from the raw report to the dialog's ProbeSummary. Each port gets the
// findings of what happened on it (port-findings.ts); then the ports are weighed by what the
// customer should use: 587 and 465 decide, port 25 is information while either was probed
// (dialogs/probe-reading.ts decidingPorts). Findings come customer-first, worst first; then
// `healthy` when no customer finding; then the notes. Port 25 is
// `port25_blocked_from_probe` only where configuration says the probe's network blocks it
// (and then it was not probed at all).
import type { PortSummary, ProbeSummary, ProbeVerdict, VerdictFinding } from '../../dialogs/contract';
import { decidingPorts, isCustomerFinding } from '../../dialogs/probe-reading';
import { otherAddressFindings, portFindings, portWarnings, type RawFinding } from './port-findings';
import type { PortReport, ProbeReport } from './report';

/** Worst first: the order findings are listed in, within each weight. */
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

const MAX_WARNINGS = 20;

export function summarize(report: ProbeReport): ProbeSummary {
  const probed = report.ports.map((p) => p.port);
  const deciding = decidingPorts(probed);
  const raw: RawFinding[] = report.dnsError
    ? [{ verdict: 'dns_failure', port: -1, evidence: `${report.host}: ${report.dnsError}` }]
    : [
        ...report.ports.flatMap(portFindings),
        ...otherAddressFindings(report.otherAddresses ?? [], report.ports),
      ];
  const findings = merge(raw, report.dnsError ? probed : null).map((finding) => ({
    ...finding,
    weight: isCustomerFinding(finding, deciding) ? ('customer' as const) : ('note' as const),
  }));
  for (const skipped of report.skippedPorts ?? []) {
    findings.push({
      verdict: 'port25_blocked_from_probe',
      ports: [skipped.port],
      evidence: [clip(`${skipped.port}: ${skipped.reason}`)],
      weight: 'note',
    });
  }
  const warnings = report.ports.flatMap(portWarnings).slice(0, MAX_WARNINGS).map(clip);
  return {
    host: report.host,
    checkedAt: report.checkedAt,
    durationMs: report.durationMs,
    findings: ordered(findings, report.ports, deciding),
    ports: report.ports.map(portSummary),
    ...(report.addresses.length > 0 ? { addresses: report.addresses.slice(0, 16) } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** One finding per verdict, ports and evidence gathered (all probed ports for a DNS failure). */
function merge(raw: RawFinding[], allPorts: number[] | null): VerdictFinding[] {
  const byVerdict = new Map<ProbeVerdict, VerdictFinding>();
  for (const finding of raw) {
    const entry = byVerdict.get(finding.verdict) ?? { verdict: finding.verdict, ports: [], evidence: [] };
    const ports = allPorts ?? [finding.port];
    entry.ports = [...new Set([...entry.ports, ...ports])];
    entry.evidence.push(clip(finding.evidence));
    byVerdict.set(finding.verdict, entry);
  }
  return [...byVerdict.values()];
}

function ordered(findings: VerdictFinding[], ports: PortReport[], deciding: number[]): VerdictFinding[] {
  const rank = (f: VerdictFinding): number => VERDICT_SEVERITY.indexOf(f.verdict);
  const customer = findings.filter((f) => f.weight === 'customer').sort((a, b) => rank(a) - rank(b));
  const notes = findings.filter((f) => f.weight !== 'customer').sort((a, b) => rank(a) - rank(b));
  if (customer.length > 0) return [...customer, ...notes];
  // The deciding ports, and any other port no note is about (port 25 when it is fine too).
  const noted = new Set(notes.flatMap((f) => f.ports));
  const healthyPorts = ports.filter(
    (p) => deciding.includes(p.port) || (p.outcome === 'ok' && !noted.has(p.port)),
  );
  // Nothing probed at all (only a skipped port 25): the note is the whole story.
  if (healthyPorts.length === 0 && notes.length > 0) return notes;
  return [healthy(healthyPorts), ...notes];
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
    weight: 'customer',
  };
}

function portSummary(port: PortReport): PortSummary {
  const versions = port.tlsVersions
    ? Object.entries(port.tlsVersions)
        .filter(([, accepted]) => accepted === true)
        .map(([version]) => version)
    : undefined;
  const notes = [
    port.error,
    port.tls10Accepted === true ? 'TLS 1.0 still accepted' : undefined,
    port.tls10Accepted === false ? 'TLS 1.0 refused' : undefined,
  ].filter(Boolean);
  const cert = port.tls?.certificate;
  const plainAuth = port.ehloPlain?.authMechanisms ?? [];
  const size = port.ehloTls?.sizeLimit ?? port.ehloPlain?.sizeLimit;
  return {
    port: port.port,
    mode: port.mode,
    outcome: port.outcome,
    connectMs: port.connectMs,
    tlsProtocol: port.tls?.protocol ?? null,
    authMechanisms: port.ehloTls?.authMechanisms ?? [],
    ...(notes.length > 0 ? { detail: clip(notes.join('; ')) } : {}),
    stage: port.stage,
    ...(port.banner ? { banner: `${port.banner.code} ${port.banner.lines[0] ?? ''}`.slice(0, 200) } : {}),
    ...(port.ehloPlain ? { authBeforeTls: plainAuth } : {}),
    ...(size !== undefined ? { sizeLimit: size } : {}),
    ...(versions ? { tlsVersions: versions } : {}),
    ...(cert
      ? {
          certificate: {
            subject: cert.subject.slice(0, 300),
            issuer: cert.issuer.slice(0, 300),
            ...(cert.keyType ? { key: keyText(cert.keyType, cert.keyBits, cert.keyCurve) } : {}),
            ...(cert.signatureAlgorithm ? { signatureAlgorithm: cert.signatureAlgorithm.slice(0, 60) } : {}),
            daysToExpiry: cert.daysToExpiry,
            trustedByHalnetCa: cert.trust.halnetCa.trusted,
            trustedByPublicRoots: cert.trust.publicRoots.trusted,
            ...(trustError(cert.trust) ? { trustError: trustError(cert.trust) } : {}),
          },
        }
      : {}),
    ...(port.noSni ? { noSni: noSniText(port.noSni) } : {}),
  };
}

function keyText(type: string, bits: number | undefined, curve: string | undefined): string {
  return [type, bits, curve ? `(${curve})` : undefined]
    .filter((part) => part !== undefined)
    .join(' ')
    .slice(0, 60);
}

function trustError(
  trust: NonNullable<NonNullable<PortReport['tls']>['certificate']>['trust'],
): string | undefined {
  if (trust.halnetCa.trusted === true || trust.publicRoots.trusted === true) return undefined;
  return (trust.halnetCa.error ?? trust.publicRoots.error)?.slice(0, 120);
}

function noSniText(noSni: NonNullable<PortReport['noSni']>): NonNullable<PortSummary['noSni']> {
  if (!noSni.ok) return 'failed';
  if (noSni.sameCertificate !== false) return 'same-certificate';
  return noSni.nameMatch === false || noSni.trusted === false
    ? 'other-certificate-invalid'
    : 'other-certificate';
}

function clip(text: string): string {
  return text.length > 500 ? `${text.slice(0, 497)}...` : text;
}
