// The checks a real SMTP tester makes beyond the dialogue, reported to agents (the summary in
// the handoff bundle) and used by the verdict where they matter: port 25 skipped where the
// probe's network blocks it, the handshake without SNI, key and signature, days to expiry,
// AUTH before/after TLS and SIZE.
import { generate } from 'selfsigned';
import { runProbe } from '../../core/probe/run-probe';
import { probeSummarySchema } from '../../dialogs/contract';
import { readProbe } from '../../dialogs/probe-reading';
import { fixtureConfig, type HalnetFixture, startHealthyHalnet } from './fixtures/halnet';
import { type KeyPair, type TestPki, testPki } from './fixtures/pki';
import { healthyImplicitScript, healthyStarttlsScript } from './fixtures/scripts';
import { type Fixture, startScriptedServer, startSmtpServer } from './fixtures/servers';

const DAY = 86_400_000;
const DEEP = { deepChecks: true, stepTimeoutMs: 1500, deadlineMs: 4000 };

async function leaf(ca: KeyPair, options: { days: number; rsaBits?: number }): Promise<KeyPair> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    algorithm: 'sha256',
    ...(options.rsaBits ? { keyType: 'rsa', keySize: options.rsaBits } : { keyType: 'ec' }),
    ca: { key: ca.key, cert: ca.cert },
    notBeforeDate: new Date(Date.now() - DAY),
    notAfterDate: new Date(Date.now() + options.days * DAY),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

describe("the probe's deeper checks", () => {
  let pki: TestPki;
  let healthy: HalnetFixture;
  const fixtures: Fixture[] = [];
  const keep = (fixture: Fixture): Fixture => {
    fixtures.push(fixture);
    return fixture;
  };

  beforeAll(async () => {
    pki = await testPki();
    healthy = await startHealthyHalnet(pki);
  });
  afterAll(async () => {
    await Promise.all([healthy.close(), ...fixtures.map((f) => f.close())]);
  });

  it('does not probe port 25 where configuration says the network blocks it, and says so', async () => {
    const relay = keep(await startScriptedServer({}));
    const run = await runProbe(
      fixtureConfig({ ...healthy.map, 25: relay.port }, pki, { port25Blocked: true, stepTimeoutMs: 1500 }),
    );
    expect(relay.connections()).toBe(0);
    expect(run.report.ports.map((p) => p.port)).toEqual([587, 465]);
    expect(run.report.skippedPorts).toEqual([{ port: 25, reason: expect.stringMatching(/^not probed: /) }]);
    expect(run.summary.findings.map((f) => [f.verdict, f.ports, f.weight])).toEqual([
      ['healthy', [587, 465], 'customer'],
      ['port25_blocked_from_probe', [25], 'note'],
    ]);
    expect(readProbe(run.summary).kind).toBe('port25-blocked');
    // Nothing waited for port 25's silence.
    expect(run.report.durationMs).toBeLessThan(1000);
  });

  it('with only port 25 configured and blocked, reports that and nothing else', async () => {
    const run = await runProbe(
      fixtureConfig({ 25: healthy.map[25] as number }, pki, { port25Blocked: true }),
    );
    expect(run.report.ports).toEqual([]);
    expect(run.summary.findings.map((f) => f.verdict)).toEqual(['port25_blocked_from_probe']);
    expect(readProbe(run.summary).kind).toBe('port25-blocked');
  });

  it('with only port 25 probed, a dead port 25 is server_down, not "blocked"', async () => {
    const silent = keep(await startScriptedServer({}));
    const run = await runProbe(fixtureConfig({ 25: silent.port }, pki));
    expect(run.summary.findings.map((f) => [f.verdict, f.weight])).toEqual([['server_down', 'customer']]);
    expect(readProbe(run.summary).kind).toBe('halnet');
  });

  it('reports TLS versions, key, signature, trust, AUTH before/after TLS and SIZE per port', async () => {
    const run = await runProbe(fixtureConfig(healthy.map, pki, DEEP));
    const submission = run.summary.ports[0];
    expect(submission).toMatchObject({
      port: 587,
      stage: 'done',
      banner: expect.stringMatching(/^220 /),
      authBeforeTls: [],
      authMechanisms: ['PLAIN', 'LOGIN'],
      sizeLimit: 26_214_400,
      tlsVersions: ['TLSv1.2', 'TLSv1.3'],
      certificate: {
        subject: 'CN=localhost',
        issuer: 'CN=Postino Test Halnet CA',
        key: 'ec 256 (prime256v1)',
        signatureAlgorithm: 'ecdsa-with-SHA256',
        daysToExpiry: expect.any(Number),
        trustedByHalnetCa: true,
        trustedByPublicRoots: false,
      },
      noSni: 'same-certificate',
    });
    expect(run.summary.findings.map((f) => f.verdict)).toEqual(['healthy']);
    expect(probeSummarySchema.parse(run.summary)).toEqual(run.summary);
  });

  it('warns agents about a certificate expiring within 21 days, without faulting it', async () => {
    const soon = await leaf(pki.halnetCa, { days: 10 });
    const fixture = keep(await startSmtpServer({ tls: soon, mode: 'implicit-tls' }));
    const run = await runProbe(fixtureConfig({ 465: fixture.port }, pki, DEEP));
    expect(run.report.ports[0]?.tls?.certificate).toMatchObject({ expiresSoon: true, daysToExpiry: 9 });
    expect(run.summary.findings.map((f) => f.verdict)).toEqual(['healthy']);
    expect(run.summary.warnings).toContain('465: the certificate expires in 9 days');
  });

  it('faults an RSA key under 2048 bits as untrusted (clients refuse it)', async () => {
    // selfsigned signs with the CA's key type: an RSA CA for an RSA leaf.
    const rsaCa = await generate([{ name: 'commonName', value: 'Postino Test RSA CA' }], {
      algorithm: 'sha256',
      keyType: 'rsa',
      keySize: 2048,
      notAfterDate: new Date(Date.now() + 365 * DAY),
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      ],
    });
    const ca = { key: rsaCa.private, cert: rsaCa.cert };
    const weak = await leaf(ca, { days: 90, rsaBits: 1024 });
    const fixture = keep(await startSmtpServer({ tls: weak, mode: 'starttls' }));
    const run = await runProbe(
      fixtureConfig({ 587: fixture.port }, { ...pki, halnetCa: ca }, { stepTimeoutMs: 1500 }),
    );
    expect(run.summary.ports[0]?.certificate?.key).toBe('rsa 1024');
    expect(run.summary.findings[0]).toEqual({
      verdict: 'cert_untrusted',
      ports: [587],
      evidence: ["587: RSA key of 1024 bits: refused by today's mail clients"],
      weight: 'customer',
    });
  });

  it('tells agents when clients without SNI get a certificate for another name', async () => {
    const [starttls, implicit] = await Promise.all([
      startScriptedServer(healthyStarttlsScript(pki, { tls: pki.otherName, sniTls: pki.healthy })),
      startScriptedServer(healthyImplicitScript(pki, { implicitTls: pki.otherName, sniTls: pki.healthy })),
    ]);
    keep(starttls);
    keep(implicit);
    const run = await runProbe(fixtureConfig({ 587: starttls.port, 465: implicit.port }, pki, DEEP));
    expect(run.report.ports.map((p) => p.noSni)).toEqual([
      expect.objectContaining({
        ok: true,
        sameCertificate: false,
        subject: 'CN=other.example',
        nameMatch: false,
      }),
      expect.objectContaining({
        ok: true,
        sameCertificate: false,
        subject: 'CN=other.example',
        nameMatch: false,
      }),
    ]);
    expect(run.summary.ports.map((p) => p.noSni)).toEqual([
      'other-certificate-invalid',
      'other-certificate-invalid',
    ]);
    // With SNI all is well: the customer verdict stays healthy; agents get the warning.
    expect(run.summary.findings.map((f) => f.verdict)).toEqual(['healthy']);
    expect(run.summary.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^587: without SNI the server presents CN=other\.example, not valid for the host name/,
        ),
      ]),
    );
  });

  it('reports a server speaking only TLS 1.0 as tls_broken, naming the version it accepts', async () => {
    const legacy = keep(
      await startSmtpServer({
        tls: pki.healthy,
        mode: 'implicit-tls',
        minVersion: 'TLSv1',
        ciphers: 'DEFAULT@SECLEVEL=0',
        maxVersion: 'TLSv1',
      }),
    );
    const run = await runProbe(fixtureConfig({ 465: legacy.port }, pki, DEEP));
    expect(run.report.ports[0]?.tlsVersions).toEqual({
      TLSv1: true,
      'TLSv1.1': false,
      'TLSv1.2': false,
      'TLSv1.3': null,
    });
    expect(run.summary.findings[0]).toMatchObject({
      verdict: 'tls_broken',
      evidence: [expect.stringMatching(/^465: tls_failed \(.*\); only TLSv1 accepted$/)],
    });
  });

  it('does not let side checks that get no answer hold the report long after the dialogue', async () => {
    const stingy = keep(await startScriptedServer(healthyStarttlsScript(pki, { firstConnectionOnly: true })));
    const started = performance.now();
    const run = await runProbe(
      fixtureConfig({ 587: stingy.port }, pki, { deepChecks: true, stepTimeoutMs: 5000, deadlineMs: 8000 }),
    );
    const wall = performance.now() - started;
    // The dialogue takes a few ms; the side checks are abandoned 1 s after it, not at 5 s.
    expect(wall).toBeGreaterThanOrEqual(1000);
    expect(wall).toBeLessThan(2500);
    const port = run.report.ports[0];
    expect(port?.outcome).toBe('ok');
    expect(port?.tlsVersions).toEqual({ TLSv1: null, 'TLSv1.1': null, 'TLSv1.2': null, 'TLSv1.3': true });
    expect(port?.noSni).toMatchObject({ ok: false, error: expect.stringMatching(/^DEADLINE/) });
    expect(port?.tls?.certificate?.trust.publicRoots).toMatchObject({ trusted: null });
    expect(run.summary.findings.map((f) => f.verdict)).toEqual(['healthy']);
  });
});
