// What a committed turn tells the analytics and the review list. `prepare` runs before the
// turn's write and marks in the conversation's state that its first answer was measured (so
// the time to answer is counted once per conversation, in the same conditional write as the
// turn); `record` runs after the write and is best effort: a failure is logged, never fails
// the customer's turn.
import type { DialogEffect } from '../../dialogs/contract';
import { dayOf } from '../handoff/ports';
import type { Clock } from '../ports/clock';
import type { ConversationState, StoredActivity } from '../ports/conversation-store';
import { answersIn, countersOf, type TurnFacts, verifiedIn } from './analytics-counters';
import type { AnalyticsStore } from './ports';
import type { ReviewStore } from './review-entry';
import { redactForReview } from './review-redaction';

/** The `not-understood` effect as the turn saw it, with the customer's (already redacted) text. */
export type NotUnderstood = Extract<DialogEffect, { type: 'not-understood' }> & { text: string };

export interface TurnOutcome {
  conversationId: string;
  before: ConversationState;
  /** The state the turn is about to write (its `counted` may be marked here). */
  after: ConversationState;
  activities: StoredActivity[];
  rating?: number | undefined;
  notUnderstood?: NotUnderstood | undefined;
}

export interface PreparedInsights {
  state: ConversationState;
  facts: TurnFacts;
  notUnderstood?: NotUnderstood | undefined;
  locale: ConversationState['locale'];
}

export class TurnInsights {
  constructor(
    private readonly deps: {
      clock: Clock;
      analytics?: AnalyticsStore;
      review?: ReviewStore;
      onWarning?: (message: string, details: Record<string, unknown>) => void;
    },
  ) {}

  prepare(turn: TurnOutcome): PreparedInsights {
    const now = this.deps.clock.now();
    const replies = turn.activities.filter(
      (activity) => (activity.from as { role?: string } | undefined)?.role === 'bot',
    );
    const facts: TurnFacts = { replies };
    let state = turn.after;
    if (turn.after.counted?.answered === undefined && answersIn(replies)) {
      facts.firstAnswerAfterS = Math.max(0, (now - Date.parse(turn.after.createdAt)) / 1000);
      state = { ...state, counted: { ...state.counted, answered: dayOf(now) } };
    }
    // A resolution kind of its own, counted once per conversation like the first answer.
    if (state.counted?.verified === undefined && verifiedIn(replies)) {
      facts.verified = true;
      state = { ...state, counted: { ...state.counted, verified: dayOf(now) } };
    }
    const claimed = turn.after.handoff?.agent !== undefined && turn.before.handoff?.agent === undefined;
    if (claimed && turn.after.handoff) {
      facts.claimedAfterS = Math.max(0, (now - Date.parse(turn.after.handoff.queuedAt)) / 1000);
    }
    if (turn.rating !== undefined) facts.rating = turn.rating;
    if (turn.notUnderstood) facts.notUnderstood = true;
    return { state, facts, notUnderstood: turn.notUnderstood, locale: turn.after.locale };
  }

  async record(conversationId: string, prepared: PreparedInsights): Promise<void> {
    const now = this.deps.clock.now();
    const day = dayOf(now);
    try {
      const counters = countersOf(prepared.facts);
      if (this.deps.analytics && Object.keys(counters).length > 0)
        await this.deps.analytics.add(day, counters);
      const missed = prepared.notUnderstood;
      const text = missed ? redactForReview(missed.text) : '';
      if (this.deps.review && missed && text !== '') {
        await this.deps.review.file({
          id: `${now.toString(36)}-${conversationId.slice(0, 12).replace(/[^A-Za-z0-9_-]/g, '')}`,
          day,
          at: new Date(now).toISOString(),
          text,
          locale: prepared.locale,
          state: missed.state,
          client: missed.client,
          symptom: missed.symptom,
        });
      }
    } catch (error) {
      this.deps.onWarning?.('analytics or review list not updated', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
