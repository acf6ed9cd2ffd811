// The ports of outage mode (issue 12): where the outage record and its affected
// conversations are kept (DynamoDB on AWS and locally through dynalite, memory in unit tests).
import type { ProbeSummary } from '../../dialogs/contract';
import type { Locale } from '../knowledge/ids';
import type { CallbackContact } from '../ports/handoff-queue';
import type { OutageChange, OutageRecord } from './outage-record';

/** A conversation that got the known-problem answer during an outage. */
export interface AffectedConversation {
  conversationId: string;
  locale: Locale;
  joinedAt: string;
  /** The customer asked for a person: they wait in the outage group, not in the queue. */
  wantsHuman: boolean;
  /** Left for a call back once the server is back ("leave an e-mail"). */
  callback: CallbackContact | null;
  /** The all-clear reached this conversation (set once, after it was stored). */
  allClearAt: string | null;
}

/** The order `OutageStore.affected` lists a group in: by `joinedAt`, then by conversation id. */
export function oldestFirst(a: AffectedConversation, b: AffectedConversation): number {
  if (a.joinedAt !== b.joinedAt) return a.joinedAt < b.joinedAt ? -1 : 1;
  return a.conversationId < b.conversationId ? -1 : a.conversationId > b.conversationId ? 1 : 0;
}

export interface OutageStore {
  /** The record; `NO_OUTAGE` (version 0) when never written. */
  read(): Promise<OutageRecord>;
  /** Conditional on the stored version being `expectedVersion`; writes `version + 1`. False on a lost race. */
  write(record: OutageRecord, expectedVersion: number): Promise<boolean>;
  /**
   * Idempotent per (outage, conversation): a second join merges `wantsHuman`/`callback`, keeps
   * `joinedAt`. True when this call added the conversation to the group (counted once).
   */
  join(outageId: string, entry: AffectedConversation): Promise<boolean>;
  /** Conditional on `allClearAt` being unset: true for the one caller that marked it. */
  markAllClear(outageId: string, conversationId: string, at: string): Promise<boolean>;
  /** Every affected conversation of an outage, oldest first (the group can be large: paginated inside). */
  affected(outageId: string): Promise<AffectedConversation[]>;
}

/** What the widget shows before the chat starts (public, cacheable for a short while). */
export interface PublicOutageStatus {
  outage: boolean;
  since: string | null;
}

/** The console's outage card: the outage (or the last ended one) and its group. */
export interface OutageOverview {
  active: boolean;
  id: string | null;
  since: string | null;
  cause: 'detected' | 'manual' | null;
  setBy: string | null;
  verdict: string | null;
  /** Counts over the current outage's group, or the last ended outage's when none is active. */
  affected: number;
  waitingForHuman: number;
  allClearsDelivered: number;
  /** The call-back list: contacts left in the group (after the end: the agents' to-do list). */
  callbacks: Array<{ conversationId: string; contact: CallbackContact; locale: Locale }>;
  lastEnded: { id: string; since: string; endedAt: string } | null;
}

/**
 * Outage mode as the agents' API, the widget's status route and the health schedule use it
 * (implemented by `OutageService`, outage-service.ts).
 */
export interface OutageControl {
  /** For the widget's banner; cached for a few seconds so a crowd of widgets costs one read. */
  status(): Promise<PublicOutageStatus>;
  /** For the console's outage card. */
  overview(): Promise<OutageOverview>;
  /** An agent or ops set (true) or clear (false) the outage by hand; clearing sends the all-clears. */
  setByHand(active: boolean, agent: { id: string; name: string }): Promise<OutageOverview>;
  /** One agent message to every open conversation of the current outage's group. */
  broadcast(text: string, agent: { id: string; name: string }): Promise<{ delivered: number }>;
  /**
   * One health check (the scheduled probe, or a customer turn's): counts it, and opens or
   * clears a detected outage; a clear sends the all-clears. `null`: the probe could not run
   * (not counted: that is Postino's problem, not the server's).
   */
  check(summary: ProbeSummary | null): Promise<OutageChange>;
}
