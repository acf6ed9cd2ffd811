// What is stored instead of a customer's text the dialog judged to be a secret (a password
// typed into the chat), and the storage-side check that no password is kept in any other
// field the customer controls: the whole text (the dialog reads only its first 2,000
// characters), a message's `value`, `from.name`, `name` and `channelData`. The real text is
// never persisted, logged or echoed.
import { carriesSecret } from '../../dialogs/understanding/secrets';
import type { Locale } from '../knowledge/ids';
import type { UserActivityInput } from './activity-factory';

const MARKERS: Record<Locale, string> = {
  it: '[testo nascosto da Postino: sembrava una password]',
  en: '[text hidden by Postino: it looked like a password]',
};

export function redactionMarker(locale: Locale): string {
  return MARKERS[locale];
}

/** Bounded like the channel's JSON depth limit; deeper values were refused before. */
const MAX_WALK_DEPTH = 40;

function stringsIn(value: unknown, found: string[], depth = 0): string[] {
  if (typeof value === 'string') found.push(value);
  else if (depth < MAX_WALK_DEPTH && value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      found.push(key);
      stringsIn(inner, found, depth + 1);
    }
  }
  return found;
}

/** True when any customer-controlled field of the activity seems to carry a password. */
export function secretIn(input: UserActivityInput): boolean {
  const candidates = [
    input.text,
    input.name,
    input.from.name,
    ...stringsIn(input.value, []),
    ...stringsIn(input.channelData, []),
  ];
  return candidates.some((candidate) => typeof candidate === 'string' && carriesSecret(candidate));
}

/**
 * The activity as stored when it carries a secret: the text becomes the marker, and the
 * fields that could hold the secret are dropped (`channelData` keeps only Web Chat's echo id).
 */
export function redactedInput(input: UserActivityInput, locale: Locale): UserActivityInput {
  const { value: _value, name, channelData, from, ...rest } = input;
  const clientActivityID = channelData?.clientActivityID;
  return {
    ...rest,
    text: redactionMarker(locale),
    ...(name !== undefined && !carriesSecret(name) ? { name } : {}),
    ...(typeof clientActivityID === 'string' ? { channelData: { clientActivityID } } : {}),
    from: { id: from.id },
  };
}
