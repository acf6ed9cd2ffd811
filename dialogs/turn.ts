// One turn of the dialog: validate the event, load the persisted snapshot, translate the
// event (reading the customer's words), run the statechart's pure transition (xstate's
// `transition()` with a reused inert scope, see pure-transition.ts), and return
// the next snapshot with the effects as plain data. No clock, no randomness, no I/O: the
// same snapshot and event always give the same result.
import type { SnapshotFrom } from 'xstate';
import { DEFAULT_LOCALE, type Locale } from '../core/knowledge/ids';
import { action, suggestedActionsOf } from './choices';
import { type DialogEffect, type DialogTurnResult, dialogEventSchema, type OutageNotice } from './contract';
import { type MachineEvent, RESTING_STATES, type RestingState } from './dialog-types';
import { DialogError } from './errors';
import { dialogMachine } from './machine';
import { outageOption, outageSteps, tellsOutage } from './outage-turn';
import { preludeOf } from './prelude';
import { pureInitialSnapshot, pureTransition } from './pure-transition';
import { note } from './render/prompts';
import { loadSnapshot, toPersisted } from './snapshot';
import { toMachineEvent } from './to-machine-event';

type MachineSnapshot = SnapshotFrom<typeof dialogMachine>;

export interface TurnOptions {
  /** The language of a new conversation when its join event names none. */
  locale?: Locale;
  /** The outage of Halnet's server in progress, if any (issue 12): see outage-turn.ts. */
  outage?: OutageNotice | null;
}

function collect(actions: ReadonlyArray<{ type: string; params?: unknown }>, into: DialogEffect[]): void {
  for (const action of actions) {
    if (action.type === 'emit') into.push(...(action.params as { effects: DialogEffect[] }).effects);
  }
}

function start(locale: Locale): MachineSnapshot {
  return pureInitialSnapshot({ locale });
}

function stateOf(snapshot: MachineSnapshot): RestingState {
  const value = snapshot.value;
  if (typeof value !== 'string' || !(RESTING_STATES as readonly string[]).includes(value)) {
    // Unreachable while every state is atomic and `answer` always moves on; fail loudly if not.
    throw new DialogError(
      'BadSnapshot',
      `the dialog stopped in a state it cannot persist: ${JSON.stringify(value)}`,
    );
  }
  return value as RestingState;
}

function step(snapshot: MachineSnapshot, event: MachineEvent, effects: DialogEffect[]): MachineSnapshot {
  const [next, actions] = pureTransition(snapshot, event);
  collect(actions, effects);
  return next;
}

/**
 * After following the customer into the other language, the turn's last message also offers
 * the way back in one tap ("Continua in italiano"), whatever else it offers.
 */
function offerLanguageBack(effects: DialogEffect[]): void {
  for (let index = effects.length - 1; index >= 0; index -= 1) {
    const effect = effects[index];
    if (effect?.type !== 'reply' || effect.activity.type !== 'message') continue;
    const locale = effect.activity.locale ?? DEFAULT_LOCALE;
    const back = suggestedActionsOf([action(locale === 'en' ? 'continue-it' : 'continue-en')], locale);
    const shown = effect.activity.suggestedActions?.actions ?? [];
    if (shown.some((offered) => offered.value === back?.actions[0]?.value)) return;
    const actions = [...shown, ...(back?.actions ?? [])];
    effects[index] = { ...effect, activity: { ...effect.activity, suggestedActions: { actions } } };
    return;
  }
}

/** Describes why an event was refused without echoing the customer's text. */
function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 3)
    .map(
      (issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : '(event)'}: ${issue.message}`,
    )
    .join('; ');
}

/**
 * Runs one turn. `snapshot` is what the previous turn returned (undefined for a new
 * conversation). Throws DialogError('BadArgument') for an event that is not a dialog event,
 * leaving the conversation untouched; an old or broken snapshot restarts the conversation
 * with an apology instead of failing.
 */
export function runTurn(snapshot: unknown, event: unknown, options: TurnOptions = {}): DialogTurnResult {
  const parsed = dialogEventSchema.safeParse(event);
  if (!parsed.success) {
    throw new DialogError('BadArgument', `not a dialog event: ${describeIssues(parsed.error.issues)}`, {
      cause: parsed.error,
    });
  }
  const outage = outageOption(options.outage);
  const effects: DialogEffect[] = [];
  const loaded = loadSnapshot(snapshot);
  let current: MachineSnapshot;
  if (loaded.kind === 'ok') {
    current = dialogMachine.resolveState({ value: loaded.state, context: loaded.context });
  } else if (loaded.kind === 'fresh') {
    current = start(options.locale ?? DEFAULT_LOCALE);
  } else {
    current = start(loaded.locale ?? options.locale ?? DEFAULT_LOCALE);
    effects.push(
      note(current.context, loaded.reason === 'outdated' ? 'snapshotOutdated' : 'snapshotInvalid'),
    );
  }
  const dialogEvent = parsed.data;
  const telling = tellsOutage(dialogEvent, current.context, outage);
  if (current.value === 'welcome' && dialogEvent.type !== 'user.join' && !telling) {
    // The customer spoke before the chat announced them: greet first, then answer.
    current = step(current, { type: 'JOIN', locale: null }, effects);
  }
  const state = stateOf(current);
  const machineEvent = toMachineEvent(dialogEvent, state, current.context);
  const prelude = preludeOf(machineEvent, state, current.context);
  const context = current.context;
  const withOutage = outageSteps({ outage, event: dialogEvent, machineEvent, prelude, state, context });
  if (withOutage !== null) {
    for (const event of withOutage.events) current = step(current, event, effects);
    if (withOutage.followed) offerLanguageBack(effects);
  } else {
    for (const before of prelude.before) current = step(current, before, effects);
    if (prelude.runMessage) current = step(current, machineEvent, effects);
    if (prelude.before.some((event) => event.type === 'FOLLOW_LANGUAGE')) offerLanguageBack(effects);
  }
  return { snapshot: toPersisted(stateOf(current), current.context), effects };
}
