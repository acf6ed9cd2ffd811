// Lambda entry point of the Direct Line 3.0 API (API Gateway HTTP API, payload 2.0): parse the
// event, run the channel, map the answer back; Powertools Logger and Metrics around it.
// Module init stays cheap: the app (clients, key) is built on the first request.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { DirectLineChannel } from '../core/channel/directline-channel';
import type { ChannelEvent } from '../core/channel/directline-service';
import type { ChannelRequest } from '../core/channel/http';
import type { DialogRunner } from '../core/ports/dialog-runner';
import { toChannelRequest, toGatewayResult } from './directline/api-gateway';
import { createDirectLineApp, type DirectLineParts } from './directline/app';
import { type DirectLineConfig, directLineConfigFrom } from './directline/config';

type Unit = (typeof MetricUnit)[keyof typeof MetricUnit];

export type DirectLineHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface DirectLineHandlerOptions {
  config: DirectLineConfig;
  parts?: Partial<DirectLineParts>;
  logger?: Logger;
  /** Omit to emit no metrics (local server, tests). */
  metrics?: Metrics;
}

export function createDirectLineHandler(options: DirectLineHandlerOptions): DirectLineHandler {
  const logger = options.logger ?? new Logger({ serviceName: 'postino-directline' });
  const { metrics } = options;
  let pendingMetrics = 0;
  const count = (name: string, value = 1, unit: Unit = MetricUnit.Count) => {
    metrics?.addMetric(name, unit, value);
    pendingMetrics++;
  };
  let app: Promise<DirectLineChannel> | undefined;
  const build = () =>
    createDirectLineApp(options.config, {
      dialog: lazyDialog(),
      onWarning: (message, details) => logger.warn(message, details),
      onUnexpected: (error, request) => logger.error('unexpected failure', { error, ...describe(request) }),
      onEvent: (channelEvent) => recordMetrics(channelEvent, count),
      ...options.parts,
    });
  return async (event) => {
    app ??= build().catch((error: unknown) => {
      app = undefined;
      throw error;
    });
    const request = toChannelRequest(event);
    const response = await (await app).handle(request);
    if (metrics && pendingMetrics > 0) {
      metrics.publishStoredMetrics();
      pendingMetrics = 0;
    }
    if (response.status >= 500) {
      logger.warn('request failed', { status: response.status, ...describe(request) });
      // Returned, not thrown: without this count a store outage would not reach any alarm.
      if (metrics) {
        metrics.addMetric('ServerErrors', MetricUnit.Count, 1);
        metrics.publishStoredMetrics();
      }
    }
    return toGatewayResult(response);
  };
}

/** The metric names of infra/runtime-contract.ts `METRICS` (namespace Postino). */
function recordMetrics(event: ChannelEvent, count: (name: string, value?: number, unit?: Unit) => void) {
  if (event.type === 'conversation-started') return count('ConversationsStarted');
  const { summary } = event;
  if (summary.resolvedByBot) count('ResolvedByBot');
  if (summary.handedOff) count('HandedOff');
  if (summary.abandoned) count('Abandoned');
  if (summary.probeFailed) count('ProbeFailed');
  if (summary.rating !== undefined) count('Csat', summary.rating, MetricUnit.NoUnit);
}

/**
 * The dialog (statechart, understanding, knowledge base: most of this module's weight) is
 * loaded by the first request that needs it; token and conversation-start requests, a
 * session's first, never do.
 */
function lazyDialog(): DialogRunner {
  let runTurn: Promise<DialogRunner> | undefined;
  return async (snapshot, event, turnOptions) => {
    runTurn ??= import('../dialogs/index').then((dialogs) => dialogs.runTurn);
    return (await runTurn)(snapshot, event, turnOptions);
  };
}

/** What of a request may be logged: never the Authorization header or the body. */
function describe(request: ChannelRequest) {
  return { method: request.method, path: request.path, sourceIp: request.sourceIp };
}

let fromEnvironment: DirectLineHandler | undefined;

export const handler: DirectLineHandler = (event) => {
  fromEnvironment ??= createDirectLineHandler({
    config: directLineConfigFrom(process.env),
    metrics: new Metrics({ namespace: 'Postino', serviceName: 'directline' }),
  });
  return fromEnvironment(event);
};
