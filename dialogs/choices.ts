// The choices each question offers as suggested actions (imBack: title = value = the visible
// text in the conversation's language), and the reverse: which choice a message is, when the
// customer clicked a button or typed its text. A click is matched exactly, in either
// language (the customer may have switched language since the buttons were shown).
import { CLIENT_IDS, clientGuides, LOCALES, type Locale, symptoms } from '../core/knowledge';
import type { ClientId, SymptomId } from '../core/knowledge/ids';
import type { ReplyActivity } from './contract';
import type { StateName } from './dialog-types';
import { say } from './texts';

export type ChoiceAction =
  | 'human'
  | 'restart'
  | 'skip-check'
  | 'show-steps'
  | 'recheck'
  | 'back-to-bot'
  | 'no-rating'
  // Offered after answers and direct answers, and understood in any state:
  | 'encryption'
  | 'full-guide'
  | 'tech-details'
  | 'show-where'
  | 'continue-it'
  | 'continue-en'
  // Offered during an outage (issue 12):
  | 'outage-notify'
  | 'outage-email'
  | 'outage-other';

/** The actions a click on which means the same thing whatever question is on screen. */
export const GLOBAL_ACTIONS: readonly ChoiceAction[] = [
  'encryption',
  'full-guide',
  'tech-details',
  'show-where',
  'continue-it',
  'continue-en',
];

/** The likeliest causes of a vague "I can't send", offered instead of all eleven symptoms. */
export const LIKELY_SYMPTOMS: readonly SymptomId[] = [
  'auth-failed',
  'cannot-connect',
  'relay-denied',
  'certificate-warning',
  'unknown',
];

export type Choice =
  | { kind: 'client'; id: ClientId }
  | { kind: 'symptom'; id: SymptomId }
  | { kind: 'answer'; value: 'yes' | 'no' }
  | { kind: 'rating'; value: 1 | 2 | 3 | 4 | 5 }
  | { kind: 'action'; action: ChoiceAction };

export const action = (name: ChoiceAction): Choice => ({ kind: 'action', action: name });
const RATINGS: Choice[] = ([1, 2, 3, 4, 5] as const).map((value) => ({ kind: 'rating', value }));

/** What the choices of a question may depend on besides its state; none means "all it can offer". */
export interface ChoiceContext {
  clientCandidates: readonly ClientId[];
  narrowSymptoms: boolean;
  symptom: SymptomId | null;
  /** True when the answer shown already covers encryption (or the client turns it on itself). */
  encryptionShown: boolean;
  probed: boolean;
  /** After the dialog followed the customer into this language: the way back, offered last. */
  languageBack: Locale | null;
}

function offers(state: StateName, context?: ChoiceContext): readonly Choice[] {
  const list = stateOffers(state, context);
  const back = context?.languageBack;
  if (back === undefined || back === null || list.length === 0) return list;
  return [...list, action(back === 'it' ? 'continue-it' : 'continue-en')];
}

function stateOffers(state: StateName, context?: ChoiceContext): readonly Choice[] {
  switch (state) {
    case 'askClient': {
      // Guides in the order of CLIENT_IDS; a client without a guide is never offered.
      const candidates = context?.clientCandidates ?? [];
      const ids = candidates.length > 0 ? [...candidates, 'other' as const] : CLIENT_IDS;
      return [...new Set(ids)]
        .filter((id) => clientGuides.some((guide) => guide.id === id))
        .map((id) => ({ kind: 'client', id }));
    }
    case 'askSymptom': {
      if (context?.symptom === 'unknown') return [action('human'), action('restart')];
      const ids = context?.narrowSymptoms ? LIKELY_SYMPTOMS : symptoms.map((symptom) => symptom.id);
      return ids.map((id) => ({ kind: 'symptom', id }));
    }
    case 'diagnose':
      return [action('skip-check')];
    case 'serverProblem':
      return [action('human'), action('show-steps'), action('recheck'), action('tech-details')];
    case 'askSolved': {
      const list: Choice[] = [
        { kind: 'answer', value: 'yes' },
        { kind: 'answer', value: 'no' },
      ];
      if (context === undefined || !context.encryptionShown) list.push(action('encryption'));
      list.push(action('full-guide'));
      if (context === undefined || context.probed) list.push(action('tech-details'));
      list.push(action('human'));
      return list;
    }
    case 'notSolved':
      return [action('human'), action('full-guide'), action('restart')];
    case 'resolved':
    case 'askRating':
      return [...RATINGS, action('no-rating')];
    case 'thanks':
      return [action('restart')];
    case 'handoffRequested':
    case 'withAgent':
      return [action('back-to-bot')];
    case 'outage':
      return [action('outage-notify'), action('outage-email'), action('outage-other')];
    case 'outageEmail':
      return [action('outage-notify'), action('outage-other')];
    case 'serverBack':
      return [
        { kind: 'answer', value: 'yes' },
        { kind: 'answer', value: 'no' },
      ];
    default:
      return [];
  }
}

export function choiceTitle(choice: Choice, locale: Locale): string {
  switch (choice.kind) {
    case 'client':
      return clientGuides.find((guide) => guide.id === choice.id)?.name[locale] ?? choice.id;
    case 'symptom':
      return symptoms.find((symptom) => symptom.id === choice.id)?.title[locale] ?? choice.id;
    case 'answer':
      return say(locale, choice.value === 'yes' ? 'choice.yes' : 'choice.no');
    case 'rating':
      return String(choice.value);
    case 'action':
      return say(locale, `choice.${choice.action}`);
  }
}

type SuggestedActions = NonNullable<ReplyActivity['suggestedActions']>;
const suggested = new Map<string, SuggestedActions>();

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value))
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  return Object.freeze(value);
}

function choiceKey(choice: Choice): string {
  switch (choice.kind) {
    case 'client':
    case 'symptom':
      return `${choice.kind}:${choice.id}`;
    case 'answer':
    case 'rating':
      return `${choice.kind}:${choice.value}`;
    case 'action':
      return `action:${choice.action}`;
  }
}

/**
 * These choices as suggested actions, or undefined for none. Built once per list and language
 * and frozen: every turn that asks the same question returns the same object.
 */
export function suggestedActionsOf(
  list: readonly Choice[],
  locale: Locale,
): ReplyActivity['suggestedActions'] {
  if (list.length === 0) return undefined;
  const key = `${locale}|${list.map(choiceKey).join(',')}`;
  let actions = suggested.get(key);
  if (actions === undefined) {
    actions = deepFreeze({
      actions: list.map((choice) => {
        const title = choiceTitle(choice, locale);
        return { type: 'imBack' as const, title, value: title };
      }),
    });
    suggested.set(key, actions);
  }
  return actions;
}

// The offer of a state depends only on the state, the language and the context's few fields:
// every prompt of a conversation looks it up here instead of rebuilding the list of choices.
const offered = new Map<string, ReplyActivity['suggestedActions']>();
const MAX_OFFERS = 1000;

function offerKey(state: StateName, locale: Locale, context?: ChoiceContext): string {
  if (context === undefined) return `${state}|${locale}`;
  const { clientCandidates, narrowSymptoms, symptom, encryptionShown, probed, languageBack } = context;
  return `${state}|${locale}|${clientCandidates.join(',')}|${narrowSymptoms ? 1 : 0}|${symptom}|${encryptionShown ? 1 : 0}|${probed ? 1 : 0}|${languageBack}`;
}

/** The suggested actions a question in `state` shows (for this context), or undefined. */
export function suggestedActionsFor(
  state: StateName,
  locale: Locale,
  context?: ChoiceContext,
): ReplyActivity['suggestedActions'] {
  const key = offerKey(state, locale, context);
  if (offered.has(key)) return offered.get(key);
  const actions = suggestedActionsOf(offers(state, context), locale);
  // A bound for a store that kept odd candidate lists: the cache only ever saves work.
  if (offered.size >= MAX_OFFERS) offered.clear();
  offered.set(key, actions);
  return actions;
}

const NEEDS_CHOICE_CLEANING = /[’‘`“”«»]|[^\S ]| {2}|^\s|[\s.!?]$/;

/** Lower case, straight apostrophes, single spaces, no trailing punctuation. */
export function normaliseChoiceText(text: string): string {
  // Most messages have no quotes, no white space but single spaces and no trailing punctuation:
  // lower case is all they need.
  if (!NEEDS_CHOICE_CLEANING.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?]+$/, '')
    .trim();
}

const choiceIndex = new Map<StateName, Map<string, Choice>>();

function indexFor(state: StateName): Map<string, Choice> {
  let index = choiceIndex.get(state);
  if (index === undefined) {
    index = new Map();
    for (const choice of [...offers(state), ...GLOBAL_ACTIONS.map(action)]) {
      for (const locale of LOCALES) index.set(normaliseChoiceText(choiceTitle(choice, locale)), choice);
    }
    choiceIndex.set(state, index);
  }
  return index;
}

/** The choice of `state` whose visible text the message is, if any. */
export function matchChoice(state: StateName, text: string): Choice | null {
  if (text.length > 120) return null;
  return indexFor(state).get(normaliseChoiceText(text)) ?? null;
}
