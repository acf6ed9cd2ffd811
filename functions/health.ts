// Lambda entry point of outage mode's health check (issue 12), invoked every minute by an
// EventBridge schedule (infra: context `healthSchedule`). Each run probes Halnet's server once,
// fresh, through the probe function and counts the result with outage mode's `check`: N
// failing checks in a row open an outage, M healthy minutes clear a detected one, and a clear
// sends every affected customer the all-clear (pushed to open chats). A probe that cannot run
// is not counted: that is Postino's problem, not the server's. Metrics (namespace Postino):
// OutageStarted, OutageEnded and, when one ends, OutageAffectedConversations and
// OutageAllClearsDelivered. Init stays cheap: the app and its clients load on the first run.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { OutageChange } from '../core/outage/outage-record';
import type { DialogRunner } from '../core/ports/dialog-runner';
import type { ProbeSummary } from '../dialogs/contract';
import type { HealthApp, HealthParts } from './health/app';
import { type HealthConfig, healthConfigFrom } from './health/config';
import { outageMetrics } from './shared/outage-metrics';

export interface HealthHandlerOptions {
  config: HealthConfig;
  parts?: Partial<HealthParts>;
  logger?: Logger;
  /** Omit to emit no metrics (tests). */
  metrics?: Metrics;
}

/** What one run did (also what the Lambda returns, readable in its test console). */
export interface HealthRun {
  /** False when the probe could not run (nothing was counted). */
  probed: boolean;
  change: OutageChange;
}

export type HealthHandler = (event?: unknown) => Promise<HealthRun>;

export function createHealthHandler(options: HealthHandlerOptions): HealthHandler {
  const logger = options.logger ?? new Logger({ serviceName: 'postino-health' });
  const { metrics } = options;
  let app: Promise<HealthApp> | undefined;
  const ready = () => {
    app ??= import('./health/app')
      .then(({ createHealthApp }) =>
        createHealthApp(options.config, {
          dialog: lazyDialog(),
          onWarning: (message, details) => logger.warn(message, details),
          ...options.parts,
        }),
      )
      .catch((error: unknown) => {
        app = undefined;
        throw error;
      });
    return app;
  };
  return async () => {
    const { probe, outage } = await ready();
    let summary: ProbeSummary | null = null;
    try {
      summary = await probe.probe();
    } catch (error) {
      logger.warn('health check: the probe could not run', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
    const change = await outage.check(summary);
    if (change) logger.info(`outage ${change}`, { verdicts: summary?.findings.map((f) => f.verdict) ?? [] });
    // An ended outage's counts come with the overview (the last ended one's group).
    const overview = change === 'ended' ? await outage.overview().catch(() => null) : null;
    const points = outageMetrics(change, overview);
    if (metrics && points.length > 0) {
      for (const [name, value] of points) metrics.addMetric(name, MetricUnit.Count, value);
      metrics.publishStoredMetrics();
    }
    return { probed: summary !== null, change };
  };
}

/** The dialog (for the all-clears) is loaded by the first run that ends an outage. */
function lazyDialog(): DialogRunner {
  let runTurn: Promise<DialogRunner> | undefined;
  return async (snapshot, event, turnOptions) => {
    runTurn ??= import('../dialogs/index').then((dialogs) => dialogs.runTurn);
    return (await runTurn)(snapshot, event, turnOptions);
  };
}

let fromEnvironment: HealthHandler | undefined;

export const handler: HealthHandler = (event) => {
  fromEnvironment ??= createHealthHandler({
    config: healthConfigFrom(process.env),
    metrics: new Metrics({ namespace: 'Postino', serviceName: 'health' }),
  });
  return fromEnvironment(event);
};
