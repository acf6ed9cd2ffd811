// Outage mode (issue 12), the dialog's side: when Halnet's server is down for everyone, a
// customer the bot leads is told so first (the turn steps OUTAGE_NOTICE before their event)
// instead of being walked through settings that are not the problem; they may be told here
// when it is back, leave an e-mail for it, ask for a person (who will write to the whole
// group) or say it is something else. Once the outage is cleared they are told once and
// asked whether sending works. machine.ts spreads these pieces into the statechart.
import { and, assign } from 'xstate';
import type { DialogContext, MachineEvent } from './dialog-types';
import { outageAnswer, outageAnswerAgain, outageJoin } from './render/outage';
import { helpNote, note, technicalDetails } from './render/prompts';
import { verifyOffer } from './render/verify';
import { absorb } from './slots';
import {
  acknowledge,
  anywhere,
  emit,
  id,
  messageRoute,
  notUnderstood,
  outcome,
  prompt,
  redact,
  route,
  say,
  sayWithChoices,
} from './transitions';

type Args = { context: DialogContext; event: MachineEvent };
type WaitingState = 'outage' | 'outageEmail';
// biome-ignore lint/suspicious/noExplicitAny: XState's action union is too deep to name here.
type AnyAction = any;
// biome-ignore lint/suspicious/noExplicitAny: a transition map built from the helpers of transitions.ts.
type AnyTransitions = any;

export const outageGuards = {
  /** An outage this conversation was not told about, while no agent holds it. */
  newOutage: ({ context, event }: Args) =>
    event.type === 'OUTAGE_NOTICE' && context.agentName === null && context.outage?.id !== event.outage.id,
  /** The end of the outage this conversation was told about, not told yet: said once. */
  clearsToldOutage: ({ context, event }: Args) =>
    event.type === 'OUTAGE_CLEARED' && !context.outageCleared && context.outage?.id === event.outageId,
};

const rememberOutage = assign<DialogContext, MachineEvent, undefined, MachineEvent, never>(
  ({ context, event }) =>
    event.type === 'OUTAGE_NOTICE'
      ? {
          // The customer's message of the turn is kept (client, symptom, errors), not answered.
          ...absorb(context, event),
          outage: event.outage,
          outageCleared: false,
          locale: event.locale ?? context.locale,
          localeFollowed: context.localeFollowed || event.followed,
        }
      : {},
);
const markCleared = assign<DialogContext, MachineEvent, undefined, MachineEvent, never>({
  outageCleared: true,
});

/** The known-problem answer and the join of the outage's group (a queued customer wants a person). */
const tell = (queued: boolean) =>
  emit(({ context, event }) =>
    event.type === 'OUTAGE_NOTICE'
      ? [outageAnswer(context, event.outage, queued), ...outageJoin(context, queued)]
      : [],
  );
const remind = prompt('outage');
const offerVerify = emit(({ context }) => [verifyOffer(context)]);

/** Handled in every state (the outage states and the queue refine them). */
export const outageEverywhere: AnyTransitions = {
  OUTAGE_NOTICE: { guard: 'newOutage', target: id('outage'), actions: [rememberOutage, tell(false)] },
  // Someone who went on with another problem, or an agent, still needs the news, without a
  // question that would cut across the conversation's own.
  OUTAGE_CLEARED: { guard: 'clearsToldOutage', actions: [markCleared, say('outage.backNote')] },
};

/** A queued customer is told too and stays queued: they asked for a person already. */
export const outageWhileQueued: AnyTransitions = {
  OUTAGE_NOTICE: { guard: 'newOutage', actions: [rememberOutage, tell(true)] },
};

/** What the two waiting states answer; `outageEmail` asks for the address again after a request. */
function waiting(state: WaitingState): AnyTransitions {
  const thenAgain = (...first: AnyAction[]) =>
    state === 'outage'
      ? { actions: [...first, remind] }
      : { target: id(state), reenter: true, actions: first };
  return {
    JOIN: thenAgain(say('welcomeBack')),
    EMPTY: thenAgain(say('empty')),
    SECRET: thenAgain(redact, say('secretWarning')),
    HELP: thenAgain(emit(({ context }) => [helpNote(context)])),
    // The answer again in the language asked for: it may be why they asked.
    LANGUAGE:
      state === 'outage'
        ? {
            actions: ['setLocale', say('languageChanged'), emit(({ context }) => outageAnswerAgain(context))],
          }
        : thenAgain('setLocale', say('languageChanged')),
    BACK_TO_BOT: thenAgain(),
    // No settings while the server is down for everyone: they are not the problem.
    FULL_GUIDE: thenAgain(),
    SHOW_WHERE: thenAgain(),
    VERIFY: thenAgain(),
    TECH_DETAILS: thenAgain(emit(({ context }) => [technicalDetails(context)])),
    CHANGED_CLIENT: thenAgain(acknowledge, 'absorb'),
    OTHER_PROBLEM: route([say('otherProblem'), acknowledge, 'absorb'], { from: state, forgets: 'symptom' }),
    // No queue: the agents answer the outage's group at once, here.
    HUMAN: {
      target: id('outage'),
      actions: [
        'absorb',
        emit(({ context }) => outageJoin(context, true)),
        sayWithChoices('outage.human', 'outage'),
      ],
    },
    OUTAGE_NOTIFY_ME: { target: id('outage'), actions: [sayWithChoices('outage.notifyMe', 'outage')] },
    OUTAGE_EMAIL: { target: id('outageEmail'), reenter: true },
    CALLBACK: {
      target: id('outage'),
      actions: [
        emit(({ context, event }) =>
          event.type === 'CALLBACK'
            ? [
                ...outageJoin(context, false, event.contact),
                note(context, 'outage.emailNoted', { contact: event.contact.value }),
              ]
            : [],
        ),
      ],
    },
    OUTAGE_CLEARED: { guard: 'clearsToldOutage', target: id('serverBack'), actions: [markCleared] },
    // Over without an all-clear (see turn.ts): on with what the customer just wrote, as usual.
    OUTAGE_ENDED: route([acknowledge, 'absorb'], { from: state }),
    MESSAGE:
      state === 'outage'
        ? { actions: [acknowledge, 'absorb', remind] }
        : { actions: ['absorb', sayWithChoices('outage.emailInvalid', 'outageEmail')] },
  };
}

const backNo = [say('outage.backNo'), 'absorb'];

export const outageStates: Record<WaitingState | 'serverBack', AnyTransitions> = {
  // No entry: the notice says it all, and the state's own words are the short reminder.
  outage: { on: waiting('outage') },
  outageEmail: { entry: prompt('outageEmail'), on: waiting('outageEmail') },
  serverBack: {
    entry: prompt('serverBack'),
    on: {
      ...anywhere('serverBack'),
      MESSAGE: [
        {
          guard: 'saidYes',
          target: id('askRating'),
          actions: [outcome('resolved'), say('resolved'), offerVerify],
        },
        // Still failing with the server back: their own case, with a fresh check of the server.
        { guard: and(['saidNo', 'needsClient']), target: id('askClient'), actions: backNo },
        { guard: and(['saidNo', 'needsSymptom']), target: id('askSymptom'), actions: backNo },
        { guard: 'saidNo', target: id('diagnose'), actions: [...backNo, 'forgetProbe'] },
        ...messageRoute('serverBack', {
          actions: [notUnderstood('serverBack'), sayWithChoices('outage.backAgain', 'serverBack')],
        }),
      ],
    },
  },
};
