// The probe Lambda end to end on one machine: the real LambdaClient (through the
// ProbeClient adapter) -> the local Invoke API route -> functions/probe.ts -> the engine ->
// the loopback fixture. Plus the handler alone on bad payloads, and the adapter's mapping of
// crashes, timeouts and unknown functions to ProbeFailed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@aws-lambda-powertools/logger';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../adapters/dynamo/document-client';
import { startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import { createLambdaProbeClient } from '../../adapters/lambda-probe-client';
import { parseProbeConfig } from '../../core/probe/config';
import { probeInvokeResultSchema } from '../../core/probe/invoke-contract';
import {
  createProbeHandler,
  handler as lambdaHandler,
  probeHandlerFromEnvironment,
} from '../../functions/probe';
import { createLambdaInvokeHandler } from '../../local/lambda-invoke';
import { fixtureConfig, type HalnetFixture, startHealthyHalnet } from './fixtures/halnet';
import { type TestPki, testPki } from './fixtures/pki';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const silent = new Logger({ serviceName: 'postino-probe-test', logLevel: 'SILENT' });

describe('probe Lambda', () => {
  let pki: TestPki;
  let healthy: HalnetFixture;
  let server: Server;
  let endpoint: string;
  let probeHandler: ReturnType<typeof createProbeHandler>;

  beforeAll(async () => {
    pki = await testPki();
    healthy = await startHealthyHalnet(pki);
    probeHandler = createProbeHandler({
      config: parseProbeConfig(fixtureConfig(healthy.map, pki)),
      logger: silent,
    });
    const invoke = createLambdaInvokeHandler(
      {
        'postino-probe': (event) => probeHandler(event),
        crashing: async () => {
          throw new TypeError('boom at cold start');
        },
        sleepy: () => new Promise((resolve) => setTimeout(() => resolve({ late: true }), 400)),
      },
      { timeoutMs: { sleepy: 150 } },
    );
    server = createServer((request, response) => void invoke(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await healthy.close();
  });

  it('returns the summary and the raw report through the real LambdaClient', async () => {
    const client = createLambdaProbeClient({ functionName: 'postino-probe', endpoint });
    const run = await client.probeDetailed();
    expect(run.summary.findings.map((f) => f.verdict)).toEqual(['healthy']);
    expect(run.report.ports.map((p) => [p.port, p.outcome])).toEqual([
      [587, 'ok'],
      [465, 'ok'],
      [25, 'ok'],
    ]);
    expect((await client.probe()).host).toBe('localhost');
  });

  it('accepts a full function ARN as the function name', async () => {
    const client = createLambdaProbeClient({
      functionName: 'arn:aws:lambda:eu-south-1:123456789012:function:postino-probe',
      endpoint,
      request: { ports: [465] },
    });
    expect((await client.probe()).ports.map((p) => p.port)).toEqual([465]);
  });

  it('keeps a refusal a ProbeRefused through the wire', async () => {
    const client = createLambdaProbeClient({
      functionName: 'postino-probe',
      endpoint,
      request: { host: 'evil.example' },
    });
    await expect(client.probe()).rejects.toMatchObject({
      code: 'ProbeRefused',
      message: expect.stringMatching(/"evil\.example" is not allow-listed/),
    });
  });

  it.each([
    ['a function that throws', 'crashing', {}, /failed \(Unhandled\): boom at cold start/],
    [
      'a function that outlives its timeout',
      'sleepy',
      {},
      /failed \(Unhandled\): Task timed out after 0\.15 seconds/,
    ],
    [
      'an unknown function',
      'nope',
      {},
      /cannot be invoked \(ResourceNotFoundException: Function not found: nope\)/,
    ],
    [
      'an invocation slower than the client allows',
      'sleepy',
      { timeoutMs: 50 },
      /did not answer within 50 ms/,
    ],
  ])('maps %s to ProbeFailed', async (_name, functionName, extra, message) => {
    const client = createLambdaProbeClient({ functionName, endpoint, ...extra });
    await expect(client.probe()).rejects.toMatchObject({
      code: 'ProbeFailed',
      message: expect.stringMatching(message),
    });
  });

  it('maps an unreachable endpoint to ProbeFailed', async () => {
    const client = createLambdaProbeClient({ functionName: 'postino-probe', endpoint: 'http://127.0.0.1:1' });
    await expect(client.probe()).rejects.toMatchObject({
      code: 'ProbeFailed',
      message: expect.stringMatching(/cannot be invoked/),
    });
  });

  it('answers the raw Invoke API like Lambda: bad JSON 400, DryRun 204, Event 202', async () => {
    const url = `${endpoint}/2015-03-31/functions/postino-probe/invocations`;
    const bad = await fetch(url, { method: 'POST', body: '{not json' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-amzn-errortype')).toBe('InvalidRequestContentException');
    const dry = await fetch(url, {
      method: 'POST',
      body: '{}',
      headers: { 'X-Amz-Invocation-Type': 'DryRun' },
    });
    expect(dry.status).toBe(204);
    const event = await fetch(`${endpoint}/2015-03-31/functions/crashing/invocations`, {
      method: 'POST',
      body: '{}',
      headers: { 'X-Amz-Invocation-Type': 'Event' },
    });
    expect(event.status).toBe(202);
    const other = await fetch(`${endpoint}/2015-03-31/functions`, { method: 'GET' });
    expect(other.status).toBe(404);
  });

  it('builds from the environment with a DynamoDB cache (dynalite) and serves the second call from it', async () => {
    const dynamo = await startLocalDynamo();
    const documents = createDocumentClient({ endpoint: dynamo.endpoint });
    try {
      const before = healthy.submission.connections();
      const fromEnv = probeHandlerFromEnvironment(
        {
          PROBE_HOST: 'localhost',
          PROBE_PORTS: '587',
          PROBE_CONNECT_PORTS: `587=${healthy.map[587]}`,
          PROBE_ALLOW_PRIVATE: 'true',
          TABLE_NAME: dynamo.tableName,
          DYNAMODB_ENDPOINT: dynamo.endpoint,
        },
        silent,
      );
      const first = await fromEnv({});
      const second = await fromEnv({ ports: [587] });
      expect(first.ok && first.summary.findings[0]?.verdict).toBe('cert_untrusted');
      expect(second).toEqual(first);
      // One probe (the dialogue, TLS 1.2 alone, TLS 1.0-1.1, no SNI), then the cache.
      expect(healthy.submission.connections() - before).toBe(4);
      const item = await documents.send(
        new GetCommand({ TableName: dynamo.tableName, Key: { PK: 'PROBE#localhost', SK: 'PORT#587' } }),
      );
      expect(item.Item?.ttl).toEqual(expect.any(Number));
    } finally {
      documents.destroy();
      await dynamo.close();
    }
  });

  describe('handler payload validation', () => {
    it.each([
      ['a host that is not a string', { host: 42 }],
      ['ports that are not numbers', { ports: ['587'] }],
      ['an unknown field', { host: 'localhost', command: 'DATA' }],
      ['a port out of range', { ports: [70000] }],
      ['a bare string', 'probe please'],
      ['an array', [587]],
    ])('rejects %s with a typed BadArgument result', async (_name, payload) => {
      const result = await probeHandler(payload);
      expect(probeInvokeResultSchema.parse(result)).toEqual({
        ok: false,
        error: { code: 'BadArgument', message: expect.stringMatching(/^invalid probe request/) },
      });
    });

    it('refuses a port outside the allow list with a typed ProbeRefused result', async () => {
      expect(await probeHandler({ ports: [587, 2525] })).toEqual({
        ok: false,
        error: { code: 'ProbeRefused', message: 'probe refused: port 2525 not allow-listed for localhost' },
      });
    });

    it('treats an empty payload as "probe the configured target"', async () => {
      const result = await probeHandler(undefined);
      expect(result.ok && result.summary.findings[0]?.verdict).toBe('healthy');
    });

    it('reports a broken environment as a typed result, not a crash', async () => {
      const saved = process.env.PROBE_DEADLINE_MS;
      process.env.PROBE_DEADLINE_MS = 'soon';
      try {
        expect(await lambdaHandler({})).toEqual({
          ok: false,
          error: { code: 'BadArgument', message: expect.stringMatching(/PROBE_DEADLINE_MS/) },
        });
      } finally {
        if (saved === undefined) delete process.env.PROBE_DEADLINE_MS;
        else process.env.PROBE_DEADLINE_MS = saved;
      }
    });
  });
});
