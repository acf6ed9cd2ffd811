// Runs one probe: allow-list check, one guarded DNS resolution, then every port in parallel
// under ONE hard deadline (plus the per-step timeout), and the verdict. It returns both the
// dialog's summary and the raw report. It rejects only with `ProbeRefused` (SSRF guard, no
// connection made) or `BadArgument` (configuration); a dead server is a result, not an error.

import { setMaxListeners } from 'node:events';
import {
  assertAllowListed,
  DnsLookupError,
  type HostResolver,
  type ResolvedTarget,
  resolveGuarded,
} from './address-guard';
import {
  allowListOf,
  defaultProbePort,
  type ProbeConfig,
  type ProbeConfigInput,
  type ProbePort,
  parseProbeConfig,
  RELAY_PORT,
} from './config';
import type { ProbeObserver } from './connection';
import { probeOtherAddresses } from './other-addresses';
import { probePort, unreachedPort } from './port-probe';
import type { PortReport, ProbeReport, ProbeRun } from './report';
import { ProbeStepError, type StepLimits, waitStep } from './step';
import { halnetAnchors, publicRootAnchors } from './trust-store';
import { summarize } from './verdict';

export interface ProbeRequest {
  /** Must be allow-listed; defaults to the configured host. */
  host?: string;
  /** Logical ports; must be allow-listed for the host; defaults to the configured ports. */
  ports?: number[];
}

export interface RunProbeOptions {
  request?: ProbeRequest;
  observer?: ProbeObserver;
  /** Wall clock for `checkedAt` and certificate validity; defaults to Date.now. */
  now?: () => number;
  /** Tests: resolve names another way (e.g. a host with several addresses). */
  resolver?: HostResolver;
}

const PORT25_BLOCKED_REASON =
  "not probed: the probe's network blocks outbound port 25 (configuration: port25Blocked)";

export async function runProbe(
  input: ProbeConfig | ProbeConfigInput,
  options: RunProbeOptions = {},
): Promise<ProbeRun> {
  const config = parseProbeConfig(input);
  const host = options.request?.host?.trim().toLowerCase() || config.host;
  const requested = selectPorts(config, options.request?.ports);
  assertAllowListed(
    allowListOf(config),
    host,
    requested.map((p) => p.port),
  );
  // Where the network blocks 25 it is not probed at all: nothing would come of it but a wait.
  const skipped = config.port25Blocked ? requested.filter((p) => p.port === RELAY_PORT) : [];
  const ports = requested.filter((p) => !skipped.includes(p));
  const halnet = halnetAnchors(config.caPem);
  const publicRoots = publicRootAnchors();
  const trust = { primary: halnet ?? publicRoots, halnet, publicRoots };
  const now = options.now ?? Date.now;
  const checkedAt = new Date(now()).toISOString();
  const started = performance.now();
  const controller = new AbortController();
  // Every concurrent step of every port and side check listens for the deadline.
  setMaxListeners(0, controller.signal);
  const deadline = setTimeout(() => controller.abort(), config.deadlineMs);
  const limits: StepLimits = { signal: controller.signal, stepTimeoutMs: config.stepTimeoutMs };
  try {
    const dns = await resolveWithin(host, config.allowPrivate, limits, options.resolver);
    const dnsMs = elapsed(started);
    const observer = options.observer ? { observer: options.observer } : {};
    const others =
      'target' in dns && config.deepChecks
        ? probeOtherAddresses({
            host,
            addresses: dns.target.addresses.filter((address) => address !== dns.target.address),
            ports,
            ehloName: config.ehloName,
            limits,
            trust: trust.primary,
            ...observer,
          })
        : Promise.resolve(undefined);
    const portReports =
      'target' in dns
        ? await Promise.all(
            ports.map((port) =>
              probePort({
                host,
                address: dns.target.address,
                port,
                ehloName: config.ehloName,
                limits,
                trust,
                deepChecks: config.deepChecks,
                now,
                ...observer,
              }),
            ),
          )
        : ports.map((port) => unresolvedPort(port, dns.error));
    const otherAddresses = await others;
    const report: ProbeReport = {
      host,
      addresses: 'target' in dns ? dns.target.addresses : [],
      address: 'target' in dns ? dns.target.address : null,
      dnsMs,
      ...('error' in dns ? { dnsError: dns.error } : {}),
      checkedAt,
      durationMs: elapsed(started),
      deadlineMs: config.deadlineMs,
      deadlineReached: controller.signal.aborted,
      ports: portReports,
      ...(skipped.length > 0
        ? { skippedPorts: skipped.map((p) => ({ port: p.port, reason: PORT25_BLOCKED_REASON })) }
        : {}),
      ...(otherAddresses && otherAddresses.length > 0 ? { otherAddresses } : {}),
    };
    const summary = summarize(report);
    // The customer and the agents see the service's name, even when a demo probes a stand-in.
    return { report, summary: config.displayHost ? { ...summary, host: config.displayHost } : summary };
  } finally {
    clearTimeout(deadline);
  }
}

function selectPorts(config: ProbeConfig, requested: number[] | undefined): ProbePort[] {
  if (!requested || requested.length === 0) return config.ports;
  return [...new Set(requested)].map(
    (port) => config.ports.find((p) => p.port === port) ?? defaultProbePort(port),
  );
}

/** The guarded lookup, bounded like any step; `ProbeRefused` passes through untouched. */
async function resolveWithin(
  host: string,
  allowPrivate: boolean,
  limits: StepLimits,
  resolver: HostResolver | undefined,
): Promise<{ target: ResolvedTarget } | { error: string }> {
  try {
    const target = await waitStep<ResolvedTarget>(limits, 'the DNS lookup', ({ resolve, reject }) => {
      let waiting = true;
      resolveGuarded(host, allowPrivate, resolver).then(
        (value) => waiting && resolve(value),
        (error: Error) => waiting && reject(error),
      );
      return () => {
        waiting = false;
      };
    });
    return { target };
  } catch (error) {
    if (error instanceof DnsLookupError) return { error: error.errorCode };
    if (error instanceof ProbeStepError) return { error: `${error.errorCode}: ${error.message}` };
    throw error;
  }
}

function unresolvedPort(port: ProbePort, error: string): PortReport {
  return { ...unreachedPort(port, null, 'dns_failure'), error, totalMs: 0, transcript: [] };
}

function elapsed(since: number): number {
  return Math.round((performance.now() - since) * 100) / 100;
}
