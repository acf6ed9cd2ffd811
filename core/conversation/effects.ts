// Turns the dialog's effects (plain data) into what a turn stores and does: reply activities,
// a typing indicator when a probe follows, the `handoff.initiate` event with its transcript,
// and the META changes (queue, outcome) applied once the record is safely written.
import type { CallbackContactInput, DialogEffect, HandoffContext } from '../../dialogs/contract';
import type { NotUnderstood } from '../insights/turn-insights';
import type { Locale } from '../knowledge/ids';
import type {
  ConversationHead,
  ConversationState,
  ConversationStore,
  StoredActivity,
} from '../ports/conversation-store';
import {
  activityId,
  botActivity,
  handoffActivity,
  handoffStatusActivity,
  typingActivity,
} from './activity-factory';
import type { OutageJoin } from './turn-types';

export interface AppliedTurn {
  activities: StoredActivity[];
  /** The state after the turn, except the dialog snapshot and the recent ids. */
  state: ConversationState;
  replies: number;
  probe: boolean;
  handoff?: { queuedAt: string; context: HandoffContext; activityId: string };
  meta?: {
    outcome?: 'resolved' | 'not-resolved';
    resolution?: 'verified';
    rating?: number;
    status?: 'queued';
    locale?: Locale;
  };
  outcomes: string[];
  /**
   * The customer went back to the bot from the queue or from an agent; `wasQueued`: they left
   * the queue unclaimed (an abandoned handoff, unless already counted at the claim timeout).
   */
  cancel?: { wasQueued: boolean; agent?: { agentId: string; name: string } };
  callback?: CallbackContactInput;
  /** The customer's first turn in this conversation (counted as a conversation). */
  started?: boolean;
  /** The conversation entered the queue afresh in this turn (not a repeated request). */
  newHandoff?: boolean;
  /** The bot could not place the customer's message: filed in the review list after the write. */
  notUnderstood?: NotUnderstood;
  /** The customer asked for a test of their sending (issue 12): issue a test address. */
  verify?: boolean;
  /** The conversation joins (or updates its place in) an outage's group (issue 12), after the write. */
  outageJoins?: OutageJoin[];
}

export interface EffectContext {
  head: ConversationHead;
  /** Activities that open the record (the customer's own). */
  first: StoredActivity[];
  replyToId?: string | undefined;
  timestamp: string;
  store: ConversationStore;
}

export async function applyEffects(effects: DialogEffect[], context: EffectContext): Promise<AppliedTurn> {
  const { head, timestamp, replyToId } = context;
  const activities = [...context.first];
  const nextId = () => activityId(head.conversationId, head.next + activities.length);
  // Each activity a millisecond after the previous one, so clients that order by timestamp
  // keep the turn's order.
  const start = Date.parse(timestamp);
  const base = () => ({
    conversationId: head.conversationId,
    id: nextId(),
    timestamp: new Date(start + activities.length).toISOString(),
    userId: head.state.userId,
    replyToId,
  });
  const applied: AppliedTurn = {
    activities,
    state: { ...head.state },
    replies: 0,
    probe: false,
    outcomes: [],
  };
  for (const effect of effects) {
    switch (effect.type) {
      case 'reply':
        activities.push(botActivity(effect.activity, base()));
        applied.replies++;
        if (effect.activity.locale && effect.activity.locale !== applied.state.locale) {
          applied.state.locale = effect.activity.locale;
          applied.meta = { ...applied.meta, locale: effect.activity.locale };
        }
        // A test message proved the fix: the agents' bundle shows it as a resolution of its own.
        if (effect.activity.channelData?.postino.kind === 'verified') {
          applied.meta = { ...applied.meta, outcome: 'resolved', resolution: 'verified' };
        }
        break;
      case 'probe':
        applied.probe = true;
        break;
      case 'handoff': {
        const transcript = await transcriptBefore(context, activities);
        const event = handoffActivity(effect.context, transcript, {
          ...base(),
          locale: effect.context.locale,
        });
        activities.push(event);
        applied.newHandoff = head.state.handoff === undefined;
        applied.state.status = 'queued';
        // A second request keeps the first place in the queue (and any call back offered).
        applied.state.handoff = head.state.handoff ?? { queuedAt: timestamp };
        applied.handoff = {
          queuedAt: applied.state.handoff.queuedAt,
          context: effect.context,
          activityId: event.id,
        };
        break;
      }
      case 'handoff-cancel': {
        const agent = head.state.handoff?.agent;
        applied.cancel = {
          wasQueued: head.state.status === 'queued' && !head.state.handoff?.timedOut,
          ...(agent ? { agent } : {}),
        };
        applied.state.status = 'bot';
        delete applied.state.handoff;
        // The agent's console reads the transcript: tell them why the conversation left them.
        activities.push(
          handoffStatusActivity(
            base(),
            'completed',
            agent ? 'customer-returned-to-bot' : 'customer-left-queue',
          ),
        );
        break;
      }
      case 'callback':
        applied.callback = effect.contact;
        // The bot carries on; the conversation stays in the agents' list as a call back.
        applied.state.status = 'bot';
        if (applied.state.handoff)
          applied.state.handoff = { ...applied.state.handoff, callbackOffered: true };
        break;
      case 'outcome':
        applied.outcomes.push(effect.outcome);
        applied.meta = {
          ...applied.meta,
          ...(effect.outcome === 'rated' ? { rating: effect.rating } : { outcome: effect.outcome }),
        };
        break;
      case 'not-understood': {
        // The customer's text as stored (already the redaction marker if it looked like a secret).
        const said = context.first.find((activity) => activity.type === 'message')?.text;
        if (typeof said === 'string') applied.notUnderstood = { ...effect, text: said };
        break;
      }
      case 'redact-user-text':
        // Applied by the caller before the customer's activity is built.
        break;
      case 'verify-start':
        applied.verify = true;
        break;
      case 'outage-join':
        // The marker the all-clear is guarded by: set in this record, kept by a repeated join.
        if (applied.state.outage?.id !== effect.outageId) {
          applied.state.outage = { id: effect.outageId, joinedAt: timestamp };
        }
        applied.outageJoins = [...(applied.outageJoins ?? []), effect];
        break;
    }
  }
  // While the probe runs the customer sees a typing indicator: the dialog's own, or one added
  // last, after the "let me check" reply.
  if (applied.probe && !activities.some((activity) => activity.type === 'typing')) {
    activities.push(typingActivity(base()));
  }
  return applied;
}

async function transcriptBefore(
  context: EffectContext,
  current: StoredActivity[],
): Promise<StoredActivity[]> {
  const page = await context.store.activitiesAfter(context.head.conversationId, undefined);
  return [...(page?.activities ?? []), ...current];
}
