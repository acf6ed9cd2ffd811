// The understanding of one customer message: which client it names, which symptom it
// describes or its pasted error implies, any global request, a yes/no answer, a rating, and
// whether it seems to carry a password. Pure and fast (it runs on every chat turn): all the
// patterns are compiled at module load and the scanned text is capped.

import { asksBackToBot } from './back-to-bot';
import { detectClient } from './clients';
import { detectErrors, sharpestError } from './error-codes';
import { detectIntent } from './intents';
import { normalise } from './normalise';
import { detectRating } from './rating';
import { looksLikeSecret } from './secrets';
import { detectSymptom } from './symptoms';
import type { Understanding } from './types';
import { detectYesNo } from './yes-no';

export { MAX_SCANNED_CHARS } from './normalise';
export type { GlobalIntent, QuickQuestion, Understanding, WrongValue } from './types';

export function understand(text: string): Understanding {
  const raw = typeof text === 'string' ? text : '';
  const normalised = normalise(raw);
  const client = detectClient(normalised);
  const errors = detectErrors(normalised.folded);
  const sharpest = sharpestError(errors);
  const secret = looksLikeSecret(normalised.clean);
  // A password handed over is not a description of a password problem.
  const described = detectSymptom(secret ? withoutPasswordWords(normalised.phrase) : normalised.phrase);
  let symptom = chooseSymptom(sharpest?.symptom ?? null, sharpest?.specificity ?? 0, described);
  const { intent, requestedLocale } = asksBackToBot(raw)
    ? { intent: 'back-to-bot' as const, requestedLocale: null }
    : detectIntent(normalised, client !== null || symptom !== null);
  const answer = detectYesNo(normalised);
  // "e un altro problema", "no, still the same error": no new symptom is described.
  if (
    symptom === 'unknown' &&
    errors.length === 0 &&
    (intent === 'other-problem' || answerShaped(normalised.words, answer))
  ) {
    symptom = null;
  }
  return {
    client,
    symptom,
    errors: errors.map((error) => error.name),
    intent,
    requestedLocale,
    answer,
    rating: detectRating(normalised),
    looksLikeSecret: secret,
    language: null,
    question: null,
    wrongValue: null,
    vague: false,
    clientCandidates: [],
  };
}

const PASSWORD_WORDS = / (?:password|passwd|passw|pass|pwd|psw|pw|pin|passcode) /g;

function withoutPasswordWords(phrase: string): string {
  return phrase.replace(PASSWORD_WORDS, ' ');
}

const ANSWER_OPENERS = new Set([
  'no',
  'nope',
  'si',
  'yes',
  'ok',
  'okay',
  'still',
  'ancora',
  'purtroppo',
  'nah',
]);

function answerShaped(words: readonly string[], answer: Understanding['answer']): boolean {
  return answer !== null && ANSWER_OPENERS.has(words[0] ?? '');
}

// A precise error code beats the customer's own words; a generic "sending failed" does not.
function chooseSymptom(
  fromError: Understanding['symptom'],
  specificity: number,
  described: Understanding['symptom'],
): Understanding['symptom'] {
  if (fromError && fromError !== 'unknown' && specificity >= 2) return fromError;
  if (described && described !== 'unknown') return described;
  return fromError ?? described;
}
