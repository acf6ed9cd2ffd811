// A ProbeClient that can also hand back the raw report (for the agents' bundle). The Lambda
// adapter, the in-process client and the caching decorator all implement it.
import type { ProbeClient } from '../ports/probe-client';
import { type ProbeConfig, type ProbeConfigInput, parseProbeConfig } from './config';
import type { ProbeRun } from './report';
import { type RunProbeOptions, runProbe } from './run-probe';

export interface DetailedProbeClient extends ProbeClient {
  /** `fresh`: run a probe now even where a recent result is cached (clients without a cache ignore it). */
  probeDetailed(options?: { fresh?: boolean }): Promise<ProbeRun>;
}

/** Runs the engine in this process (the probe Lambda, terminal chat, local server, tests). */
export function createDirectProbeClient(
  input: ProbeConfig | ProbeConfigInput,
  options: RunProbeOptions = {},
): DetailedProbeClient {
  const config = parseProbeConfig(input);
  const probeDetailed = (): Promise<ProbeRun> => runProbe(config, options);
  return { probeDetailed, probe: async () => (await probeDetailed()).summary };
}
