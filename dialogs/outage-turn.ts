// Outage mode (issue 12) in a turn: the core passes the outage in progress with every turn
// while it lasts. A customer's turn in a conversation the bot leads that was not told about
// this outage starts with the notice (the known-problem answer) instead of the greeting and
// before anything else; a conversation still waiting on an outage that is over (no outage
// passed, no all-clear yet) goes on with the normal dialog. Which events to step is decided
// here; what they do is the statechart's (outage.ts).
import { type DialogEvent, type OutageNotice, outageNoticeSchema } from './contract';
import type { DialogContext, MachineEvent, MachineEventType, StateName } from './dialog-types';
import { DialogError } from './errors';
import { OUTAGE_STATES } from './outage-request';
import type { Prelude } from './prelude';

/** The turn's outage option, validated: a notice the dialog cannot read is the caller's bug. */
export function outageOption(value: unknown): OutageNotice | null {
  if (value === undefined || value === null) return null;
  const parsed = outageNoticeSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DialogError(
      'BadArgument',
      `not an outage notice: ${issue?.path.map(String).join('.') || '(notice)'}: ${issue?.message ?? 'invalid'}`,
      { cause: parsed.error },
    );
  }
  return parsed.data;
}

const isCustomers = (event: DialogEvent) => event.type === 'user.join' || event.type === 'user.message';

/** True when this turn must start with the known-problem answer of `outage`. */
export function tellsOutage(
  event: DialogEvent,
  context: DialogContext,
  outage: OutageNotice | null,
): boolean {
  return (
    outage !== null && isCustomers(event) && context.agentName === null && context.outage?.id !== outage.id
  );
}

// What the notice answers by itself: the customer's words are kept, not answered twice.
const ANSWERED_BY_NOTICE: ReadonlySet<MachineEventType> = new Set(['MESSAGE', 'JOIN', 'EMPTY']);
// What meant something only while the outage lasted.
const OVER_WITH_THE_OUTAGE: ReadonlySet<MachineEventType> = new Set([
  ...ANSWERED_BY_NOTICE,
  'OUTAGE_NOTIFY_ME',
  'OUTAGE_EMAIL',
  'CALLBACK',
]);

export interface OutageTurn {
  /** The turn's outage option. */
  outage: OutageNotice | null;
  event: DialogEvent;
  /** The customer's event as the machine reads it, and what it sets off first. */
  machineEvent: MachineEvent;
  prelude: Prelude;
  state: StateName;
  context: DialogContext;
}

/**
 * The events to step, in order, when outage mode changes the turn; null for an ordinary turn.
 * `followed`: the dialog followed the customer into their language (offer the way back).
 */
export function outageSteps(turn: OutageTurn): { events: MachineEvent[]; followed: boolean } | null {
  const { outage, event, machineEvent, prelude, state, context } = turn;
  // The usual turn: no outage, and none waited on.
  if (outage === null && !OUTAGE_STATES.has(state)) return null;
  const follow = prelude.before.filter((before) => before.type === 'FOLLOW_LANGUAGE');
  const followed = follow[0]?.type === 'FOLLOW_LANGUAGE' ? follow[0].locale : null;
  // A bare question (the prelude answers it) carries nothing to keep.
  const message = machineEvent.type === 'MESSAGE' && prelude.runMessage ? machineEvent : null;
  if (tellsOutage(event, context, outage) && outage !== null) {
    // Told in the language of the join, or of the customer's words; a direct question waits:
    // the settings are not the problem now.
    const joinLocale = event.type === 'user.join' && state === 'welcome' ? (event.locale ?? null) : null;
    const notice: MachineEvent = {
      type: 'OUTAGE_NOTICE',
      outage,
      locale: joinLocale ?? followed,
      followed: followed !== null,
      message,
    };
    return {
      events: ANSWERED_BY_NOTICE.has(machineEvent.type) ? [notice] : [notice, machineEvent],
      followed: followed !== null,
    };
  }
  if (outage === null && isCustomers(event) && OUTAGE_STATES.has(state)) {
    const rest = prelude.before.filter((before) => before.type !== 'FOLLOW_LANGUAGE');
    const then = OVER_WITH_THE_OUTAGE.has(machineEvent.type) || !prelude.runMessage ? [] : [machineEvent];
    return {
      events: [...follow, { type: 'OUTAGE_ENDED', message }, ...rest, ...then],
      followed: followed !== null,
    };
  }
  return null;
}
