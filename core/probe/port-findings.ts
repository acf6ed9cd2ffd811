// The verdict rules of one port: what happened there, as findings with technical evidence.
// Each rule matches an observable fact (refused, silent after accepting, greeted with a
// 4xx/5xx, TLS failed, the certificate as OpenSSL judged it, AUTH before/after TLS), never
// where the port is or who probed it: weighing ports is verdict.ts's job.
import type { ProbeVerdict } from '../../dialogs/contract';
import { TIME_ERRORS } from './certificate';
import type { OtherAddressReport, PortReport } from './report';
import { WEAK_SIGNATURES } from './signature-algorithm';

export interface RawFinding {
  verdict: ProbeVerdict;
  port: number;
  evidence: string;
}

const DOWN = new Set<PortReport['outcome']>([
  'refused',
  'timeout',
  'greeting_rejected',
  'closed_early',
  'error',
]);
const TLS_BROKEN = new Set<PortReport['outcome']>(['starttls_missing', 'starttls_refused', 'tls_failed']);
// The probe's own network cannot reach the address (no IPv6 route from Lambda): not Halnet's.
const PROBE_NETWORK = new Set(['ENETUNREACH', 'EADDRNOTAVAIL', 'EAFNOSUPPORT']);
const MIN_RSA_BITS = 2048;
const SILENCE: Partial<Record<PortReport['stage'], string>> = {
  tls: 'no TLS handshake',
  banner: 'no 220 banner',
  ehlo: 'no answer to EHLO',
  starttls: 'no answer to STARTTLS',
  'ehlo-tls': 'no answer to EHLO after TLS',
};

export function portFindings(port: PortReport): RawFinding[] {
  const findings: RawFinding[] = [];
  const add = (verdict: ProbeVerdict, evidence: string): void => {
    findings.push({ verdict, port: port.port, evidence: `${port.port}: ${evidence}` });
  };
  if (DOWN.has(port.outcome)) add('server_down', whatHappened(port));
  if (TLS_BROKEN.has(port.outcome)) add('tls_broken', tlsBrokenEvidence(port));
  certificateFindings(port, add);
  authFindings(port, add);
  return findings;
}

/** The failure as it happened, in the words of a mail administrator. */
export function whatHappened(port: PortReport): string {
  const error = port.error ? ` (${port.error})` : '';
  switch (port.outcome) {
    case 'refused':
      return `refused${error}: nothing listens on the port`;
    case 'timeout':
      return port.stage === 'connect'
        ? `timeout${error}: no TCP answer (filtered or down)`
        : `timeout${error}: accepted the connection, then ${SILENCE[port.stage] ?? `no answer at ${port.stage}`}`;
    case 'greeting_rejected':
      return `greeting_rejected${error}: the server answers but refuses service`;
    case 'closed_early':
      return `closed_early${error}: the server hung up at ${port.stage}`;
    default:
      return `${port.outcome}${error}`;
  }
}

function tlsBrokenEvidence(port: PortReport): string {
  const base = port.error ? `${port.outcome} (${port.error})` : port.outcome;
  const versions = port.tlsVersions;
  if (port.outcome !== 'tls_failed' || !versions) return base;
  const accepted = Object.entries(versions)
    .filter(([, ok]) => ok === true)
    .map(([version]) => version);
  return accepted.length > 0 ? `${base}; only ${accepted.join(', ')} accepted` : base;
}

function certificateFindings(port: PortReport, add: (verdict: ProbeVerdict, evidence: string) => void): void {
  if (!port.tls) return;
  const cert = port.tls.certificate;
  if (!cert) {
    add('cert_untrusted', 'the server presented no certificate');
    return;
  }
  if (cert.expired) add('cert_expired', `notAfter ${isoSeconds(cert.notAfter)} (CERT_HAS_EXPIRED)`);
  if (cert.notYetValid) add('cert_expired', `notBefore ${isoSeconds(cert.notBefore)} (CERT_NOT_YET_VALID)`);
  const { halnetCa, publicRoots } = cert.trust;
  const trusted = halnetCa.trusted === true || publicRoots.trusted === true;
  // OpenSSL names only its last complaint, and dates are checked last: a date error counts as
  // "right CA, wrong date" only when the chain it built reached an anchor of that set.
  const datedOnly = [halnetCa, publicRoots].find(
    (check) => check.trusted === false && TIME_ERRORS.has(check.error ?? '') && check.anchored === true,
  );
  const leafDated = cert.expired || cert.notYetValid;
  if (!trusted && datedOnly) {
    if (!leafDated) {
      const stale = (cert.presented ?? []).slice(1).filter((c) => c.expired);
      const which = stale.map((c) => `${c.subject} notAfter ${isoSeconds(c.notAfter)}`).join('; ');
      add('cert_expired', `${which || 'a certificate of the chain'} (${datedOnly.error})`);
    }
  } else if (!trusted) {
    const halnet = halnetCa.trusted === null ? 'no Halnet CA configured' : `Halnet CA: ${halnetCa.error}`;
    const notCa = (cert.presented ?? [])
      .slice(1)
      .filter((c) => !c.ca)
      .map((c) => `; ${c.subject} is sent as an issuer but is not a CA`)
      .join('');
    add('cert_untrusted', `issuer ${cert.issuer}; ${halnet}; public roots: ${publicRoots.error}${notCa}`);
  }
  if (cert.signatureAlgorithm && WEAK_SIGNATURES.has(cert.signatureAlgorithm)) {
    add('cert_untrusted', `signed with ${cert.signatureAlgorithm}: refused by today's mail clients`);
  }
  if (cert.keyType === 'rsa' && cert.keyBits !== undefined && cert.keyBits < MIN_RSA_BITS) {
    add('cert_untrusted', `RSA key of ${cert.keyBits} bits: refused by today's mail clients`);
  }
  if (!cert.nameMatch.ok) {
    add(
      'cert_name_mismatch',
      `${cert.nameMatch.error ?? 'name mismatch'}; SANs ${cert.subjectAltNames.join(', ') || 'none'}`,
    );
  }
}

function authFindings(port: PortReport, add: (verdict: ProbeVerdict, evidence: string) => void): void {
  const plain = port.ehloPlain?.authMechanisms ?? [];
  if (port.ehloTls?.code === 250 && port.ehloTls.authMechanisms.length === 0) {
    add(
      'auth_not_offered',
      `EHLO after TLS lists ${port.ehloTls.keywords.join(', ') || 'nothing'} but no AUTH`,
    );
  } else if (
    !port.ehloTls &&
    port.ehloPlain?.code === 250 &&
    port.outcome === 'starttls_missing' &&
    plain.length === 0
  ) {
    // No STARTTLS and no AUTH in clear either: a client cannot authenticate at all.
    add(
      'auth_not_offered',
      `no STARTTLS and plaintext EHLO lists ${port.ehloPlain.keywords.join(', ') || 'nothing'} but no AUTH`,
    );
  }
  if (plain.length > 0) {
    add('auth_before_tls', `plaintext EHLO offers AUTH ${plain.join(' ')} before STARTTLS`);
  }
}

/** An address other than the probed one that fails where the probed one works. */
export function otherAddressFindings(others: OtherAddressReport[], ports: PortReport[]): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const other of others) {
    for (const result of other.ports) {
      const main = ports.find((p) => p.port === result.port);
      if (result.outcome === 'ok' || !main || DOWN.has(main.outcome)) continue;
      const code = result.error?.split(':')[0] ?? '';
      if (PROBE_NETWORK.has(code)) continue;
      findings.push({
        verdict: result.outcome === 'tls_failed' ? 'tls_broken' : 'server_down',
        port: result.port,
        evidence: `${result.port} via ${other.address}: ${result.outcome}${result.error ? ` (${result.error})` : ''}; ${main.address} works`,
      });
    }
  }
  return findings;
}

/** Things agents should know that are not faults (yet). */
export function portWarnings(port: PortReport): string[] {
  const warnings: string[] = [];
  const cert = port.tls?.certificate;
  if (cert?.expiresSoon) warnings.push(`${port.port}: the certificate expires in ${cert.daysToExpiry} days`);
  const versions = port.tlsVersions;
  if (versions && port.outcome === 'ok') {
    if (versions['TLSv1.2'] === false)
      warnings.push(`${port.port}: TLS 1.2 refused: clients without TLS 1.3 cannot connect`);
    if (versions.TLSv1 === false && versions['TLSv1.1'] === false)
      warnings.push(
        `${port.port}: TLS 1.0 and 1.1 refused: Outlook Express and other old clients cannot connect`,
      );
  }
  const noSni = port.noSni;
  if (
    noSni?.ok &&
    noSni.sameCertificate === false &&
    (noSni.nameMatch === false || noSni.trusted === false)
  ) {
    warnings.push(
      `${port.port}: without SNI the server presents ${noSni.subject ?? 'another certificate'}, ${noSni.nameMatch === false ? 'not valid for the host name' : 'not trusted'}: clients without SNI (Outlook Express on XP) will warn`,
    );
  }
  if (noSni && !noSni.ok && port.outcome === 'ok') {
    warnings.push(`${port.port}: the handshake without SNI fails (${noSni.error ?? 'error'})`);
  }
  return warnings;
}

function isoSeconds(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, 'Z');
}
