// The language of a first visit, from the browser: the first of `navigator.languages` that
// Postino speaks. The page's `data-locale` is only the fallback when none of them is Italian
// or English; the customer's own choice (the EN/IT button) wins over both.
import { isLocale, type Locale } from '../shared/widget-texts';

export function browserLocale(languages: readonly string[] | undefined): Locale | null {
  for (const tag of languages ?? []) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return null;
}
