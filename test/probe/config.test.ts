import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseProbeConfig, probeConfigFromEnvironment } from '../../core/probe/config';
import { probeFromEnvironment } from '../../core/probe/index';
import { testPki } from './fixtures/pki';
import { startSmtpServer } from './fixtures/servers';

describe('probe configuration', () => {
  it('defaults to smtp.hln.it on 587 (STARTTLS), 465 (implicit TLS) and 25, 4 s deadline, no private targets', () => {
    expect(probeConfigFromEnvironment({})).toEqual({
      host: 'smtp.hln.it',
      ports: [
        { port: 587, mode: 'starttls' },
        { port: 465, mode: 'implicit-tls' },
        { port: 25, mode: 'starttls' },
      ],
      deadlineMs: 4000,
      stepTimeoutMs: 3000,
      allowPrivate: false,
      deepChecks: true,
      port25Blocked: false,
      ehloName: 'postino-probe.hln.it',
    });
  });

  it('reads every PROBE_* variable, including the CA file and connect-port overrides for demos', () => {
    const dir = mkdtempSync(join(tmpdir(), 'postino-config-'));
    const caFile = join(dir, 'ca.pem');
    writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    try {
      const config = probeConfigFromEnvironment({
        PROBE_HOST: 'SMTP.example.net',
        PROBE_PORTS: '587, 465',
        PROBE_CA_FILE: caFile,
        PROBE_DEADLINE_MS: '2500',
        PROBE_STEP_TIMEOUT_MS: '1000',
        PROBE_ALLOW_PRIVATE: 'true',
        PROBE_DEEP_CHECKS: 'false',
        PROBE_PORT25_BLOCKED: 'yes',
        PROBE_EHLO_NAME: 'checker.example.net',
        PROBE_CONNECT_PORTS: '587=2587',
      });
      expect(config).toMatchObject({
        host: 'smtp.example.net',
        ports: [
          { port: 587, mode: 'starttls', connectPort: 2587 },
          { port: 465, mode: 'implicit-tls' },
        ],
        caPem: expect.stringContaining('BEGIN CERTIFICATE'),
        deadlineMs: 2500,
        stepTimeoutMs: 1000,
        allowPrivate: true,
        deepChecks: false,
        port25Blocked: true,
        ehloName: 'checker.example.net',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [{ PROBE_PORTS: '587;465' }, /PROBE_PORTS/],
    [{ PROBE_DEADLINE_MS: 'soon' }, /PROBE_DEADLINE_MS/],
    [{ PROBE_ALLOW_PRIVATE: 'maybe' }, /PROBE_ALLOW_PRIVATE/],
    [{ PROBE_PORT25_BLOCKED: 'sometimes' }, /PROBE_PORT25_BLOCKED/],
    [{ PROBE_DEEP_CHECKS: 'deep' }, /PROBE_DEEP_CHECKS/],
    [{ PROBE_HOST: 'http://smtp.hln.it/' }, /host must be a DNS name/],
    [{ PROBE_CA_FILE: '/nonexistent/ca.pem' }, /PROBE_CA_FILE cannot be read/],
  ])('rejects a bad environment %j with BadArgument', (env, message) => {
    expect(() => probeConfigFromEnvironment(env)).toThrow(
      expect.objectContaining({ code: 'BadArgument', message: expect.stringMatching(message) }),
    );
  });

  it('rejects unknown configuration keys and a deadline out of range', () => {
    expect(() => parseProbeConfig({ deadlineMs: 10 })).toThrow(/deadlineMs/);
    expect(() => parseProbeConfig({ hostname: 'x' } as never)).toThrow(/hostname/);
  });
});

describe('probeFromEnvironment', () => {
  it('probes the target the PROBE_* variables describe (a loopback fixture for demos)', async () => {
    const pki = await testPki();
    const fixture = await startSmtpServer({ tls: pki.healthy, mode: 'starttls' });
    const dir = mkdtempSync(join(tmpdir(), 'postino-env-'));
    const caFile = join(dir, 'halnet-ca.pem');
    writeFileSync(caFile, pki.halnetCa.cert);
    const saved = { ...process.env };
    Object.assign(process.env, {
      PROBE_HOST: 'localhost',
      PROBE_PORTS: '587',
      PROBE_CONNECT_PORTS: `587=${fixture.port}`,
      PROBE_CA_FILE: caFile,
      PROBE_ALLOW_PRIVATE: 'true',
    });
    try {
      const summary = await probeFromEnvironment();
      expect(summary.host).toBe('localhost');
      expect(summary.findings.map((f) => f.verdict)).toEqual(['healthy']);
      expect(summary.findings[0]?.evidence[0]).toMatch(/trusted by Halnet CA$/);
      // The dialogue; TLS 1.2 alone, verified against the public roots; TLS 1.0-1.1; no SNI:
      // the deep checks are on by default.
      expect(fixture.connections()).toBe(4);
    } finally {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
      await fixture.close();
    }
  });
});
