// The understanding of one customer message: which client it names (or which candidates it
// points at), which symptom it describes or its pasted error implies, a direct question, a
// wrong setting, whether it is too vague to act on, the language it is written in, any
// global request, a yes/no answer, a rating, and whether it seems to carry a password. Pure
// and fast (it runs on every chat turn): all the patterns are compiled at module load and
// the scanned text is capped.

import { asksBackToBot } from './back-to-bot';
import { detectClients } from './clients';
import { detectErrors, type RecognisedError, sharpestError } from './error-codes';
import { detectIntent } from './intents';
import { languageOfMessage } from './language';
import { normalise } from './normalise';
import { detectQuestion } from './questions';
import { detectRating } from './rating';
import { looksLikeSecret } from './secrets';
import { detectSymptom } from './symptoms';
import type { Understanding } from './types';
import { isVague } from './vague';
import { detectWrongValue } from './wrong-values';
import { detectYesNo } from './yes-no';

export { MAX_SCANNED_CHARS } from './normalise';
export type { GlobalIntent, QuickQuestion, Understanding, WrongValue } from './types';

export function understand(text: string): Understanding {
  const raw = typeof text === 'string' ? text : '';
  const normalised = normalise(raw);
  const errors = detectErrors(normalised.folded);
  const { client, candidates } = detectClients(normalised, errors.some(isOutlookCode));
  const sharpest = sharpestError(errors);
  const secret = looksLikeSecret(normalised.clean);
  // A password handed over is not a description of a password problem.
  const described = detectSymptom(secret ? withoutPasswordWords(normalised.phrase) : normalised.phrase);
  let symptom = chooseSymptom(sharpest?.symptom ?? null, sharpest?.specificity ?? 0, described);
  const { phrase } = normalised;
  const namesClient = client !== null || candidates.length > 0;
  const question = detectQuestion(normalised);
  const wrongValue = detectWrongValue(normalised);
  // A question or a wrong value with no trouble described: "which username?" is not an
  // authentication failure, "is SSL needed?" not a wish to set it up now, "port 25 set,
  // should I change it?" not a first setup.
  if (
    (question || wrongValue) &&
    !sharpest &&
    !PROBLEM.test(phrase) &&
    (symptom !== 'first-setup' || wrongValue || !SETUP_INTENT.test(phrase))
  ) {
    symptom = null;
  }
  // "ho provato a mettere la porta 465 ma niente": tried, failed; not a first setup.
  if (symptom === 'first-setup' && TRIED.test(phrase) && isVague(phrase, true)) symptom = null;
  // A setting tried and failing ("port 25 doesn't work", "provato 587 e 465, niente", "ho
  // messo smtp.hln.it ma niente") is a connection that does not get through.
  if (
    symptom === null &&
    !sharpest &&
    (wrongValue !== null || SETTING.test(phrase)) &&
    isVague(phrase, true)
  ) {
    symptom = 'cannot-connect';
  }
  // A generic "sending failed" pasted alone is as vague as "can't send".
  const onlyGeneric =
    sharpest !== null && sharpest.specificity === 0 && symptom === sharpest.symptom && !described;
  const vagueText =
    (symptom === null || onlyGeneric) &&
    question === null &&
    wrongValue === null &&
    (sharpest === null || sharpest.specificity === 0) &&
    isVague(phrase, namesClient);
  const { intent, requestedLocale } = asksBackToBot(raw)
    ? { intent: 'back-to-bot' as const, requestedLocale: null }
    : detectIntent(normalised, client !== null || symptom !== null || vagueText);
  const answer = detectYesNo(normalised);
  // "e un altro problema", "no, still the same error": no new symptom is described.
  if (
    symptom === 'unknown' &&
    errors.length === 0 &&
    (intent === 'other-problem' || answerShaped(normalised.words, answer))
  ) {
    symptom = null;
  }
  const vague = vagueText && intent === null;
  if (vague) symptom = null;
  return {
    client,
    symptom,
    errors: errors.map((error) => error.name),
    intent,
    requestedLocale,
    answer,
    rating: detectRating(normalised),
    looksLikeSecret: secret,
    language: languageOfMessage(normalised, errors),
    question,
    wrongValue,
    vague,
    clientCandidates: [...candidates],
  };
}

// Words that describe trouble, as opposed to a question asked before any.
const PROBLEM =
  / (?:non|not|don t|doesn t|didn t|won t|can t|cannot|isn t|fail\w*|error\w*|errore|errori|sbagliat\w*|wrong|incorrect|rifiut\w*|reject\w*|denied|blocc\w*|blocked|timeout|timed|scadut\w*|warning|avviso|chiede|asks|asking|keeps|prompt\w*|problem\w*|niente|nothing|nulla|spam|lent\w*|slow|still|ancora) /;

// Setting up, said in so many words (a quick question alone is not a first setup).
const SETUP_INTENT =
  / (?:configur\w*|setup|set up|setting up|nuovo account|new account|aggiung\w*|add|prima volta|first time|installare|istruzioni|instructions|guida|manuale|manual|appena|abbonat\w*|subscribed|signed up|nuovo|nuova|new) /;
const TRIED = / (?:ho (?:gia )?provato|provato a|tried|i ve tried|have tried) /;
// A setting the customer tried: a port, or Halnet's server name ("smtp hln it" as words).
const SETTING = / (?:porta|porte|port|ports|587|465|smtp hln it) /;

function isOutlookCode(error: RecognisedError): boolean {
  return error.name.startsWith('0x');
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
  'same',
  'stesso',
  'stessa',
  'sempre',
  'uguale',
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
