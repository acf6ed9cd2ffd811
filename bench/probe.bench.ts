// Probe benchmark on loopback fixtures (the scripted SMTP server, in its own process as a real
// server would be; smtp-server is not used because it waits 100 ms before every banner):
// - probe.fullMs: a full 3-port probe (587 STARTTLS, 465 implicit TLS, 25 STARTTLS) of a
//   fixture that answers each exchange 10 ms late, like a server 10 ms away;
// - probe.slowestPortMs: the slowest of those ports probed alone, and probe.portsSumMs their
//   sum: the ports run in parallel, so the full probe costs the slowest port, not the sum;
// - probe.fullInstantMs: the full probe of a fixture that answers at once (pure CPU cost);
// - probe.noPort25FullMs: the AWS default outside the probe VPC (PROBE_PORT25_BLOCKED): 587
//   and 465 only, port 25 not probed.
// Every figure has the deeper checks on, as in production: per TLS port, the public-roots
// handshake, TLS 1.0/1.1/1.2 alone and the handshake without SNI, in parallel with the dialogue.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ProbeConfigInput } from '../core/probe/config';
import { runProbe } from '../core/probe/run-probe';

const RUNS = 11;
const REPLY_DELAY_MS = 10;
const PORTS = [587, 465, 25];

interface Fixtures {
  instant: Record<number, number>;
  distant: Record<number, number>;
  caPem: string;
}

export async function run(): Promise<Record<string, number>> {
  const fixtureScript = join(__dirname, '../test/probe/fixtures/serve-healthy.ts');
  const server = spawn(process.execPath, ['--import', 'tsx', fixtureScript, String(REPLY_DELAY_MS)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    const [line] = (await once(createInterface({ input: server.stdout }), 'line')) as [string];
    const fixtures = JSON.parse(line) as Fixtures;
    const configFor = (
      map: Record<number, number>,
      ports: number[],
      extra: Partial<ProbeConfigInput> = {},
    ): ProbeConfigInput => ({
      host: 'localhost',
      ports: ports.map((port) => ({
        port,
        mode: port === 465 ? 'implicit-tls' : 'starttls',
        connectPort: map[port] as number,
      })),
      caPem: fixtures.caPem,
      allowPrivate: true,
      deepChecks: true,
      ...extra,
    });
    // Warm-up: module loading, the public root store, TLS contexts on both sides.
    for (let i = 0; i < 3; i++) await probeOnce(configFor(fixtures.instant, PORTS));
    const fullInstantMs = await median(() => probeOnce(configFor(fixtures.instant, PORTS)));
    const fullMs = await median(() => probeOnce(configFor(fixtures.distant, PORTS)));
    const noPort25FullMs = await median(() =>
      probeOnce(configFor(fixtures.distant, PORTS, { port25Blocked: true })),
    );
    const perPort: number[] = [];
    for (const port of PORTS)
      perPort.push(await median(() => probeOnce(configFor(fixtures.distant, [port]))));
    console.log(`  each port alone (587, 465, 25): ${perPort.map((ms) => ms.toFixed(1)).join(', ')} ms`);
    return {
      'probe.fullMs': fullMs,
      'probe.slowestPortMs': Math.max(...perPort),
      'probe.portsSumMs': perPort.reduce((a, b) => a + b, 0),
      'probe.fullInstantMs': fullInstantMs,
      'probe.noPort25FullMs': noPort25FullMs,
    };
  } finally {
    server.stdin?.end();
    server.kill();
  }
}

async function probeOnce(config: ProbeConfigInput): Promise<number> {
  const started = performance.now();
  const result = await runProbe(config);
  const elapsed = performance.now() - started;
  if (result.summary.findings[0]?.verdict !== 'healthy' || result.report.ports.some((p) => !p.tlsVersions)) {
    throw new Error(`bench fixture not healthy: ${JSON.stringify(result.summary.findings)}`);
  }
  return elapsed;
}

async function median(measure: () => Promise<number>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await measure());
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}
