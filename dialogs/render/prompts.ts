// What each state says when it is entered (or re-entered, e.g. after a change of language):
// its question with the choices it offers. Transition-specific words (acknowledgements,
// apologies) are added by the transitions themselves, before these.
import { serviceFacts } from '../../core/knowledge';
import type { DialogEffect, HandoffContext } from '../contract';
import type { DialogContext, StateName } from '../dialog-types';
import { readProbe } from '../probe-reading';
import { say, type TextKey } from '../texts';
import { message, paragraphs, reply, typing } from './activity';
import { renderAnswer } from './answer';
import { portByPortSummary, verdictText } from './probe-summary';

function ask(context: DialogContext, key: TextKey, state: StateName): DialogEffect[] {
  return [reply(message(context.locale, say(context.locale, key), state))];
}

function serverProblem(context: DialogContext): DialogEffect[] {
  const { locale } = context;
  const summary = context.probe === null ? null : portByPortSummary(locale, context.probe);
  const text = paragraphs(summary, verdictText(locale, readProbe(context.probe)), say(locale, 'offerHuman'));
  return [reply(message(locale, text, 'serverProblem'))];
}

/** The effects of entering `state`. */
export function promptFor(state: StateName, context: DialogContext): DialogEffect[] {
  const { locale } = context;
  switch (state) {
    case 'welcome':
      return [];
    case 'askClient':
      return ask(context, 'askClient', state);
    case 'askSymptom':
      return ask(context, 'askSymptom', state);
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
      // Without a known symptom the answer asked for the error text: invite it again.
      return ask(context, context.symptom === 'unknown' ? 'askSolvedOrError' : 'askSolved', state);
    case 'notSolved':
      return ask(context, 'notSolved', state);
    case 'resolved':
      return [reply(message(locale, paragraphs(say(locale, 'resolved'), say(locale, 'askRating')), state))];
    case 'askRating':
      return ask(context, 'askRating', state);
    case 'thanks':
      return ask(context, 'anythingElse', state);
    case 'handoffRequested':
      return ask(context, 'handoffQueued', state);
    case 'withAgent':
      return [
        reply(message(locale, say(locale, 'agentJoined', { name: context.agentName ?? 'Halnet' }), state)),
      ];
  }
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
