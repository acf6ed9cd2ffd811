// What a customer's message sets off before the dialog moves: following the language they
// write in (unless they chose one), and a direct answer to a direct question or a wrong
// value. The message itself then moves the dialog only when it also says something new
// (a client, a symptom, a pasted error, a vague "can't send"); a bare question is answered
// and the conversation stays where it was.
import type { DialogContext, Heard, MachineEvent, StateName } from './dialog-types';

export interface Prelude {
  /** Events to run, in order, before the message. */
  before: MachineEvent[];
  /** False when the message was only a question, now answered. */
  runMessage: boolean;
}

// The agent leads while holding the conversation, and a queued customer is told they are
// queued: neither hears the bot's direct answers.
const QUIET_STATES: ReadonlySet<StateName> = new Set(['withAgent', 'handoffRequested']);

function heardOf(event: MachineEvent): Heard | null {
  switch (event.type) {
    case 'MESSAGE':
    case 'HUMAN':
    case 'CHANGED_CLIENT':
    case 'OTHER_PROBLEM':
      return event.heard;
    default:
      return null;
  }
}

function saysSomethingElse(heard: Heard, context: DialogContext): boolean {
  return (
    (heard.client !== null && heard.client !== context.client) ||
    (heard.symptom !== null && heard.symptom !== context.symptom) ||
    heard.errors.length > 0 ||
    heard.vague ||
    heard.clientCandidates.length > 0
  );
}

export function preludeOf(event: MachineEvent, state: StateName, context: DialogContext): Prelude {
  const heard = heardOf(event);
  const none: Prelude = { before: [], runMessage: true };
  if (heard === null || state === 'withAgent') return none;
  const before: MachineEvent[] = [];
  if (heard.language !== null && heard.language !== context.locale && !context.localeChosen) {
    before.push({ type: 'FOLLOW_LANGUAGE', locale: heard.language });
  }
  if (event.type !== 'MESSAGE' || QUIET_STATES.has(state)) return { before, runMessage: true };
  const topic = heard.wrongValue
    ? { wrong: heard.wrongValue }
    : heard.question
      ? { question: heard.question }
      : null;
  if (topic === null) return { before, runMessage: true };
  before.push({ type: 'QUICK', topic });
  return { before, runMessage: saysSomethingElse(heard, context) };
}
