// The SSRF guard: a probe for a host or port that is not allow-listed, or for a name that
// resolves to a private address without the allowance, is refused with ProbeRefused before
// any connection (the fixture counts none, the connect spy sees none).
import { PostinoError } from '../../core/errors';
import type { ProbeConfigInput } from '../../core/probe/config';
import { runProbe } from '../../core/probe/run-probe';
import { healthySubmission } from './fixtures/halnet';

describe('probe SSRF guard', () => {
  const submission = healthySubmission();

  async function attempt(config: ProbeConfigInput, request?: { host?: string; ports?: number[] }) {
    const connects: string[] = [];
    const before = submission.fixture.connections();
    const outcome = await runProbe(config, {
      ...(request ? { request } : {}),
      observer: { connecting: (address, port) => connects.push(`${address}:${port}`) },
    }).then(
      (run) => ({ run, error: null }),
      (error: unknown) => ({ run: null, error }),
    );
    return { ...outcome, connects, fixtureConnections: submission.fixture.connections() - before };
  }

  it('connects, to the checked address, when the target is allowed (the control case)', async () => {
    const result = await attempt(submission.config());
    expect(result.error).toBeNull();
    // The dialogue and the handshake verified against the public roots: both to the checked address.
    expect(result.connects).toEqual([
      `127.0.0.1:${submission.fixture.port}`,
      `127.0.0.1:${submission.fixture.port}`,
    ]);
    expect(result.fixtureConnections).toBe(2);
    expect(result.run?.report.address).toBe('127.0.0.1');
  });

  it.each([
    ['a host that is not allow-listed', { host: 'evil.example' }, /host "evil\.example" is not allow-listed/],
    ['a port that is not allow-listed', { ports: [587, 22] }, /port 22 not allow-listed for localhost/],
    ['the metadata endpoint', { host: '169.254.169.254' }, /169\.254\.169\.254" is not allow-listed/],
  ])('refuses %s without connecting', async (_name, request, message) => {
    const result = await attempt(submission.config(), request);
    expect(result.error).toBeInstanceOf(PostinoError);
    expect(result.error).toMatchObject({ code: 'ProbeRefused', message: expect.stringMatching(message) });
    expect(result.connects).toEqual([]);
    expect(result.fixtureConnections).toBe(0);
  });

  it('refuses an allow-listed name that resolves to loopback when private targets are not allowed', async () => {
    const result = await attempt(submission.config({ allowPrivate: false }));
    expect(result.error).toMatchObject({
      code: 'ProbeRefused',
      message:
        'probe refused: localhost resolves to 127.0.0.1, a loopback address (private targets are not allowed)',
    });
    expect(result.connects).toEqual([]);
    expect(result.fixtureConnections).toBe(0);
  });

  it('refuses an allow-listed metadata address even when it is configured as the host', async () => {
    const result = await attempt({ host: '169.254.169.254', ports: [{ port: 587, mode: 'starttls' }] });
    expect(result.error).toMatchObject({
      code: 'ProbeRefused',
      message: expect.stringMatching(/a metadata address/),
    });
    expect(result.connects).toEqual([]);
  });

  it('defaults to smtp.hln.it on 587, 465 and 25, and refuses anything else', async () => {
    const result = await attempt({}, { host: 'localhost', ports: [587] });
    expect(result.error).toMatchObject({
      code: 'ProbeRefused',
      message: expect.stringMatching(/"localhost" is not allow-listed/),
    });
    expect(result.connects).toEqual([]);
  });

  // Configured (allow-listed) targets that reach this machine or the metadata endpoint in
  // disguise: every one refused before any connection, private targets not allowed.
  it.each([
    '127.0.0.1',
    '::127.0.0.1',
    '64:ff9b::7f00:1',
    '64:ff9b::127.0.0.1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '0:0:0:0:0:ffff:7f00:1',
    '::1',
    '0:0:0:0:0:0:0:1',
    '::',
    '0.0.0.0',
    '2130706433',
    '0x7f000001',
    '017700000001',
    '127.1',
    '0x7f.0.0.1',
    '2002:7f00:1::1',
    '2001:0:7f00:1::1',
    '169.254.169.254',
    '2852039166',
    '64:ff9b::a9fe:a9fe',
    'fd00:ec2::254',
    '10.0.0.1',
    '192.168.1.1',
    '172.16.0.1',
    '100.64.0.1',
    'fe80::1',
    'fc00::1',
    'localhost',
  ])('refuses the configured host %s without connecting', async (host) => {
    const result = await attempt({
      host,
      ports: [{ port: 587, mode: 'starttls', connectPort: submission.fixture.port }],
    });
    expect(result.error).toMatchObject({
      code: 'ProbeRefused',
      message: expect.stringMatching(/probe refused: .* address/),
    });
    expect(result.connects).toEqual([]);
    expect(result.fixtureConnections).toBe(0);
  });

  it('checks every resolved address and connects only to checked ones', async () => {
    const connects: string[] = [];
    const run = await runProbe(submission.config({ deepChecks: true, stepTimeoutMs: 1500 }), {
      // Two loopback addresses (allowed here): the fixture listens on the first only.
      resolver: async () => ['127.0.0.1', '127.0.0.2'],
      observer: { connecting: (address) => connects.push(address) },
    });
    expect(run.report.addresses).toEqual(['127.0.0.1', '127.0.0.2']);
    expect(new Set(connects)).toEqual(new Set(['127.0.0.1', '127.0.0.2']));
    expect(run.report.otherAddresses).toEqual([
      { address: '127.0.0.2', ports: [expect.objectContaining({ port: 587, outcome: 'refused' })] },
    ]);
    // A client may be given the second address: it does not work, so the server has a problem.
    expect(run.summary.findings[0]).toMatchObject({
      verdict: 'server_down',
      evidence: [
        expect.stringMatching(/^587 via 127\.0\.0\.2: refused \(ECONNREFUSED.*; 127\.0\.0\.1 works$/),
      ],
    });
    expect(run.summary.addresses).toEqual(['127.0.0.1', '127.0.0.2']);
  });
});
