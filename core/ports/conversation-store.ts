// Where conversations live. A conversation is an append-only list of turn records; the newest
// record carries the conversation's current state (dialog snapshot, locale, idempotency ids), so
// appending a record is the one atomic write of a turn, and appending at a position someone else
// already took is how concurrent turns notice each other (optimistic concurrency without a
// version attribute). META (status, queue, outcome) is a separate, rarely written view for the
// agents' side.
import type { HandoffContext } from '../../dialogs/contract';
import type { Locale } from '../knowledge/ids';

export type ConversationStatus = 'bot' | 'queued' | 'agent' | 'closed';

/** A Bot Framework activity as stored and served; the server sets id, timestamp and from. */
export interface StoredActivity {
  type: string;
  id: string;
  timestamp: string;
  [field: string]: unknown;
}

export interface ConversationState {
  /** The `user` claim of the conversation's tokens (`dl_...`). */
  userId: string;
  locale: Locale;
  createdAt: string;
  status: ConversationStatus;
  /** The dialog's snapshot (plain JSON); absent before the first turn. */
  snapshot?: unknown;
  /** The latest user activities' [clientActivityID, sequence number], newest last: makes POST retries idempotent. */
  recent: Array<[string, number]>;
  /** Set once the conversation asked for a human (issue 5): what the turns need to know of it. */
  handoff?: HandoffState;
  /**
   * The UTC day the conversation was counted as handed off / resolved by the bot in the daily
   * counters: each is counted once per conversation, so a second handoff or a second
   * resolution (after a new problem) does not push the console's percentages past 100.
   */
  counted?: { handedOff?: string; resolvedByBot?: string; answered?: string; verified?: string };
  /**
   * The id of the customer activity whose probe answer is not stored yet: set in the record
   * that asks for the probe, cleared by the record with its answer. A retry of that activity
   * (the store failed while the probe ran) runs the probe again instead of replaying.
   */
  probePending?: string;
  /**
   * Epoch ms of the newest stored activity's timestamp: the next record is stamped after it,
   * so clients that order by timestamp keep the order of the ids.
   */
  lastStamp?: number;
  /**
   * Outage mode (issue 12): the outage this conversation was told about (set in the record of
   * the known-problem answer) and when its all-clear was stored (set in the all-clear's own
   * record): the conversation's conditional write makes that all-clear happen once.
   */
  outage?: { id: string; joinedAt: string; allClearAt?: string };
}

export interface HandoffState {
  queuedAt: string;
  /** A call back was offered (out of hours or claim timeout): offered once only. */
  callbackOffered?: boolean;
  /** Nobody claimed it within the claim timeout (counted as abandoned once). */
  timedOut?: boolean;
  /** The agent holding the conversation, while one does. */
  agent?: { agentId: string; name: string };
}

export interface ConversationHead {
  conversationId: string;
  /** Position of the newest record (also the watermark that covers it). */
  position: number;
  /** Where the next record goes: `position` + its activity count (at least 1). */
  next: number;
  state: ConversationState;
}

/** What one turn writes: its activities (ids already assigned from the position) and the state after it. */
export interface TurnRecord {
  activities: StoredActivity[];
  state: ConversationState;
}

/** Activities of the records after a watermark; `watermark` is the newest record's position. */
export interface ActivityPage {
  activities: StoredActivity[];
  watermark: number;
}

/** Fields of the META view; absent fields are left as they are. */
export interface MetaPatch {
  status?: ConversationStatus;
  locale?: Locale;
  outcome?: 'resolved' | 'not-resolved';
  /** How the fix was resolved, when a test message proved it (issue 12). */
  resolution?: 'verified';
  rating?: number;
  updatedAt: string;
}

export interface ConversationStore {
  /** Creates the conversation (first record at position 0 + META); false when it already exists. */
  create(conversationId: string, state: ConversationState): Promise<boolean>;
  /**
   * The newest record's state, or undefined when the conversation is unknown or past retention.
   * `fresh` asks a caching decorator to read through (stores themselves are always fresh).
   */
  head(conversationId: string, options?: { fresh?: boolean }): Promise<ConversationHead | undefined>;
  /**
   * Appends a record at `at` (the head's `next`) in one write. Returns the new head, or
   * undefined when a record already occupies `at` (another turn won: reload and retry).
   */
  append(conversationId: string, at: number, record: TurnRecord): Promise<ConversationHead | undefined>;
  /**
   * The activities of the records after position `watermark` (all when undefined); undefined
   * when there is no such record (nothing new, or no such conversation: ask `head`).
   */
  activitiesAfter(conversationId: string, watermark: number | undefined): Promise<ActivityPage | undefined>;
  /** Updates the META view (idempotent). */
  updateMeta(conversationId: string, patch: MetaPatch): Promise<void>;
}

/** A conversation waiting for an agent, as the agents' queue lists it. */
export interface HandoffRequest {
  conversationId: string;
  queuedAt: string;
  context: HandoffContext;
  /** The id of the stored `handoff.initiate` event activity. */
  activityId: string;
}
