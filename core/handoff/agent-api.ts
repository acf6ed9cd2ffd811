// The agent API's contract: every route of `functions/agent.ts` with the zod schemas of its
// request and response bodies. The agent console (web/agent/) imports the TYPES only; the
// server parses every input with these schemas. The contract only grows (new optional fields,
// new routes), never changes shape, so the console and the server can evolve apart.
//
// Conventions:
// - All paths live under `/agent/api`. On AWS, API Gateway's JWT authorizer (Cognito) guards
//   `/agent/{proxy+}`; locally the local gateway plays that part with a local key. Every route
//   but `POST /agent/api/local-signin` wants `Authorization: Bearer <agent token>`.
// - JSON in, JSON out. Errors: `{ error: { code, message, heldBy? } }` with a 4xx/5xx status;
//   a claim or write on a conversation another agent holds answers 409 with `heldBy`.
// - Times are ISO 8601 strings (UTC); durations are whole seconds.
// - A conversation's transcript is read incrementally: pass the `watermark` of the previous
//   answer to get only what came after it (same numbers as the Direct Line watermark).
import * as z from 'zod';
import { handoffContextSchema, probeSummarySchema } from '../../dialogs/contract';
import { clientIdSchema, localeSchema, symptomIdSchema, topicIdSchema } from '../knowledge/ids';
import type { OutageOverview } from '../outage/ports';

export const AGENT_API_PREFIX = '/agent/api';
/** Audience of agent tokens (locally issued ones; Cognito tokens carry the app client id). */
export const AGENT_TOKEN_AUDIENCE = 'postino-agent';

// ---- Shared pieces ----

export const conversationIdParamSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);

export const agentRefSchema = z.object({
  /** The agent's stable id (the token's `sub`). */
  agentId: z.string().min(1),
  /** Display name shown to customers and colleagues, e.g. "Giulia (Halnet)". */
  name: z.string().min(1),
});
export type AgentRef = z.infer<typeof agentRefSchema>;

export const agentProfileSchema = agentRefSchema.extend({
  email: z.string().optional(),
  /** Seen by the API in the last few minutes. */
  online: z.boolean(),
  lastSeenAt: z.string().optional(),
});
export type AgentProfile = z.infer<typeof agentProfileSchema>;

/** A contact the customer left for a call back (not a secret: agents need it). */
export const callbackContactSchema = z.object({
  kind: z.enum(['email', 'phone']),
  value: z.string().min(3).max(254),
  capturedAt: z.string(),
});
export type CallbackContact = z.infer<typeof callbackContactSchema>;

export const handoffStatusSchema = z.enum(['bot', 'queued', 'agent', 'closed']);
export type HandoffStatus = z.infer<typeof handoffStatusSchema>;

/** What the agent sees on top of a conversation: the dialog's diagnosis plus the queue facts. */
export const handoffBundleSchema = handoffContextSchema.extend({
  conversationId: z.string(),
  status: handoffStatusSchema,
  queuedAt: z.string().nullable(),
  /** Seconds from `queuedAt` until now (or until an agent claimed it). */
  waitingSeconds: z.number().int().nonnegative(),
  heldBy: agentRefSchema.nullable(),
  claimedAt: z.string().nullable(),
  callback: callbackContactSchema.nullable(),
  /** The worst probe verdict, for a one-glance badge (null when no probe ran). */
  probeVerdict: z.string().nullable(),
  /** `verified`: a test message proved the fix (issue 12). */
  resolution: z.enum(['verified']).nullable(),
});
export type HandoffBundle = z.infer<typeof handoffBundleSchema>;

/** One row of the queue listing. */
export const queueItemSchema = z.object({
  conversationId: z.string(),
  status: z.enum(['queued', 'agent']),
  queuedAt: z.string(),
  waitingSeconds: z.number().int().nonnegative(),
  locale: localeSchema,
  client: clientIdSchema.nullable(),
  symptom: symptomIdSchema.nullable(),
  reason: z.string(),
  probeVerdict: z.string().nullable(),
  heldBy: agentRefSchema.nullable(),
  callback: callbackContactSchema.nullable(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

/** A transcript entry: a stored Bot Framework activity (fields beyond these pass through). */
export const transcriptActivitySchema = z.looseObject({
  type: z.string(),
  id: z.string(),
  timestamp: z.string(),
  from: z
    .looseObject({ id: z.string(), name: z.string().optional(), role: z.string().optional() })
    .optional(),
  text: z.string().optional(),
  name: z.string().optional(),
  value: z.unknown().optional(),
  channelData: z.unknown().optional(),
});
export type TranscriptActivity = z.infer<typeof transcriptActivitySchema>;

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** On 409 for a held conversation: who holds it. */
    heldBy: agentRefSchema.optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

// ---- Requests ----

export const localSignInRequestSchema = z.object({
  username: z.string().min(1).max(128),
  password: z.string().min(1).max(256),
});
export type LocalSignInRequest = z.infer<typeof localSignInRequestSchema>;

export const transcriptQuerySchema = z.object({
  /** Only activities after this watermark; absent = the whole transcript. */
  watermark: z
    .string()
    .regex(/^\d{1,10}$/)
    .transform(Number)
    .optional(),
});

export const sendMessageRequestSchema = z.object({
  text: z.string().trim().min(1).max(4000),
  /** Makes a retried send idempotent (optional). */
  clientMessageId: z.string().min(1).max(100).optional(),
});
export type SendMessageRequest = z.input<typeof sendMessageRequestSchema>;

export const transferRequestSchema = z.object({ toAgentId: z.string().min(1).max(128) });
export type TransferRequest = z.infer<typeof transferRequestSchema>;

/** Release, close, claim and probe take no body (an empty JSON object is accepted). */
export const emptyRequestSchema = z.object({}).strict();

/** Outage mode (issue 12): an agent sets (true) or clears (false) the outage by hand. */
export const outageSetRequestSchema = z.object({ active: z.boolean() }).strict();
export type OutageSetRequest = z.infer<typeof outageSetRequestSchema>;

/** One message to every open conversation of the outage's group: an agent message's checks. */
export const outageBroadcastRequestSchema = z.object({ text: z.string().trim().min(1).max(2000) }).strict();
export type OutageBroadcastRequest = z.input<typeof outageBroadcastRequestSchema>;

// ---- Responses ----

export const localSignInResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  agent: agentRefSchema,
});
export type LocalSignInResponse = z.infer<typeof localSignInResponseSchema>;

export const meResponseSchema = z.object({ agent: agentRefSchema.extend({ email: z.string().optional() }) });
export type MeResponse = z.infer<typeof meResponseSchema>;

export const queueResponseSchema = z.object({
  now: z.string(),
  /** Waiting conversations, oldest first, then the ones agents hold (oldest first). */
  items: z.array(queueItemSchema),
  workingHours: z.object({ open: z.boolean(), description: z.string() }),
});
export type QueueResponse = z.infer<typeof queueResponseSchema>;

export const conversationResponseSchema = z.object({
  bundle: handoffBundleSchema,
  activities: z.array(transcriptActivitySchema),
  /** Pass back as `?watermark=` to get only newer activities; null when the transcript is empty. */
  watermark: z.number().int().nullable(),
});
export type ConversationResponse = z.infer<typeof conversationResponseSchema>;

/** Answer of claim, transfer, release and close: the bundle after the change. */
export const bundleResponseSchema = z.object({ bundle: handoffBundleSchema });
export type BundleResponse = z.infer<typeof bundleResponseSchema>;

export const sendMessageResponseSchema = z.object({ id: z.string(), timestamp: z.string() });
export type SendMessageResponse = z.infer<typeof sendMessageResponseSchema>;

export const probeResponseSchema = z.object({
  probe: probeSummarySchema.nullable(),
  error: z.string().optional(),
});
export type ProbeResponse = z.infer<typeof probeResponseSchema>;

export const cannedReplySchema = z.object({
  topic: topicIdSchema,
  title: z.string(),
  /** Ready to send as is (plain text with line breaks, the customer's language). */
  text: z.string(),
});
export type CannedReply = z.infer<typeof cannedReplySchema>;

export const cannedResponseSchema = z.object({
  locale: localeSchema,
  client: clientIdSchema.nullable(),
  symptom: symptomIdSchema.nullable(),
  replies: z.array(cannedReplySchema),
});
export type CannedResponse = z.infer<typeof cannedResponseSchema>;

/** The console's outage card: core/outage/ports.ts `OutageOverview` as a schema (`satisfies` keeps them one). */
export const outageOverviewSchema = z.object({
  active: z.boolean(),
  id: z.string().nullable(),
  since: z.string().nullable(),
  cause: z.enum(['detected', 'manual']).nullable(),
  setBy: z.string().nullable(),
  verdict: z.string().nullable(),
  affected: z.number().int().nonnegative(),
  waitingForHuman: z.number().int().nonnegative(),
  allClearsDelivered: z.number().int().nonnegative(),
  callbacks: z.array(
    z.object({ conversationId: z.string(), contact: callbackContactSchema, locale: localeSchema }),
  ),
  lastEnded: z.object({ id: z.string(), since: z.string(), endedAt: z.string() }).nullable(),
}) satisfies z.ZodType<OutageOverview>;
export type OutageOverviewResponse = OutageOverview;

export const outageBroadcastResponseSchema = z.object({ delivered: z.number().int().nonnegative() });
export type OutageBroadcastResponse = z.infer<typeof outageBroadcastResponseSchema>;

export const agentsResponseSchema = z.object({ agents: z.array(agentProfileSchema) });
export type AgentsResponse = z.infer<typeof agentsResponseSchema>;

export const dayMetricsSchema = z.object({
  /** `yyyy-mm-dd` (UTC) for a day; `last7` for the 7-day aggregate. */
  date: z.string(),
  conversations: z.number().int().nonnegative(),
  resolvedByBot: z.number().int().nonnegative(),
  /** resolvedByBot / conversations, 0-100, one decimal; null with no conversations. */
  resolvedByBotPct: z.number().nullable(),
  handedOff: z.number().int().nonnegative(),
  handedOffPct: z.number().nullable(),
  abandoned: z.number().int().nonnegative(),
  csatAverage: z.number().nullable(),
  csatCount: z.number().int().nonnegative(),
});
export type DayMetrics = z.infer<typeof dayMetricsSchema>;

export const metricsResponseSchema = z.object({
  today: dayMetricsSchema,
  last7Days: dayMetricsSchema,
  /** The 7 days one by one, oldest first (today last). */
  days: z.array(dayMetricsSchema),
});
export type MetricsResponse = z.infer<typeof metricsResponseSchema>;

// ---- The route table ----

export interface AgentRoute {
  method: 'GET' | 'POST' | 'PUT';
  /** `{id}` stands for a conversation id. */
  path: string;
  /** False only for the local sign-in. */
  auth: boolean;
}

export const AGENT_ROUTES = {
  localSignIn: { method: 'POST', path: '/agent/api/local-signin', auth: false },
  me: { method: 'GET', path: '/agent/api/me', auth: true },
  queue: { method: 'GET', path: '/agent/api/queue', auth: true },
  agents: { method: 'GET', path: '/agent/api/agents', auth: true },
  metrics: { method: 'GET', path: '/agent/api/metrics', auth: true },
  conversation: { method: 'GET', path: '/agent/api/conversations/{id}', auth: true },
  claim: { method: 'POST', path: '/agent/api/conversations/{id}/claim', auth: true },
  message: { method: 'POST', path: '/agent/api/conversations/{id}/messages', auth: true },
  probe: { method: 'POST', path: '/agent/api/conversations/{id}/probe', auth: true },
  transfer: { method: 'POST', path: '/agent/api/conversations/{id}/transfer', auth: true },
  release: { method: 'POST', path: '/agent/api/conversations/{id}/release', auth: true },
  close: { method: 'POST', path: '/agent/api/conversations/{id}/close', auth: true },
  canned: { method: 'GET', path: '/agent/api/conversations/{id}/canned', auth: true },
  // Outage mode (issue 12); absent where the deployment has no outage mode (404).
  outage: { method: 'GET', path: '/agent/api/outage', auth: true },
  outageSet: { method: 'PUT', path: '/agent/api/outage', auth: true },
  outageBroadcast: { method: 'POST', path: '/agent/api/outage/broadcast', auth: true },
} as const satisfies Record<string, AgentRoute>;
export type AgentRouteName = keyof typeof AGENT_ROUTES;

/** The concrete path of a route, e.g. `agentPath('claim', id)`. */
export function agentPath(route: AgentRouteName, conversationId?: string): string {
  const path: string = AGENT_ROUTES[route].path;
  return conversationId === undefined ? path : path.replace('{id}', encodeURIComponent(conversationId));
}

/** The answer type of each route, for typed fetch helpers in the console. */
export interface AgentResponses {
  localSignIn: LocalSignInResponse;
  me: MeResponse;
  queue: QueueResponse;
  agents: AgentsResponse;
  metrics: MetricsResponse;
  conversation: ConversationResponse;
  claim: BundleResponse;
  message: SendMessageResponse;
  probe: ProbeResponse;
  transfer: BundleResponse;
  release: BundleResponse;
  close: BundleResponse;
  canned: CannedResponse;
  outage: OutageOverviewResponse;
  outageSet: OutageOverviewResponse;
  outageBroadcast: OutageBroadcastResponse;
}
