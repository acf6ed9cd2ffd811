// The short acknowledgement of what a message told the dialog ("Good, Thunderbird."; "I have
// noted the problem: ..."), so a customer who answered two questions at once sees both taken.
import { clientGuides, symptoms } from '../core/knowledge';
import type { DialogEffect } from './contract';
import type { DialogContext, MachineEvent } from './dialog-types';
import { message, paragraphs, reply } from './render/activity';
import { say } from './texts';

export function acknowledgement(context: DialogContext, said: MachineEvent): DialogEffect[] {
  // After an outage, the message the customer wrote meanwhile is acknowledged like any other.
  const event = said.type === 'OUTAGE_ENDED' && said.message !== null ? said.message : said;
  if (event.type !== 'MESSAGE' && event.type !== 'CHANGED_CLIENT' && event.type !== 'OTHER_PROBLEM')
    return [];
  const { locale } = context;
  const { client, symptom } = event.heard;
  const clientName =
    client !== null && client !== context.client
      ? clientGuides.find((guide) => guide.id === client)?.name[locale]
      : undefined;
  const symptomTitle =
    symptom !== null && symptom !== context.symptom
      ? symptoms.find((entry) => entry.id === symptom)?.title[locale]
      : undefined;
  const text = paragraphs(
    clientName !== undefined && say(locale, 'clientNoted', { client: clientName }),
    symptomTitle !== undefined && say(locale, 'symptomNoted', { symptom: symptomTitle }),
  );
  return text === '' ? [] : [reply(message(locale, text))];
}
