// Lambda entry point of the agent API (API Gateway HTTP API, payload 2.0, routes
// `/agent/{proxy+}` behind the Cognito JWT authorizer). The authorizer has verified the token
// before the function runs; the function reads the claims from
// `requestContext.authorizer.jwt.claims` and does not verify again (no JWKS fetch, no init
// cost). Locally, local/agent-auth.ts plays the authorizer and fills the same place.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { DialogRunner } from '../core/ports/dialog-runner';
import type { AgentApp, AgentParts } from './agent/app';
import { type AgentConfig, agentConfigFrom } from './agent/config';
import { toChannelRequest, toGatewayResult } from './directline/api-gateway';
import { type OutageMetric, outageMetrics } from './shared/outage-metrics';

export type AgentHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface AgentHandlerOptions {
  config: AgentConfig;
  parts?: Partial<AgentParts>;
  logger?: Logger;
  /** Omit to emit no metrics (local server, tests). */
  metrics?: Metrics;
}

/** The claims API Gateway's JWT authorizer puts in the event (values are strings). */
export function claimsOf(event: APIGatewayProxyEventV2): unknown {
  const context = event.requestContext as { authorizer?: { jwt?: { claims?: unknown } } };
  return context.authorizer?.jwt?.claims;
}

export function createAgentHandler(options: AgentHandlerOptions): AgentHandler {
  const logger = options.logger ?? new Logger({ serviceName: 'postino-agent' });
  const { metrics } = options;
  // Issue 10: the app (and with it the AWS SDK clients) is loaded by the first request, not
  // during Lambda's init.
  let app: Promise<AgentApp> | undefined;
  let abandoned = 0;
  let outage: OutageMetric[] = [];
  return async (event) => {
    app ??= import('./agent/app').then(({ createAgentApp }) =>
      createAgentApp(options.config, {
        dialog: lazyDialog(),
        onWarning: (message, details) => logger.warn(message, details),
        onUnexpected: (error, request) =>
          logger.error('unexpected failure', { error, method: request.method, path: request.path }),
        onAbandoned: () => {
          abandoned++;
        },
        onOutageChange: (change, overview) => {
          outage.push(...outageMetrics(change, overview));
          logger.info(`outage ${change} by hand`, { outageId: overview.id ?? overview.lastEnded?.id });
        },
        ...options.parts,
      }),
    );
    const request = toChannelRequest(event);
    const response = await (await app).handle(request, claimsOf(event));
    if (metrics && (abandoned > 0 || outage.length > 0)) {
      if (abandoned > 0) metrics.addMetric('Abandoned', MetricUnit.Count, abandoned);
      for (const [name, value] of outage) metrics.addMetric(name, MetricUnit.Count, value);
      metrics.publishStoredMetrics();
    }
    abandoned = 0;
    outage = [];
    if (response.status >= 500)
      logger.warn('request failed', { status: response.status, path: request.path });
    return toGatewayResult(response);
  };
}

/** The dialog is loaded by the first request that changes a conversation, not at init. */
function lazyDialog(): DialogRunner {
  let runTurn: Promise<DialogRunner> | undefined;
  return async (snapshot, event, turnOptions) => {
    runTurn ??= import('../dialogs/index').then((dialogs) => dialogs.runTurn);
    return (await runTurn)(snapshot, event, turnOptions);
  };
}

let fromEnvironment: AgentHandler | undefined;

export const handler: AgentHandler = (event) => {
  fromEnvironment ??= createAgentHandler({
    config: agentConfigFrom(process.env),
    metrics: new Metrics({ namespace: 'Postino', serviceName: 'agent' }),
  });
  return fromEnvironment(event);
};
