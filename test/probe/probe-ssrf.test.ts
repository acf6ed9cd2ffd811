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
    expect(result.connects).toEqual([`127.0.0.1:${submission.fixture.port}`, `127.0.0.1:${submission.fixture.port}`]);
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
});
