// Every port x every fault, on loopback with real TLS and throw-away CAs: the broken port gets
// the finding of what happened on it, and the customer's verdict weighs the port: a fault on
// 587 or 465 is Halnet's problem (AUTH before TLS excepted: a note), the same fault on 25 is a
// note while 587 and 465 work.

import { runProbe } from '../../core/probe/run-probe';
import type { ProbeVerdict } from '../../dialogs/contract';
import { readProbe } from '../../dialogs/probe-reading';
import { fixtureConfig, type HalnetFixture, startHealthyHalnet } from './fixtures/halnet';
import { type TestPki, testPki } from './fixtures/pki';
import { healthyImplicitScript, healthyStarttlsScript } from './fixtures/scripts';
import {
  closedPort,
  type Fixture,
  type Script,
  startScriptedServer,
  startSmtpServer,
} from './fixtures/servers';

type Port = 587 | 465 | 25;

interface Fault {
  name: string;
  /** Only on STARTTLS ports (587, 25). */
  starttlsOnly?: boolean;
  start: (pki: TestPki, port: Port) => Promise<Fixture | number>;
  verdict: ProbeVerdict;
  outcome: string;
}

const scripted = (pki: TestPki, port: Port, changes: Partial<Script>) =>
  startScriptedServer(
    port === 465 ? healthyImplicitScript(pki, changes) : healthyStarttlsScript(pki, changes),
  );

const FAULTS: Fault[] = [
  { name: 'refused', start: () => closedPort(), verdict: 'server_down', outcome: 'refused' },
  {
    name: 'accepts, never greets',
    start: (pki, port) =>
      port === 465 ? scripted(pki, port, { banner: undefined }) : startScriptedServer({}),
    verdict: 'server_down',
    outcome: 'timeout',
  },
  {
    name: '554 greeting',
    start: (pki, port) => scripted(pki, port, { banner: '554 5.3.2 No service\r\n' }),
    verdict: 'server_down',
    outcome: 'greeting_rejected',
  },
  {
    name: '421 greeting',
    start: (pki, port) => scripted(pki, port, { banner: '421 4.3.2 Busy\r\n' }),
    verdict: 'server_down',
    outcome: 'greeting_rejected',
  },
  {
    name: 'hangs up after the banner',
    start: (pki, port) => scripted(pki, port, { closeAfterBanner: true }),
    verdict: 'server_down',
    outcome: 'closed_early',
  },
  {
    name: 'no STARTTLS',
    starttlsOnly: true,
    start: (pki, port) =>
      scripted(pki, port, {
        ehlo: ['smtp.test.invalid Hello', 'PIPELINING'],
        starttls: '502 5.5.1 Unknown command',
      }),
    verdict: 'tls_broken',
    outcome: 'starttls_missing',
  },
  {
    name: 'STARTTLS answered 454',
    starttlsOnly: true,
    start: (pki, port) => scripted(pki, port, { starttls: '454 4.7.0 TLS not available' }),
    verdict: 'tls_broken',
    outcome: 'starttls_refused',
  },
  {
    name: 'TLS 1.0 only',
    start: (pki, port) =>
      startSmtpServer({
        tls: pki.healthy,
        mode: port === 465 ? 'implicit-tls' : 'starttls',
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1',
        ciphers: 'DEFAULT@SECLEVEL=0',
      }),
    verdict: 'tls_broken',
    outcome: 'tls_failed',
  },
  {
    name: 'expired certificate',
    start: (pki, port) =>
      scripted(pki, port, port === 465 ? { implicitTls: pki.expired } : { tls: pki.expired }),
    verdict: 'cert_expired',
    outcome: 'ok',
  },
  {
    name: 'certificate from another CA',
    start: (pki, port) =>
      scripted(pki, port, port === 465 ? { implicitTls: pki.foreign } : { tls: pki.foreign }),
    verdict: 'cert_untrusted',
    outcome: 'ok',
  },
  {
    name: 'certificate for another name',
    start: (pki, port) =>
      scripted(pki, port, port === 465 ? { implicitTls: pki.otherName } : { tls: pki.otherName }),
    verdict: 'cert_name_mismatch',
    outcome: 'ok',
  },
  {
    name: 'no AUTH after TLS',
    start: (pki, port) =>
      scripted(pki, port, { ehloTls: ['smtp.test.invalid Hello', 'PIPELINING', 'SIZE 1000'] }),
    verdict: 'auth_not_offered',
    outcome: 'ok',
  },
  {
    name: 'AUTH before TLS',
    starttlsOnly: true,
    start: (pki, port) =>
      scripted(pki, port, { ehlo: ['smtp.test.invalid Hello', 'AUTH PLAIN LOGIN', 'STARTTLS'] }),
    verdict: 'auth_before_tls',
    outcome: 'ok',
  },
];

const CASES = ([587, 465, 25] as const).flatMap((port) =>
  FAULTS.filter((fault) => !(fault.starttlsOnly && port === 465)).map((fault) => ({ port, fault })),
);

describe('every port x every fault', () => {
  let pki: TestPki;
  let healthy: HalnetFixture;

  beforeAll(async () => {
    pki = await testPki();
    healthy = await startHealthyHalnet(pki);
  });
  afterAll(() => healthy.close());

  it.each(CASES.map((c) => [c.port, c.fault.name, c] as const))(
    '%i: %s',
    async (_port, _name, { port, fault }) => {
      const started = await fault.start(pki, port);
      try {
        const target = typeof started === 'number' ? started : started.port;
        const run = await runProbe(fixtureConfig({ ...healthy.map, [port]: target }, pki));
        expect(run.summary.ports.find((p) => p.port === port)?.outcome).toBe(fault.outcome);
        const finding = run.summary.findings.find((f) => f.verdict === fault.verdict);
        expect(finding?.ports).toEqual([port]);
        const customerFacing = port !== 25 && fault.verdict !== 'auth_before_tls';
        expect(finding?.weight).toBe(customerFacing ? 'customer' : 'note');
        expect(readProbe(run.summary)).toMatchObject(
          customerFacing ? { kind: 'halnet', verdict: fault.verdict, ports: [port] } : { kind: 'healthy' },
        );
        // The other ports stay healthy; when the customer's verdict is healthy it comes first.
        if (!customerFacing) expect(run.summary.findings[0]?.verdict).toBe('healthy');
      } finally {
        if (typeof started !== 'number') await started.close();
      }
    },
  );
});
