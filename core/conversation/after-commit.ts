// What follows a turn once its record is safely written: the push to open streams, the META
// and queue changes, the daily counters, the queue notices (place in the queue, call-back
// offers), the test address of a verified resolution, and outage mode's joins and health
// checks (issue 12). Each is its own I/O after the one conditional write, so a lost race or a
// retry never performs them twice; the ones marked best effort never fail the customer's turn.
import type { DialogEvent, ProbeSummary } from '../../dialogs/contract';
import { dayOf, type StatsCounts } from '../handoff/ports';
import type { PublishedRecord } from '../ports/activity-publisher';
import type { ConversationHead } from '../ports/conversation-store';
import type { AppliedTurn } from './effects';
import type { BotTurnOptions, TurnRunnerDeps, TurnSummary } from './turn-types';

/** How the follow-ups tell the dialog something: the runner's own `dialogEvent`. */
export type BotEventSender = (
  conversationId: string,
  event: DialogEvent,
  options?: string | BotTurnOptions,
) => Promise<TurnSummary>;

export class AfterCommit {
  constructor(
    private readonly deps: TurnRunnerDeps,
    private readonly dialogEvent: BotEventSender,
  ) {}

  /** The record's queue, META and counter changes (inside the conversation's lock). */
  async applied(conversationId: string, applied: AppliedTurn, counts: Partial<StatsCounts>): Promise<void> {
    const updatedAt = new Date(this.deps.clock.now()).toISOString();
    if (applied.handoff) {
      await this.deps.handoff.enqueue({ conversationId, ...applied.handoff });
    }
    if (applied.meta) await this.deps.store.updateMeta(conversationId, { ...applied.meta, updatedAt });
    if (applied.cancel) await this.deps.handoff.cancel?.(conversationId, updatedAt);
    if (applied.callback) {
      await this.deps.handoff.setCallback?.(conversationId, { ...applied.callback, capturedAt: updatedAt });
    }
    await this.count(counts);
  }

  /**
   * The conversation joins its outage's group. Outside the conversation's lock: a join to an
   * outage that ended meanwhile sends this conversation's all-clear at once, through the runner.
   * Best effort: the customer already has the known-problem answer.
   */
  async outageJoins(conversationId: string, applied: AppliedTurn): Promise<void> {
    const { outage } = this.deps;
    if (!outage || !applied.outageJoins) return;
    for (const join of applied.outageJoins) {
      try {
        await outage.join(conversationId, applied.state.locale, join);
      } catch (error) {
        this.warn('conversation not added to the outage group', error, {
          conversationId,
          outageId: join.outageId,
        });
      }
    }
  }

  /** A turn's probe is a health check too (best effort: outage mode must not fail a turn). */
  async healthCheck(conversationId: string, summary: ProbeSummary | null): Promise<void> {
    if (!this.deps.outage || summary === null) return;
    try {
      await this.deps.outage.check(summary);
    } catch (error) {
      this.warn('probe result not counted as a health check', error, { conversationId });
    }
  }

  /** Pushes are best effort: the store has the record, a reconnect or a poll still gets it. */
  async publish(conversationId: string, record: PublishedRecord): Promise<void> {
    if (!this.deps.publisher) return;
    try {
      await this.deps.publisher.publish(conversationId, record);
    } catch (error) {
      this.warn('activities not pushed', error, { conversationId });
    }
  }

  /** Daily counters are best effort: a failure is logged, never fails the customer's turn. */
  async count(counts: Partial<StatsCounts>): Promise<void> {
    if (!this.deps.stats || Object.keys(counts).length === 0) return;
    try {
      await this.deps.stats.add(dayOf(this.deps.clock.now()), counts);
    } catch (error) {
      this.warn('daily counters not updated', error, {});
    }
  }

  /**
   * The claim timeout (issue 5), checked when something happens around a queued conversation
   * (the customer writes or polls, an agent lists the queue), since Lambda has no timer of
   * its own: past HANDOFF_CLAIM_TIMEOUT_S unclaimed, the customer is offered a call back,
   * once. True when the offer was made now.
   */
  async claimTimeout(conversationId: string, replyToId?: string): Promise<boolean> {
    const policy = this.deps.handoffPolicy;
    if (!policy) return false;
    const due = (head: ConversationHead | undefined) => {
      const handoff = head?.state.handoff;
      return (
        head?.state.status === 'queued' &&
        handoff !== undefined &&
        !handoff.callbackOffered &&
        this.deps.clock.now() - Date.parse(handoff.queuedAt) >= policy.claimTimeoutMs
      );
    };
    if (!due(await this.deps.store.head(conversationId))) return false;
    let offered = false;
    await this.dialogEvent(
      conversationId,
      { type: 'handoff.unavailable', reason: 'timeout', hours: '' },
      {
        replyToId,
        when: (head) => {
          offered = due(head);
          return offered;
        },
        patch: (state) => ({
          ...state,
          ...(state.handoff ? { handoff: { ...state.handoff, callbackOffered: true, timedOut: true } } : {}),
        }),
      },
    );
    if (offered) await this.count({ abandoned: 1 });
    return offered;
  }

  /** Tells a newly queued customer their place, or that agents are off duty (call back). */
  async announceQueue(conversationId: string, queuedAt: string, replyToId: string): Promise<void> {
    const policy = this.deps.handoffPolicy;
    if (!policy) return;
    const stillQueued = (head: ConversationHead) => head.state.status === 'queued';
    if (policy.hours && !policy.hours.isOpen(this.deps.clock.now())) {
      const head = await this.deps.store.head(conversationId);
      const hours = policy.hours.describe(head?.state.locale ?? 'it');
      await this.dialogEvent(
        conversationId,
        { type: 'handoff.unavailable', reason: 'out-of-hours', hours },
        {
          replyToId,
          when: stillQueued,
          patch: (state) => ({
            ...state,
            ...(state.handoff ? { handoff: { ...state.handoff, callbackOffered: true } } : {}),
          }),
        },
      );
      return;
    }
    if (!this.deps.handoff.position) return;
    const position = await this.deps.handoff.position(conversationId, queuedAt);
    await this.dialogEvent(
      conversationId,
      { type: 'handoff.queued', position },
      { replyToId, when: stillQueued },
    );
  }

  /** A test address for the conversation, told to the customer by the dialog (`verify.ready`). */
  async issueTestAddress(conversationId: string, replyToId: string): Promise<void> {
    if (!this.deps.verify) {
      await this.dialogEvent(conversationId, { type: 'verify.unavailable' }, replyToId);
      return;
    }
    const ready = await this.deps.verify.start(conversationId);
    await this.dialogEvent(conversationId, { type: 'verify.ready', ...ready }, replyToId);
  }

  private warn(message: string, error: unknown, details: Record<string, unknown>): void {
    this.deps.onWarning?.(message, {
      ...details,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
