// Each fault of Halnet's server, staged on loopback, must give the right verdict with its
// evidence; the healthy trio provides the ports a scenario does not break.
import type { Socket } from 'node:net';
import type { ProbeConfigInput } from '../../core/probe/config';
import { type ProbeRun, probeReportSchema } from '../../core/probe/report';
import { runProbe } from '../../core/probe/run-probe';
import { type ProbeVerdict, probeSummarySchema } from '../../dialogs/contract';
import { type ProbeReading, readProbe } from '../../dialogs/probe-reading';
import { fixtureConfig, type HalnetFixture, startHealthyHalnet } from './fixtures/halnet';
import { type TestPki, testPki } from './fixtures/pki';
import { healthyImplicitScript, healthyStarttlsScript } from './fixtures/scripts';
import { closedPort, type Fixture, startScriptedServer, startSmtpServer } from './fixtures/servers';

interface Scenario {
  name: string;
  /** Fixtures replacing some of the healthy ports (logical port -> fixture or closed port). */
  replace: (pki: TestPki) => Promise<Record<number, Fixture | number>>;
  config?: Partial<ProbeConfigInput>;
  verdicts: ProbeVerdict[];
  /** Whose evidence `evidence` matches; defaults to the first finding. */
  of?: ProbeVerdict;
  port: number;
  outcome: string;
  evidence: RegExp;
  /** What the customer hears (dialogs/probe-reading.ts). */
  reading: ProbeReading['kind'];
}

const scenarios: Scenario[] = [
  {
    name: 'port 25 refused while 587/465 work: a note, the customer hears "healthy"',
    replace: async () => ({ 25: await closedPort() }),
    verdicts: ['healthy', 'server_down'],
    of: 'server_down',
    port: 25,
    outcome: 'refused',
    evidence: /^25: refused \(ECONNREFUSED: .*\): nothing listens on the port$/,
    reading: 'healthy',
  },
  {
    name: 'port 25 accepts and never greets while 587/465 work: a note',
    replace: async () => ({ 25: await startScriptedServer({}) }),
    verdicts: ['healthy', 'server_down'],
    of: 'server_down',
    port: 25,
    outcome: 'timeout',
    evidence:
      /^25: timeout \(ETIMEDOUT: no answer within 400 ms waiting for the 220 banner\): accepted the connection, then no 220 banner$/,
    reading: 'healthy',
  },
  {
    name: 'port 25 without STARTTLS while 587/465 work: never "Halnet has a problem"',
    replace: async (pki) => ({
      25: await startScriptedServer(
        healthyStarttlsScript(pki, {
          ehlo: ['smtp.test.invalid Hello', 'PIPELINING'],
          starttls: '502 5.5.1 not here',
        }),
      ),
    }),
    verdicts: ['healthy', 'tls_broken', 'auth_not_offered'],
    of: 'tls_broken',
    port: 25,
    outcome: 'starttls_missing',
    evidence: /^25: starttls_missing \(STARTTLS not advertised in EHLO\)$/,
    reading: 'healthy',
  },
  {
    name: '587 closed and 465 silent: server down',
    replace: async () => ({ 587: await closedPort(), 465: await startScriptedServer({}) }),
    verdicts: ['server_down'],
    port: 465,
    outcome: 'timeout',
    evidence:
      /^587: refused \(ECONNREFUSED.*\n465: timeout \(ETIMEDOUT: .*TLS handshake\): accepted the connection, then no TLS handshake$/,
    reading: 'halnet',
  },
  {
    name: "587 refused while 465 works: still Halnet's problem (587 is the recommended port)",
    replace: async () => ({ 587: await closedPort() }),
    verdicts: ['server_down'],
    port: 587,
    outcome: 'refused',
    evidence: /^587: refused \(ECONNREFUSED/,
    reading: 'halnet',
  },
  {
    name: 'banner then close',
    replace: async () => ({
      587: await startScriptedServer({ banner: '220 bye\r\n', closeAfterBanner: true }),
    }),
    verdicts: ['server_down'],
    port: 587,
    outcome: 'closed_early',
    evidence:
      /^587: closed_early \(ECONNCLOSED: the server closed the connection\): the server hung up at ehlo$/,
    reading: 'halnet',
  },
  {
    name: '421 banner',
    replace: async () => ({
      587: await startScriptedServer({ banner: '421 4.3.2 Too many connections\r\n' }),
    }),
    verdicts: ['server_down'],
    port: 587,
    outcome: 'greeting_rejected',
    evidence:
      /^587: greeting_rejected \(421 4\.3\.2 Too many connections\): the server answers but refuses service$/,
    reading: 'halnet',
  },
  {
    name: '554 banner on implicit TLS',
    replace: async (pki) => ({
      465: await startScriptedServer(
        healthyImplicitScript(pki, { banner: '554 5.7.1 No SMTP service here\r\n' }),
      ),
    }),
    verdicts: ['server_down'],
    port: 465,
    outcome: 'greeting_rejected',
    evidence:
      /^465: greeting_rejected \(554 5\.7\.1 No SMTP service here\): the server answers but refuses service$/,
    reading: 'halnet',
  },
  {
    name: 'STARTTLS not offered (but accepted when sent anyway)',
    replace: async (pki) => ({
      587: await startSmtpServer({ tls: pki.healthy, mode: 'starttls', hideStartTls: true }),
    }),
    verdicts: ['tls_broken'],
    port: 587,
    outcome: 'starttls_missing',
    evidence:
      /^587: starttls_missing \(STARTTLS not advertised in EHLO \(the server accepted it when sent anyway\)\)$/,
    reading: 'halnet',
  },
  {
    name: 'STARTTLS missing and no AUTH in clear: both reported',
    replace: async (pki) => ({
      587: await startScriptedServer(
        healthyStarttlsScript(pki, {
          ehlo: ['smtp.test.invalid Hello', 'SIZE 1000'],
          starttls: '502 5.5.1 not here',
        }),
      ),
    }),
    verdicts: ['tls_broken', 'auth_not_offered'],
    of: 'auth_not_offered',
    port: 587,
    outcome: 'starttls_missing',
    evidence: /^587: no STARTTLS and plaintext EHLO lists SIZE but no AUTH$/,
    reading: 'halnet',
  },
  {
    name: 'STARTTLS refused with 454',
    replace: async (pki) => ({
      587: await startScriptedServer(healthyStarttlsScript(pki, { starttls: '454 4.7.0 TLS not available' })),
    }),
    verdicts: ['tls_broken'],
    port: 587,
    outcome: 'starttls_refused',
    evidence: /^587: starttls_refused \(454 4\.7\.0 TLS not available\)$/,
    reading: 'halnet',
  },
  {
    name: 'TLS spoken to a plaintext port (wrong version number)',
    replace: async (pki) => ({ 465: await startSmtpServer({ tls: pki.healthy, mode: 'starttls' }) }),
    verdicts: ['tls_broken'],
    port: 465,
    outcome: 'tls_failed',
    evidence: /^465: tls_failed \(ERR_SSL_WRONG_VERSION_NUMBER: .*wrong version number/,
    reading: 'halnet',
  },
  {
    name: 'connection reset during the TLS handshake',
    replace: async () => ({ 465: await startScriptedServer({ resetOnData: true }) }),
    verdicts: ['tls_broken'],
    port: 465,
    outcome: 'tls_failed',
    evidence: /^465: tls_failed \(ECONNRESET: /,
    reading: 'halnet',
  },
  {
    name: 'expired certificate',
    replace: async (pki) => ({
      587: await startSmtpServer({ tls: pki.expired, mode: 'starttls' }),
      465: await startSmtpServer({ tls: pki.expired, mode: 'implicit-tls' }),
    }),
    verdicts: ['cert_expired'],
    port: 587,
    outcome: 'ok',
    evidence:
      /^587: notAfter 2025-01-01T00:00:00Z \(CERT_HAS_EXPIRED\)\n465: notAfter 2025-01-01T00:00:00Z \(CERT_HAS_EXPIRED\)$/,
    reading: 'halnet',
  },
  {
    name: 'certificate for another name',
    replace: async (pki) => ({ 587: await startSmtpServer({ tls: pki.otherName, mode: 'starttls' }) }),
    verdicts: ['cert_name_mismatch'],
    port: 587,
    outcome: 'ok',
    evidence: /^587: ERR_TLS_CERT_ALTNAME_INVALID: .*localhost.*; SANs DNS:other\.example$/,
    reading: 'halnet',
  },
  {
    name: 'certificate from an unknown CA',
    replace: async (pki) => ({ 587: await startSmtpServer({ tls: pki.foreign, mode: 'starttls' }) }),
    verdicts: ['cert_untrusted'],
    port: 587,
    outcome: 'ok',
    evidence:
      /^587: issuer CN=Some Other CA; Halnet CA: UNABLE_TO_VERIFY_LEAF_SIGNATURE; public roots: UNABLE_TO_VERIFY_LEAF_SIGNATURE$/,
    reading: 'halnet',
  },
  {
    name: 'AUTH offered before TLS: a note for agents, not a customer-facing fault',
    replace: async (pki) => ({
      587: await startSmtpServer({ tls: pki.healthy, mode: 'starttls', authBeforeTls: true }),
    }),
    verdicts: ['healthy', 'auth_before_tls'],
    of: 'auth_before_tls',
    port: 587,
    outcome: 'ok',
    evidence: /^587: plaintext EHLO offers AUTH PLAIN LOGIN before STARTTLS$/,
    reading: 'healthy',
  },
  {
    name: 'no AUTH after TLS',
    replace: async (pki) => ({
      465: await startSmtpServer({ tls: pki.healthy, mode: 'implicit-tls', noAuth: true }),
    }),
    verdicts: ['auth_not_offered'],
    port: 465,
    outcome: 'ok',
    evidence: /^465: EHLO after TLS lists PIPELINING, 8BITMIME, SMTPUTF8, SIZE but no AUTH$/,
    reading: 'halnet',
  },
  {
    name: 'several faults at once: customer findings first, then the notes',
    replace: async (pki) => ({
      587: await startSmtpServer({ tls: pki.healthy, mode: 'starttls', authBeforeTls: true }),
      465: await startSmtpServer({ tls: pki.expired, mode: 'implicit-tls' }),
      25: await closedPort(),
    }),
    verdicts: ['cert_expired', 'server_down', 'auth_before_tls'],
    port: 465,
    outcome: 'ok',
    evidence: /^465: notAfter 2025-01-01T00:00:00Z \(CERT_HAS_EXPIRED\)$/,
    reading: 'halnet',
  },
  {
    name: 'all silent: server down on every port',
    replace: async () => {
      const silent = await startScriptedServer({});
      return { 587: silent, 465: silent, 25: silent };
    },
    verdicts: ['server_down'],
    port: 587,
    outcome: 'timeout',
    evidence: /^587: timeout .*\n465: timeout .*\n25: timeout /,
    reading: 'halnet',
  },
  {
    name: 'a name that does not resolve',
    replace: async () => ({}),
    config: { host: 'no-such-host.invalid' },
    verdicts: ['dns_failure'],
    port: 587,
    outcome: 'dns_failure',
    evidence: /^no-such-host\.invalid: ENOTFOUND$/,
    reading: 'halnet',
  },
];

describe('probe verdicts on faulty servers', () => {
  let pki: TestPki;
  let healthy: HalnetFixture;

  beforeAll(async () => {
    pki = await testPki();
    healthy = await startHealthyHalnet(pki);
  });
  afterAll(() => healthy.close());

  async function probeWith(
    replace: Record<number, Fixture | number>,
    config: Partial<ProbeConfigInput> = {},
  ): Promise<{ run: ProbeRun; sockets: Socket[] }> {
    const map = { ...healthy.map };
    for (const [port, target] of Object.entries(replace)) {
      map[Number(port)] = typeof target === 'number' ? target : target.port;
    }
    const sockets: Socket[] = [];
    const run = await runProbe(fixtureConfig(map, pki, config), {
      observer: { socketCreated: (socket) => sockets.push(socket) },
    });
    return { run, sockets };
  }

  it('reports the healthy trio as healthy, with evidence per port', async () => {
    const { run, sockets } = await probeWith({});
    expect(run.summary.findings).toEqual([
      {
        verdict: 'healthy',
        ports: [587, 465, 25],
        weight: 'customer',
        evidence: [
          expect.stringMatching(
            /^587: STARTTLS, TLSv1\.3, AUTH PLAIN LOGIN, certificate valid 36\d more days, trusted by Halnet CA$/,
          ),
          expect.stringMatching(/^465: implicit TLS, TLSv1\.3, AUTH PLAIN LOGIN, /),
          expect.stringMatching(/^25: STARTTLS, TLSv1\.3, AUTH PLAIN LOGIN, /),
        ],
      },
    ]);
    expect(run.summary.ports.map((p) => [p.port, p.mode, p.outcome, p.tlsProtocol])).toEqual([
      [587, 'starttls', 'ok', 'TLSv1.3'],
      [465, 'implicit-tls', 'ok', 'TLSv1.3'],
      [25, 'starttls', 'ok', 'TLSv1.3'],
    ]);
    const submission = run.report.ports[0];
    expect(submission?.ehloPlain).toMatchObject({
      starttls: true,
      authMechanisms: [],
      sizeLimit: 26_214_400,
    });
    expect(submission?.ehloTls).toMatchObject({ starttls: false, authMechanisms: ['PLAIN', 'LOGIN'] });
    expect(submission?.tls?.certificate).toMatchObject({
      subject: 'CN=localhost',
      issuer: 'CN=Postino Test Halnet CA',
      subjectAltNames: ['DNS:localhost'],
      trust: { halnetCa: { trusted: true }, publicRoots: { trusted: false } },
      nameMatch: { ok: true },
    });
    expect(submission?.transcript).toEqual(
      expect.arrayContaining(['C: STARTTLS', 'S: 220 Ready to start TLS', 'C: QUIT', 'S: 221 Bye']),
    );
    expect(submission?.transcript.some((line) => /^C: (AUTH|MAIL|RCPT|DATA)/.test(line))).toBe(false);
    expect(sockets.length).toBeGreaterThanOrEqual(5);
    expect(sockets.every((socket) => socket.destroyed)).toBe(true);
    expect(probeSummarySchema.parse(run.summary)).toEqual(run.summary);
    expect(probeReportSchema.parse(run.report)).toEqual(run.report);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const replaced = await scenario.replace(pki);
    try {
      const { run, sockets } = await probeWith(replaced, scenario.config);
      expect(run.summary.findings.map((f) => f.verdict)).toEqual(scenario.verdicts);
      const finding = run.summary.findings.find((f) => f.verdict === (scenario.of ?? scenario.verdicts[0]));
      expect(finding?.evidence.join('\n')).toMatch(scenario.evidence);
      expect(readProbe(run.summary).kind).toBe(scenario.reading);
      expect(run.summary.ports.find((p) => p.port === scenario.port)?.outcome).toBe(scenario.outcome);
      expect(sockets.every((socket) => socket.destroyed)).toBe(true);
      expect(probeSummarySchema.safeParse(run.summary).success).toBe(true);
      expect(probeReportSchema.safeParse(run.report).success).toBe(true);
    } finally {
      await Promise.all(
        [...new Set(Object.values(replaced))].map((fixture) =>
          typeof fixture === 'number' ? undefined : fixture.close(),
        ),
      );
    }
  });

  it('reads a multi-line 220 banner and still finds the server healthy', async () => {
    const banner = '220-smtp.test.invalid ESMTP\r\n220-Halnet: uso riservato ai clienti\r\n220 pronto\r\n';
    const fixture = await startScriptedServer(healthyStarttlsScript(pki, { banner }));
    try {
      const { run } = await probeWith({ 587: fixture });
      expect(run.summary.findings.map((f) => f.verdict)).toEqual(['healthy']);
      expect(run.report.ports[0]?.banner).toEqual({
        code: 220,
        lines: ['smtp.test.invalid ESMTP', 'Halnet: uso riservato ai clienti', 'pronto'],
      });
    } finally {
      await fixture.close();
    }
  });

  it('parses replies split across many packets, before and after STARTTLS', async () => {
    const [plain, implicit] = await Promise.all([
      startScriptedServer(healthyStarttlsScript(pki, { split: true })),
      startScriptedServer(healthyImplicitScript(pki, { split: true })),
    ]);
    try {
      const { run } = await probeWith({ 587: plain, 465: implicit });
      expect(run.summary.findings.map((f) => f.verdict)).toEqual(['healthy']);
      expect(run.report.ports[0]?.ehloPlain).toMatchObject({ starttls: true, sizeLimit: 52_428_800 });
      expect(run.report.ports[0]?.ehloTls?.authMechanisms).toEqual(['PLAIN', 'LOGIN']);
      expect(run.report.ports[1]?.ehloTls?.authMechanisms).toEqual(['PLAIN', 'LOGIN']);
    } finally {
      await Promise.all([plain.close(), implicit.close()]);
    }
  });

  it('discards plaintext bytes that follow the 220 to STARTTLS (RFC 3207 §6)', async () => {
    const fixture = await startScriptedServer(
      healthyStarttlsScript(pki, { afterStarttls: '250-injected\r\n250 AUTH INJECTED\r\n' }),
    );
    try {
      const { run } = await probeWith({ 587: fixture });
      expect(run.report.ports[0]?.outcome).toBe('ok');
      expect(run.report.ports[0]?.ehloTls?.authMechanisms).toEqual(['PLAIN', 'LOGIN']);
    } finally {
      await fixture.close();
    }
  });

  it('tells whether TLS 1.0 is still accepted, when asked to', async () => {
    const legacy = await startSmtpServer({
      tls: pki.healthy,
      mode: 'implicit-tls',
      minVersion: 'TLSv1',
      ciphers: 'DEFAULT@SECLEVEL=0',
    });
    try {
      const { run } = await probeWith(
        { 465: legacy },
        { deepChecks: true, stepTimeoutMs: 2000, deadlineMs: 4000 },
      );
      expect(run.report.ports.map((p) => [p.port, p.tls10Accepted])).toEqual([
        [587, false],
        [465, true],
        [25, false],
      ]);
      expect(run.summary.ports.map((p) => [p.port, p.tlsVersions])).toEqual([
        [587, ['TLSv1.2', 'TLSv1.3']],
        [465, ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
        [25, ['TLSv1.2', 'TLSv1.3']],
      ]);
      expect(run.summary.ports[1]?.detail).toBe('TLS 1.0 still accepted');
      expect(run.summary.ports[0]?.detail).toBe('TLS 1.0 refused');
      expect(run.summary.warnings).toContain(
        '587: TLS 1.0 and 1.1 refused: Outlook Express and other old clients cannot connect',
      );
    } finally {
      await legacy.close();
    }
  });
});
