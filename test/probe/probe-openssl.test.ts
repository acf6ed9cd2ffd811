// The engine must agree with a real checker: `openssl s_client` (Debian's openssl, installed
// by .ci/run) on the same fixtures reports the same protocol, STARTTLS support, certificate
// facts and trust verdict.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProbe } from '../../core/probe/run-probe';
import { fixtureConfig } from './fixtures/halnet';
import { opensslSClient } from './fixtures/openssl';
import { type TestPki, testPki } from './fixtures/pki';
import { type Fixture, startSmtpServer } from './fixtures/servers';

describe('the probe agrees with openssl s_client', () => {
  let pki: TestPki;
  let dir: string;
  let caFile: string;
  const fixtures: Fixture[] = [];

  beforeAll(async () => {
    pki = await testPki();
    dir = mkdtempSync(join(tmpdir(), 'postino-probe-'));
    caFile = join(dir, 'halnet-ca.pem');
    writeFileSync(caFile, pki.halnetCa.cert);
  });
  afterAll(async () => {
    await Promise.all(fixtures.map((f) => f.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  async function both(fixture: Fixture, logicalPort: 587 | 465) {
    fixtures.push(fixture);
    const [run, openssl] = await Promise.all([
      runProbe(fixtureConfig({ [logicalPort]: fixture.port }, pki)),
      opensslSClient({ port: fixture.port, starttls: logicalPort === 587, servername: 'localhost', caFile }),
    ]);
    const port = run.report.ports[0];
    if (!port) throw new Error('no port report');
    return { run, port, openssl };
  }

  it.each([
    [587, 'starttls'],
    [465, 'implicit-tls'],
  ] as const)(
    'on the healthy %i fixture: protocol, cipher, subject, issuer, expiry, trust, name',
    async (logical, mode) => {
      const { port, openssl } = await both(await startSmtpServer({ tls: pki.healthy, mode }), logical);
      const cert = port.tls?.certificate;
      expect(openssl.verifyCode).toBe(0);
      expect(port.tls?.protocol).toBe(openssl.protocol);
      expect(port.tls?.cipher).toBe(openssl.cipher);
      expect(cert?.subject).toBe(openssl.subject);
      expect(cert?.issuer).toBe(openssl.issuer);
      expect(cert?.notAfter).toBe(openssl.notAfter);
      expect(cert?.trust.halnetCa.trusted).toBe(true);
      expect(cert?.nameMatch.ok).toBe(openssl.verifiedPeername === 'localhost');
      if (mode === 'starttls') expect(port.ehloPlain?.starttls).toBe(openssl.starttlsAdvertised);
    },
  );

  it('on a server hiding STARTTLS: both see it missing', async () => {
    const { port, openssl } = await both(
      await startSmtpServer({ tls: pki.healthy, mode: 'starttls', hideStartTls: true }),
      587,
    );
    expect(openssl.starttlsAdvertised).toBe(false);
    expect(port.ehloPlain?.starttls).toBe(false);
    expect(port.outcome).toBe('starttls_missing');
  });

  it('on an expired certificate: openssl says "certificate has expired", the probe cert_expired', async () => {
    const { run, port, openssl } = await both(
      await startSmtpServer({ tls: pki.expired, mode: 'starttls' }),
      587,
    );
    expect(openssl.verifyText).toBe('certificate has expired');
    expect(port.tls?.certificate?.expired).toBe(true);
    expect(port.tls?.certificate?.notAfter).toBe(openssl.notAfter);
    expect(run.summary.findings[0]?.verdict).toBe('cert_expired');
  });

  it('on a certificate from an unknown CA: neither trusts it', async () => {
    const { run, port, openssl } = await both(
      await startSmtpServer({ tls: pki.foreign, mode: 'starttls' }),
      587,
    );
    expect(openssl.verifyCode).not.toBe(0);
    expect(openssl.issuer).toBe('CN=Some Other CA');
    expect(port.tls?.certificate?.issuer).toBe(openssl.issuer);
    expect(port.tls?.certificate?.trust.halnetCa.trusted).toBe(false);
    expect(run.summary.findings[0]?.verdict).toBe('cert_untrusted');
  });
});
