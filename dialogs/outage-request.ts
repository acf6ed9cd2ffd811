// What a customer told about an outage asks in their own words, besides the buttons: to be
// told here when the server is back ("avvisami quando torna", "let me know"), or to leave an
// e-mail address for it ("lascio la mail", "email me"). Read only in the outage states, where
// these are the questions on screen; anywhere else the words mean nothing special.
import type { StateName } from './dialog-types';

/** The states that wait on an outage the customer was told about. */
export const OUTAGE_STATES: ReadonlySet<StateName> = new Set(['outage', 'outageEmail']);

export type OutageRequest = 'OUTAGE_NOTIFY_ME' | 'OUTAGE_EMAIL';

const EMAIL_WORD = '(?:e-?mail|mail|posta elettronica|indirizzo)';
const EMAIL = [
  new RegExp(
    String.raw`\b(?:lascio|lascia(?:re)?|ti do|do|scrivo|mando) (?:la |una |l[’']|un[’' ])?(?:mia |mio )?${EMAIL_WORD}\b`,
  ),
  new RegExp(
    String.raw`\b(?:avvisa|avvisatemi|scrivete|scrivetemi|mandate|mandatemi|mandami) (?:\w+ )?(?:per|via|una|con una) ${EMAIL_WORD}\b`,
  ),
  /\b(?:e-?mail me|leave (?:you )?my (?:e-?mail|address)|(?:send|drop) me an? e-?mail|by e-?mail|via e-?mail)\b/,
];
const NOTIFY = [
  /\b(?:avvisami|avvisatemi|fammi sapere|fatemi sapere|dimmi|scrivimi|aspetto) (?:\w+ ){0,2}quando (?:torna|funziona|riparte|è risolto|e risolto|sarà risolto)\b/,
  /^(?:avvisami|avvisatemi|fammi sapere|fatemi sapere|aspetto qui)$/,
  /\b(?:tell|let|notify|ping|message) me (?:\w+ ){0,2}(?:when|once|as soon as)\b/,
  /^(?:let me know|notify me|tell me|i ll wait here|i will wait here)$/,
];

function normalised(text: string): string {
  return text
    .trim()
    .toLocaleLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\bi'll\b/g, 'i ll')
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ');
}

/** The outage request the message makes, or null; the e-mail address itself is read elsewhere. */
export function outageRequestIn(text: string): OutageRequest | null {
  if (text.length > 200) return null;
  const lower = normalised(text);
  if (EMAIL.some((pattern) => pattern.test(lower))) return 'OUTAGE_EMAIL';
  if (NOTIFY.some((pattern) => pattern.test(lower))) return 'OUTAGE_NOTIFY_ME';
  return null;
}
