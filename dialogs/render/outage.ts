// What the dialog says during an outage of Halnet's server (issue 12): the known-problem
// answer (the cause first, since when, "do not change your settings", nothing to do), the
// short reminder of it, and the effect that puts the conversation in the outage's group.
import { serviceFacts } from '../../core/knowledge';
import type { CallbackContactInput, DialogEffect, OutageNotice } from '../contract';
import type { DialogContext, StateName } from '../dialog-types';
import { say } from '../texts';
import { message, paragraphs, reply, withOutcome } from './activity';
import { choiceContextOf } from './prompts';

/** Halnet's customers are in Italy: the outage's start in Italian time, the same for every reader. */
const ROME_TIME = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "HH:MM" of `since` in Europe/Rome (a pure function of the instant: no clock is read). */
export function outageTime(since: string): string {
  return ROME_TIME.format(new Date(since));
}

/**
 * The known-problem answer, marked `server-problem` with the outage's verdict. A queued
 * customer keeps the queue's choices and is told they stay queued; anyone else is offered
 * the outage's choices (tell me here, leave an e-mail, it is something else).
 */
export function outageAnswer(context: DialogContext, notice: OutageNotice, queued: boolean): DialogEffect {
  const { locale } = context;
  const text = paragraphs(
    say(locale, 'outage.answer', { host: serviceFacts.outgoingHost, time: outageTime(notice.since) }),
    say(locale, queued ? 'outage.queued' : 'outage.offer'),
  );
  const state: StateName = queued ? 'handoffRequested' : 'outage';
  const activity = message(locale, text, state, choiceContextOf(context));
  return reply(
    withOutcome(activity, {
      kind: 'server-problem',
      client: context.client,
      symptom: context.symptom,
      verdict: notice.verdict,
      locale,
    }),
  );
}

/** The outage's answer again, as a change of language shows it. */
export function outageAnswerAgain(context: DialogContext): DialogEffect[] {
  return context.outage === null ? [] : [outageAnswer(context, context.outage, false)];
}

/** The conversation joins the outage's group (the core makes a repeated join a merge). */
export function outageJoin(
  context: DialogContext,
  wantsHuman: boolean,
  callback?: CallbackContactInput,
): DialogEffect[] {
  if (context.outage === null) return [];
  return [
    {
      type: 'outage-join',
      outageId: context.outage.id,
      wantsHuman,
      ...(callback === undefined ? {} : { callback }),
    },
  ];
}
