// The deployment's configuration, read once from CDK context (cdk.json or `cdk deploy -c key=value`)
// and validated with zod, so a typo in a context value fails synth with a clear message instead
// of deploying a half-configured Postino.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Construct } from 'constructs';
import * as z from 'zod';

/** Context keys ops may set; README "Deploy" documents each one. */
export const CONTEXT_KEYS = [
  'allowedOrigins',
  'probeHost',
  'probePorts',
  'probeCaFile',
  'probeInVpc',
  'probeConcurrency',
  'customDomain',
  'certificateArn',
  'alarmEmail',
  'workingHours',
  'handoffClaimTimeoutSeconds',
  'retentionDays',
  'apiRateLimit',
  'apiBurstLimit',
  'region',
  'consoleCallbackUrls',
  'tags',
  'verifyDomain',
  'healthSchedule',
  'outageFailuresToOpen',
  'outageHealthyMinutes',
] as const;

// `-c key=value` always arrives as a string, cdk.json may hold real JSON: accept both.
const list = z
  .union([z.array(z.union([z.string(), z.number()])), z.string()])
  .transform((value) =>
    (Array.isArray(value) ? value : value.split(','))
      .map((item) => String(item).trim())
      .filter((item) => item !== ''),
  );
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);
const positiveInt = z.coerce.number().int().positive();
const origin = z
  .string()
  .regex(/^https:\/\/[a-z0-9.-]+(:\d+)?$/i, 'an origin is https://host[:port] with no path');

// The functions parse the full grammar (core/handoff/working-hours.ts, which infra may not
// import); synth catches the usual slips: no time range, or a time zone Intl does not know.
const workingHours = z
  .string()
  .trim()
  .regex(/\b\d{2}:\d{2}-\d{2}:\d{2}\b/, 'working hours look like `mon-fri 09:00-18:00 Europe/Rome`')
  .refine((spec) => isTimeZone(spec.split(/\s+/).at(-1) ?? ''), {
    message: 'working hours end with an IANA time zone, e.g. Europe/Rome',
  });

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const contextSchema = z
  .object({
    // Without one the widget cannot start a chat on Halnet's site: a deploy must not "succeed".
    allowedOrigins: list.pipe(
      z
        .array(origin)
        .min(
          1,
          'allowedOrigins needs at least one origin of the pages that embed the widget, e.g. https://www.hln.it',
        ),
    ),
    probeHost: z.string().min(1).default('smtp.hln.it'),
    probePorts: list
      .pipe(
        z.array(z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1).max(65535))).min(1),
      )
      .default([587, 465, 25]),
    probeCaFile: z
      .string()
      .min(1)
      .transform((path) => resolve(path))
      .refine((path) => existsSync(path) && readFileSync(path, 'utf8').includes('BEGIN CERTIFICATE'), {
        message: 'a PEM file with the CA certificate(s) the probe trusts',
      })
      .optional(),
    probeInVpc: flag.default(false),
    // 0 reserves nothing: new accounts with a low concurrency quota cannot reserve any.
    probeConcurrency: z.coerce.number().int().min(0).default(5),
    customDomain: z.string().min(1).optional(),
    certificateArn: z
      .string()
      .regex(/^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/, 'an ACM certificate in us-east-1')
      .optional(),
    alarmEmail: z.email().optional(),
    workingHours: workingHours.default('mon-fri 09:00-18:00 Europe/Rome'),
    handoffClaimTimeoutSeconds: positiveInt.max(86_400).default(180),
    retentionDays: positiveInt.max(3650).default(30),
    apiRateLimit: positiveInt.default(50),
    apiBurstLimit: positiveInt.default(100),
    region: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'a region name such as eu-south-1')
      .optional(),
    // The console's URLs for Cognito's OAuth code flow; without them the app client has no
    // OAuth flow at all (the console signs in with SRP and needs none).
    consoleCallbackUrls: list.pipe(z.array(z.url({ protocol: /^https$/ }))).optional(),
    // Extra cost-allocation tags, `key=value,key2=value2` or a JSON object.
    tags: z
      .union([
        z.record(z.string(), z.string()),
        z.string().transform((value, context) => {
          const pairs = value
            .split(',')
            .map((pair) => pair.trim())
            .filter((pair) => pair !== '');
          const entries = pairs.map((pair) => pair.split('=').map((part) => part.trim()));
          if (entries.some((entry) => entry.length !== 2 || !entry[0] || !entry[1])) {
            context.addIssue({ code: 'custom', message: 'tags look like key=value,key2=value2' });
            return z.NEVER;
          }
          return Object.fromEntries(entries) as Record<string, string>;
        }),
      ])
      .optional(),
    // Verified resolution: the domain whose MX points at SES receiving in this stack's region.
    verifyDomain: z
      .string()
      .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'a domain name, e.g. verifica.hln.it')
      .optional(),
    // Outage mode (issue 12): the health check every minute (off: only customers' probes and
    // agents' hands set an outage); N failing checks in a row open one, M healthy minutes clear it.
    healthSchedule: flag.default(true),
    outageFailuresToOpen: positiveInt.max(60).optional(),
    outageHealthyMinutes: positiveInt.max(240).optional(),
  })
  .refine((config) => (config.customDomain === undefined) === (config.certificateArn === undefined), {
    message: 'customDomain and certificateArn go together',
  });

/** The validated context; `probeCaFile` is an absolute path when set. */
export type PostinoConfig = Readonly<z.infer<typeof contextSchema>>;

/** Reads and validates the context visible from `scope`; throws on the first invalid key. */
export function readConfig(scope: Construct): PostinoConfig {
  const raw = Object.fromEntries(
    CONTEXT_KEYS.map((key) => [key, scope.node.tryGetContext(key)]).filter(
      ([, value]) => value !== undefined && value !== '',
    ),
  );
  // Missing and empty read alike, so both get allowedOrigins' own message.
  const parsed = contextSchema.safeParse({ allowedOrigins: [], ...raw });
  if (!parsed.success) {
    throw new Error(`Invalid Postino context: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
