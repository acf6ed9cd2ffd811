// The ports of the agents' side (issue 5): the handoff board (the META view of conversations
// as agents see and change it: queue, claim, transfer, release, with conditional writes), the
// directory of agents (for transfers) and the daily counters behind the console's metrics.
import type { HandoffContext } from '../../dialogs/contract';
import type { Locale } from '../knowledge/ids';
import type { CallbackContact } from '../ports/handoff-queue';
import type { AgentProfile, AgentRef, HandoffStatus } from './agent-api';

/** A conversation as the agents' side knows it (its META item). */
export interface HandoffRecord {
  conversationId: string;
  status: HandoffStatus;
  locale: Locale;
  queuedAt: string | null;
  context: HandoffContext | null;
  heldBy: AgentRef | null;
  claimedAt: string | null;
  callback: CallbackContact | null;
  /** `verified`: a test message proved the fix (issue 12); null otherwise. */
  resolution?: 'verified' | null;
}

export type HoldResult =
  | { ok: true; record: HandoffRecord }
  /** The condition failed: the record as it is now (who holds it, if anyone). */
  | { ok: false; record: HandoffRecord | undefined };

export interface HandoffBoard {
  /** Queued conversations and those agents hold, each oldest first (two index queries). */
  list(): Promise<HandoffRecord[]>;
  get(conversationId: string): Promise<HandoffRecord | undefined>;
  /** Conditional: succeeds only while the conversation is queued, or already held by `agent`. */
  claim(conversationId: string, agent: AgentRef, at: string): Promise<HoldResult>;
  /** Conditional on `fromAgentId` holding it. */
  transfer(conversationId: string, fromAgentId: string, to: AgentRef, at: string): Promise<HoldResult>;
  /** Conditional on `agentId` holding it: ends the hold (hand back: `bot`; close: `closed`). */
  release(conversationId: string, agentId: string, status: 'bot' | 'closed', at: string): Promise<HoldResult>;
}

export interface AgentDirectory {
  /** Records that the agent used the API now (display name and email as the token says). */
  touch(agent: AgentRef & { email?: string }, at: string): Promise<void>;
  list(now: number): Promise<AgentProfile[]>;
  get(agentId: string): Promise<(AgentRef & { email?: string }) | undefined>;
}

export interface StatsCounts {
  conversations: number;
  resolvedByBot: number;
  handedOff: number;
  abandoned: number;
  csatSum: number;
  csatCount: number;
}

export const NO_COUNTS: StatsCounts = {
  conversations: 0,
  resolvedByBot: 0,
  handedOff: 0,
  abandoned: 0,
  csatSum: 0,
  csatCount: 0,
};

export interface DailyStats {
  /** Atomically adds to the counters of `day` (`yyyy-mm-dd`, UTC). */
  add(day: string, counts: Partial<StatsCounts>): Promise<void>;
  /** The counters of each day asked for (missing days are all zero), in one round trip. */
  read(days: string[]): Promise<Map<string, StatsCounts>>;
}

export function dayOf(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
