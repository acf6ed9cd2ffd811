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
  /**
   * The chain OpenSSL built ends at a certificate of this set. OpenSSL reports only its last
   * complaint, and a date comes last: CERT_HAS_EXPIRED with `anchored` false is also untrusted.
   */
  anchored: z.boolean().optional(),
});

export const presentedCertificateSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  notAfter: z.iso.datetime(),
  expired: z.boolean(),
  /** basicConstraints CA:TRUE. */
  ca: z.boolean(),
  signatureAlgorithm: z.string().nullable(),
});

/** A certificate with fewer days than this left is reported as expiring soon. */
export const EXPIRY_WARNING_DAYS = 21;

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
  // Deeper facts (optional: reports cached before they existed still parse).
  /** `rsa`, `ec`, `ed25519`, ... */
  keyType: z.string().optional(),
  /** RSA modulus or EC curve size in bits. */
  keyBits: z.number().int().positive().optional(),
  /** EC curve, e.g. `prime256v1`. */
  keyCurve: z.string().optional(),
  signatureAlgorithm: z.string().optional(),
  /** Fewer than EXPIRY_WARNING_DAYS days left. */
  expiresSoon: z.boolean().optional(),
  /** Every certificate the server presented, leaf first, as X509Certificate reads it. */
  presented: z.array(presentedCertificateSchema).max(10).optional(),
});
export type CertificateReport = z.infer<typeof certificateReportSchema>;

export const tlsReportSchema = z.object({
  protocol: z.string().nullable(),
  cipher: z.string().nullable(),
  handshakeMs: z.number().nonnegative(),
  certificate: certificateReportSchema.nullable(),
});
export type TlsReport = z.infer<typeof tlsReportSchema>;

export const tlsVersionsSchema = z.object({
  TLSv1: z.boolean().nullable(),
  'TLSv1.1': z.boolean().nullable(),
  'TLSv1.2': z.boolean().nullable(),
  'TLSv1.3': z.boolean().nullable(),
});
export type TlsVersionsReport = z.infer<typeof tlsVersionsSchema>;

export const noSniSchema = z.object({
  ok: z.boolean(),
  /** The same certificate as with SNI (by SHA-256 fingerprint). */
  sameCertificate: z.boolean().nullable(),
  subject: z.string().nullable(),
  /** Valid for the host name / chain verified against the primary trust set. */
  nameMatch: z.boolean().nullable(),
  trusted: z.boolean().nullable(),
  error: z.string().optional(),
});
export type NoSniReport = z.infer<typeof noSniSchema>;

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
  /** Each TLS version tried alone: accepted, refused, or null (not reached / not checked). */
  tlsVersions: tlsVersionsSchema.optional(),
  /** The handshake without SNI (clients that send none, e.g. Outlook Express on Windows XP). */
  noSni: noSniSchema.optional(),
  /** The dialogue as sent (`C:`) and received (`S:`), truncated; never holds a secret. */
  transcript: z.array(z.string().max(300)).max(60),
});
export type PortReport = z.infer<typeof portReportSchema>;

export const addressPortSchema = z.object({
  port: z.number().int(),
  outcome: portOutcomeSchema,
  error: z.string().optional(),
  bannerMs: z.number().nonnegative().nullable(),
});
export const otherAddressSchema = z.object({
  address: z.string(),
  ports: z.array(addressPortSchema),
});
export type OtherAddressReport = z.infer<typeof otherAddressSchema>;

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
  /** Ports configured but not probed, with why (port 25 where the probe's network blocks it). */
  skippedPorts: z.array(z.object({ port: z.number().int(), reason: z.string() })).optional(),
  /** The other addresses of the host, each reached on every port (connect, TLS, banner). */
  otherAddresses: z.array(otherAddressSchema).max(16).optional(),
});
export type ProbeReport = z.infer<typeof probeReportSchema>;

/** What one probe run produces: the dialog's summary and the raw report for agents. */
export const probeRunSchema = z.object({ summary: probeSummarySchema, report: probeReportSchema });
export type ProbeRun = z.infer<typeof probeRunSchema>;
