// The turn runner's contract: the ports it is built from, what its callers get back, and the
// per-turn summary the channel turns into metrics. Kept apart from the runner so callers and
// composition roots import the shapes without the machinery.
import type { DialogEffect, OutageNotice, ProbeSummary } from '../../dialogs/contract';
import type { HandoffPolicy } from '../handoff/handoff-policy';
import type { DailyStats } from '../handoff/ports';
import type { TurnInsights } from '../insights/turn-insights';
import type { Locale } from '../knowledge/ids';
import type { ActivityPublisher } from '../ports/activity-publisher';
import type { Clock } from '../ports/clock';
import type {
  ConversationHead,
  ConversationState,
  ConversationStore,
  StoredActivity,
} from '../ports/conversation-store';
import type { DialogRunner } from '../ports/dialog-runner';
import type { HandoffQueue } from '../ports/handoff-queue';
import type { ProbeClient } from '../ports/probe-client';

export interface TurnRunnerDeps {
  store: ConversationStore;
  dialog: DialogRunner;
  probe: ProbeClient;
  handoff: HandoffQueue;
  clock: Clock;
  /** Attempts per record before giving up with `Conflict` (default 12). */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Told about probe failures and other things worth a log line; never given secrets. */
  onWarning?: (message: string, details: Record<string, unknown>) => void;
  /** Working hours and claim timeout (issue 5); absent: no queue notices, no call-back offers. */
  handoffPolicy?: HandoffPolicy;
  /** Daily counters for the agents' console (issue 5); absent: none kept. */
  stats?: DailyStats;
  /** Issue 10: told about every appended record, for the customers' open streams. */
  publisher?: ActivityPublisher;
  /** Analytics aggregates and the review list of messages the bot missed; absent: none kept. */
  insights?: TurnInsights;
  /** Issues test addresses for a verified resolution (issue 12); absent: the test is not offered an address. */
  verify?: { start(conversationId: string): Promise<{ address: string; expiresInMinutes: number }> };
  /** Outage mode (issue 12; `OutageService` provides it); absent: no outage is ever known. */
  outage?: TurnOutage;
}

/** What a turn needs of outage mode: a narrow port, so the runner knows nothing of its store. */
export interface TurnOutage {
  /** The outage in progress, passed with every transition: must be cheap (cached). */
  current(): Promise<OutageNotice | null>;
  /** After the commit of a turn whose dialog emitted `outage-join`. */
  join(conversationId: string, locale: Locale, effect: OutageJoin): Promise<void>;
  /** Every turn probe's summary counts as a health check (best effort, after the commit). */
  check(summary: ProbeSummary | null): Promise<unknown>;
}

export type OutageJoin = Extract<DialogEffect, { type: 'outage-join' }>;

/** Extra activities a non-customer turn stores after the dialog's (e.g. `handoff.status`). */
export type ExtraActivities = (base: () => ActivityBase) => StoredActivity[];
export interface ActivityBase {
  conversationId: string;
  id: string;
  timestamp: string;
  userId: string;
  replyToId?: string | undefined;
}

/** How a non-customer turn changes the conversation's state besides the dialog snapshot. */
export interface BotTurnOptions {
  replyToId?: string | undefined;
  patch?: (state: ConversationState) => ConversationState;
  extra?: ExtraActivities;
  /** Checked on the fresh head before the transition: false = write nothing. */
  when?: (head: ConversationHead) => boolean;
  /** The customer activity whose probe answer this turn stores (clears or renews `probePending`). */
  probeFor?: string;
}

export interface TurnResult {
  /** The server id of the customer's activity. */
  id: string;
  /** True when this was a retry of an activity already stored (nothing new happened). */
  replayed: boolean;
  /** What the turn did, for metrics. */
  summary: TurnSummary;
}

export interface TurnSummary {
  replies: number;
  probed: boolean;
  /** The probe was asked for but could not run (the dialog was told: summary null). */
  probeFailed: boolean;
  /** The conversation was handed off for the first time (distinct conversations, as counted). */
  handedOff: boolean;
  /** The bot resolved the conversation for the first time (a second resolution is not counted). */
  resolvedByBot?: boolean;
  outcomes: string[];
  /** The satisfaction rating given in this turn, 1-5. */
  rating?: number;
  redacted: boolean;
  /** A queued customer gave up (went back to the bot) or nobody claimed in time. */
  abandoned?: boolean;
}

/** A turn that did nothing yet: what a turn starts from, and what a quiet poll reports. */
export function emptyTurnSummary(): TurnSummary {
  return { replies: 0, probed: false, probeFailed: false, handedOff: false, outcomes: [], redacted: false };
}

/**
 * A retry is recognised while its original is among the conversation's last 64 customer
 * activities: Web Chat sends one at a time and retries within seconds, so that is ample.
 */
