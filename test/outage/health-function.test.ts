// Outage mode's health function (issue 12) on one machine: each run asks the probe function
// (the real LambdaClient -> the local Invoke API route -> functions/probe.ts -> the loopback
// SMTP fixture) for a fresh probe, past its result cache, and counts the summary with
// outage mode's `check`; a probe that cannot run is counted as nothing (null); the start and
// the end of an outage become the function's metrics; its configuration reads N and M.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createLambdaProbeClient } from '../../adapters/lambda-probe-client';
import { parseProbeConfig } from '../../core/probe/config';
import { createHealthHandler } from '../../functions/health';
import { healthConfigFrom } from '../../functions/health/config';
import { createProbeHandler } from '../../functions/probe';
import { createLambdaInvokeHandler } from '../../local/lambda-invoke';
import { fixtureConfig, type HalnetFixture, startHealthyHalnet } from '../probe/fixtures/halnet';
import { testPki } from '../probe/fixtures/pki';
import { ScriptedOutage } from './support/scripted-outage';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const silent = (serviceName: string) => new Logger({ serviceName, logLevel: 'SILENT' });

describe('the health function', () => {
  let healthy: HalnetFixture;
  let server: Server;
  let endpoint: string;

  beforeAll(async () => {
    const pki = await testPki();
    healthy = await startHealthyHalnet(pki);
    // The probe function as deployed: its own result cache (this instance's memory here).
    const probeFunction = createProbeHandler({
      config: parseProbeConfig(fixtureConfig(healthy.map, pki)),
      logger: silent('probe'),
    });
    const invoke = createLambdaInvokeHandler({
      'postino-probe': (event) => probeFunction(event),
      crashing: async () => {
        throw new TypeError('boom');
      },
    });
    server = createServer((request, response) => void invoke(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await healthy.close();
  });

  function health(outage: ScriptedOutage, functionName = 'postino-probe', metrics?: Metrics) {
    return createHealthHandler({
      config: healthConfigFrom({
        TABLE_NAME: 'unused-by-a-scripted-outage',
        PROBE_FUNCTION_NAME: functionName,
        LAMBDA_ENDPOINT: endpoint,
      }),
      parts: { outage },
      logger: silent('health'),
      ...(metrics ? { metrics } : {}),
    });
  }

  function countingMetrics() {
    const metrics = new Metrics({ namespace: 'Postino', serviceName: 'health' });
    const added: Array<[string, number]> = [];
    jest.spyOn(metrics, 'addMetric').mockImplementation((name, _unit, value) => {
      added.push([name, value]);
      return metrics;
    });
    const published = jest.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => metrics);
    return { metrics, added, published };
  }

  it('probes afresh on every run, past the probe function’s cache, and counts each summary', async () => {
    const outage = new ScriptedOutage();
    const run = health(outage);
    const before = healthy.submission.connections();
    expect(await run({ source: 'aws.events' })).toEqual({ probed: true, change: null });
    const afterFirst = healthy.submission.connections();
    expect(afterFirst).toBeGreaterThan(before);
    expect(await run({ source: 'aws.events' })).toEqual({ probed: true, change: null });
    // A second minute is a second probe of the server, not the first one's cached result.
    expect(healthy.submission.connections()).toBeGreaterThan(afterFirst);
    const [first, second] = outage.checks;
    expect(first?.findings.map((finding) => finding.verdict)).toEqual(['healthy']);
    expect(Date.parse(second?.checkedAt ?? '')).toBeGreaterThan(Date.parse(first?.checkedAt ?? ''));

    // The chats' probes still get the cached result: the health check's, stored for them.
    const quiet = healthy.submission.connections();
    const chat = await createLambdaProbeClient({ functionName: 'postino-probe', endpoint }).probe();
    expect(chat.checkedAt).toBe(second?.checkedAt);
    expect(healthy.submission.connections()).toBe(quiet);
  });

  it('counts nothing when the probe cannot run (Postino’s problem, not the server’s)', async () => {
    const outage = new ScriptedOutage();
    expect(await health(outage, 'crashing')()).toEqual({ probed: false, change: null });
    expect(outage.checks).toEqual([null]);
  });

  it('emits OutageStarted when a run opens an outage, and nothing on a quiet run', async () => {
    const outage = new ScriptedOutage();
    const { metrics, added, published } = countingMetrics();
    const run = health(outage, 'postino-probe', metrics);
    await run();
    expect(published).not.toHaveBeenCalled();
    outage.nextChanges.push('started');
    expect(await run()).toEqual({ probed: true, change: 'started' });
    expect(added).toEqual([['OutageStarted', 1]]);
    expect(published).toHaveBeenCalledTimes(1);
  });

  it('emits OutageEnded with the ended outage’s affected conversations and delivered all-clears', async () => {
    const outage = new ScriptedOutage();
    outage.overviewValue = { ...outage.overviewValue, affected: 9, allClearsDelivered: 8 };
    outage.nextChanges.push('ended');
    const { metrics, added } = countingMetrics();
    expect(await health(outage, 'postino-probe', metrics)()).toEqual({ probed: true, change: 'ended' });
    expect(added).toEqual([
      ['OutageEnded', 1],
      ['OutageAffectedConversations', 9],
      ['OutageAllClearsDelivered', 8],
    ]);
  });

  it('fails the invocation when outage mode cannot record the check (Lambda’s error alarm hears it)', async () => {
    const outage = new ScriptedOutage();
    outage.storeDown = true;
    await expect(health(outage)()).rejects.toMatchObject({ code: 'StoreUnavailable' });
  });
});

describe('the health function’s configuration', () => {
  it('reads N and M, with the outage record’s defaults when unset', () => {
    expect(healthConfigFrom({ TABLE_NAME: 't' }).policy).toEqual({
      failuresToOpen: 3,
      healthyMinutesToClear: 5,
    });
    expect(
      healthConfigFrom({ TABLE_NAME: 't', OUTAGE_FAILURES_TO_OPEN: '2', OUTAGE_HEALTHY_MINUTES: '10' })
        .policy,
    ).toEqual({ failuresToOpen: 2, healthyMinutesToClear: 10 });
  });

  it.each([
    ['OUTAGE_FAILURES_TO_OPEN', '0'],
    ['OUTAGE_HEALTHY_MINUTES', 'soon'],
    ['STREAM_ENDPOINT', 'not a url'],
  ])('refuses a bad %s, naming it', (name, value) => {
    expect(() => healthConfigFrom({ TABLE_NAME: 't', [name]: value })).toThrow(name);
  });
});
