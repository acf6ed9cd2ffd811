// The verdict layer alone, on hand-built reports, for the readings the fixtures do not reach.
import type { PortReport, ProbeReport } from '../../core/probe/report';
import { summarize } from '../../core/probe/verdict';

function port(overrides: Partial<PortReport> & Pick<PortReport, 'port' | 'outcome'>): PortReport {
  return {
    connectPort: overrides.port,
    mode: overrides.port === 465 ? 'implicit-tls' : 'starttls',
    address: '203.0.113.10',
    stage: overrides.outcome === 'ok' ? 'done' : 'connect',
    connectMs: 10,
    bannerMs: null,
    totalMs: 20,
    banner: null,
    ehloPlain: null,
    starttlsReply: null,
    tls: null,
    ehloTls: null,
    tls10Accepted: null,
    transcript: [],
    ...overrides,
  };
}

const okTls = {
  protocol: 'TLSv1.3',
  cipher: 'TLS_AES_256_GCM_SHA384',
  handshakeMs: 5,
  certificate: {
    subject: 'CN=smtp.hln.it',
    issuer: "CN=R11, O=Let's Encrypt, C=US",
    subjectAltNames: ['DNS:smtp.hln.it'],
    notBefore: '2026-10-01T00:00:00.000Z',
    notAfter: '2026-12-30T00:00:00.000Z',
    daysToExpiry: 31,
    expired: false,
    notYetValid: false,
    fingerprint256: 'AA',
    chainLength: 2,
    trust: { halnetCa: { trusted: null }, publicRoots: { trusted: true, anchor: 'CN=ISRG Root X1' } },
    nameMatch: { ok: true },
  },
};
const ehlo = {
  code: 250,
  keywords: ['AUTH'],
  starttls: false,
  authMechanisms: ['PLAIN', 'LOGIN'],
  sizeLimit: null,
};

function report(ports: PortReport[]): ProbeReport {
  return {
    host: 'smtp.hln.it',
    addresses: ['203.0.113.10'],
    address: '203.0.113.10',
    dnsMs: 3,
    checkedAt: '2026-11-28T09:00:00.000Z',
    durationMs: 120,
    deadlineMs: 4000,
    deadlineReached: false,
    ports,
  };
}

describe('summarize', () => {
  it('counts a certificate from public roots as trusted when no Halnet CA is configured', () => {
    const summary = summarize(report([port({ port: 587, outcome: 'ok', tls: okTls, ehloTls: ehlo })]));
    expect(summary.findings).toEqual([
      {
        verdict: 'healthy',
        ports: [587],
        evidence: [
          '587: STARTTLS, TLSv1.3, AUTH PLAIN LOGIN, certificate valid 31 more days, trusted by public roots',
        ],
        weight: 'customer',
      },
    ]);
  });

  it('blames the server, port 25 included, when every port is down', () => {
    const summary = summarize(
      report([
        port({ port: 587, outcome: 'timeout', error: 'ETIMEDOUT' }),
        port({ port: 465, outcome: 'refused', error: 'ECONNREFUSED' }),
        port({ port: 25, outcome: 'timeout', error: 'ETIMEDOUT' }),
      ]),
    );
    expect(summary.findings.map((f) => [f.verdict, f.ports])).toEqual([['server_down', [587, 465, 25]]]);
  });

  it('says "no Halnet CA configured" in the evidence of an untrusted certificate', () => {
    const untrusted = {
      ...okTls,
      certificate: {
        ...okTls.certificate,
        trust: {
          halnetCa: { trusted: null },
          publicRoots: { trusted: false, error: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
        },
      },
    };
    const summary = summarize(report([port({ port: 465, outcome: 'ok', tls: untrusted, ehloTls: ehlo })]));
    expect(summary.findings).toEqual([
      {
        verdict: 'cert_untrusted',
        ports: [465],
        evidence: [
          "465: issuer CN=R11, O=Let's Encrypt, C=US; no Halnet CA configured; public roots: DEPTH_ZERO_SELF_SIGNED_CERT",
        ],
        weight: 'customer',
      },
    ]);
  });

  it('reads a DNS failure as dns_failure for every port', () => {
    const summary = summarize({
      ...report([port({ port: 587, outcome: 'dns_failure' }), port({ port: 465, outcome: 'dns_failure' })]),
      dnsError: 'ENOTFOUND',
    });
    expect(summary.findings).toEqual([
      { verdict: 'dns_failure', ports: [587, 465], evidence: ['smtp.hln.it: ENOTFOUND'], weight: 'customer' },
    ]);
  });

  it('reports a certificate not yet valid as cert_expired with its notBefore', () => {
    const early = { ...okTls, certificate: { ...okTls.certificate, notYetValid: true } };
    const summary = summarize(report([port({ port: 587, outcome: 'ok', tls: early, ehloTls: ehlo })]));
    expect(summary.findings[0]?.evidence).toEqual([
      '587: notBefore 2026-10-01T00:00:00Z (CERT_NOT_YET_VALID)',
    ]);
  });
});
