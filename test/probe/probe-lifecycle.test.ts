// The probe's promises about time and resources: all ports run in parallel, one deadline
// bounds the whole probe (never outlived by more than 200 ms), and no socket or timer is
// left behind on any path (asserted on the sockets themselves and in a fresh process that
// must exit on its own).
import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { runProbe } from '../../core/probe/run-probe';
import { fixtureConfig, type HalnetFixture, startHealthyHalnet } from './fixtures/halnet';
import { type TestPki, testPki } from './fixtures/pki';
import { healthyStarttlsScript } from './fixtures/scripts';
import { closedPort, type Fixture, startScriptedServer } from './fixtures/servers';

describe('probe deadline and resources', () => {
  let pki: TestPki;
  let healthy: HalnetFixture;
  const fixtures: Fixture[] = [];
  const start = async (...args: Parameters<typeof startScriptedServer>) => {
    const fixture = await startScriptedServer(...args);
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

  it('stops a banner slower than the deadline at the deadline, not after it', async () => {
    const slow = await start(healthyStarttlsScript(pki, { bannerDelayMs: 3000 }));
    const sockets: Socket[] = [];
    const started = performance.now();
    const run = await runProbe(
      fixtureConfig({ 587: slow.port, 465: healthy.map[465] as number, 25: slow.port }, pki, {
        deadlineMs: 500,
        stepTimeoutMs: 5000,
      }),
      { observer: { socketCreated: (socket) => sockets.push(socket) } },
    );
    const wall = performance.now() - started;
    expect(wall).toBeGreaterThanOrEqual(490);
    expect(wall).toBeLessThanOrEqual(700);
    expect(run.report.deadlineReached).toBe(true);
    expect(run.report.ports[0]).toMatchObject({
      outcome: 'timeout',
      stage: 'banner',
      error: expect.stringMatching(/^DEADLINE/),
    });
    expect(run.report.ports[1]?.outcome).toBe('ok');
    // 587 and 25 timed out at the deadline: one server_down about both (587 decides).
    expect(run.summary.findings.map((f) => [f.verdict, f.ports])).toEqual([['server_down', [587, 25]]]);
    expect(sockets.every((socket) => socket.destroyed)).toBe(true);
  });

  it('probes the ports in parallel: three silent ports cost one step timeout, not three', async () => {
    const silent = await start({});
    const started = performance.now();
    const run = await runProbe(
      fixtureConfig({ 587: silent.port, 465: silent.port, 25: silent.port }, pki, {
        stepTimeoutMs: 300,
        deadlineMs: 3000,
      }),
    );
    const wall = performance.now() - started;
    expect(run.summary.ports.map((p) => p.outcome)).toEqual(['timeout', 'timeout', 'timeout']);
    expect(run.report.deadlineReached).toBe(false);
    expect(wall).toBeGreaterThanOrEqual(290);
    // Sequential ports would need at least 900 ms.
    expect(wall).toBeLessThan(800);
  });

  it('leaves no socket and no timer behind: a fresh process running faulty probes exits at once', async () => {
    const refusedPort = await closedPort();
    const closer = await start({ banner: '220 bye\r\n', closeAfterBanner: true });
    const refuser = await start(healthyStarttlsScript(pki, { starttls: '454 4.7.0 TLS not available' }));
    // The step timeout and deadline are far longer than the test waits: a leaked timer shows.
    const configs = [
      fixtureConfig(healthy.map, pki, { deadlineMs: 30_000, stepTimeoutMs: 30_000, deepChecks: true }),
      fixtureConfig({ 587: refuser.port, 465: closer.port, 25: refusedPort }, pki, {
        deadlineMs: 30_000,
        stepTimeoutMs: 30_000,
      }),
    ];
    const results = await Promise.all(configs.map(runChild));
    expect(results[0]?.output.verdicts).toEqual(['healthy']);
    expect(results[1]?.output.outcomes).toEqual(['starttls_refused', 'tls_failed', 'refused']);
    for (const result of results) {
      expect(result.code).toBe(0);
      expect(result.output.resources.filter((r) => /Timeout|TCP|TLS/.test(r))).toEqual([]);
      // Exited on its own, right after the probe (not kept alive by a 30 s timer).
      expect(result.exitAfterOutputMs).toBeLessThan(1000);
    }
  });
});

interface ChildResult {
  code: number | null;
  output: { verdicts: string[]; outcomes: string[]; resources: string[] };
  exitAfterOutputMs: number;
}

function runChild(config: unknown): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'fixtures', 'probe-child.ts')],
      {
        env: { ...process.env, POSTINO_PROBE_CHILD_CONFIG: JSON.stringify(config) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    let outputAt = 0;
    const killer = setTimeout(() => child.kill(), 8000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) outputAt ||= performance.now();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      try {
        resolve({ code, output: JSON.parse(stdout), exitAfterOutputMs: performance.now() - outputAt });
      } catch {
        reject(new Error(`child failed (${code}): ${stderr}`));
      }
    });
  });
}
