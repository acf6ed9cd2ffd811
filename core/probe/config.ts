// The probe's configuration: what to probe (host, logical ports and how TLS is reached on
// each), which targets a request may ask for (the allow list), the CA Halnet signs with, the
// deadline and the test/demo switches. Parsed with zod from code or from the environment.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { PostinoError } from '../errors';

export const DEFAULT_PROBE_HOST = 'smtp.hln.it';
export const DEFAULT_PROBE_PORTS = [587, 465, 25] as const;
/** The relay port: customers should not submit on it, and AWS blocks it from Lambda. */
export const RELAY_PORT = 25;
/** Ports where TLS starts with the handshake (SMTPS); every other port upgrades with STARTTLS. */
export const IMPLICIT_TLS_PORTS: readonly number[] = [465];

const portNumber = z.number().int().min(1).max(65535);
// A DNS name (letters, digits, hyphens, dots) or an IP literal; never a URL or a path.
const hostName = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.:-]+$/, 'host must be a DNS name or an IP address');

export const probePortSchema = z.object({
  /** The port as customers know it (587, 465, 25): reported everywhere. */
  port: portNumber,
  mode: z.enum(['starttls', 'implicit-tls']),
  /** Where to actually connect; only differs in tests and demos (fixtures on random ports). */
  connectPort: portNumber.optional(),
});
export type ProbePort = z.infer<typeof probePortSchema>;

export const allowedTargetSchema = z.object({ host: hostName, ports: z.array(portNumber).min(1) });
export type AllowedTarget = z.infer<typeof allowedTargetSchema>;

export const probeConfigSchema = z
  .object({
    host: hostName.default(DEFAULT_PROBE_HOST),
    ports: z.array(probePortSchema).min(1).max(8).default(DEFAULT_PROBE_PORTS.map(defaultProbePort)),
    /** Targets a request may name; defaults to `host` on `ports`. */
    allowList: z.array(allowedTargetSchema).optional(),
    /** Halnet's CA (PEM, one or more certificates). Absent: only public roots are checked. */
    caPem: z.string().optional(),
    deadlineMs: z.number().int().min(50).max(60_000).default(4000),
    /** Longest wait for one step (connect, one reply, one handshake). */
    stepTimeoutMs: z.number().int().min(20).max(60_000).default(3000),
    /** Lets the probe reach private/loopback addresses: tests and demos only. */
    allowPrivate: z.boolean().default(false),
    /**
     * The deeper checks, each on its own connection in parallel with the main dialogue: every
     * TLS version alone (1.0 to 1.3: Outlook Express speaks only 1.0), the handshake without
     * SNI, and every other address of the host.
     */
    deepChecks: z.boolean().default(true),
    /**
     * The probe's own network blocks outbound port 25 (AWS Lambda outside the probe VPC): port
     * 25 is then not probed at all, so no diagnosis waits on it, and reported as
     * `port25_blocked_from_probe`. Only configuration says so: a silent port 25 elsewhere is a fault.
     */
    port25Blocked: z.boolean().default(false),
    /** The name the probe announces in EHLO. */
    ehloName: hostName.default('postino-probe.hln.it'),
    /**
     * The name the summary reports instead of `host` (customers and agents read it): demos
     * probe a stand-in on loopback that must still read as the service, e.g. `smtp.hln.it`.
     */
    displayHost: hostName.optional(),
  })
  .strict();
export type ProbeConfig = z.infer<typeof probeConfigSchema>;
export type ProbeConfigInput = z.input<typeof probeConfigSchema>;

export function defaultProbePort(port: number): ProbePort {
  return { port, mode: IMPLICIT_TLS_PORTS.includes(port) ? 'implicit-tls' : 'starttls' };
}

export function parseProbeConfig(input: ProbeConfigInput = {}): ProbeConfig {
  const parsed = probeConfigSchema.safeParse(input);
  if (!parsed.success) {
    throw new PostinoError('BadArgument', `invalid probe configuration: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** The allow list in force: the explicit one, or the configured host on the configured ports. */
export function allowListOf(config: ProbeConfig): AllowedTarget[] {
  return config.allowList ?? [{ host: config.host, ports: config.ports.map((p) => p.port) }];
}

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1' || value === 'yes');
const portList = z
  .string()
  .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'a comma-separated list of ports')
  .transform((value) => value.split(',').map((p) => Number(p.trim())));
const integer = z
  .string()
  .regex(/^\d+$/)
  .transform((value) => Number(value));

const probeEnvironmentSchema = z.object({
  PROBE_HOST: z.string().optional(),
  PROBE_PORTS: portList.optional(),
  PROBE_CA_FILE: z.string().min(1).optional(),
  PROBE_DEADLINE_MS: integer.optional(),
  PROBE_STEP_TIMEOUT_MS: integer.optional(),
  PROBE_ALLOW_PRIVATE: booleanFlag,
  PROBE_DEEP_CHECKS: z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform(
      (value) => value === undefined || value === '' || value === 'true' || value === '1' || value === 'yes',
    ),
  PROBE_PORT25_BLOCKED: booleanFlag,
  PROBE_EHLO_NAME: z.string().optional(),
  /** e.g. `587=2587,465=2465`: connect elsewhere than the logical port (demos with local fixtures). */
  PROBE_CONNECT_PORTS: z
    .string()
    .regex(/^\s*\d+=\d+(\s*,\s*\d+=\d+)*\s*$/, 'a list like 587=2587,465=2465')
    .optional(),
});

/** Reads the probe configuration from environment variables (see the README). */
export function probeConfigFromEnvironment(env: NodeJS.ProcessEnv = process.env): ProbeConfig {
  const parsed = probeEnvironmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new PostinoError('BadArgument', `invalid probe environment: ${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  const connectPorts = new Map(
    (e.PROBE_CONNECT_PORTS ?? '')
      .split(',')
      .filter((pair) => pair.includes('='))
      .map((pair) => pair.split('=').map((n) => Number(n.trim())) as [number, number]),
  );
  const ports = (e.PROBE_PORTS ?? [...DEFAULT_PROBE_PORTS]).map((port) => ({
    ...defaultProbePort(port),
    ...(connectPorts.has(port) ? { connectPort: connectPorts.get(port) } : {}),
  }));
  return parseProbeConfig({
    ...(e.PROBE_HOST ? { host: e.PROBE_HOST } : {}),
    ports,
    ...(e.PROBE_CA_FILE ? { caPem: readCaFile(e.PROBE_CA_FILE) } : {}),
    ...(e.PROBE_DEADLINE_MS !== undefined ? { deadlineMs: e.PROBE_DEADLINE_MS } : {}),
    ...(e.PROBE_STEP_TIMEOUT_MS !== undefined ? { stepTimeoutMs: e.PROBE_STEP_TIMEOUT_MS } : {}),
    allowPrivate: e.PROBE_ALLOW_PRIVATE,
    deepChecks: e.PROBE_DEEP_CHECKS,
    port25Blocked: e.PROBE_PORT25_BLOCKED,
    ...(e.PROBE_EHLO_NAME ? { ehloName: e.PROBE_EHLO_NAME } : {}),
  });
}

function readCaFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new PostinoError('BadArgument', `PROBE_CA_FILE cannot be read: ${path}`, { cause: error });
  }
}
