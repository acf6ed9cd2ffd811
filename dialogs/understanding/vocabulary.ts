// Maps a misspelt or abbreviated word to the word the recognisers know ("outlok" -> "outlook",
// "pasword" -> "password", "nn" -> "non"). Only long, distinctive words are matched by edit
// distance, and the first letter must agree for the shorter ones, so everyday words ("email",
// "phone", "ancora") never turn into a client name.
import { distance } from 'fastest-levenshtein';

const CANONICAL_WORDS = [
  'outlook',
  'express',
  'thunderbird',
  'eudora',
  'iphone',
  'android',
  'windows',
  'microsoft',
  'password',
  'certificato',
  'certificate',
  'autenticazione',
  'authentication',
  'configurare',
  'configurazione',
  'crittografia',
  'connessione',
  'connection',
  'impostazioni',
  'impostare',
  'settings',
  'indesiderata',
  'identita',
  'sconosciuto',
  'spedire',
  'inviare',
  'messaggio',
  'messaggi',
  'operatore',
  'ricomincia',
  'ufficio',
] as const;

// Spellings too far from the word (or too short) for the edit distance to catch safely.
const KNOWN_MISSPELLINGS: Record<string, string> = {
  aifon: 'iphone',
  aifone: 'iphone',
  ifon: 'iphone',
  ifone: 'iphone',
  ipone: 'iphone',
  iphon: 'iphone',
  otlok: 'outlook',
  autluk: 'outlook',
  outluk: 'outlook',
  aotlook: 'outlook',
  tanderbird: 'thunderbird',
  thunderbeard: 'thunderbird',
  gmial: 'gmail',
  gmai: 'gmail',
  gmal: 'gmail',
  pasword: 'password',
  passwrod: 'password',
  passord: 'password',
  pssword: 'password',
  passwor: 'password',
  kiede: 'chiede',
  ankora: 'ancora',
  outlk: 'outlook',
  otlook: 'outlook',
  outloo: 'outlook',
  tel: 'telefono',
  cell: 'cellulare',
  usr: 'user',
  wich: 'which',
  whic: 'which',
  wat: 'what',
  wath: 'what',
  qule: 'quale',
  qaule: 'quale',
  qulae: 'quale',
  kiedo: 'chiedo',
  kiesto: 'chiesto',
};

// Chat shorthand, Italian and English, spelled out so the phrase rules need one spelling.
const SHORTHAND: Record<string, string> = {
  nn: 'non',
  cn: 'con',
  x: 'per',
  ke: 'che',
  xke: 'perche',
  pk: 'perche',
  cmq: 'comunque',
  tt: 'tutto',
  nnt: 'niente',
  qlc: 'qualche',
  u: 'you',
  pls: 'please',
  plz: 'please',
  // English contractions typed without the apostrophe read like the ones typed with it.
  cant: 'can t',
  dont: 'don t',
  doesnt: 'doesn t',
  didnt: 'didn t',
  wont: 'won t',
  isnt: 'isn t',
  couldnt: 'couldn t',
  wasnt: 'wasn t',
  im: 'i m',
};

const MIN_FUZZY_LENGTH = 5;
const MEMO_LIMIT = 5000;
const byFirstLetter = new Map<string, string[]>();
for (const word of CANONICAL_WORDS) {
  const list = byFirstLetter.get(word[0] as string) ?? [];
  list.push(word);
  byFirstLetter.set(word[0] as string, list);
}
const exact = new Set<string>(CANONICAL_WORDS);
// Remembering answers keeps repeated words (most of a conversation) off the slower paths.
const memo = new Map<string, string>();

function allowedDistance(length: number): number {
  return length >= 8 ? 2 : 1;
}

function closestWord(token: string): string {
  const budget = allowedDistance(token.length);
  // Words of 7+ letters may also be misspelt in their first letter ("autlook", "tunderbird").
  const candidates = token.length >= 7 ? CANONICAL_WORDS : (byFirstLetter.get(token[0] as string) ?? []);
  let best = token;
  let bestDistance = budget + 1;
  for (const word of candidates) {
    if (Math.abs(word.length - token.length) > budget) continue;
    const d = distance(token, word);
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best;
}

// Maps, not object lookups: a customer may well type "constructor" or "__proto__".
const FIXED = new Map<string, string>([...Object.entries(KNOWN_MISSPELLINGS), ...Object.entries(SHORTHAND)]);
const HAS_DIGIT = /\d/;

function lookUp(token: string): string {
  const fixed = FIXED.get(token);
  if (fixed !== undefined) return fixed;
  if (exact.has(token) || token.length < MIN_FUZZY_LENGTH || HAS_DIGIT.test(token)) return token;
  return closestWord(token);
}

/** The canonical spelling of one lower-case word; the word itself when nothing is close. */
export function canonicalToken(token: string): string {
  const cached = memo.get(token);
  if (cached !== undefined) return cached;
  const found = lookUp(token);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(token, found);
  return found;
}
