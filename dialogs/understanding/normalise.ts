// Turns a raw chat message into the forms the recognisers read. Customers paste whole error
// dialogs, type in caps lock, drop accents or add them, and sometimes send megabytes by
// accident: everything downstream scans a bounded, accent-free, single-spaced string.
import { canonicalToken } from './vocabulary';

/** Longer messages are cut: the useful part of a pasted dialog is always near the top. */
export const MAX_SCANNED_CHARS = 2000;

export interface NormalisedText {
  /** The scanned part of the text, control characters and runs of white space turned into one space. */
  clean: string;
  /** `clean` with accents stripped; case kept. */
  cased: string;
  /** `cased` in lower case: punctuation kept, for codes such as "0x800ccc0e" or "5.7.8". */
  folded: string;
  /** Words only ([a-z0-9]), typos mapped to their canonical word, one space apart. */
  words: string[];
  /** `words` joined with a space before, between and after, so phrases match on word edges. */
  phrase: string;
}

// Format (Cf) characters include zero-width joiners and bidi marks pasted from web pages.
const CONTROL_OR_SPACE = /[\p{Cc}\p{Cf}\p{Z}\s]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x20-\x7e]/;
const TYPOGRAPHIC = /[\u2018\u2019\u201a\u2032\u00b4`]/g;
const WORD = /[a-z0-9]+/g;

// Most messages are plain ASCII with single spaces: they skip the Unicode-aware replace.
const NEEDS_CLEANING = /[^\x20-\x7e]| {2}/;

function cleanText(text: string): string {
  const capped = text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text;
  return (NEEDS_CLEANING.test(capped) ? capped.replace(CONTROL_OR_SPACE, ' ') : capped).trim();
}

function stripAccents(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(TYPOGRAPHIC, "'");
}

export function normalise(text: string): NormalisedText {
  const clean = cleanText(text);
  const cased = stripAccents(clean);
  const folded = cased.toLowerCase();
  const words = (folded.match(WORD) ?? []).map(canonicalToken);
  return { clean, cased, folded, words, phrase: ` ${words.join(' ')} ` };
}
