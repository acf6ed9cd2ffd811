// Whether a message asks Postino to check the customer's sending: the offer's button (its
// text in either language) or a short request in words ("verifica l'invio", "fai la prova",
// "check my sending", "test it"). Kept apart from the understanding of problems: it is a
// request about the fix, not a description of a fault.
import { LOCALES } from '../core/knowledge/ids';
import { say } from './texts';

const BUTTONS = new Set(LOCALES.map((locale) => say(locale, 'verify.button').toLocaleLowerCase()));
const PHRASES = [
  /^(?:puoi |potresti )?(?:verifica|controlla|prova)(?:re)? (?:l[’']invio|se funziona|la posta in uscita)\b/,
  /^(?:fai|facciamo|fammi fare) (?:la|una) prova\b/,
  /^(?:please )?(?:check|test|verify) (?:my sending|it|that it works|my outgoing mail)\b/,
  /^(?:run|do) (?:a|the) test\b/,
];

export function isVerifyRequest(text: string): boolean {
  const lower = text
    .trim()
    .toLocaleLowerCase()
    .replace(/[.!?]+$/, '');
  if (BUTTONS.has(lower)) return true;
  return lower.length <= 60 && PHRASES.some((phrase) => phrase.test(lower));
}
