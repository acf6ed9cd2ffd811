// Builds the reply activities and effects the dialog returns: markdown messages in the
// conversation's locale, with the suggested actions of the question they ask.
import type { Locale } from '../../core/knowledge/ids';
import { type ChoiceContext, suggestedActionsFor } from '../choices';
import type { DialogEffect, PostinoOutcome, ReplyActivity } from '../contract';
import type { StateName } from '../dialog-types';

/**
 * A markdown message; with `choicesOf`, it asks that state's question and offers its choices
 * (narrowed by `choices` where the state's offer depends on the conversation).
 */
export function message(
  locale: Locale,
  text: string,
  choicesOf?: StateName,
  choices?: ChoiceContext,
): ReplyActivity {
  const activity: ReplyActivity = { type: 'message', text, textFormat: 'markdown', locale };
  const actions = choicesOf === undefined ? undefined : suggestedActionsFor(choicesOf, locale, choices);
  if (actions !== undefined) activity.suggestedActions = actions;
  activity.inputHint = choicesOf === undefined ? 'acceptingInput' : 'expectingInput';
  return activity;
}

export function typing(locale: Locale): ReplyActivity {
  return { type: 'typing', locale };
}

export function reply(activity: ReplyActivity): DialogEffect {
  return { type: 'reply', activity };
}

/** Several texts joined as paragraphs of one message. */
export function paragraphs(...parts: Array<string | null | undefined | false>): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n\n');
}

/** The activity marked with what it concludes (`channelData.postino`), for machines to read. */
export function withOutcome(activity: ReplyActivity, outcome: PostinoOutcome): ReplyActivity {
  return { ...activity, channelData: { postino: outcome } };
}
