// The statechart's own vocabulary: the states a conversation can rest in, the context it
// remembers, and the internal events a customer's turn is translated into (see
// `to-machine-event.ts`). Kept apart from the machine so renderers and the snapshot schema
// can share them without importing XState.
import type { ClientId, Locale, SymptomId, TopicId } from '../core/knowledge/ids';
import type { OutageNotice, ProbeSummary, VerifyResult } from './contract';
import type { QuickQuestion, Understanding, WrongValue } from './understanding/types';

/** What a direct answer answers: a question, or a wrong value to correct. */
export type QuickTopic = { question: QuickQuestion } | { wrong: WrongValue };

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
  // Outage mode (issue 12): told about the outage, giving an e-mail for the all-clear, asked
  // whether sending works now that the server is back.
  'outage',
  'outageEmail',
  'serverBack',
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
  /** The outage the conversation was told about. */
  outage?: boolean;
}
export const STATE_KNOWS: Readonly<Partial<Record<StateName, StateKnows>>> = {
  diagnose: { client: true, symptom: true },
  serverProblem: { client: true, symptom: true, probed: true },
  answer: { client: true, symptom: true, probed: true },
  askSolved: { client: true, symptom: true, probed: true },
  notSolved: { client: true, symptom: true, probed: true },
  resolved: { client: true, symptom: true, probed: true },
  outage: { outage: true },
  outageEmail: { outage: true },
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
  /** True once the customer chose the language (button or request): their words no longer switch it. */
  localeChosen: boolean;
  /** True once the dialog followed the customer's words into a language: the way back stays offered. */
  localeFollowed: boolean;
  /** True after a vague "can't send": the symptom question offers only the likeliest few. */
  narrowSymptoms: boolean;
  /** The clients an ambiguous mention could be ("outlook"): the client question offers only these. */
  clientCandidates: ClientId[];
  /** After a direct answer: the symptom whose steps "show me where to set it" walks through. */
  showWhere: SymptomId | null;
  /** Outage mode (issue 12): the outage this conversation was last told about, if any. */
  outage: OutageNotice | null;
  /** True once that outage's all-clear was told here: it is told once. */
  outageCleared: boolean;
}

/** What the customer's words carry once understood (free text and button clicks alike). */
export type Heard = Understanding;

/** A customer's message as the machine reads it. */
export interface CustomerMessage {
  type: 'MESSAGE';
  text: string;
  heard: Heard;
}

export type MachineEvent =
  | { type: 'JOIN'; locale: Locale | null }
  | CustomerMessage
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
  /** The customer writes in the other language (and never chose one): follow them. */
  | { type: 'FOLLOW_LANGUAGE'; locale: Locale }
  /** A direct question or a wrong value, answered in a few lines before anything else. */
  | { type: 'QUICK'; topic: QuickTopic }
  /** "Tutte le impostazioni": the client's whole walk. */
  | { type: 'FULL_GUIDE' }
  /** "Dettagli tecnici": the last check port by port. */
  | { type: 'TECH_DETAILS' }
  /** "Mostrami dove si imposta": the steps for what a direct answer was about (`heard.symptom`). */
  | { type: 'SHOW_WHERE'; heard: Heard }
  | { type: 'VERIFY' }
  | { type: 'VERIFY_READY'; address: string; expiresInMinutes: number }
  | { type: 'VERIFY_RESULT'; result: VerifyResult }
  | { type: 'VERIFY_UNAVAILABLE' }
  /**
   * Outage mode (issue 12), stepped by the turn before the customer's event: an outage this
   * conversation was not told about. `message` is the customer's message of the turn, kept
   * (client, symptom, errors) but answered by the notice itself; `locale` the language to tell
   * it in (the join's, or the one the customer writes in when `followed`).
   */
  | {
      type: 'OUTAGE_NOTICE';
      outage: OutageNotice;
      locale: Locale | null;
      followed: boolean;
      message: CustomerMessage | null;
    }
  /** The outage the conversation waits on is over without an all-clear: go on with `message`. */
  | { type: 'OUTAGE_ENDED'; message: CustomerMessage | null }
  /** "Tell me here when it is back". */
  | { type: 'OUTAGE_NOTIFY_ME' }
  /** "Leave my e-mail": ask for the address. */
  | { type: 'OUTAGE_EMAIL' }
  | { type: 'OUTAGE_CLEARED'; outageId: string };

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
