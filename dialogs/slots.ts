// How a turn changes what the dialog knows: the client and symptom a message fills in (or
// replaces, after "I changed client" / "it is another problem"), the errors it pasted, and
// what is forgotten on a restart. Pure functions of (context, event), shared by the
// machine's guards (which see the context before the update) and its assignments.
import type { ClientId, SymptomId } from '../core/knowledge/ids';
import type { DialogContext, Heard, MachineEvent } from './dialog-types';

/** Pasted errors kept per conversation, and the length kept of each: enough for an agent. */
export const MAX_PASTED_ERRORS = 5;
export const MAX_PASTED_ERROR_LENGTH = 500;

export interface Slots {
  client: ClientId | null;
  symptom: SymptomId | null;
}

/** The customer's message an event stands for: its own, or the one an outage event carries. */
function messageOf(event: MachineEvent): MachineEvent {
  return (event.type === 'OUTAGE_NOTICE' || event.type === 'OUTAGE_ENDED') && event.message !== null
    ? event.message
    : event;
}

function heardOf(event: MachineEvent): Heard | null {
  const own = messageOf(event);
  return own.type === 'MESSAGE' ||
    own.type === 'CHANGED_CLIENT' ||
    own.type === 'OTHER_PROBLEM' ||
    own.type === 'HUMAN' ||
    own.type === 'SHOW_WHERE'
    ? own.heard
    : null;
}

/** The customer's own words an event carries, if any. */
function wordsOf(event: MachineEvent): string | null {
  const own = messageOf(event);
  if (own.type === 'MESSAGE') return own.text;
  if (own.type === 'HUMAN') return own.reason;
  return null;
}

/** The client and symptom the dialog will know once `event` is taken into account. */
export function slotsAfter(context: DialogContext, event: MachineEvent): Slots {
  const heard = heardOf(event);
  if (heard === null) return { client: context.client, symptom: context.symptom };
  if (event.type === 'CHANGED_CLIENT')
    return { client: heard.client, symptom: heard.symptom ?? context.symptom };
  if (event.type === 'OTHER_PROBLEM')
    return { client: heard.client ?? context.client, symptom: heard.symptom };
  return { client: heard.client ?? context.client, symptom: heard.symptom ?? context.symptom };
}

/**
 * True when the event names a client or symptom different from what the dialog knows, or
 * narrows one it does not know yet (a vague "can't send", an ambiguous "outlook").
 */
export function bringsNews(context: DialogContext, event: MachineEvent): boolean {
  const heard = heardOf(event);
  if (heard === null) return false;
  return (
    (heard.client !== null && heard.client !== context.client) ||
    (heard.symptom !== null && heard.symptom !== context.symptom) ||
    (heard.vague && context.symptom === null && !context.narrowSymptoms) ||
    (heard.client === null &&
      context.client === null &&
      heard.clientCandidates.length > 0 &&
      heard.clientCandidates.join() !== context.clientCandidates.join())
  );
}

/** True when a vague "can't send" leaves the symptom unknown: ask what happens before anything else. */
export function vagueFirst(context: DialogContext, event: MachineEvent): boolean {
  const heard = heardOf(event);
  return heard?.vague === true && slotsAfter(context, event).symptom === null;
}

/** A symptom the dialog can answer: "another problem" without a description is not one yet. */
export function needsSymptom(slots: Slots): boolean {
  return slots.symptom === null || slots.symptom === 'unknown';
}

/** The context with the event's client, symptom and pasted error taken in. */
export function absorb(context: DialogContext, event: MachineEvent): Partial<DialogContext> {
  const slots = slotsAfter(context, event);
  const changed = slots.client !== context.client || slots.symptom !== context.symptom;
  const heard = heardOf(event);
  const words = wordsOf(event);
  let pastedErrors = context.pastedErrors;
  if (words !== null && heard !== null && heard.errors.length > 0) {
    const pasted = words.trim().slice(0, MAX_PASTED_ERROR_LENGTH);
    if (!pastedErrors.includes(pasted)) pastedErrors = [...pastedErrors, pasted].slice(-MAX_PASTED_ERRORS);
  }
  // Every field in one literal (unchanged ones keep their value): one object shape for every
  // turn, which the merge into the context handles fastest.
  return {
    client: slots.client,
    symptom: slots.symptom,
    answered: changed ? false : context.answered,
    // Narrowed questions last only until what they ask is known.
    narrowSymptoms: slots.symptom === null && (context.narrowSymptoms || (heard?.vague ?? false)),
    clientCandidates:
      slots.client !== null
        ? []
        : heard !== null && heard.clientCandidates.length > 0
          ? [...heard.clientCandidates]
          : context.clientCandidates,
    pastedErrors,
  };
}

/** A fresh conversation in `locale`. */
export function emptyContext(locale: DialogContext['locale']): DialogContext {
  return {
    locale,
    client: null,
    symptom: null,
    pastedErrors: [],
    stepsGiven: [],
    probe: null,
    probed: false,
    answered: false,
    agentName: null,
    localeChosen: false,
    localeFollowed: false,
    narrowSymptoms: false,
    clientCandidates: [],
    showWhere: null,
    outage: null,
    outageCleared: false,
  };
}

/** What a restart keeps: the language settled on, and the outage already told (never told twice). */
export function keptOnRestart(context: DialogContext): Partial<DialogContext> {
  return {
    localeChosen: context.localeChosen,
    localeFollowed: context.localeFollowed,
    outage: context.outage,
    outageCleared: context.outageCleared,
  };
}
