// The probe function as the local server runs it: functions/probe.ts's handler behind the
// Lambda Invoke API route (local/lambda-invoke.ts), so the chat side's real client-lambda
// path runs. The target and every setting come from the PROBE_* variables, as on AWS (see
// the README), so `npm start` can be pointed at a real test server; with `demoSmtp` a
// loopback SMTP server with a throw-away CA is the target instead, whatever PROBE_* says.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoProbeCache } from '../adapters/dynamo/probe-cache';
import { systemClock } from '../core/ports/clock';
import type { ProbeClient } from '../core/ports/probe-client';
import { type ProbeConfig, parseProbeConfig, probeConfigFromEnvironment } from '../core/probe/config';
import { createDirectProbeClient } from '../core/probe/detailed-probe-client';
import { createProbeHandler, probeCacheMsFromEnvironment } from '../functions/probe';
import { type DemoSmtp, type DemoSmtpOptions, startDemoSmtp } from './demo-smtp';
import { createLambdaInvokeHandler } from './lambda-invoke';

export const LOCAL_PROBE_FUNCTION = 'postino-probe';

export interface LocalProbe {
  functionName: string;
  /** What is probed, for the start banner: "smtp.hln.it on 587, 465, 25". */
  target: string;
  invokeRoute(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** The same target probed in this process, past the result cache: the health checks' probe. */
  fresh: ProbeClient;
  close(): Promise<void>;
  /** With `demoSmtp`: the demo server's throw-away CA (PEM), e.g. for the Apple profile. */
  demoCaPem?: string | undefined;
  /** With `demoSmtp`: its account and ports, for a real mail client (verified resolution). */
  demo?: (Pick<DemoSmtp, 'account' | 'ports'> & { caPem: string }) | undefined;
}

export async function createLocalProbe(options: {
  demoSmtp: boolean;
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  log: (line: string) => void;
  /** Where PROBE_* come from (tests pass their own); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** The demo server relays test messages to the local verify inbox. */
  relay?: DemoSmtpOptions['relay'];
}): Promise<LocalProbe> {
  const env = options.env ?? process.env;
  // A bad PROBE_* value stops the start with its BadArgument message, before any server runs.
  const config = options.demoSmtp ? null : probeConfigFromEnvironment(env);
  const cacheMs = probeCacheMsFromEnvironment(env);
  const demo = options.demoSmtp
    ? await startDemoSmtp(options.relay ? { relay: options.relay } : {})
    : undefined;
  const effective = config ?? parseProbeConfig(demo?.probeConfig ?? {});
  const target = describeTarget(effective, demo !== undefined);
  options.log(`probe target: ${target}`);
  const handler = createProbeHandler({
    config: effective,
    cacheMs,
    cache: new DynamoProbeCache(options.documentClient, options.tableName, systemClock),
    logger: new Logger({ serviceName: 'postino-probe', logLevel: 'WARN' }),
  });
  return {
    functionName: LOCAL_PROBE_FUNCTION,
    target,
    invokeRoute: createLambdaInvokeHandler({ [LOCAL_PROBE_FUNCTION]: (event) => handler(event) }),
    fresh: createDirectProbeClient(effective),
    close: async () => demo?.close(),
    demoCaPem: demo?.probeConfig.caPem,
    demo: demo
      ? { account: demo.account, ports: demo.ports, caPem: demo.probeConfig.caPem as string }
      : undefined,
  };
}

function describeTarget(config: ProbeConfig, demo: boolean): string {
  const ports = config.ports
    .map((p) =>
      p.connectPort && p.connectPort !== p.port ? `${p.port} (via ${p.connectPort})` : `${p.port}`,
    )
    .join(', ');
  const blocked = config.port25Blocked ? ', port 25 not probed (PROBE_PORT25_BLOCKED)' : '';
  return `${demo ? 'demo SMTP server (--demo-smtp) ' : ''}${config.host} on ${ports}${blocked}`;
}
