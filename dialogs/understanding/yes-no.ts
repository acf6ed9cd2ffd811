// Reads an answer to a yes/no question ("sì", "ok funziona", "risolto", "ancora niente",
// "non va"). Only short messages count: a long description is not an answer, and "si" opens
// an answer only when what follows it is answer-like ("sì grazie", not "si blocca").
import type { NormalisedText } from './normalise';

export type YesNo = 'yes' | 'no';

const MAX_ANSWER_WORDS = 8;
const NO =
  / (?:nope|nah|negativo|macche|ancora niente|ancora nulla|ancora no|non ancora|not yet|still not|still no|still nothing|still broken|still the same|still doesn t|non (?:funziona|funzionano|va|parte|partono|invia|e risolto|risolto|ha funzionato|e cambiato|cambia nulla|cambia niente)|doesn t work|didn t work|does not work|did not work|not working|isn t working|not solved|not fixed|stesso errore|same error|same problem|stesso problema|uguale|come prima|niente da fare|purtroppo|nothing|no luck|nulla|niente) /;
const YES_FIRST = new Set([
  'si',
  'yes',
  'yep',
  'yeah',
  'yup',
  'ok',
  'okay',
  'okk',
  'oki',
  'certo',
  'certamente',
  'esatto',
  'giusto',
  'perfetto',
  'fatto',
  'risolto',
  'funziona',
  'sure',
  'correct',
  'done',
  'solved',
  'fixed',
  'ottimo',
  'benissimo',
  'confermo',
  'affermativo',
  'top',
  'evviva',
  'finalmente',
  'vabene',
  'y',
  'great',
  'perfect',
]);
const YES =
  / (?:ora funziona|adesso funziona|funziona|funzionano|it works|works now|working now|va bene|tutto ok|tutto a posto|tutto bene|risolto|solved|fixed|ce l ho fatta|ci sono riuscit\w|ha funzionato|it worked|all good|now it works|parte|partita|partono|inviata|sent) /;
// After "si" these keep it an answer; anything else ("si blocca") makes "si" a pronoun.
const AFTER_SI = new Set([
  'grazie',
  'ok',
  'funziona',
  'ora',
  'adesso',
  'certo',
  'perfetto',
  'tutto',
  'e',
  'risolto',
  'fatto',
  'va',
  'bene',
  'mille',
  'finalmente',
  'esatto',
  'confermo',
  'infatti',
  'si',
  'giusto',
  'thanks',
  'thank',
  'you',
]);

export function detectYesNo({ words, phrase, folded }: NormalisedText): YesNo | null {
  if (words.length === 0 || words.length > MAX_ANSWER_WORDS) return null;
  const first = words[0] as string;
  if (first === 'no' || first === 'n' || words[words.length - 1] === 'no' || NO.test(phrase)) return 'no';
  if (first === 'si') {
    const second = words[1];
    return second === undefined || AFTER_SI.has(second) || /^s[ìi]\s*[,.!]/.test(folded) ? 'yes' : null;
  }
  if (/ (?:non|not|don t|doesn t|didn t) /.test(phrase)) return null;
  return YES_FIRST.has(first) || YES.test(phrase) ? 'yes' : null;
}
