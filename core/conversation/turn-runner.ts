// Runs one customer turn: load the conversation's head, let the dialog transition, turn its
// effects into one record (the customer's activity, replies, typing, handoff event) and append
// it in one conditional write; on a lost race reload and transition again, so no transition is
// lost or applied twice. A probe effect is run after the first record is stored (the customer
// sees the typing indicator meanwhile) and its result is a second transition of its own.
// Each transition hears of an outage in progress (issue 12); after-commit.ts does what follows.
import type { DialogEvent, DialogTurnResult, OutageNotice, ProbeSummary } from '../../dialogs/contract';
import { PostinoError } from '../errors';
import { concernsAgents } from '../handoff/agent-connection-feed';
import { dayOf } from '../handoff/ports';
import type { ConversationHead, ConversationState, StoredActivity } from '../ports/conversation-store';
import { activityId, clientActivityIdOf, type UserActivityInput, userActivity } from './activity-factory';
import { AfterCommit } from './after-commit';
import { dialogEventFor } from './dialog-events';
import { applyEffects } from './effects';
import { KeyedMutex } from './keyed-mutex';
import { redactedInput, secretIn } from './redaction';
import {
  type Built,
  backoffMs,
  baseFor,
  countsOf,
  merge,
  NOTHING,
  type Replay,
  stampFrom,
  withLastStamp,
} from './turn-records';
import {
  type ActivityBase,
  type BotTurnOptions,
  emptyTurnSummary,
  type TurnResult,
  type TurnRunnerDeps,
  type TurnSummary,
} from './turn-types';

export {
  type ActivityBase,
  type BotTurnOptions,
  type ExtraActivities,
  emptyTurnSummary,
  type TurnResult,
  type TurnRunnerDeps,
  type TurnSummary,
} from './turn-types';

const RECENT_IDS = 64;
/** Activity types acknowledged but neither stored nor shown to the dialog. */
const UNSTORED_TYPES = new Set(['typing']);

export class TurnRunner {
  private readonly locks = new KeyedMutex();
  private readonly maxAttempts: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly after: AfterCommit;

  constructor(private readonly deps: TurnRunnerDeps) {
    this.maxAttempts = deps.maxAttempts ?? 12;
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.after = new AfterCommit(deps, (id, event, options) => this.dialogEvent(id, event, options));
  }

  async userActivity(conversationId: string, input: UserActivityInput): Promise<TurnResult> {
    const summary = emptyTurnSummary();
    if (UNSTORED_TYPES.has(input.type)) {
      return { id: `${conversationId}|${input.type}-${this.deps.clock.now()}`, replayed: false, summary };
    }
    const first = await this.locked(conversationId, (head) => this.userTurn(head, input));
    if (first.kind === 'replay') {
      // The original stored the customer's activity but not the probe's answer (the store
      // failed meanwhile): this retry finishes the turn.
      if (first.pendingProbe) await this.probeRounds(conversationId, first.replayedId, summary);
      return { id: first.replayedId, replayed: true, summary };
    }
    merge(summary, first);
    summary.redacted = first.redacted;
    if (first.applied.handoff && first.applied.newHandoff) {
      await this.after.announceQueue(conversationId, first.applied.handoff.queuedAt, first.userActivityId);
    } else if (await this.claimTimeout(conversationId, first.userActivityId)) {
      summary.abandoned = true;
    }
    if (first.applied.probe) await this.probeRounds(conversationId, first.userActivityId, summary);
    if (first.applied.verify) await this.after.issueTestAddress(conversationId, first.userActivityId);
    return { id: first.userActivityId, replayed: false, summary };
  }

  /**
   * Runs the probe the customer's activity `userActivityId` asked for and stores its answer,
   * only while the head still says that answer is pending: a retry racing the original (or
   * another retry) runs the probe too, but the answer is stored once.
   */
  private async probeRounds(
    conversationId: string,
    userActivityId: string,
    summary: TurnSummary,
  ): Promise<void> {
    let probeRequested = true;
    // The dialog may ask for another probe after a result; bounded so a dialog bug cannot loop.
    for (let round = 0; probeRequested && round < 2; round++) {
      summary.probed = true;
      const probeSummary = await this.runProbe(conversationId);
      summary.probeFailed ||= probeSummary === null;
      const next = await this.locked(
        conversationId,
        async (head): Promise<Built | Replay> =>
          head.state.probePending === userActivityId
            ? this.botTurn(
                head,
                { type: 'probe.result', summary: probeSummary },
                { replyToId: userActivityId, probeFor: userActivityId },
              )
            : NOTHING,
      );
      await this.after.healthCheck(conversationId, probeSummary);
      if (next.kind !== 'record') return;
      merge(summary, next);
      probeRequested = next.applied.probe;
    }
  }

  /**
   * A dialog event that does not come from the customer (e.g. `agent.joined`, `agent.returned`
   * from the agents' side): one transition, its replies and effects stored like a turn's.
   */
  async dialogEvent(
    conversationId: string,
    event: DialogEvent,
    replyToIdOrOptions?: string | BotTurnOptions,
  ): Promise<TurnSummary> {
    const options =
      typeof replyToIdOrOptions === 'string' ? { replyToId: replyToIdOrOptions } : (replyToIdOrOptions ?? {});
    const built = await this.locked(
      conversationId,
      async (head): Promise<Built | Replay> =>
        options.when && !options.when(head) ? NOTHING : this.botTurn(head, event, options),
    );
    const summary = emptyTurnSummary();
    if (built.kind === 'record') merge(summary, built);
    return summary;
  }

  /**
   * Stores activities that are not the dialog's (an agent's message) in one record, with the
   * state `patch`ed; `when` is checked on the fresh head (false: nothing written, undefined
   * returned). Returns the stored activities.
   */
  async appendActivities(
    conversationId: string,
    build: (base: () => ActivityBase, head: ConversationHead) => StoredActivity[],
    options: Omit<BotTurnOptions, 'extra' | 'replyToId'> = {},
  ): Promise<StoredActivity[] | undefined> {
    const built = await this.locked(conversationId, async (head): Promise<Built | Replay> => {
      if (options.when && !options.when(head)) return NOTHING;
      const activities: StoredActivity[] = [];
      activities.push(...build(baseFor(head, activities, stampFrom(this.deps.clock.now(), head)), head));
      const state = options.patch ? options.patch({ ...head.state }) : head.state;
      return {
        kind: 'record',
        userActivityId: '',
        redacted: false,
        applied: { activities, state, replies: 0, probe: false, outcomes: [] },
        record: { activities, state },
      };
    });
    return built.kind === 'record' ? built.record.activities : undefined;
  }

  /** See `AfterCommit.claimTimeout`: true when the call-back offer was made now. */
  claimTimeout(conversationId: string, replyToId?: string): Promise<boolean> {
    return this.after.claimTimeout(conversationId, replyToId);
  }

  /**
   * Commits a record under the conversation's lock; then, outside the lock, the outage joins
   * (a join may send this very conversation an all-clear, which takes the lock again).
   */
  private async locked<T extends Built | Replay>(
    conversationId: string,
    build: (head: ConversationHead) => Promise<T>,
  ): Promise<T> {
    const built = await this.locks.run(conversationId, () => this.commit(conversationId, build));
    if (built.kind === 'record') await this.after.outageJoins(conversationId, built.applied);
    return built;
  }

  /** Loads the head, builds the record, appends it; on a lost race, again from a fresh head. */
  private async commit<T extends Built | Replay>(
    conversationId: string,
    build: (head: ConversationHead) => Promise<T>,
  ): Promise<T> {
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      const head = await this.deps.store.head(conversationId);
      if (!head) throw new PostinoError('NotFound', `unknown conversation ${conversationId}`);
      const built = await build(head);
      if (built.kind === 'replay') return built;
      // Counted in the same write as the turn: a lost race or a retry cannot count twice.
      const { counts, counted } = countsOf(built.applied, built.record.state, dayOf(this.deps.clock.now()));
      built.record.state = withLastStamp(counted, head, built.record.activities);
      built.counts = counts;
      const insights = this.deps.insights?.prepare({
        conversationId,
        before: head.state,
        after: built.record.state,
        activities: built.record.activities,
        rating: built.applied.meta?.rating,
        notUnderstood: built.applied.notUnderstood,
      });
      if (insights) built.record.state = insights.state;
      const appended = await this.deps.store.append(conversationId, head.next, built.record);
      if (appended) {
        await this.after.publish(conversationId, {
          position: head.next,
          next: appended.next,
          activities: built.record.activities,
          forAgents: concernsAgents(head.state) || concernsAgents(built.record.state),
        });
        await this.after.applied(conversationId, built.applied, counts);
        if (insights) await this.deps.insights?.record(conversationId, insights);
        return built;
      }
      await this.sleep(backoffMs(attempt));
    }
    throw new PostinoError('Conflict', `too many concurrent turns on ${conversationId}`);
  }

  private async userTurn(head: ConversationHead, input: UserActivityInput): Promise<Built | Replay> {
    const clientId = clientActivityIdOf(input);
    const known = clientId ? head.state.recent.find(([client]) => client === clientId) : undefined;
    if (known) {
      const replayedId = activityId(head.conversationId, known[1]);
      return {
        kind: 'replay',
        replayedId,
        ...(head.state.probePending === replayedId ? { pendingProbe: true } : {}),
      };
    }
    const { conversationId } = head;
    const id = activityId(conversationId, head.next);
    const timestamp = new Date(stampFrom(this.deps.clock.now(), head)).toISOString();
    const event = dialogEventFor(input, head.state.locale);
    const result = event
      ? await this.transition(head, event)
      : { snapshot: head.state.snapshot, effects: [] };
    // The dialog's judgement, or the store's own check of every field the customer controls.
    const redacted = result.effects.some((effect) => effect.type === 'redact-user-text') || secretIn(input);
    const kept = redacted ? redactedInput(input, head.state.locale) : input;
    const stored = userActivity(kept, conversationId, id, timestamp, kept.text);
    const applied = await applyEffects(result.effects, {
      head,
      first: [stored],
      replyToId: id,
      timestamp,
      store: this.deps.store,
    });
    applied.started = head.next === 1;
    const recent = clientId
      ? [...head.state.recent, [clientId, head.next] as [string, number]].slice(-RECENT_IDS)
      : head.state.recent;
    const state: ConversationState = { ...applied.state, snapshot: result.snapshot, recent };
    if (applied.probe) state.probePending = id;
    return {
      kind: 'record',
      userActivityId: id,
      redacted,
      applied,
      record: { activities: applied.activities, state },
    };
  }

  private async botTurn(head: ConversationHead, event: DialogEvent, options: BotTurnOptions): Promise<Built> {
    const { replyToId } = options;
    const result = await this.transition(head, event);
    const now = stampFrom(this.deps.clock.now(), head);
    const applied = await applyEffects(result.effects, {
      head,
      first: [],
      replyToId,
      timestamp: new Date(now).toISOString(),
      store: this.deps.store,
    });
    if (options.extra) {
      applied.activities.push(...options.extra(baseFor(head, applied.activities, now, replyToId)));
    }
    const state: ConversationState = { ...applied.state, snapshot: result.snapshot };
    if (options.probeFor !== undefined) {
      if (applied.probe) state.probePending = options.probeFor;
      else delete state.probePending;
    }
    applied.state = options.patch ? options.patch(state) : state;
    return {
      kind: 'record',
      userActivityId: replyToId ?? '',
      redacted: false,
      applied,
      record: { activities: applied.activities, state: applied.state },
    };
  }

  private async transition(head: ConversationHead, event: DialogEvent): Promise<DialogTurnResult> {
    const options = { locale: head.state.locale, outage: await this.outageNow() };
    try {
      return await this.deps.dialog(head.state.snapshot, event, options);
    } catch (error) {
      // A snapshot the dialog can no longer read (e.g. after a change of the statechart) must
      // not wedge the conversation forever: start the dialog afresh.
      if (
        !(error instanceof PostinoError) ||
        error.code !== 'BadSnapshot' ||
        head.state.snapshot === undefined
      ) {
        throw error;
      }
      this.deps.onWarning?.('dialog snapshot unreadable, restarting the dialog', {
        conversationId: head.conversationId,
      });
      return this.deps.dialog(undefined, event, options);
    }
  }

  /** The outage in progress for the dialog; a failure to know it is a warning, never a failed turn. */
  private async outageNow(): Promise<OutageNotice | null> {
    if (!this.deps.outage) return null;
    try {
      return await this.deps.outage.current();
    } catch (error) {
      this.deps.onWarning?.('outage state unknown, turn runs without it', {
        error: error instanceof Error ? error.message : String(error),
      });
      return null;
    }
  }

  private async runProbe(conversationId: string): Promise<ProbeSummary | null> {
    try {
      return await this.deps.probe.probe();
    } catch (error) {
      this.deps.onWarning?.('probe could not run', {
        conversationId,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
      return null;
    }
  }
}
