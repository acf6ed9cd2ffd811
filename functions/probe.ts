// The probe Lambda: validates the payload ({ host?, ports?, fresh? }, allow-listed), probes
// Halnet's SMTP server with the core engine and returns the summary and the raw report.
// Results are cached ~60 s (DynamoDB when TABLE_NAME is set, else this instance's memory)
// and concurrent identical requests share one probe (`fresh` skips the cache read: outage
// mode's scheduled health check). Every failure is a typed result
// (`{ ok: false, error }`), never a crashed invocation. Logs hold no secret (the probe has none).
import { Logger } from '@aws-lambda-powertools/logger';
import * as z from 'zod';
import { MemoryProbeCache } from '../adapters/memory/probe-cache';
import { isPostinoError, PostinoError } from '../core/errors';
import { systemClock } from '../core/ports/clock';
import type { ProbeCache } from '../core/ports/probe-cache';
import { assertAllowListed } from '../core/probe/address-guard';
import { createCachingProbeClient, DEFAULT_PROBE_CACHE_MS } from '../core/probe/caching-probe-client';
import { allowListOf, type ProbeConfig, probeConfigFromEnvironment } from '../core/probe/config';
import { createDirectProbeClient, type DetailedProbeClient } from '../core/probe/detailed-probe-client';
import { type ProbeInvokeResult, probeInvokeRequestSchema } from '../core/probe/invoke-contract';
import { lazyDynamoProbeCache } from './probe/lazy-dynamo-cache';

export interface ProbeHandlerDeps {
  config: ProbeConfig;
  cache?: ProbeCache;
  cacheMs?: number;
  logger?: Logger;
}

export type ProbeHandler = (event: unknown) => Promise<ProbeInvokeResult>;

export function createProbeHandler(deps: ProbeHandlerDeps): ProbeHandler {
  const logger = deps.logger ?? new Logger({ serviceName: 'postino-probe' });
  const cache = deps.cache ?? new MemoryProbeCache(systemClock);
  const clients = new Map<string, DetailedProbeClient>();

  // One caching client per allow-listed target, so identical requests share flights and cache.
  const clientFor = (host: string, ports: number[]): DetailedProbeClient => {
    const id = `${host}|${ports.join(',')}`;
    let client = clients.get(id);
    if (!client) {
      client = createCachingProbeClient({
        inner: createDirectProbeClient(deps.config, { request: { host, ports } }),
        cache,
        key: { host, ports },
        maxAgeMs: deps.cacheMs ?? DEFAULT_PROBE_CACHE_MS,
        onCacheError: (error) => logger.warn('probe cache unavailable', { error: String(error) }),
      });
      clients.set(id, client);
    }
    return client;
  };

  return async (event) => {
    const request = probeInvokeRequestSchema.safeParse(event ?? {});
    if (!request.success) {
      logger.warn('probe payload rejected', { issues: request.error.issues.length });
      return failure('BadArgument', `invalid probe request: ${z.prettifyError(request.error)}`);
    }
    const host = (request.data.host ?? deps.config.host).trim().toLowerCase();
    const ports = request.data.ports ?? deps.config.ports.map((p) => p.port);
    try {
      assertAllowListed(allowListOf(deps.config), host, ports);
      const run = await clientFor(host, ports).probeDetailed({ fresh: request.data.fresh === true });
      logger.info('probe done', {
        host,
        ports,
        verdicts: run.summary.findings.map((f) => f.verdict),
        outcomes: run.summary.ports.map((p) => `${p.port}:${p.outcome}`),
        durationMs: run.report.durationMs,
      });
      return { ok: true, summary: run.summary, report: run.report };
    } catch (error) {
      if (isPostinoError(error) && (error.code === 'ProbeRefused' || error.code === 'BadArgument')) {
        logger.warn('probe refused', { host, ports, reason: error.message });
        return failure(error.code, error.message);
      }
      logger.error('probe failed', {
        host,
        ports,
        error: error instanceof Error ? error.message : String(error),
      });
      return failure('ProbeFailed', 'the probe could not run');
    }
  };
}

function failure(
  code: 'BadArgument' | 'ProbeRefused' | 'ProbeFailed' | 'Internal',
  message: string,
): ProbeInvokeResult {
  return { ok: false, error: { code, message: message.slice(0, 1000) } };
}

const cacheEnvironmentSchema = z.object({
  TABLE_NAME: z.string().min(1).optional(),
  DYNAMODB_ENDPOINT: z.url().optional(),
  PROBE_CACHE_MS: z.coerce.number().int().min(0).max(3_600_000).default(DEFAULT_PROBE_CACHE_MS),
});

/** PROBE_CACHE_MS (how long a result is reused), or the default; throws BadArgument when invalid. */
export function probeCacheMsFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = cacheEnvironmentSchema.pick({ PROBE_CACHE_MS: true }).safeParse(env);
  if (!parsed.success) {
    throw new PostinoError('BadArgument', `invalid probe environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data.PROBE_CACHE_MS;
}

/** Builds the handler from the environment (PROBE_* and the cache variables); see the README. */
export function probeHandlerFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  logger?: Logger,
): ProbeHandler {
  const config = probeConfigFromEnvironment(env);
  const cacheEnv = cacheEnvironmentSchema.parse(env);
  const cache = cacheEnv.TABLE_NAME
    ? lazyDynamoProbeCache(cacheEnv.TABLE_NAME, cacheEnv.DYNAMODB_ENDPOINT)
    : undefined;
  return createProbeHandler({
    config,
    cacheMs: cacheEnv.PROBE_CACHE_MS,
    ...(cache ? { cache } : {}),
    ...(logger ? { logger } : {}),
  });
}

let built: ProbeHandler | null = null;

/** The Lambda entry point. A configuration error is reported as a typed result too. */
export const handler: ProbeHandler = async (event) => {
  try {
    built ??= probeHandlerFromEnvironment();
  } catch (error) {
    return failure(
      'BadArgument',
      `probe configuration: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return built(event);
};
