// The dialog's contract with the rest of Postino: the events a turn accepts, the effects it
// returns as plain data, and the probe summary it understands. The core runs a turn as
// `load snapshot -> transition -> run effects -> save`; nothing here does I/O.
import type {
  ActionTypes,
  Activity,
  ActivityTypes,
  CardAction,
  InputHints,
  TextFormatTypes,
} from '@microsoft/agents-activity';
import * as z from 'zod';
import {
  type ClientId,
  clientIdSchema,
  localeSchema,
  type SymptomId,
  symptomIdSchema,
} from '../core/knowledge/ids';

// ---- Probe summary: what the dialog needs to know of a live probe of Halnet's server ----

export const PROBE_VERDICTS = [
  'healthy',
  'port25_blocked_from_probe',
  'server_down',
  'tls_broken',
  'cert_expired',
  'cert_untrusted',
  'cert_name_mismatch',
  'auth_not_offered',
  'auth_before_tls',
  'dns_failure',
] as const;
export const probeVerdictSchema = z.enum(PROBE_VERDICTS);
export type ProbeVerdict = z.infer<typeof probeVerdictSchema>;

export const PORT_OUTCOMES = [
  'ok',
  'refused',
  'timeout',
  'dns_failure',
  'greeting_rejected',
  'closed_early',
  'starttls_missing',
  'starttls_refused',
  'tls_failed',
  'error',
] as const;
export const portOutcomeSchema = z.enum(PORT_OUTCOMES);

export const portSummarySchema = z.object({
  port: z.number().int().min(1).max(65535),
  /** How TLS is reached on this port: STARTTLS upgrade (587, 25) or implicit TLS (465). */
  mode: z.enum(['starttls', 'implicit-tls']),
  outcome: portOutcomeSchema,
  connectMs: z.number().nonnegative().nullable(),
  tlsProtocol: z.string().nullable(),
  /** AUTH mechanisms offered once the connection is encrypted. */
  authMechanisms: z.array(z.string()),
  /** A short technical note (error code, reply line) for agents and logs. */
  detail: z.string().max(500).optional(),
  // The probe's deeper checks, for agents (optional: older summaries and fixtures lack them).
  /** Where the dialogue stopped: connect, tls, banner, ehlo, starttls, ehlo-tls, quit, done. */
  stage: z.string().max(20).optional(),
  /** The 220 (or refusing) banner's first line. */
  banner: z.string().max(200).optional(),
  /** AUTH mechanisms offered on the plaintext connection, before STARTTLS (should be none). */
  authBeforeTls: z.array(z.string()).optional(),
  /** The SIZE limit the server announces, in bytes. */
  sizeLimit: z.number().int().nonnegative().nullable().optional(),
  /** TLS versions the server accepted when each was tried alone. */
  tlsVersions: z.array(z.string()).optional(),
  certificate: z
    .object({
      subject: z.string().max(300),
      issuer: z.string().max(300),
      /** e.g. "ec 256 (prime256v1)", "rsa 2048". */
      key: z.string().max(60).optional(),
      signatureAlgorithm: z.string().max(60).optional(),
      daysToExpiry: z.number().int(),
      trustedByHalnetCa: z.boolean().nullable(),
      trustedByPublicRoots: z.boolean().nullable(),
      /** OpenSSL's reason when not trusted, e.g. INVALID_CA, CERT_HAS_EXPIRED. */
      trustError: z.string().max(120).optional(),
    })
    .optional(),
  /** The handshake without SNI: same certificate, another one valid for the host, or a problem. */
  noSni: z.enum(['same-certificate', 'other-certificate', 'other-certificate-invalid', 'failed']).optional(),
});
export type PortSummary = z.infer<typeof portSummarySchema>;

export const verdictFindingSchema = z.object({
  verdict: probeVerdictSchema,
  /** The ports the finding is about. */
  ports: z.array(z.number().int()),
  /** Human-readable evidence, technical (e.g. "notAfter 2026-01-01; CERT_HAS_EXPIRED"). */
  evidence: z.array(z.string().max(500)),
  /**
   * `customer`: about a port the customer should use (587, 465) and what they would hit;
   * `note`: for agents and ops only (port 25 while 587/465 are probed, AUTH before TLS, ...).
   */
  weight: z.enum(['customer', 'note']).optional(),
});
export type VerdictFinding = z.infer<typeof verdictFindingSchema>;

export const probeSummarySchema = z.object({
  host: z.string().min(1),
  checkedAt: z.iso.datetime(),
  durationMs: z.number().nonnegative(),
  /**
   * Customer findings first, worst first; then `healthy` when no customer finding; then the
   * notes. `healthy` alone when nothing is wrong at all.
   */
  findings: z.array(verdictFindingSchema).min(1),
  ports: z.array(portSummarySchema),
  /** Every A/AAAA address of the host (the first one got the full dialogue). */
  addresses: z.array(z.string()).max(16).optional(),
  /** Warnings for agents that are not faults yet: expiry under 21 days, no SNI, old TLS only. */
  warnings: z.array(z.string().max(500)).max(20).optional(),
});
export type ProbeSummary = z.infer<typeof probeSummarySchema>;

// ---- Verified resolution: what the test message showed (issue 12) ----

/**
 * What is wrong with a test message, worst first: it did not pass through Halnet's server,
 * another server relayed it there, it was sent without authentication or without encryption,
 * it was too large to read, or it could not be read as a message at all.
 */
export const VERIFY_FINDINGS = [
  'wrong-server',
  'another-server',
  'not-authenticated',
  'not-encrypted',
  'too-large',
  'malformed',
] as const;
export const verifyFindingSchema = z.enum(VERIFY_FINDINGS);
export type VerifyFinding = z.infer<typeof verifyFindingSchema>;

/** The verdict on a test message and the header facts behind it (never its body). */
export const verifyResultSchema = z.object({
  /** Empty: sent through Halnet's server, authenticated, encrypted. */
  findings: z.array(verifyFindingSchema).max(VERIFY_FINDINGS.length),
  /** The submission host the message passed through, when it did. */
  throughHost: z.string().max(255).nullable(),
  /** The `with` protocol of that hop (RFC 3848), e.g. ESMTPSA. */
  protocol: z.string().max(32).nullable(),
  authenticated: z.boolean(),
  encrypted: z.boolean(),
  /** e.g. "TLSv1.3", when the hop names it. */
  tlsVersion: z.string().max(16).nullable(),
  /** From the message's Date to its arrival, when both are known. */
  elapsedSeconds: z.number().nonnegative().nullable(),
  /** Servers before Halnet's in the chain (host names from `by`), at most 5. */
  otherServers: z.array(z.string().max(255)).max(5),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;

// ---- Events a turn accepts ----

export const dialogEventSchema = z.discriminatedUnion('type', [
  /** The customer opened the chat (Web Chat's `webchat/join`). */
  z.object({ type: z.literal('user.join'), locale: localeSchema.optional() }),
  /** Anything the customer typed or clicked (suggested actions arrive as text). */
  z.object({ type: z.literal('user.message'), text: z.string() }),
  /** The probe the dialog asked for has finished (or failed: `summary` null). */
  z.object({ type: z.literal('probe.result'), summary: probeSummarySchema.nullable() }),
  /** A human agent took the conversation. */
  z.object({ type: z.literal('agent.joined'), agentName: z.string().min(1) }),
  /** The agent gave the conversation back to the bot. */
  z.object({ type: z.literal('agent.returned') }),
  /** The agent closed the conversation; the customer is asked for a rating. */
  z.object({ type: z.literal('agent.closed') }),
  /** The conversation entered the agents' queue at this position (1 = next). */
  z.object({ type: z.literal('handoff.queued'), position: z.number().int().min(1).max(10_000) }),
  /**
   * No agent can take it now (outside working hours, or nobody claimed it in time): offer a
   * call back. `hours` describes the working hours in the customer's language.
   */
  z.object({
    type: z.literal('handoff.unavailable'),
    reason: z.enum(['out-of-hours', 'timeout']),
    hours: z.string().max(200),
  }),
  /** The test address for a verified resolution is ready (after a `verify-start` effect). */
  z.object({
    type: z.literal('verify.ready'),
    address: z.email().max(254),
    expiresInMinutes: z.number().int().min(1).max(1440),
  }),
  /** The test message arrived: its verdict and header facts. */
  z.object({ type: z.literal('verify.result'), result: verifyResultSchema }),
  /** No test address can be issued here (the deployment has no verify domain). */
  z.object({ type: z.literal('verify.unavailable') }),
  /**
   * Outage mode (issue 12): the outage this conversation was told about is over. The dialog
   * tells the customer once (the core also marks it delivered) and asks them to try again.
   */
  z.object({ type: z.literal('outage.cleared'), outageId: z.string().min(1).max(64) }),
]);
export type DialogEvent = z.infer<typeof dialogEventSchema>;

// ---- Effects a turn returns (plain data: the core performs them) ----

export const handoffContextSchema = z.object({
  locale: localeSchema,
  client: clientIdSchema.nullable(),
  symptom: symptomIdSchema.nullable(),
  /** What the customer asked for in their words, e.g. "voglio parlare con un operatore". */
  reason: z.string(),
  /** Error text the customer pasted, as they pasted it (redacted if it looked like a secret). */
  pastedErrors: z.array(z.string()),
  /** Topics of the steps already shown. */
  stepsGiven: z.array(z.string()),
  probe: probeSummarySchema.nullable(),
});
export type HandoffContext = z.infer<typeof handoffContextSchema>;

// ---- The machine-readable outcome a concluding reply carries (`channelData.postino`) ----

/**
 * What a reply concludes, for the agent console, analytics and tests (they read this, never
 * the text): `question` asks the customer something (client, symptom, what happens);
 * `answer` gives the steps of a fix; `quick-answer` answers a direct question in a few
 * lines; `server-problem` says the fault is Halnet's; `handoff` hands over to a person.
 */
export const POSTINO_OUTCOME_KINDS = [
  'question',
  'answer',
  'quick-answer',
  'server-problem',
  'handoff',
  // A test message proved the fix: sent through Halnet's server, authenticated and encrypted (issue 12).
  'verified',
] as const;
export const postinoOutcomeKindSchema = z.enum(POSTINO_OUTCOME_KINDS);
export const postinoOutcomeSchema = z.object({
  kind: postinoOutcomeKindSchema,
  client: clientIdSchema.nullable(),
  symptom: symptomIdSchema.nullable(),
  /** The probe's customer verdict, when the reply was built from one. */
  verdict: probeVerdictSchema.nullable(),
  locale: localeSchema,
});
export type PostinoOutcome = z.infer<typeof postinoOutcomeSchema>;

/**
 * A bot reply as a Bot Framework activity: the fields Postino sets, typed with the Activity
 * model of `@microsoft/agents-activity` (type-only, so nothing of it reaches the bundles).
 */
export interface ReplyActivity {
  type: `${ActivityTypes.Message}` | `${ActivityTypes.Typing}` | `${ActivityTypes.Event}`;
  text?: Activity['text'];
  textFormat?: `${TextFormatTypes.Markdown}` | `${TextFormatTypes.Plain}`;
  locale?: z.infer<typeof localeSchema>;
  /** Choices shown as buttons; each posts its `value` back as the customer's text. */
  suggestedActions?: {
    actions: Array<Pick<CardAction, 'title'> & { type: `${ActionTypes.ImBack}`; value: string }>;
  };
  name?: Activity['name'];
  value?: unknown;
  inputHint?: `${InputHints}`;
  /** Set on every reply that concludes something: see `postinoOutcomeSchema`. */
  channelData?: { postino: PostinoOutcome };
  /** Cards shown with the message, e.g. the configuration file offer (a hero card with an openUrl button). */
  attachments?: ReplyAttachment[];
}

/** A Bot Framework hero card; an `openUrl` value that starts with `/` is a path on Postino's API. */
export interface ReplyAttachment {
  contentType: 'application/vnd.microsoft.card.hero';
  content: {
    title?: string;
    text?: string;
    /** `imBack` posts its value back as the customer's text, like a suggested action. */
    buttons: Array<{ type: 'openUrl' | 'imBack'; title: string; value: string }>;
  };
}

export type DialogEffect =
  /** Send this activity to the customer. */
  | { type: 'reply'; activity: ReplyActivity }
  /** Run the live probe of Halnet's server, then feed its `probe.result` event back. */
  | { type: 'probe' }
  /** Put the conversation in the agents' queue with this context. */
  | { type: 'handoff'; context: HandoffContext }
  /** The customer's text of this turn looks like a secret: store it redacted, never verbatim. */
  | { type: 'redact-user-text'; reason: 'password' }
  /** Outcome markers the core turns into metrics and conversation status. */
  | { type: 'outcome'; outcome: 'resolved' | 'not-resolved' | 'rated'; rating?: number }
  /** The customer asked to go back to the bot: leave the agents' queue, or end the agent's hold. */
  | { type: 'handoff-cancel' }
  /** While queued the customer left a contact for a call back (not a secret: agents need it). */
  | { type: 'callback'; contact: CallbackContactInput }
  /**
   * The bot could not place the customer's message of this turn (no client, symptom or
   * request it could act on): the core files the message, redacted, with this context in the
   * agents' review list, so the understanding learns it in a later release.
   */
  | { type: 'not-understood'; state: string; client: ClientId | null; symptom: SymptomId | null }
  /** The customer wants their sending checked: issue a single-use test address, then feed `verify.ready` back. */
  | { type: 'verify-start' }
  /**
   * Outage mode (issue 12): the customer got the known-problem answer of outage `outageId`;
   * the core adds the conversation to the outage's group (idempotent; a later join merges
   * `wantsHuman` and `callback`). A customer who asks for a person during an outage waits
   * in the group the agents answer at once, not in the queue.
   */
  | { type: 'outage-join'; outageId: string; wantsHuman: boolean; callback?: CallbackContactInput };

/**
 * An outage of Halnet's server the core knows about (issue 12), passed with every turn while
 * it lasts (`DialogRunner` options). A conversation the bot leads that has not been told
 * about this outage yet gets the known-problem answer first, and no settings steps.
 */
export interface OutageNotice {
  id: string;
  since: string;
  /** What the failing check said, when it was detected (null: set by hand). */
  verdict: ProbeVerdict | null;
}

/** `OutageNotice` as the dialog validates it (a turn's option) and persists it (the context). */
export const outageNoticeSchema = z.object({
  id: z.string().min(1).max(64),
  since: z.iso.datetime({ offset: true }),
  verdict: probeVerdictSchema.nullable(),
}) satisfies z.ZodType<OutageNotice>;

/** A validated contact for a call back. */
export interface CallbackContactInput {
  kind: 'email' | 'phone';
  value: string;
}

/** What one turn of the dialog returns. `snapshot` is plain JSON, safe to persist. */
export interface DialogTurnResult {
  snapshot: unknown;
  effects: DialogEffect[];
}
