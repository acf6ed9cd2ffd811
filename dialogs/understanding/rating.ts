// Reads a 1-5 satisfaction rating: "4", "5 stelle", "★★★★", "cinque", "4/5", "direi 4".
// Only short messages made of one rating and filler words count, so "porta 465", "5.7.8" or
// "ho provato 2 volte" are not ratings.
import type { NormalisedText } from './normalise';

export type Rating = 1 | 2 | 3 | 4 | 5;

const STARS = /[\u2605\u2b50\u{1f31f}]/gu;
const NUMBER_WORDS = new Map<string, Rating>([
  ['uno', 1],
  ['una', 1],
  ['one', 1],
  ['due', 2],
  ['two', 2],
  ['tre', 3],
  ['three', 3],
  ['quattro', 4],
  ['four', 4],
  ['cinque', 5],
  ['five', 5],
]);
const RATING_FILLER = new Set([
  'stelle',
  'stella',
  'stars',
  'star',
  'voto',
  'vote',
  'rating',
  'punti',
  'points',
  'direi',
  'do',
  'ti',
  'un',
  'il',
  'su',
  'out',
  'of',
  'grazie',
  'dai',
  'metto',
  'i',
  'give',
  'it',
  'a',
  'would',
  'say',
  'rate',
  'the',
  'e',
  'per',
  'thanks',
  'ok',
  'mi',
  'sembra',
  'da',
  'pieno',
  'full',
  'score',
  'marks',
  'tutte',
  'all',
]);

// Non-global twin of STARS for the pre-check (a global regex keeps state between calls).
const ANY_STAR = /[\u2605\u2b50\u{1f31f}]/u;

function starRating(folded: string): Rating | null {
  if (!ANY_STAR.test(folded)) return null;
  const stars = folded.match(STARS)?.length ?? 0;
  if (stars < 1 || stars > 5) return null;
  const rest = folded.replace(STARS, '').replace(/\ufe0f|[\s.!,]+/g, '');
  return rest === '' ? (stars as Rating) : null;
}

// A rating has a digit 1-5 or a number word somewhere: without one, no word below can be one.
const RATING_HINT = new RegExp(`[1-5]|${[...NUMBER_WORDS.keys()].join('|')}`);

export function detectRating({ words, folded }: NormalisedText): Rating | null {
  const stars = starRating(folded);
  if (stars) return stars;
  if (words.length === 0 || words.length > 6 || !RATING_HINT.test(folded) || /\d[.,:]\d/.test(folded)) {
    return null;
  }
  // "4/5", "4 su 5", "4 out of 5": the second number is the scale, not a second rating.
  const scaled = folded.replace(/([1-5])\s*(?:\/|su|out of|di)\s*5\b/, '$1');
  const found: Rating[] = [];
  for (const word of scaled.match(/[a-z0-9]+/g) ?? []) {
    if (/^[1-5]$/.test(word)) found.push(Number(word) as Rating);
    else if (NUMBER_WORDS.has(word)) found.push(NUMBER_WORDS.get(word) as Rating);
    else if (!RATING_FILLER.has(word)) return null;
  }
  return found.length === 1 ? (found[0] as Rating) : null;
}
