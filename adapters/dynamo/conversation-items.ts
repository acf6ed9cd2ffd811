// The item layout of conversations in Postino's table (README "Data"), shared by the store, the
// handoff queue and the agents' side: key builders and the zod codecs of persisted attributes.
//   CONV#<id> / ACT#<position, 10 digits>: one turn record: `acts` (JSON array of activities),
//     `st` (JSON conversation state: dialog snapshot, locale, recent clientActivityIDs, status),
//     `next` (position of the following record), `ttl`.
//   CONV#<id> / META: status, locale, userId, createdAt, updatedAt, outcome, rating, queue fields
//     (queuedAt, handoff, GSI1PK `QUEUE#queued`, GSI1SK `<queuedAt>`), `ttl`.
import * as z from 'zod';
import { localeSchema } from '../../core/knowledge/ids';
import type { ConversationState, StoredActivity } from '../../core/ports/conversation-store';

export const RECORD_PREFIX = 'ACT#';
export const META_SK = 'META';
export const QUEUED_PARTITION = 'QUEUE#queued';
const POSITION_DIGITS = 10;

export const conversationPk = (conversationId: string): string => `CONV#${conversationId}`;
export const recordSk = (position: number): string =>
  `${RECORD_PREFIX}${String(position).padStart(POSITION_DIGITS, '0')}`;
export const positionOf = (sk: string): number => Number(sk.slice(RECORD_PREFIX.length));
/** Sorts after every record key: the upper bound of record range queries. */
export const RECORD_SK_END = `${RECORD_PREFIX}~`;

export const conversationStateSchema = z.object({
  userId: z.string().min(1),
  locale: localeSchema,
  createdAt: z.string(),
  status: z.enum(['bot', 'queued', 'agent', 'closed']),
  snapshot: z.unknown().optional(),
  recent: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
  handoff: z
    .object({
      queuedAt: z.string(),
      callbackOffered: z.boolean().optional(),
      timedOut: z.boolean().optional(),
      agent: z.object({ agentId: z.string(), name: z.string() }).optional(),
    })
    .optional(),
  counted: z
    .object({
      handedOff: z.string().optional(),
      resolvedByBot: z.string().optional(),
      // The day the first answer was measured for the analytics (core/insights).
      answered: z.string().optional(),
      verified: z.string().optional(),
    })
    .optional(),
  probePending: z.string().optional(),
  lastStamp: z.number().optional(),
  outage: z.object({ id: z.string(), joinedAt: z.string(), allClearAt: z.string().optional() }).optional(),
});

const storedActivitySchema = z.looseObject({ type: z.string(), id: z.string(), timestamp: z.string() });
const storedActivitiesSchema = z.array(storedActivitySchema);

export function encodeState(state: ConversationState): string {
  return JSON.stringify(state);
}

export function decodeState(json: unknown): ConversationState {
  return conversationStateSchema.parse(JSON.parse(String(json))) as ConversationState;
}

export function encodeActivities(activities: StoredActivity[]): string {
  return JSON.stringify(activities);
}

export function decodeActivities(json: unknown): StoredActivity[] {
  return storedActivitiesSchema.parse(JSON.parse(String(json))) as StoredActivity[];
}

/** Epoch seconds after which an item is past retention. */
export function ttlFor(nowMs: number, retentionDays: number): number {
  return Math.floor(nowMs / 1000) + Math.round(retentionDays * 86_400);
}

export function isExpired(ttl: unknown, nowMs: number): boolean {
  return typeof ttl === 'number' && ttl * 1000 <= nowMs;
}
