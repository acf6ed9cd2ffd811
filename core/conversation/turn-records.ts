// The records a turn appends, as pure data and functions: what a built record holds, the ids
// and timestamps of its activities, the daily counts it adds (distinct conversations), the
// newest timestamp it stores, and the retry backoff. The turn runner does the I/O around them.
import type { StatsCounts } from '../handoff/ports';
import type { ConversationHead, ConversationState, StoredActivity } from '../ports/conversation-store';
import { activityId } from './activity-factory';
import type { AppliedTurn } from './effects';
import type { ActivityBase, TurnSummary } from './turn-types';

/** A record ready to append. */
export interface Built {
  kind: 'record';
  userActivityId: string;
  redacted: boolean;
  applied: AppliedTurn;
  record: { activities: AppliedTurn['activities']; state: AppliedTurn['state'] };
  /** The daily counts of this record, set by `commit` (what `countsOf` found new). */
  counts?: Partial<StatsCounts>;
}

/** The activity was stored by an earlier attempt of the client: nothing to append. */
export interface Replay {
  kind: 'replay';
  replayedId: string;
  /** The replayed activity's probe answer was never stored: the retry must run it. */
  pendingProbe?: boolean;
}

/** Nothing to append (a follow-up whose condition no longer holds). */
export const NOTHING: Replay = { kind: 'replay', replayedId: '' };

/** Ids and timestamps for activities appended after `activities` in a record at `head.next`. */
export function baseFor(
  head: ConversationHead,
  activities: StoredActivity[],
  now: number,
  replyToId?: string,
): () => ActivityBase {
  let extra = 0;
  return () => {
    const offset = activities.length + extra++;
    return {
      conversationId: head.conversationId,
      id: activityId(head.conversationId, head.next + offset),
      timestamp: new Date(now + offset).toISOString(),
      userId: head.state.userId,
      replyToId,
    };
  };
}

/**
 * The turn's daily counts, and the state marking what was counted. Handed off and resolved by
 * the bot count distinct conversations (once each, on the day it first happens): the console
 * shows them as percentages of the conversations, and a conversation handed off twice (or
 * resolved, reopened with a new problem and resolved again) is still one conversation.
 */
export function countsOf(
  applied: AppliedTurn,
  state: ConversationState,
  day: string,
): { counts: Partial<StatsCounts>; counted: ConversationState } {
  const counts: Partial<StatsCounts> = {};
  const counted = { ...state.counted };
  if (applied.started) counts.conversations = 1;
  if (applied.outcomes.includes('resolved') && counted.resolvedByBot === undefined) {
    counts.resolvedByBot = 1;
    counted.resolvedByBot = day;
  }
  if (applied.handoff && applied.newHandoff && counted.handedOff === undefined) {
    counts.handedOff = 1;
    counted.handedOff = day;
  }
  if (applied.cancel?.wasQueued) counts.abandoned = 1;
  if (applied.meta?.rating !== undefined) {
    counts.csatSum = applied.meta.rating;
    counts.csatCount = 1;
  }
  const changed = counts.resolvedByBot !== undefined || counts.handedOff !== undefined;
  return { counts, counted: changed ? { ...state, counted } : state };
}

/**
 * The time a record's first activity is stamped with: now, or a millisecond after the newest
 * stored activity when the clock has not moved past it (turns within the same millisecond,
 * or a clock that stepped back), so timestamps strictly increase with the ids.
 */
export function stampFrom(now: number, head: ConversationHead): number {
  const last = head.state.lastStamp;
  return last !== undefined && now <= last ? last + 1 : now;
}

/** The state with `lastStamp` moved to the newest timestamp the record stores. */
export function withLastStamp(
  state: ConversationState,
  head: ConversationHead,
  activities: StoredActivity[],
): ConversationState {
  let last = head.state.lastStamp;
  for (const activity of activities) {
    const stamp = Date.parse(activity.timestamp);
    if (Number.isFinite(stamp) && (last === undefined || stamp > last)) last = stamp;
  }
  return last === undefined ? state : { ...state, lastStamp: last };
}

export function merge(summary: TurnSummary, { applied, counts }: Built): void {
  summary.abandoned ||= applied.cancel?.wasQueued === true;
  summary.replies += applied.replies;
  summary.handedOff ||= counts?.handedOff === 1;
  summary.resolvedByBot ||= counts?.resolvedByBot === 1;
  summary.outcomes.push(...applied.outcomes);
  if (applied.meta?.rating !== undefined) summary.rating = applied.meta.rating;
}

export function backoffMs(attempt: number): number {
  const ceiling = Math.min(200, 2 * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
