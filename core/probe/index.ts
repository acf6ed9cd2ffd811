// The probe's public surface: run a live SMTP/TLS probe of Halnet's server and judge it.

import type { ProbeSummary } from '../../dialogs/contract';
import { probeConfigFromEnvironment } from './config';
import { runProbe } from './run-probe';

export { type AddressCategory, classifyAddress } from './address-guard';
export {
  type CachingProbeClientOptions,
  createCachingProbeClient,
  DEFAULT_PROBE_CACHE_MS,
} from './caching-probe-client';
export {
  DEFAULT_PROBE_HOST,
  DEFAULT_PROBE_PORTS,
  defaultProbePort,
  type ProbeConfig,
  type ProbeConfigInput,
  type ProbePort,
  parseProbeConfig,
  probeConfigFromEnvironment,
  probeConfigSchema,
} from './config';
export type { ProbeObserver } from './connection';
export { createDirectProbeClient, type DetailedProbeClient } from './detailed-probe-client';
export {
  type ProbeInvokeRequest,
  type ProbeInvokeResult,
  probeInvokeRequestSchema,
  probeInvokeResultSchema,
} from './invoke-contract';
export {
  type PortReport,
  type ProbeReport,
  type ProbeRun,
  probeReportSchema,
  probeRunSchema,
} from './report';
export { type ProbeRequest, type RunProbeOptions, runProbe } from './run-probe';
export { summarize, VERDICT_SEVERITY } from './verdict';

/** Probes the target configured by the PROBE_* environment variables; the terminal chat calls it. */
export async function probeFromEnvironment(): Promise<ProbeSummary> {
  return (await runProbe(probeConfigFromEnvironment())).summary;
}
