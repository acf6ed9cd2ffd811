// Trust is OpenSSL's, not ours: for the chains a hand-written walk got wrong (an intermediate
// that is not a CA, an expired intermediate, a leaf for client authentication only) and an
// incomplete chain, the probe's verdict must agree with `openssl verify -purpose sslserver`
// run in the test on the same certificates, with the chain's root as Halnet's CA.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProbe } from '../../core/probe/run-probe';
import { readProbe } from '../../dialogs/probe-reading';
import { type ChainCase, type ChainFixture, makeChain } from './fixtures/chains';
import { fixtureConfig } from './fixtures/halnet';
import { testPki } from './fixtures/pki';
import { type Fixture, startSmtpServer } from './fixtures/servers';

interface OpensslVerdict {
  ok: boolean;
  /** OpenSSL's error numbers, in the order it reported them. */
  errors: number[];
}

function opensslVerify(dir: string, chain: ChainFixture, incomplete: boolean): Promise<OpensslVerdict> {
  const ca = join(dir, 'ca.pem');
  const leaf = join(dir, 'leaf.pem');
  const untrusted = join(dir, 'untrusted.pem');
  writeFileSync(ca, chain.root.cert);
  writeFileSync(leaf, chain.leaf);
  writeFileSync(untrusted, chain.intermediate);
  // What the server presents beside its leaf is what `-untrusted` gets: nothing when incomplete.
  const args = [
    'verify',
    '-CAfile',
    ca,
    ...(incomplete ? [] : ['-untrusted', untrusted]),
    '-purpose',
    'sslserver',
    leaf,
  ];
  return new Promise((resolve) => {
    execFile('openssl', args, (error, stdout, stderr) => {
      const errors = [...`${stdout}\n${stderr}`.matchAll(/error (\d+) at \d+ depth/g)].map((m) =>
        Number(m[1]),
      );
      resolve({ ok: !error && /: OK\s*$/.test(stdout), errors });
    });
  });
}

// OpenSSL's numbers and the names Node gives the same verdict (Node reports the last error;
// for a leaf whose issuer is missing, TLS says 21 where `openssl verify` says 20).
const NAMES: Record<number, string[]> = {
  10: ['CERT_HAS_EXPIRED'],
  20: ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
  26: ['INVALID_PURPOSE'],
  79: ['INVALID_CA', 'UNSPECIFIED'],
};

const CASES: Array<{ kind: ChainCase; openssl: number | null; verdict: string; reading: string }> = [
  { kind: 'healthy', openssl: null, verdict: 'healthy', reading: 'healthy' },
  { kind: 'intermediate-not-ca', openssl: 79, verdict: 'cert_untrusted', reading: 'halnet' },
  { kind: 'expired-intermediate', openssl: 10, verdict: 'cert_expired', reading: 'halnet' },
  { kind: 'client-auth-only', openssl: 26, verdict: 'cert_untrusted', reading: 'halnet' },
  { kind: 'incomplete', openssl: 20, verdict: 'cert_untrusted', reading: 'halnet' },
];

describe('certificate trust agrees with openssl verify', () => {
  let dir: string;
  const fixtures: Fixture[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'postino-chains-'));
  });
  afterAll(async () => {
    await Promise.all(fixtures.map((f) => f.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(CASES)(
    '$kind: openssl error $openssl, probe $verdict',
    async ({ kind, openssl, verdict, reading }) => {
      const chain = await makeChain(kind);
      const fixture = await startSmtpServer({ tls: chain.server, mode: 'starttls' });
      fixtures.push(fixture);
      const pki = await testPki();
      const [oracle, run] = await Promise.all([
        opensslVerify(mkdtempSync(join(dir, `${kind}-`)), chain, kind === 'incomplete'),
        runProbe(
          fixtureConfig({ 587: fixture.port }, { ...pki, halnetCa: chain.root }, { stepTimeoutMs: 1500 }),
        ),
      ]);
      const cert = run.report.ports[0]?.tls?.certificate;
      // The oracle first: the case is what it claims to be.
      expect(oracle.ok).toBe(openssl === null);
      if (openssl !== null) expect(oracle.errors[0]).toBe(openssl);
      // The probe agrees: trusted exactly when openssl verify says OK, with OpenSSL's reason.
      expect(cert?.trust.halnetCa.trusted).toBe(oracle.ok);
      if (openssl !== null) expect(NAMES[openssl]).toContain(cert?.trust.halnetCa.error);
      expect(run.summary.findings[0]?.verdict).toBe(verdict);
      expect(readProbe(run.summary).kind).toBe(reading);
      // Public roots never trust a throw-away root; reported apart.
      expect(cert?.trust.publicRoots.trusted).toBe(false);
    },
  );

  it('names the expired intermediate in the evidence', async () => {
    const chain = await makeChain('expired-intermediate');
    const fixture = await startSmtpServer({ tls: chain.server, mode: 'implicit-tls' });
    fixtures.push(fixture);
    const pki = await testPki();
    const run = await runProbe(
      fixtureConfig({ 465: fixture.port }, { ...pki, halnetCa: chain.root }, { stepTimeoutMs: 1500 }),
    );
    expect(run.summary.findings[0]).toMatchObject({
      verdict: 'cert_expired',
      evidence: [
        '465: CN=Postino Test Intermediate (expired-intermediate) notAfter 2025-01-01T00:00:00Z (CERT_HAS_EXPIRED)',
      ],
    });
  });

  it('an expired leaf from an unknown CA is untrusted too (OpenSSL names only the date last)', async () => {
    const pki = await testPki();
    const { generate } = await import('selfsigned');
    const stale = await generate([{ name: 'commonName', value: 'localhost' }], {
      algorithm: 'sha256',
      keyType: 'ec',
      notBeforeDate: new Date('2024-01-01T00:00:00Z'),
      notAfterDate: new Date('2025-01-01T00:00:00Z'),
      ca: { key: pki.foreignCa.key, cert: pki.foreignCa.cert },
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] }],
    });
    const fixture = await startSmtpServer({
      tls: { key: stale.private, cert: stale.cert },
      mode: 'starttls',
    });
    fixtures.push(fixture);
    const run = await runProbe(fixtureConfig({ 587: fixture.port }, pki, { stepTimeoutMs: 1500 }));
    expect(run.report.ports[0]?.tls?.certificate?.trust.halnetCa).toMatchObject({
      trusted: false,
      error: 'CERT_HAS_EXPIRED',
      anchored: false,
    });
    expect(run.summary.findings.map((f) => f.verdict)).toEqual(['cert_expired', 'cert_untrusted']);
  });
});
