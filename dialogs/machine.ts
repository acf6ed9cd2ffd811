// Postino's dialog as an XState v5 statechart, only ever run through a pure transition
// (xstate's `transition()` semantics; see pure-transition.ts and turn.ts): every action here is
// plain data. `emit` carries the effects (replies, probe, handoff, outcomes) for the core to
// perform, and `assign` updates the context. Requests valid anywhere (restart, a human, help,
// language, "I changed client", "another problem") are handled in every state; while an agent
// holds the conversation the bot stays silent unless the customer asks to come back to it.
// Outage mode's states and transitions (issue 12) are in outage.ts, spread in here.
import { assign, setup } from 'xstate';
import { DEFAULT_LOCALE, type Locale } from '../core/knowledge/ids';
import type { DialogEffect } from './contract';
import type { DialogContext, MachineEvent } from './dialog-types';
import { outageEverywhere, outageGuards, outageStates, outageWhileQueued } from './outage';
import { isHalnetProblem } from './probe-reading';
import { answerTopics } from './render/answer';
import {
  fullGuide,
  handoffContext,
  helpNote,
  note,
  noteWithChoices,
  noteWithPosition,
  quickAnswer,
  technicalDetails,
} from './render/prompts';
import { showWhereSymptom } from './render/quick-answers';
import { verifyOffer, verifyReady, verifyResult } from './render/verify';
import {
  absorb,
  bringsNews,
  emptyContext,
  keptOnRestart,
  needsSymptom,
  slotsAfter,
  vagueFirst,
} from './slots';
import {
  acknowledge,
  anywhere,
  emit,
  greeting,
  messageRoute,
  notUnderstood,
  outcome,
  prompt,
  ratingAnswers,
  redact,
  resume,
  say,
  sayWithChoices,
  showWhereTransitions,
  stillChecking,
} from './transitions';

/** After "yes, it works": the offer of a test message (issue 12). */
const offerVerify = emit(({ context }) => [verifyOffer(context)]);

const machineSetup = setup({
  types: {
    context: {} as DialogContext,
    events: {} as MachineEvent,
    input: {} as { locale?: Locale } | undefined,
  },
  actions: {
    // Never executed: the turn collects these params as its effects.
    emit: (_args, _params: { effects: DialogEffect[] }) => {},
    absorb: assign(({ context, event }) => absorb(context, event)),
    reset: assign(({ context }) => ({ ...emptyContext(context.locale), ...keptOnRestart(context) })),
    setLocale: assign(({ context, event }) => {
      if (event.type === 'LANGUAGE')
        return { locale: event.locale, localeChosen: true, localeFollowed: false };
      if (event.type === 'FOLLOW_LANGUAGE') return { locale: event.locale, localeFollowed: true };
      if (event.type === 'JOIN' && event.locale !== null) return { locale: event.locale };
      return { locale: context.locale };
    }),
    rememberShowWhere: assign(({ context, event }) => ({
      showWhere: event.type === 'QUICK' ? showWhereSymptom(event.topic) : context.showWhere,
    })),
    storeProbe: assign(({ context, event }) =>
      event.type === 'PROBE_RESULT' ? { probe: event.summary, probed: true } : { probe: context.probe },
    ),
    skipProbe: assign({ probed: true }),
    forgetProbe: assign({ probe: null, probed: false }),
    markAnswered: assign(({ context }) => ({
      answered: true,
      stepsGiven: [...new Set([...context.stepsGiven, ...answerTopics(context)])],
    })),
    setAgent: assign(({ context, event }) => ({
      agentName: event.type === 'AGENT_JOINED' ? event.agentName : context.agentName,
    })),
    clearAgent: assign({ agentName: null }),
  },
  guards: {
    needsClient: ({ context, event }) => slotsAfter(context, event).client === null,
    needsSymptom: ({ context, event }) => needsSymptom(slotsAfter(context, event)),
    vagueFirst: ({ context, event }) => vagueFirst(context, event),
    hasClient: ({ context }) => context.client !== null,
    // "still asks for the password" at "did it work?": the same problem, told again.
    restatesProblem: ({ context, event }) =>
      event.type === 'MESSAGE' &&
      !bringsNews(context, event) &&
      (event.heard.symptom !== null || event.heard.errors.length > 0),
    needsProbe: ({ context }) => !context.probed,
    notAnswered: ({ context }) => !context.answered,
    bringsNews: ({ context, event }) => bringsNews(context, event),
    saidYes: ({ event }) => event.type === 'MESSAGE' && event.heard.answer === 'yes',
    saidNo: ({ event }) => event.type === 'MESSAGE' && event.heard.answer === 'no',
    gaveRating: ({ event }) => event.type === 'MESSAGE' && event.heard.rating !== null,
    halnetProblem: ({ event }) => event.type === 'PROBE_RESULT' && isHalnetProblem(event.summary),
    probeFailed: ({ event }) => event.type === 'PROBE_RESULT' && event.summary === null,
    // While an agent holds the conversation the bot stays silent, tests included.
    botLeads: ({ context }) => context.agentName === null,
    ...outageGuards,
  },
});

export const dialogMachine = machineSetup.createMachine({
  id: 'postino',
  initial: 'welcome',
  context: ({ input }) => emptyContext(input?.locale ?? DEFAULT_LOCALE),
  on: {
    RESTART: { target: '.askClient', actions: ['reset', say('restarted')] },
    HUMAN: {
      target: '.handoffRequested',
      actions: [
        // What the request itself says (a client, a pasted error) goes to the agent too.
        'absorb',
        emit(({ context, event }) => [
          { type: 'handoff', context: handoffContext(context, event.type === 'HUMAN' ? event.reason : '') },
        ]),
      ],
    },
    AGENT_JOINED: { target: '.withAgent', reenter: true, actions: ['setAgent'] },
    AGENT_RETURNED: resume(['clearAgent', say('agentReturned')]),
    AGENT_CLOSED: { target: '.askRating', actions: ['clearAgent', say('agentClosed')] },
    // A late probe result (the customer moved on) is kept for the agent's bundle, silently.
    PROBE_RESULT: { actions: ['storeProbe'] },
    // Understood in every bot-led state; none of them moves the conversation.
    FOLLOW_LANGUAGE: { actions: ['setLocale', say('languageFollowed')] },
    QUICK: {
      actions: [
        'rememberShowWhere',
        emit(({ context, event }) => (event.type === 'QUICK' ? [quickAnswer(context, event.topic)] : [])),
      ],
    },
    // In the states that ask nothing else (diagnose): the content alone.
    FULL_GUIDE: { actions: [emit(({ context }) => fullGuide(context))] },
    TECH_DETAILS: { actions: [emit(({ context }) => [technicalDetails(context)])] },
    SHOW_WHERE: showWhereTransitions(),
    // Verified resolution (issue 12): the test can be asked for at any point the bot leads; the
    // address and the verdict arrive as events and are said wherever the conversation is.
    VERIFY: { guard: 'botLeads', actions: [emit(() => [{ type: 'verify-start' }])] },
    VERIFY_READY: {
      actions: [
        emit(({ context, event }) =>
          event.type === 'VERIFY_READY' ? [verifyReady(context, event.address, event.expiresInMinutes)] : [],
        ),
      ],
    },
    VERIFY_RESULT: {
      actions: [
        emit(({ context, event }) =>
          event.type === 'VERIFY_RESULT' ? [verifyResult(context, event.result)] : [],
        ),
      ],
    },
    VERIFY_UNAVAILABLE: { actions: [say('verify.unavailable')] },
    ...outageEverywhere,
  },
  states: {
    welcome: {
      on: { JOIN: { target: 'askClient', actions: ['setLocale', greeting] } },
    },
    askClient: {
      entry: prompt('askClient'),
      on: {
        ...anywhere('askClient'),
        MESSAGE: messageRoute('askClient', {
          target: 'askClient',
          reenter: true,
          actions: [notUnderstood('askClient'), say('clientNotUnderstood')],
        }),
      },
    },
    askSymptom: {
      entry: prompt('askSymptom'),
      on: {
        ...anywhere('askSymptom'),
        MESSAGE: messageRoute('askSymptom', {
          target: 'askSymptom',
          reenter: true,
          actions: [notUnderstood('askSymptom'), say('symptomNotUnderstood')],
        }),
      },
    },
    diagnose: {
      entry: prompt('diagnose'),
      on: {
        PROBE_RESULT: [
          { guard: 'halnetProblem', target: 'serverProblem', actions: ['storeProbe'] },
          { guard: 'probeFailed', target: 'answer', actions: ['storeProbe', say('probeUnavailable')] },
          { target: 'answer', actions: ['storeProbe'] },
        ],
        SKIP_CHECK: { target: 'answer', actions: ['skipProbe', say('probeSkipped')] },
        // The probe is on its way: never ask it twice, keep the customer informed.
        MESSAGE: { actions: [acknowledge, 'absorb', stillChecking] },
        JOIN: { actions: [say('welcomeBack'), stillChecking] },
        EMPTY: { actions: [stillChecking] },
        SECRET: { actions: [redact, say('secretWarning'), stillChecking] },
        HELP: { actions: [emit(({ context }) => [helpNote(context)]), stillChecking] },
        LANGUAGE: { actions: ['setLocale', say('languageChanged'), stillChecking] },
        BACK_TO_BOT: { actions: [stillChecking] },
        SHOW_WHERE: { actions: ['absorb', stillChecking] },
        CHANGED_CLIENT: [
          { guard: 'needsClient', target: 'askClient', actions: [say('changedClient'), 'absorb'] },
          { actions: [say('changedClient'), acknowledge, 'absorb', stillChecking] },
        ],
        OTHER_PROBLEM: [
          { guard: 'needsSymptom', target: 'askSymptom', actions: [say('otherProblem'), 'absorb'] },
          { actions: [say('otherProblem'), acknowledge, 'absorb', stillChecking] },
        ],
      },
    },
    serverProblem: {
      entry: prompt('serverProblem'),
      on: {
        ...anywhere('serverProblem'),
        SHOW_STEPS: { target: 'answer' },
        RECHECK: { target: 'diagnose', actions: ['forgetProbe'] },
        MESSAGE: messageRoute('serverProblem', { target: 'serverProblem', reenter: true }),
      },
    },
    answer: {
      entry: ['markAnswered', prompt('answer')],
      always: { target: 'askSolved' },
    },
    askSolved: {
      entry: prompt('askSolved'),
      on: {
        // A change of language shows the last answer again, in the new language.
        ...anywhere('askSolved', 'answer'),
        MESSAGE: [
          { guard: 'saidYes', target: 'resolved', actions: [outcome('resolved'), offerVerify] },
          { guard: 'saidNo', target: 'notSolved', actions: [outcome('not-resolved')] },
          { guard: 'restatesProblem', target: 'notSolved', actions: [outcome('not-resolved'), 'absorb'] },
          ...messageRoute('askSolved', {
            actions: [notUnderstood('askSolved'), sayWithChoices('askSolvedAgain', 'askSolved')],
          }),
        ],
      },
    },
    notSolved: {
      entry: prompt('notSolved'),
      on: {
        ...anywhere('notSolved'),
        MESSAGE: [
          { guard: 'saidYes', target: 'resolved', actions: [outcome('resolved'), offerVerify] },
          ...messageRoute('notSolved', { target: 'notSolved', reenter: true }),
        ],
      },
    },
    resolved: {
      entry: prompt('resolved'),
      on: { ...anywhere('resolved'), MESSAGE: ratingAnswers('resolved') },
    },
    askRating: {
      entry: prompt('askRating'),
      on: { ...anywhere('askRating'), MESSAGE: ratingAnswers('askRating') },
    },
    thanks: {
      entry: prompt('thanks'),
      on: {
        ...anywhere('thanks'),
        MESSAGE: messageRoute('thanks', {
          target: 'thanks',
          reenter: true,
          actions: [notUnderstood('thanks')],
        }),
      },
    },
    handoffRequested: {
      entry: prompt('handoffRequested'),
      on: {
        ...anywhere('handoffRequested'),
        HUMAN: { actions: [sayWithChoices('alreadyQueued', 'handoffRequested')] },
        // The agent will read whatever is written meanwhile; errors pasted now still count.
        MESSAGE: { actions: ['absorb', sayWithChoices('stillQueued', 'handoffRequested')] },
        CHANGED_CLIENT: { actions: ['absorb', sayWithChoices('stillQueued', 'handoffRequested')] },
        OTHER_PROBLEM: { actions: ['absorb', sayWithChoices('stillQueued', 'handoffRequested')] },
        SHOW_WHERE: { actions: [sayWithChoices('stillQueued', 'handoffRequested')] },
        // While queued the guide may be read meanwhile; the queue is never left by it.
        FULL_GUIDE: {
          actions: [
            emit(({ context }) => fullGuide(context)),
            sayWithChoices('stillQueued', 'handoffRequested'),
          ],
        },
        BACK_TO_BOT: resume([emit(() => [{ type: 'handoff-cancel' }]), say('handoffCancelled')]),
        HANDOFF_QUEUED: {
          actions: [
            emit(({ context, event }) => [
              noteWithPosition(context, event.type === 'HANDOFF_QUEUED' ? event.position : 1),
            ]),
          ],
        },
        CALLBACK_OFFER: {
          actions: [
            emit(({ context, event }) => [
              event.type === 'CALLBACK_OFFER' && event.reason === 'out-of-hours'
                ? noteWithChoices(context, 'callbackOfferOutOfHours', 'handoffRequested', {
                    hours: event.hours,
                  })
                : noteWithChoices(context, 'callbackOfferTimeout', 'handoffRequested'),
            ]),
          ],
        },
        // The contact is kept for the agents (the conversation stays in their list) and the
        // bot carries on meanwhile.
        CALLBACK: resume([
          emit(({ event }) =>
            event.type === 'CALLBACK' ? [{ type: 'callback', contact: event.contact }] : [],
          ),
          emit(({ context, event }) => [
            note(context, 'callbackNoted', { contact: event.type === 'CALLBACK' ? event.contact.value : '' }),
          ]),
        ]),
        RESTART: {
          target: 'askClient',
          actions: [emit(() => [{ type: 'handoff-cancel' }]), 'reset', say('restarted')],
        },
        ...outageWhileQueued,
      },
    },
    withAgent: {
      entry: prompt('withAgent'),
      on: {
        // The agent leads: the bot says nothing, but a password is still never stored.
        RESTART: {},
        HUMAN: {},
        SECRET: { actions: [redact] },
        FULL_GUIDE: {},
        TECH_DETAILS: {},
        SHOW_WHERE: {},
        BACK_TO_BOT: resume([emit(() => [{ type: 'handoff-cancel' }]), 'clearAgent', say('agentReturned')]),
      },
    },
    ...outageStates,
  },
});

export type DialogMachine = typeof dialogMachine;
