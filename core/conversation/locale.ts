// Maps a BCP 47 tag from a browser or a client ("it-IT", "en-GB", "en") to one of Postino's
// locales; anything else is undefined so the caller keeps its default.
import { type Locale, localeSchema } from '../knowledge/ids';

export function toLocale(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  const parsed = localeSchema.safeParse(language);
  return parsed.success ? parsed.data : undefined;
}
