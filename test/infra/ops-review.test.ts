// What the ops review of infra/ asked for, checked on the synthesised templates: the region
// is required, empty allowedOrigins fail synth, alarms and dashboard widgets for the HTTP
// API's 5xx, 429 and latency, DynamoDB throttles and the chat function's 5xx answers, the web
// asset hash follows the lockfile, a configurable probe reservation, a locked-down Cognito
// app client, tags, JSON logs and no X-Ray without a tracer.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { createPostinoApp } from '../../infra/postino-app';
import { webAssetHash } from '../../infra/web-assets';
import { PROJECT_ROOT, synthPostino } from './synth-fixture';

const postino = synthPostino({ alarmEmail: 'ops@hln.it' });
const template = postino.statelessTemplate;

function dashboardText(): string {
  const source = Object.values(template.findResources('AWS::CloudWatch::Dashboard'))[0]?.Properties
    .DashboardBody as string | { 'Fn::Join': [string, unknown[]] };
  return typeof source === 'string'
    ? source
    : source['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : 'TOKEN')).join('');
}

function alarms(): Array<Record<string, unknown>> {
  return Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties);
}

describe('region', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('is required: without context or environment synth fails with a clear message', () => {
    delete process.env.CDK_DEFAULT_REGION;
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    const outdir = mkdtempSync(join(tmpdir(), 'postino-region-'));
    try {
      expect(() =>
        createPostinoApp({
          projectRoot: PROJECT_ROOT,
          nag: false,
          appProps: {
            outdir,
            context: { allowedOrigins: ['https://www.hln.it'], 'aws:cdk:bundling-stacks': [] },
          },
        }),
      ).toThrow(/region.*-c region=|CDK_DEFAULT_REGION/);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it('comes from context (cdk.json) or the environment, and every stack is in it', () => {
    expect(Stack.of(postino.stateless).region).toBe('eu-south-1');
    expect(Stack.of(postino.stateful).region).toBe('eu-south-1');
    const other = synthPostino({ region: 'eu-west-1' });
    expect(other.stateless.region).toBe('eu-west-1');
  });
});

describe('allowedOrigins', () => {
  it('fails synth clearly when empty (the widget could not start on Halnet’s site)', () => {
    expect(() => synthPostino({ allowedOrigins: [] })).toThrow(/allowedOrigins.*at least one/s);
    expect(() => synthPostino({ allowedOrigins: '' })).toThrow(/allowedOrigins/);
  });
});

describe('alarms and dashboard', () => {
  it('alarm on the HTTP API 5xx, 429 and latency, DynamoDB throttles and the chat function’s 5xx', () => {
    const described = alarms().map((alarm) => JSON.stringify(alarm));
    const has = (...parts: string[]) => described.some((text) => parts.every((part) => text.includes(part)));
    expect(has('"Namespace":"AWS/ApiGateway"', '"MetricName":"5xx"')).toBe(true);
    expect(has('"Namespace":"AWS/ApiGateway"', '"MetricName":"Latency"', 'p99')).toBe(true);
    expect(has('"MetricName":"Http429"', '"Namespace":"Postino"')).toBe(true);
    expect(has('ReadThrottleEvents', 'WriteThrottleEvents')).toBe(true);
    expect(has('SELECT SUM(ServerErrors) FROM Postino')).toBe(true);
    for (const alarm of alarms()) expect(alarm.AlarmActions).toHaveLength(1);
  });

  it('counts 429 answers from the API access log', () => {
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.status = "429" }',
      MetricTransformations: [Match.objectLike({ MetricName: 'Http429', MetricNamespace: 'Postino' })],
    });
  });

  it('shows them on the dashboard', () => {
    const text = dashboardText();
    for (const fragment of [
      '"5xx"',
      '"Latency"',
      'Http429',
      'ReadThrottleEvents',
      'WriteThrottleEvents',
      'ServerErrors',
    ]) {
      expect(text).toContain(fragment);
    }
  });
});

describe('web asset hash', () => {
  it('follows package-lock.json as well as web/, and ignores the build output', () => {
    const root = mkdtempSync(join(tmpdir(), 'postino-hash-'));
    try {
      mkdirSync(join(root, 'web', 'dist'), { recursive: true });
      writeFileSync(join(root, 'web', 'main.ts'), 'export {};');
      writeFileSync(
        join(root, 'package-lock.json'),
        '{"packages":{"node_modules/botframework-webchat":{"version":"4.18.0"}}}',
      );
      const first = webAssetHash(root);
      writeFileSync(join(root, 'web', 'dist', 'out.js'), 'built');
      expect(webAssetHash(root)).toBe(first);
      writeFileSync(
        join(root, 'package-lock.json'),
        '{"packages":{"node_modules/botframework-webchat":{"version":"4.18.1"}}}',
      );
      const second = webAssetHash(root);
      expect(second).not.toBe(first);
      writeFileSync(join(root, 'web', 'main.ts'), 'export const x = 1;');
      expect(webAssetHash(root)).not.toBe(second);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('probe reserved concurrency', () => {
  const probeOf = (context: Record<string, unknown>) =>
    Object.values(synthPostino(context).statelessTemplate.findResources('AWS::Lambda::Function')).find((fn) =>
      String(fn.Properties.Description).includes('probes the SMTP server'),
    )?.Properties;

  it('is 5 by default, configurable, and 0 reserves none (accounts with a low quota)', () => {
    expect(probeOf({})?.ReservedConcurrentExecutions).toBe(5);
    expect(probeOf({ probeConcurrency: 2 })?.ReservedConcurrentExecutions).toBe(2);
    expect(probeOf({ probeConcurrency: 0 })?.ReservedConcurrentExecutions).toBeUndefined();
  });
});

describe('Cognito app client', () => {
  const clientOf = (context: Record<string, unknown> = {}) =>
    Object.values(synthPostino(context).statefulTemplate.findResources('AWS::Cognito::UserPoolClient'))[0]
      ?.Properties;

  it('has no OAuth flow, no implicit grant and no placeholder callback by default', () => {
    const client = clientOf();
    expect(JSON.stringify(client)).not.toContain('implicit');
    expect(JSON.stringify(client)).not.toContain('example.com');
    expect(client?.AllowedOAuthFlowsUserPoolClient).not.toBe(true);
    expect(client?.GenerateSecret).toBe(false);
  });

  it('with callback URLs from context: the code flow only, to exactly those URLs', () => {
    const client = clientOf({ consoleCallbackUrls: 'https://assistenza.hln.it/agent/' });
    expect(client?.AllowedOAuthFlows).toEqual(['code']);
    expect(client?.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(client?.CallbackURLs).toEqual(['https://assistenza.hln.it/agent/']);
    expect(JSON.stringify(client)).not.toContain('implicit');
  });
});

describe('functions', () => {
  const functions = Object.values(template.findResources('AWS::Lambda::Function')).filter((fn) =>
    String(fn.Properties.Description ?? '').startsWith('Postino'),
  );

  it('log JSON (what Powertools writes) and run without X-Ray (no tracer)', () => {
    // Chat, probe, agent, the configuration files, the stream and the agents' feed (issue 10),
    // outage mode's health check (issue 12); the verify function only with verifyDomain.
    expect(functions).toHaveLength(7);
    for (const fn of functions) {
      expect(fn.Properties.LoggingConfig).toMatchObject({ LogFormat: 'JSON' });
      expect(fn.Properties.TracingConfig?.Mode ?? 'PassThrough').toBe('PassThrough');
      expect(['nodejs22.x', 'nodejs24.x']).toContain(fn.Properties.Runtime);
    }
  });
});

describe('tags', () => {
  it('tags every stack’s resources with the project and the stack’s part, plus context tags', () => {
    const tagged = synthPostino({ tags: 'costCenter=support,owner=ops@hln.it' });
    const fn = Object.values(tagged.statelessTemplate.findResources('AWS::Lambda::Function'))[0];
    expect(fn?.Properties.Tags).toEqual(
      expect.arrayContaining([
        { Key: 'Project', Value: 'Postino' },
        { Key: 'Part', Value: 'stateless' },
        { Key: 'costCenter', Value: 'support' },
        { Key: 'owner', Value: 'ops@hln.it' },
      ]),
    );
    const table = Object.values(tagged.statefulTemplate.findResources('AWS::DynamoDB::Table'))[0];
    expect(table?.Properties.Tags).toEqual(
      expect.arrayContaining([
        { Key: 'Project', Value: 'Postino' },
        { Key: 'Part', Value: 'stateful' },
      ]),
    );
  });
});
