// readProbe weighs ports by what the customer should use: 587 and 465 decide, port 25 informs
// while either was probed, AUTH before TLS never reaches the customer, and summaries without
// the `weight` field (cached before it existed) read the same way.
import type { PortSummary, ProbeSummary, VerdictFinding } from '../../dialogs/contract';
import { decidingPorts, isHalnetProblem, readProbe } from '../../dialogs/probe-reading';

const port = (number: number, outcome: PortSummary['outcome'] = 'ok'): PortSummary => ({
  port: number,
  mode: number === 465 ? 'implicit-tls' : 'starttls',
  outcome,
  connectMs: outcome === 'ok' ? 10 : null,
  tlsProtocol: outcome === 'ok' ? 'TLSv1.3' : null,
  authMechanisms: outcome === 'ok' ? ['PLAIN'] : [],
});

function summary(ports: PortSummary[], findings: VerdictFinding[]): ProbeSummary {
  return { host: 'smtp.hln.it', checkedAt: '2026-12-01T10:00:00.000Z', durationMs: 80, findings, ports };
}

const finding = (
  verdict: VerdictFinding['verdict'],
  ports: number[],
  weight?: 'customer' | 'note',
): VerdictFinding => ({
  verdict,
  ports,
  evidence: [`${ports.join(',')}: ${verdict}`],
  ...(weight ? { weight } : {}),
});

describe('decidingPorts', () => {
  it.each([
    [
      [587, 465, 25],
      [587, 465],
    ],
    [[465, 25], [465]],
    [[25], [25]],
    [[], []],
  ])('of %j is %j', (probed, deciding) => {
    expect(decidingPorts(probed)).toEqual(deciding);
  });
});

describe('readProbe', () => {
  it('587/465 healthy and 25 broken: healthy, with or without weights', () => {
    const ports = [port(587), port(465), port(25, 'starttls_missing')];
    expect(
      readProbe(summary(ports, [finding('healthy', [587, 465]), finding('tls_broken', [25], 'note')])),
    ).toEqual({
      kind: 'healthy',
    });
    expect(readProbe(summary(ports, [finding('tls_broken', [25])]))).toEqual({ kind: 'healthy' });
  });

  it("587 broken and 465 healthy: Halnet's problem on 587, with 465 working meanwhile", () => {
    const ports = [port(587, 'refused'), port(465), port(25)];
    expect(readProbe(summary(ports, [finding('server_down', [587], 'customer')]))).toEqual({
      kind: 'halnet',
      verdict: 'server_down',
      family: 'server',
      ports: [587],
      workingPorts: [465],
      refusing: false,
    });
  });

  it('all silent: server down', () => {
    const ports = [port(587, 'timeout'), port(465, 'timeout'), port(25, 'timeout')];
    const reading = readProbe(summary(ports, [finding('server_down', [587, 465, 25])]));
    expect(reading).toMatchObject({
      kind: 'halnet',
      verdict: 'server_down',
      ports: [587, 465],
      workingPorts: [],
    });
  });

  it('a 554 greeting on every affected port is "refusing", not "does not answer"', () => {
    const ports = [port(587, 'greeting_rejected'), port(465, 'greeting_rejected')];
    expect(readProbe(summary(ports, [finding('server_down', [587, 465])]))).toMatchObject({
      kind: 'halnet',
      refusing: true,
    });
  });

  it('AUTH before TLS alone is not a Halnet problem for the customer (issue 9)', () => {
    const s = summary(
      [port(587), port(465)],
      [finding('healthy', [587, 465]), finding('auth_before_tls', [587])],
    );
    expect(readProbe(s)).toEqual({ kind: 'healthy' });
    expect(isHalnetProblem(s)).toBe(false);
  });

  it('port 25 skipped by configuration: the port-25 reading, unless 587/465 have a problem', () => {
    const ok = summary(
      [port(587), port(465)],
      [finding('healthy', [587, 465]), finding('port25_blocked_from_probe', [25])],
    );
    expect(readProbe(ok)).toEqual({ kind: 'port25-blocked' });
    const expired = summary(
      [port(587), port(465)],
      [finding('cert_expired', [587, 465], 'customer'), finding('port25_blocked_from_probe', [25], 'note')],
    );
    expect(readProbe(expired)).toMatchObject({
      kind: 'halnet',
      verdict: 'cert_expired',
      family: 'certificate',
    });
  });

  it("a finding marked as a note is not the customer's problem even on 587", () => {
    const s = summary(
      [port(587), port(465)],
      [finding('healthy', [465]), finding('cert_name_mismatch', [587], 'note')],
    );
    expect(readProbe(s)).toEqual({ kind: 'healthy' });
  });

  it('only port 25 probed: its problems decide', () => {
    expect(readProbe(summary([port(25, 'refused')], [finding('server_down', [25])]))).toMatchObject({
      kind: 'halnet',
      ports: [25],
    });
  });

  it('no summary: unavailable', () => {
    expect(readProbe(null)).toEqual({ kind: 'unavailable' });
  });
});
