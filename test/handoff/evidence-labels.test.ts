// The console restates the probe's evidence in its own language. These reports go through the
// real verdict layer, so a change of wording there that the console does not know shows up
// here (the console would fall back to the English line).
import type { PortReport, ProbeReport } from '../../core/probe/report';
import { summarize } from '../../core/probe/verdict';
import { evidenceLine } from '../../web/agent/evidence-labels';

const cert = (overrides: Record<string, unknown> = {}) => ({
  subject: 'CN=smtp.hln.it',
  issuer: 'CN=Halnet CA',
  subjectAltNames: ['DNS:smtp.hln.it'],
  notBefore: '2026-10-01T00:00:00.000Z',
  notAfter: '2026-12-30T00:00:00.000Z',
  daysToExpiry: 29,
  expired: false,
  notYetValid: false,
  fingerprint256: 'AA',
  chainLength: 1,
  trust: { halnetCa: { trusted: true }, publicRoots: { trusted: false, error: 'UNABLE_TO_GET_ISSUER_CERT' } },
  nameMatch: { ok: true },
  ...overrides,
});
const ehlo = (auth: string[]) => ({
  code: 250,
  keywords: ['PIPELINING', ...(auth.length ? ['AUTH'] : [])],
  starttls: false,
  authMechanisms: auth,
  sizeLimit: null,
});

function port(port: number, overrides: Partial<PortReport> = {}): PortReport {
  return {
    port,
    connectPort: port,
    mode: port === 465 ? 'implicit-tls' : 'starttls',
    address: '203.0.113.10',
    stage: 'done',
    outcome: 'ok',
    connectMs: 10,
    bannerMs: 2,
    totalMs: 20,
    banner: { code: 220, lines: ['smtp.hln.it ESMTP'] },
    ehloPlain: ehlo([]),
    starttlsReply: null,
    tls: { protocol: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384', handshakeMs: 5, certificate: cert() },
    ehloTls: ehlo(['PLAIN', 'LOGIN']),
    tls10Accepted: null,
    transcript: [],
    ...overrides,
  } as PortReport;
}

function evidenceOf(ports: PortReport[]): string[] {
  const report: ProbeReport = {
    host: 'smtp.hln.it',
    addresses: ['203.0.113.10'],
    address: '203.0.113.10',
    dnsMs: 3,
    checkedAt: '2026-12-01T09:00:00.000Z',
    durationMs: 120,
    deadlineMs: 4000,
    deadlineReached: false,
    ports,
  };
  return summarize(report).findings.flatMap((finding) => finding.evidence);
}

const ENGLISH_ONLY =
  /certificate|trusted|more days|blocked from|presented|issuer|public roots|before STARTTLS|lists|refused|timeout|nothing|answer|server hung|accepted/;

describe('probe evidence in the console', () => {
  it('restates a healthy server in Italian and English', () => {
    const [line] = evidenceOf([port(587)]);
    expect(line).toBe(
      '587: STARTTLS, TLSv1.3, AUTH PLAIN LOGIN, certificate valid 29 more days, trusted by Halnet CA',
    );
    expect(evidenceLine(line ?? '', 'it')).toBe(
      '587: STARTTLS, TLSv1.3, AUTH PLAIN LOGIN, certificato valido per altri 29 giorni, firmato dalla CA di Halnet',
    );
    expect(evidenceLine(line ?? '', 'en')).toBe(line);
  });

  it('leaves no English in the Italian reading of every fault the verdict layer reports', () => {
    const lines = [
      ...evidenceOf([
        port(587, { outcome: 'refused', stage: 'connect', error: 'ECONNREFUSED', tls: null, ehloTls: null }),
      ]),
      ...evidenceOf([
        port(587),
        port(25, { outcome: 'timeout', stage: 'connect', tls: null, ehloTls: null }),
      ]),
      ...evidenceOf([
        port(465, {
          tls: {
            protocol: 'TLSv1.2',
            cipher: 'x',
            handshakeMs: 1,
            certificate: cert({ expired: true, daysToExpiry: -3 }),
          },
        }),
      ]),
      ...evidenceOf([
        port(465, {
          tls: {
            protocol: 'TLSv1.2',
            cipher: 'x',
            handshakeMs: 1,
            certificate: cert({
              trust: { halnetCa: { trusted: null }, publicRoots: { trusted: false, error: 'SELF_SIGNED' } },
              nameMatch: { ok: false, error: 'ERR_TLS_CERT_ALTNAME_INVALID' },
            }),
          },
        }),
      ]),
      ...evidenceOf([
        port(587, {
          outcome: 'greeting_rejected',
          stage: 'banner',
          error: '554 busy',
          tls: null,
          ehloTls: null,
        }),
      ]),
      ...evidenceOf([port(587, { outcome: 'closed_early', stage: 'ehlo', tls: null, ehloTls: null })]),
      ...evidenceOf([port(587, { outcome: 'timeout', stage: 'banner', tls: null, ehloTls: null })]),
      ...evidenceOf([port(587, { ehloTls: ehlo([]) })]),
      ...evidenceOf([port(587, { ehloPlain: ehlo(['PLAIN']) })]),
      ...evidenceOf([
        port(587, { tls: { protocol: 'TLSv1.3', cipher: 'x', handshakeMs: 1, certificate: null } }),
      ]),
    ];
    expect(lines.length).toBeGreaterThanOrEqual(11);
    const italian = lines.map((line) => evidenceLine(line, 'it'));
    expect(italian.filter((line) => ENGLISH_ONLY.test(line))).toEqual([]);
    // English keeps the probe's words, with port outcomes named as the port table names them.
    const english = lines.map((line) => evidenceLine(line, 'en'));
    expect(
      english.filter((line) => /certificato|giorni|rifiutat|bloccata|scaduto|nessun/.test(line)),
    ).toEqual([]);
    expect(english).toContain('587: connection refused (ECONNREFUSED): nothing listens on the port');
  });
});
