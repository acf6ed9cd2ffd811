// `npm start` runs the probe function with the PROBE_* settings, as on AWS: pointed at a
// loopback test server by PROBE_HOST/PROBE_PORTS/PROBE_CONNECT_PORTS/PROBE_CA_FILE/..., a bad
// value stops the start with a clear error, and --demo-smtp still wins over PROBE_*.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocumentClient } from '../../adapters/dynamo/document-client';
import { type LocalDynamo, startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import type { ProbeInvokeResult } from '../../core/probe/invoke-contract';
import { createLocalProbe, type LocalProbe } from '../../local/local-probe';
import { testPki } from '../probe/fixtures/pki';
import { type Fixture, startSmtpServer } from '../probe/fixtures/servers';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

describe('the local probe honours PROBE_*', () => {
  let dynamo: LocalDynamo;
  let documents: ReturnType<typeof createDocumentClient>;
  let fixture: Fixture;
  let dir: string;
  let caFile: string;
  const opened: Array<{ probe: LocalProbe; server: Server }> = [];

  beforeAll(async () => {
    dynamo = await startLocalDynamo();
    documents = createDocumentClient({ endpoint: dynamo.endpoint });
    const pki = await testPki();
    fixture = await startSmtpServer({ tls: pki.healthy, mode: 'starttls' });
    dir = mkdtempSync(join(tmpdir(), 'postino-local-probe-'));
    caFile = join(dir, 'ca.pem');
    writeFileSync(caFile, pki.halnetCa.cert);
  });
  afterAll(async () => {
    for (const { probe, server } of opened) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await probe.close();
    }
    documents.destroy();
    await Promise.all([dynamo.close(), fixture.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(env: NodeJS.ProcessEnv, demoSmtp = false) {
    const logged: string[] = [];
    const probe = await createLocalProbe({
      demoSmtp,
      documentClient: documents,
      tableName: dynamo.tableName,
      log: (line) => logged.push(line),
      env,
    });
    const server = createServer((request, response) => void probe.invokeRoute(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    opened.push({ probe, server });
    const invoke = async (): Promise<ProbeInvokeResult> => {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(
        `http://127.0.0.1:${port}/2015-03-31/functions/${probe.functionName}/invocations`,
        {
          method: 'POST',
          body: '{}',
        },
      );
      return (await response.json()) as ProbeInvokeResult;
    };
    return { probe, logged, invoke };
  }

  it('probes the server PROBE_* describe, with its CA, and says so at start', async () => {
    const { logged, invoke } = await start({
      PROBE_HOST: 'localhost',
      PROBE_PORTS: '587',
      PROBE_CONNECT_PORTS: `587=${fixture.port}`,
      PROBE_CA_FILE: caFile,
      PROBE_ALLOW_PRIVATE: 'true',
      PROBE_DEEP_CHECKS: 'false',
      PROBE_STEP_TIMEOUT_MS: '1500',
      PROBE_DEADLINE_MS: '3000',
      PROBE_EHLO_NAME: 'local-check.example',
      PROBE_CACHE_MS: '0',
    });
    expect(logged).toContain(`probe target: localhost on 587 (via ${fixture.port})`);
    const result = await invoke();
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary.host).toBe('localhost');
    expect(result.summary.findings.map((f) => f.verdict)).toEqual(['healthy']);
    expect(result.report.deadlineMs).toBe(3000);
    expect(result.report.ports[0]?.transcript).toContain('C: EHLO local-check.example');
    expect(result.report.ports[0]?.tls?.certificate?.trust.halnetCa.trusted).toBe(true);
  });

  it('stops the start on a bad PROBE_* value with BadArgument', async () => {
    await expect(start({ PROBE_PORTS: '587;465' })).rejects.toMatchObject({
      code: 'BadArgument',
      message: expect.stringMatching(/PROBE_PORTS/),
    });
  });

  it('lets --demo-smtp win over PROBE_HOST', async () => {
    const { logged, invoke } = await start({ PROBE_HOST: 'smtp.example.net', PROBE_PORTS: '587' }, true);
    expect(logged[0]).toMatch(
      /^probe target: demo SMTP server \(--demo-smtp\) localhost on 587 \(via \d+\), 465/,
    );
    const result = await invoke();
    // It probed the demo server on loopback, reported under the service's name.
    expect(result.ok && result.report.host).toBe('localhost');
    expect(result.ok && result.summary.host).toBe('smtp.hln.it');
  });
});
