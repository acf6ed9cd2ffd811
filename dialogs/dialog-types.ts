// The statechart's own vocabulary: the states a conversation can rest in, the context it
// remembers, and the internal events a customer's turn is translated into (see
// `to-machine-event.ts`). Kept apart from the machine so renderers and the snapshot schema
// can share them without importing XState.
import type { ClientId, Locale, SymptomId, TopicId } from '../core/knowledge/ids';
import type { ProbeSummary, VerifyResult } from './contract';
import type { Understanding } from './understanding/types';

export const STATE_NAMES = [
  'welcome',
  'askClient',
  'askSymptom',
  'diagnose',
  'serverProblem',
  'answer',
  'askSolved',
  'notSolved',
  'resolved',
  'askRating',
  'thanks',
  'handoffRequested',
  'withAgent',
] as const;
export type StateName = (typeof STATE_NAMES)[number];

/** `answer` only renders the steps and moves on: a conversation never rests there. */
export const RESTING_STATES = STATE_NAMES.filter((name) => name !== 'answer') as Exclude<
  StateName,
  'answer'
>[];
export type RestingState = (typeof RESTING_STATES)[number];

/** What a state always knows: the machine relies on it, and the snapshot schema enforces it. */
export interface StateKnows {
  client?: boolean;
  symptom?: boolean;
  probed?: boolean;
}
export const STATE_KNOWS: Readonly<Partial<Record<StateName, StateKnows>>> = {
  askSymptom: { client: true },
  diagnose: { client: true, symptom: true },
  serverProblem: { client: true, symptom: true, probed: true },
  answer: { client: true, symptom: true, probed: true },
  askSolved: { client: true, symptom: true, probed: true },
  notSolved: { client: true, symptom: true, probed: true },
  resolved: { client: true, symptom: true, probed: true },
};

export interface DialogContext {
  locale: Locale;
  client: ClientId | null;
  symptom: SymptomId | null;
  /** Error text the customer pasted (capped), for the answer and the agent's bundle. */
  pastedErrors: string[];
  /** Topics whose steps were shown, in order, without repeats. */
  stepsGiven: TopicId[];
  /** The last probe summary; null when none ran or it could not run. */
  probe: ProbeSummary | null;
  /** True once a probe finished, failed or was skipped for this conversation. */
  probed: boolean;
  /** True once steps (or the symptom's advice) were shown for the current client and symptom. */
  answered: boolean;
  agentName: string | null;
}

/** What the customer's words carry once understood (free text and button clicks alike). */
export type Heard = Understanding;

export type MachineEvent =
  | { type: 'JOIN'; locale: Locale | null }
  | { type: 'MESSAGE'; text: string; heard: Heard }
  | { type: 'EMPTY' }
  | { type: 'SECRET' }
  | { type: 'RESTART' }
  | { type: 'HUMAN'; reason: string; heard: Heard }
  | { type: 'HELP' }
  | { type: 'LANGUAGE'; locale: Locale }
  | { type: 'CHANGED_CLIENT'; heard: Heard }
  | { type: 'OTHER_PROBLEM'; heard: Heard }
  | { type: 'BACK_TO_BOT' }
  | { type: 'SKIP_CHECK' }
  | { type: 'SHOW_STEPS' }
  | { type: 'RECHECK' }
  | { type: 'PROBE_RESULT'; summary: ProbeSummary | null }
  | { type: 'AGENT_JOINED'; agentName: string }
  | { type: 'AGENT_RETURNED' }
  | { type: 'AGENT_CLOSED' }
  | { type: 'HANDOFF_QUEUED'; position: number }
  | { type: 'CALLBACK_OFFER'; reason: 'out-of-hours' | 'timeout'; hours: string }
  | { type: 'CALLBACK'; contact: { kind: 'email' | 'phone'; value: string } }
  | { type: 'VERIFY' }
  | { type: 'VERIFY_READY'; address: string; expiresInMinutes: number }
  | { type: 'VERIFY_RESULT'; result: VerifyResult }
  | { type: 'VERIFY_UNAVAILABLE' };

export type MachineEventType = MachineEvent['type'];

/** A blank understanding: the base every button click and test event starts from. */
export const NOTHING_HEARD: Heard = {
  client: null,
  symptom: null,
  errors: [],
  intent: null,
  requestedLocale: null,
  answer: null,
  rating: null,
  looksLikeSecret: false,
  language: null,
  question: null,
  wrongValue: null,
  vague: false,
  clientCandidates: [],
};
