// The building blocks of the dialog's transitions, as plain XState config: `emit` actions
// carrying effects as data, the routing to the first thing still missing, the way back from
// a human, and the requests every bot-led state answers. machine.ts assembles the states.
import { and, assign } from 'xstate';
import { serviceFacts } from '../core/knowledge';
import { acknowledgement } from './acknowledge';
import type { DialogEffect } from './contract';
import { type DialogContext, type MachineEvent, STATE_KNOWS, type StateName } from './dialog-types';
import { fullGuide, helpNote, note, noteWithChoices, promptFor, technicalDetails } from './render/prompts';
import type { TextKey } from './texts';

type Args = { context: DialogContext; event: MachineEvent };

/** An action returning effects, computed from the context as updated by the actions before it. */
export const emit = (build: (args: Args) => DialogEffect[]) => ({
  type: 'emit' as const,
  params: (args: Args) => ({ effects: build(args) }),
});
export const say = (key: TextKey) => emit(({ context }) => [note(context, key)]);
export const sayWithChoices = (key: TextKey, state: StateName) =>
  emit(({ context }) => [noteWithChoices(context, key, state)]);
export const prompt = (state: StateName) => emit(({ context }) => promptFor(state, context));
export const acknowledge = emit(({ context, event }) => acknowledgement(context, event));
export const id = (state: StateName) => `#postino.${state}`;

type GuardName = 'bringsNews' | 'needsClient' | 'needsSymptom' | 'needsProbe' | 'notAnswered' | 'vagueFirst';
// biome-ignore lint/suspicious/noExplicitAny: XState's action union is too deep to name here.
type AnyAction = any;
// biome-ignore lint/suspicious/noExplicitAny: likewise for guards built with `and()`.
type AnyGuard = any;
// biome-ignore lint/suspicious/noExplicitAny: a transition list built by the helpers below.
type AnyTransitions = any;

function guarded(condition: GuardName | undefined, onlyIf: GuardName | undefined): { guard?: AnyGuard } {
  if (onlyIf === undefined) return condition === undefined ? {} : { guard: condition };
  return { guard: condition === undefined ? onlyIf : and([onlyIf, condition]) };
}

interface RouteOptions {
  /** The state the transitions leave. */
  from: StateName;
  /** The slot the event may empty ("I changed client" forgets the client when it names none). */
  forgets?: 'client' | 'symptom';
  /** A guard every transition also needs. */
  onlyIf?: GuardName;
}

/**
 * Where the conversation goes once it knows more: the first thing still missing, else the
 * probe, else the answer.
 */
export function route(actions: AnyAction[], { from, forgets, onlyIf }: RouteOptions): AnyTransitions[] {
  // Branches that cannot apply in `from` (it always knows that much) are left out.
  const knows = STATE_KNOWS[from] ?? {};
  const branches: AnyTransitions[] = [];
  if (!knows.symptom || forgets === 'symptom') {
    branches.push({ ...guarded('vagueFirst', onlyIf), target: id('askSymptom'), reenter: true, actions });
  }
  if (!knows.client || forgets === 'client') {
    branches.push({ ...guarded('needsClient', onlyIf), target: id('askClient'), reenter: true, actions });
  }
  if (!knows.symptom || forgets === 'symptom') {
    branches.push({ ...guarded('needsSymptom', onlyIf), target: id('askSymptom'), reenter: true, actions });
  }
  if (!knows.probed) branches.push({ ...guarded('needsProbe', onlyIf), target: id('diagnose'), actions });
  branches.push({ ...guarded(undefined, onlyIf), target: id('answer'), actions });
  return branches;
}

/** Back to the bot (from the queue or an agent): ask whether it is solved, or resume where it was. */
export function resume(actions: AnyAction[]): AnyTransitions {
  return [
    { guard: 'needsClient', target: id('askClient'), actions },
    { guard: 'needsSymptom', target: id('askSymptom'), actions },
    { guard: 'needsProbe', target: id('diagnose'), actions },
    { guard: 'notAnswered', target: id('answer'), actions },
    { target: id('askSolved'), actions },
  ];
}

export const redact = emit(() => [{ type: 'redact-user-text', reason: 'password' }]);

/** "All the settings": the guide, then the question again; first the client when it is unknown. */
function fullGuideTransitions(state: StateName): AnyTransitions[] {
  const show = { target: id(state), reenter: true, actions: [emit(({ context }) => fullGuide(context))] };
  const askFirst = { target: id('askClient'), reenter: true, actions: [say('needClientForGuide')] };
  if (state === 'askClient') return [askFirst];
  if (STATE_KNOWS[state]?.client) return [show];
  return [{ guard: 'hasClient', ...show }, askFirst];
}

/** "Show me where": the steps for the direct answer's subject, once the client is known. */
export function showWhereTransitions(): AnyTransitions[] {
  // The steps again even for the same symptom: forget that they were shown.
  const actions = [assign({ answered: false }), 'absorb'];
  return [
    { guard: 'needsClient', target: id('askClient'), reenter: true, actions },
    { guard: 'needsProbe', target: id('diagnose'), actions },
    { target: id('answer'), actions },
  ];
}

/** The requests every bot-led state answers by saying something and asking its question again. */
export function anywhere(state: StateName, languageTarget: StateName = state): AnyTransitions {
  const again = { target: id(state), reenter: true };
  return {
    JOIN: { ...again, actions: [say('welcomeBack')] },
    EMPTY: { ...again, actions: [say('empty')] },
    SECRET: { ...again, actions: [redact, say('secretWarning')] },
    HELP: { ...again, actions: [emit(({ context }) => [helpNote(context)])] },
    LANGUAGE: { target: id(languageTarget), reenter: true, actions: ['setLocale', say('languageChanged')] },
    BACK_TO_BOT: again,
    // The extra content, then the state's question again with its buttons.
    FULL_GUIDE: fullGuideTransitions(state),
    TECH_DETAILS: { ...again, actions: [emit(({ context }) => [technicalDetails(context)])] },
    CHANGED_CLIENT: route([say('changedClient'), acknowledge, 'absorb'], { from: state, forgets: 'client' }),
    OTHER_PROBLEM: route([say('otherProblem'), acknowledge, 'absorb'], { from: state, forgets: 'symptom' }),
  };
}

/** A message that names a client or symptom moves on; anything else gets `fallback`. */
export function messageRoute(from: StateName, fallback: AnyAction): AnyTransitions[] {
  return [...route([acknowledge, 'absorb'], { from, onlyIf: 'bringsNews' }), fallback];
}

/** The bot could not place the message: file it for the agents' review of what it missed. */
export const notUnderstood = (state: StateName) =>
  emit(({ context }) => [
    { type: 'not-understood', state, client: context.client, symptom: context.symptom },
  ]);

export const stillChecking = sayWithChoices('stillChecking', 'diagnose');
export const outcome = (value: 'resolved' | 'not-resolved') =>
  emit(() => [{ type: 'outcome', outcome: value }]);
export const rated = emit(({ event }) =>
  event.type === 'MESSAGE' && event.heard.rating !== null
    ? [{ type: 'outcome', outcome: 'rated', rating: event.heard.rating }]
    : [],
);
/** A rating, a "no thanks", or a new problem: what the rating question hears. */
export function ratingAnswers(from: StateName): AnyTransitions[] {
  return [
    { guard: 'gaveRating', target: id('thanks'), actions: [rated, say('thanksRated')] },
    { guard: 'saidNo', target: id('thanks'), actions: [say('thanks')] },
    ...route([acknowledge, 'absorb'], { from, onlyIf: 'bringsNews' }),
    { actions: [sayWithChoices('ratingNotUnderstood', 'askRating')] },
  ];
}
export const greeting = emit(({ context }) => [
  note(context, 'greeting', { host: serviceFacts.outgoingHost }),
]);
