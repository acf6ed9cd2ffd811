// What is stored instead of a customer's text the dialog judged to be a secret (a password
// typed into the chat). The real text is never persisted, logged or echoed.
import type { Locale } from '../knowledge/ids';

const MARKERS: Record<Locale, string> = {
  it: '[testo nascosto da Postino: sembrava una password]',
  en: '[text hidden by Postino: it looked like a password]',
};

export function redactionMarker(locale: Locale): string {
  return MARKERS[locale];
}
