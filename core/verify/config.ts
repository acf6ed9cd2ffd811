// The verified resolution's settings: where test messages are received (the verify domain and
// the address's local part), which hosts count as Halnet's submission server (smtp.hln.it; the
// demo server's name locally), which hop the receiving side adds, how long a code lives and
// how large a test message may be. zod-validated, from the environment or the local server.
import * as z from 'zod';

const hostName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9.-]+$/, 'a host name');

export const verifyConfigSchema = z.object({
  /** The domain whose MX receives test messages, e.g. `verifica.hln.it`. */
  domain: hostName,
  localPart: z
    .string()
    .regex(/^[a-z]+$/)
    .default('verifica'),
  /** Hosts that count as Halnet's submission server. */
  submissionHosts: z.array(hostName).min(1).default(['smtp.hln.it']),
  /** The `by` host (a pattern) of the hop the receiving side adds: SES's or the local inbox's. */
  inboundHostPattern: z.string().default('^inbound-smtp\\.[a-z0-9-]+\\.amazonaws\\.com$'),
  codeTtlMinutes: z.number().int().min(1).max(1440).default(30),
  /** Larger messages get the "too large" verdict unread. */
  maxBytes: z
    .number()
    .int()
    .min(1024)
    .max(10 * 1024 * 1024)
    .default(256 * 1024),
});
export type VerifyConfig = z.infer<typeof verifyConfigSchema>;
export type VerifyConfigInput = z.input<typeof verifyConfigSchema>;

export function parseVerifyConfig(input: VerifyConfigInput): VerifyConfig {
  return verifyConfigSchema.parse(input);
}

/** From the environment: VERIFY_DOMAIN (required), VERIFY_SUBMISSION_HOSTS, VERIFY_MAX_BYTES. */
export const verifyEnvSchema = z.object({
  VERIFY_DOMAIN: z.string().min(1),
  VERIFY_SUBMISSION_HOSTS: z.string().optional(),
  VERIFY_MAX_BYTES: z.coerce.number().int().optional(),
});

export function verifyConfigFromEnv(env: Record<string, string | undefined>): VerifyConfig {
  const parsed = verifyEnvSchema.parse(env);
  return parseVerifyConfig({
    domain: parsed.VERIFY_DOMAIN,
    ...(parsed.VERIFY_SUBMISSION_HOSTS
      ? { submissionHosts: parsed.VERIFY_SUBMISSION_HOSTS.split(',').map((host) => host.trim()) }
      : {}),
    ...(parsed.VERIFY_MAX_BYTES ? { maxBytes: parsed.VERIFY_MAX_BYTES } : {}),
  });
}
