// The raw probe report: every fact the engine saw, port by port, before any judgement. The
// verdict layer reads it to build the dialog's ProbeSummary; agents get it whole in their
// bundle. zod-typed because it crosses the Lambda boundary and is cached in the store.
import * as z from 'zod';
import { portOutcomeSchema, probeSummarySchema } from '../../dialogs/contract';

export const smtpReplySchema = z.object({
  code: z.number().int(),
  lines: z.array(z.string()),
});
export type SmtpReplyReport = z.infer<typeof smtpReplySchema>;

export const ehloReportSchema = z.object({
  code: z.number().int(),
  /** Keywords as advertised, upper-cased (`STARTTLS`, `AUTH`, `SIZE`, `PIPELINING`, ...). */
  keywords: z.array(z.string()),
  starttls: z.boolean(),
  /** AUTH mechanisms from both `AUTH PLAIN LOGIN` and `AUTH=LOGIN` forms, de-duplicated. */
  authMechanisms: z.array(z.string()),
  sizeLimit: z.number().int().nonnegative().nullable(),
});
export type EhloReport = z.infer<typeof ehloReportSchema>;

export const trustCheckSchema = z.object({
  /** null when that trust set is not configured (no Halnet CA given). */
  trusted: z.boolean().nullable(),
  /** OpenSSL-style reason when not trusted, e.g. `UNABLE_TO_GET_ISSUER_CERT_LOCALLY`. */
  error: z.string().optional(),
  /** Subject of the anchor the chain ends in, when trusted. */
  anchor: z.string().optional(),
});

export const certificateReportSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  subjectAltNames: z.array(z.string()),
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  daysToExpiry: z.number().int(),
  expired: z.boolean(),
  notYetValid: z.boolean(),
  fingerprint256: z.string(),
  /** Certificates the server presented (leaf first). */
  chainLength: z.number().int().nonnegative(),
  trust: z.object({ halnetCa: trustCheckSchema, publicRoots: trustCheckSchema }),
  nameMatch: z.object({ ok: z.boolean(), error: z.string().optional() }),
});
export type CertificateReport = z.infer<typeof certificateReportSchema>;

export const tlsReportSchema = z.object({
  protocol: z.string().nullable(),
  cipher: z.string().nullable(),
  handshakeMs: z.number().nonnegative(),
  certificate: certificateReportSchema.nullable(),
});
export type TlsReport = z.infer<typeof tlsReportSchema>;

export const PROBE_STAGES = [
  'connect',
  'tls',
  'banner',
  'ehlo',
  'starttls',
  'ehlo-tls',
  'quit',
  'done',
] as const;
export const probeStageSchema = z.enum(PROBE_STAGES);
export type ProbeStage = z.infer<typeof probeStageSchema>;

export const portReportSchema = z.object({
  port: z.number().int(),
  connectPort: z.number().int(),
  mode: z.enum(['starttls', 'implicit-tls']),
  address: z.string().nullable(),
  outcome: portOutcomeSchema,
  /** The stage the dialogue reached (where it stopped, on failure). */
  stage: probeStageSchema,
  /** Error code or short reason when the outcome is not `ok` (ECONNREFUSED, 454 reply, ...). */
  error: z.string().optional(),
  connectMs: z.number().nonnegative().nullable(),
  bannerMs: z.number().nonnegative().nullable(),
  totalMs: z.number().nonnegative(),
  banner: smtpReplySchema.nullable(),
  /** EHLO on the plaintext connection (STARTTLS ports only). */
  ehloPlain: ehloReportSchema.nullable(),
  starttlsReply: smtpReplySchema.nullable(),
  tls: tlsReportSchema.nullable(),
  /** EHLO once encrypted. */
  ehloTls: ehloReportSchema.nullable(),
  /** Whether a TLS 1.0-only handshake succeeded; null when not checked. */
  tls10Accepted: z.boolean().nullable(),
  /** The dialogue as sent (`C:`) and received (`S:`), truncated; never holds a secret. */
  transcript: z.array(z.string().max(300)).max(60),
});
export type PortReport = z.infer<typeof portReportSchema>;

export const probeReportSchema = z.object({
  host: z.string(),
  /** Every address the name resolved to, and the one the probe connected to. */
  addresses: z.array(z.string()),
  address: z.string().nullable(),
  dnsMs: z.number().nonnegative().nullable(),
  dnsError: z.string().optional(),
  checkedAt: z.iso.datetime(),
  durationMs: z.number().nonnegative(),
  deadlineMs: z.number().int(),
  deadlineReached: z.boolean(),
  ports: z.array(portReportSchema),
});
export type ProbeReport = z.infer<typeof probeReportSchema>;

/** What one probe run produces: the dialog's summary and the raw report for agents. */
export const probeRunSchema = z.object({ summary: probeSummarySchema, report: probeReportSchema });
export type ProbeRun = z.infer<typeof probeRunSchema>;
