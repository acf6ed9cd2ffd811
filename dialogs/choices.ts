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
  | 'no-rating';

export type Choice =
  | { kind: 'client'; id: ClientId }
  | { kind: 'symptom'; id: SymptomId }
  | { kind: 'answer'; value: 'yes' | 'no' }
  | { kind: 'rating'; value: 1 | 2 | 3 | 4 | 5 }
  | { kind: 'action'; action: ChoiceAction };

const action = (name: ChoiceAction): Choice => ({ kind: 'action', action: name });
const RATINGS: Choice[] = ([1, 2, 3, 4, 5] as const).map((value) => ({ kind: 'rating', value }));

function offers(state: StateName): readonly Choice[] {
  switch (state) {
    case 'askClient':
      // Guides in the order of CLIENT_IDS; a client without a guide is never offered.
      return CLIENT_IDS.filter((id) => clientGuides.some((guide) => guide.id === id)).map((id) => ({
        kind: 'client',
        id,
      }));
    case 'askSymptom':
      return symptoms.map((symptom) => ({ kind: 'symptom', id: symptom.id }));
    case 'diagnose':
      return [action('skip-check')];
    case 'serverProblem':
      return [action('human'), action('show-steps'), action('recheck')];
    case 'askSolved':
      return [{ kind: 'answer', value: 'yes' }, { kind: 'answer', value: 'no' }, action('human')];
    case 'notSolved':
      return [action('human'), action('restart')];
    case 'resolved':
    case 'askRating':
      return [...RATINGS, action('no-rating')];
    case 'thanks':
      return [action('restart')];
    case 'handoffRequested':
    case 'withAgent':
      return [action('back-to-bot')];
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
const suggested = new Map<string, SuggestedActions | undefined>();

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value))
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  return Object.freeze(value);
}

/**
 * The suggested actions a question in `state` shows, or undefined when it offers none. Built
 * once per state and language (they depend on nothing else) and frozen, since every turn
 * that asks the question returns the same object.
 */
export function suggestedActionsFor(state: StateName, locale: Locale): ReplyActivity['suggestedActions'] {
  const key = `${state}:${locale}`;
  if (suggested.has(key)) return suggested.get(key);
  const list = offers(state);
  const actions: SuggestedActions | undefined =
    list.length === 0
      ? undefined
      : deepFreeze({
          actions: list.map((choice) => {
            const title = choiceTitle(choice, locale);
            return { type: 'imBack' as const, title, value: title };
          }),
        });
  suggested.set(key, actions);
  return actions;
}

/** Lower case, straight apostrophes, single spaces, no trailing punctuation. */
export function normaliseChoiceText(text: string): string {
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
    for (const choice of offers(state)) {
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
