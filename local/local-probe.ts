// The probe function as the local server runs it: functions/probe.ts's handler behind the
// Lambda Invoke API route (local/lambda-invoke.ts), so the chat side's real client-lambda
// path runs. With `demoSmtp`, a loopback SMTP server with a throw-away CA is the target and
// private targets are allowed; otherwise the probe targets smtp.hln.it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoProbeCache } from '../adapters/dynamo/probe-cache';
import { systemClock } from '../core/ports/clock';
import { parseProbeConfig } from '../core/probe/config';
import { createProbeHandler } from '../functions/probe';
import { type DemoSmtp, type DemoSmtpOptions, startDemoSmtp } from './demo-smtp';
import { createLambdaInvokeHandler } from './lambda-invoke';

export const LOCAL_PROBE_FUNCTION = 'postino-probe';

export interface LocalProbe {
  functionName: string;
  invokeRoute(request: IncomingMessage, response: ServerResponse): Promise<void>;
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
  /** The demo server relays test messages to the local verify inbox. */
  relay?: DemoSmtpOptions['relay'];
}): Promise<LocalProbe> {
  const demo = options.demoSmtp
    ? await startDemoSmtp(options.relay ? { relay: options.relay } : {})
    : undefined;
  const handler = createProbeHandler({
    config: parseProbeConfig(demo?.probeConfig ?? {}),
    cache: new DynamoProbeCache(options.documentClient, options.tableName, systemClock),
    logger: new Logger({ serviceName: 'postino-probe', logLevel: 'WARN' }),
  });
  return {
    functionName: LOCAL_PROBE_FUNCTION,
    invokeRoute: createLambdaInvokeHandler({ [LOCAL_PROBE_FUNCTION]: (event) => handler(event) }),
    close: async () => demo?.close(),
    demoCaPem: demo?.probeConfig.caPem,
    demo: demo
      ? { account: demo.account, ports: demo.ports, caPem: demo.probeConfig.caPem as string }
      : undefined,
  };
}
