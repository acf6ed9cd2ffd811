// Translates one validated dialog event into the statechart's own event. A customer message
// is cleaned (control characters out, length capped), read by `understand()`, and then:
// a secret wins over everything (warn, redact); an explicit "back to the bot"; a click on
// one of the current question's buttons (exact text, either language); a request valid
// anywhere; otherwise a plain MESSAGE carrying what was understood.
import { LOCALES } from '../core/knowledge/ids';
import { type Choice, matchChoice } from './choices';
import { callbackContactIn } from './contact';
import type { DialogEvent } from './contract';
import {
  type DialogContext,
  type Heard,
  type MachineEvent,
  NOTHING_HEARD,
  type StateName,
} from './dialog-types';
import { OUTAGE_STATES, outageRequestIn } from './outage-request';
import { understand } from './understanding';
import { isVerifyRequest } from './verify-request';

/** The part of a message that is read and remembered: more is never a real answer. */
export const MAX_MESSAGE_CHARS = 4000;
const MAX_REASON_CHARS = 500;

// C0 and C1 control characters (terminal escapes, NULs, bells), built from code points so the
// pattern itself stays printable.
const CONTROL_CHARACTERS = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(0x1f)}${String.fromCharCode(0x7f)}-${String.fromCharCode(0x9f)}]+`,
  'g',
);

/** Control characters out (tabs and new lines become spaces), length capped, trimmed. */
export function cleanText(text: string): string {
  return text.slice(0, MAX_MESSAGE_CHARS).replace(CONTROL_CHARACTERS, ' ').trim();
}

function fromChoice(choice: Choice, text: string, context: DialogContext): MachineEvent {
  switch (choice.kind) {
    case 'client':
      return { type: 'MESSAGE', text, heard: { ...NOTHING_HEARD, client: choice.id } };
    case 'symptom':
      return { type: 'MESSAGE', text, heard: { ...NOTHING_HEARD, symptom: choice.id } };
    case 'answer':
      return { type: 'MESSAGE', text, heard: { ...NOTHING_HEARD, answer: choice.value } };
    case 'rating':
      return { type: 'MESSAGE', text, heard: { ...NOTHING_HEARD, rating: choice.value } };
    case 'action':
      switch (choice.action) {
        case 'human':
          return { type: 'HUMAN', reason: text, heard: NOTHING_HEARD };
        case 'restart':
          return { type: 'RESTART' };
        case 'skip-check':
          return { type: 'SKIP_CHECK' };
        case 'show-steps':
          return { type: 'SHOW_STEPS' };
        case 'recheck':
          return { type: 'RECHECK' };
        case 'back-to-bot':
          return { type: 'BACK_TO_BOT' };
        case 'no-rating':
          return { type: 'MESSAGE', text, heard: { ...NOTHING_HEARD, answer: 'no' } };
        case 'encryption':
          return { type: 'MESSAGE', text, heard: { ...NOTHING_HEARD, symptom: 'wants-encryption' } };
        case 'show-where':
          return {
            type: 'SHOW_WHERE',
            heard: { ...NOTHING_HEARD, symptom: context.showWhere ?? 'first-setup' },
          };
        case 'full-guide':
          return { type: 'FULL_GUIDE' };
        case 'tech-details':
          return { type: 'TECH_DETAILS' };
        case 'continue-it':
          return { type: 'LANGUAGE', locale: 'it' };
        case 'continue-en':
          return { type: 'LANGUAGE', locale: 'en' };
        case 'outage-notify':
          return { type: 'OUTAGE_NOTIFY_ME' };
        case 'outage-email':
          return { type: 'OUTAGE_EMAIL' };
        case 'outage-other':
          return { type: 'OTHER_PROBLEM', heard: NOTHING_HEARD };
      }
  }
}

function fromIntent(heard: Heard, text: string, context: DialogContext): MachineEvent {
  switch (heard.intent) {
    case 'restart':
      return { type: 'RESTART' };
    case 'human':
      return { type: 'HUMAN', reason: text.slice(0, MAX_REASON_CHARS), heard };
    case 'help':
      return { type: 'HELP' };
    case 'change-language':
      // Without a named language, "change language" means the other one.
      return {
        type: 'LANGUAGE',
        locale:
          heard.requestedLocale ?? LOCALES.find((locale) => locale !== context.locale) ?? context.locale,
      };
    case 'changed-client':
      return { type: 'CHANGED_CLIENT', heard };
    case 'other-problem':
      return { type: 'OTHER_PROBLEM', heard };
    default:
      return { type: 'MESSAGE', text, heard };
  }
}

function fromMessage(raw: string, state: StateName, context: DialogContext): MachineEvent {
  const text = cleanText(raw);
  if (text === '') return { type: 'EMPTY' };
  const heard = understand(text);
  if (heard.looksLikeSecret) return { type: 'SECRET' };
  if (heard.intent === 'back-to-bot') return { type: 'BACK_TO_BOT' };
  // While queued, an email address or phone number is a contact for a call back.
  if (state === 'handoffRequested') {
    const contact = callbackContactIn(text);
    if (contact) return { type: 'CALLBACK', contact };
  }
  if (isVerifyRequest(text)) return { type: 'VERIFY' };
  const choice = matchChoice(state, text);
  if (choice !== null) return fromChoice(choice, text, context);
  if (OUTAGE_STATES.has(state)) {
    // Told about an outage: an e-mail address is where to send the all-clear.
    const contact = callbackContactIn(text);
    if (contact?.kind === 'email') return { type: 'CALLBACK', contact };
    const request = outageRequestIn(text);
    if (request !== null) return { type: request };
  }
  return fromIntent(heard, text, context);
}

export function toMachineEvent(event: DialogEvent, state: StateName, context: DialogContext): MachineEvent {
  switch (event.type) {
    case 'user.join':
      return { type: 'JOIN', locale: event.locale ?? null };
    case 'user.message':
      return fromMessage(event.text, state, context);
    case 'probe.result':
      return { type: 'PROBE_RESULT', summary: event.summary };
    case 'agent.joined':
      return { type: 'AGENT_JOINED', agentName: event.agentName };
    case 'agent.returned':
      return { type: 'AGENT_RETURNED' };
    case 'agent.closed':
      return { type: 'AGENT_CLOSED' };
    case 'handoff.queued':
      return { type: 'HANDOFF_QUEUED', position: event.position };
    case 'handoff.unavailable':
      return { type: 'CALLBACK_OFFER', reason: event.reason, hours: event.hours };
    case 'verify.ready':
      return { type: 'VERIFY_READY', address: event.address, expiresInMinutes: event.expiresInMinutes };
    case 'verify.result':
      return { type: 'VERIFY_RESULT', result: event.result };
    case 'verify.unavailable':
      return { type: 'VERIFY_UNAVAILABLE' };
    case 'outage.cleared':
      return { type: 'OUTAGE_CLEARED', outageId: event.outageId };
  }
}
