// What each state says when it is entered (or re-entered, e.g. after a change of language):
// its question with the choices it offers, marked with what it concludes (channelData.postino).
// Also the replies any state may give on request: a direct answer, all the settings, the
// technical details of the last check. Transition-specific words (acknowledgements,
// apologies) are added by the transitions themselves, before these.
import { getClientGuide, serviceFacts } from '../../core/knowledge';
import { action, type ChoiceContext, suggestedActionsOf } from '../choices';
import type { DialogEffect, HandoffContext, PostinoOutcome } from '../contract';
import type { DialogContext, StateName } from '../dialog-types';
import { readProbe } from '../probe-reading';
import { say, type TextKey } from '../texts';
import { message, paragraphs, reply, typing, withOutcome } from './activity';
import { answerTopics, outcomeVerdict, renderAnswer, renderFullGuide } from './answer';
import { portByPortSummary, serverLine } from './probe-summary';
import { type QuickTopic, quickText } from './quick-answers';

/** What the context narrows in the choices a question offers. */
export function choiceContextOf(context: DialogContext): ChoiceContext {
  const shown = answerTopics(context);
  return {
    clientCandidates: context.client === null ? context.clientCandidates : [],
    narrowSymptoms: context.narrowSymptoms,
    symptom: context.symptom,
    encryptionShown:
      shown.includes('encryption') ||
      (context.client !== null && getClientGuide(context.client).tlsByDefault),
    probed: context.probe !== null,
    languageBack: context.localeFollowed ? (context.locale === 'en' ? 'it' : 'en') : null,
  };
}

/** The machine-readable outcome of a reply of this kind in this context. */
export function outcomeOf(context: DialogContext, kind: PostinoOutcome['kind']): PostinoOutcome {
  return {
    kind,
    client: context.client,
    symptom: context.symptom,
    verdict: outcomeVerdict(readProbe(context.probe)),
    locale: context.locale,
  };
}

function ask(context: DialogContext, key: TextKey, state: StateName): DialogEffect[] {
  return [reply(message(context.locale, say(context.locale, key), state, choiceContextOf(context)))];
}

/** A question about the client or the symptom: marked as a question for machines. */
function question(context: DialogContext, key: TextKey, state: StateName): DialogEffect[] {
  const activity = message(context.locale, say(context.locale, key), state, choiceContextOf(context));
  return [reply(withOutcome(activity, outcomeOf(context, 'question')))];
}

function askClientKey(context: DialogContext): TextKey {
  return context.clientCandidates.length > 0 ? 'askWhichClient' : 'askClient';
}

function askSymptomKey(context: DialogContext): TextKey {
  if (context.symptom === 'unknown') return 'askErrorText';
  return context.narrowSymptoms ? 'askWhatHappens' : 'askSymptom';
}

function serverProblem(context: DialogContext): DialogEffect[] {
  const { locale } = context;
  const reading = readProbe(context.probe);
  const line = reading.kind === 'halnet' ? serverLine(locale, reading) : null;
  const text = paragraphs(line, say(locale, 'serverProblemNext'));
  const activity = message(locale, text, 'serverProblem', choiceContextOf(context));
  return [reply(withOutcome(activity, outcomeOf(context, 'server-problem')))];
}

/** The effects of entering `state`. */
export function promptFor(state: StateName, context: DialogContext): DialogEffect[] {
  const { locale } = context;
  switch (state) {
    case 'welcome':
      return [];
    case 'askClient':
      return question(context, askClientKey(context), state);
    case 'askSymptom':
      return question(context, askSymptomKey(context), state);
    case 'diagnose':
      return [
        reply(message(locale, say(locale, 'checking'), state)),
        reply(typing(locale)),
        { type: 'probe' },
      ];
    case 'serverProblem':
      return serverProblem(context);
    case 'answer':
      return renderAnswer(context).map(reply);
    case 'askSolved':
      return ask(context, 'askSolved', state);
    case 'notSolved':
      return ask(context, 'notSolved', state);
    case 'resolved':
      return [reply(message(locale, paragraphs(say(locale, 'resolved'), say(locale, 'askRating')), state))];
    case 'askRating':
      return ask(context, 'askRating', state);
    case 'thanks':
      return ask(context, 'anythingElse', state);
    case 'handoffRequested': {
      const activity = message(locale, say(locale, 'handoffQueued'), state);
      return [reply(withOutcome(activity, outcomeOf(context, 'handoff')))];
    }
    case 'withAgent':
      return [
        reply(message(locale, say(locale, 'agentJoined', { name: context.agentName ?? 'Halnet' }), state)),
      ];
    // The known-problem answer is the notice's; the state itself only reminds of it.
    case 'outage':
      return ask(context, 'outage.still', state);
    case 'outageEmail':
      return ask(context, 'outage.askEmail', state);
    case 'serverBack':
      return ask(context, 'outage.back', state);
  }
}

/** A direct answer, with the offer to show where the setting is (or to talk to a person). */
export function quickAnswer(context: DialogContext, topic: QuickTopic): DialogEffect {
  const { locale } = context;
  const activity = message(locale, quickText(locale, topic));
  activity.suggestedActions = suggestedActionsOf([action('show-where'), action('human')], locale);
  return reply(withOutcome(activity, outcomeOf(context, 'quick-answer')));
}

/** Every setting of the client, or the question that must come first. */
export function fullGuide(context: DialogContext): DialogEffect[] {
  return renderFullGuide(context).map(reply);
}

/** The port-by-port details of the last check, for the customer who asks. */
export function technicalDetails(context: DialogContext): DialogEffect {
  const { locale } = context;
  const text =
    context.probe === null ? say(locale, 'noTechDetails') : portByPortSummary(locale, context.probe);
  return reply(message(locale, text));
}

/** A short message (no question), e.g. an acknowledgement before the next question. */
export function note(
  context: DialogContext,
  key: TextKey,
  vars?: Record<string, string | number>,
): DialogEffect {
  return reply(message(context.locale, say(context.locale, key, vars)));
}

/** A message that asks `state`'s question again with its choices. */
export function noteWithChoices(
  context: DialogContext,
  key: TextKey,
  state: StateName,
  vars?: Record<string, string | number>,
): DialogEffect {
  return reply(message(context.locale, say(context.locale, key, vars), state));
}

/** The customer's place in the agents' queue. */
export function noteWithPosition(context: DialogContext, position: number): DialogEffect {
  return note(context, position === 1 ? 'queueNext' : 'queuePosition', { position });
}

export function helpNote(context: DialogContext): DialogEffect {
  return note(context, 'help', { host: serviceFacts.outgoingHost });
}

/** The bundle an agent receives: everything the customer would otherwise have to repeat. */
export function handoffContext(context: DialogContext, reason: string): HandoffContext {
  return {
    locale: context.locale,
    client: context.client,
    symptom: context.symptom,
    reason,
    pastedErrors: [...context.pastedErrors],
    stepsGiven: [...context.stepsGiven],
    probe: context.probe,
  };
}
