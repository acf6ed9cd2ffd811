// Recognises the requests valid at any point of the conversation: start over, talk to a
// person, help, switch language, "I changed client", "it is another problem". Short
// requests ("aiuto", "?") count only when the message is little else, so "help me, outlook
// will not send" is read as a problem description rather than a plea for the help text.
import type { Locale } from '../../core/knowledge/ids';
import type { NormalisedText } from './normalise';
import { anyOf, lines } from './phrase-pattern';
import type { GlobalIntent } from './types';

export interface IntentReading {
  intent: GlobalIntent | null;
  requestedLocale: Locale | null;
}

// "operatore" alone is also a phone carrier ("il mio operatore blocca la porta 25"): bare
// words count only in a very short message, longer ones need a request for a person.
const HUMAN = anyOf(
  lines(String.raw`
  operatore umano|operatrice umana|persona (?:vera|reale|umana|fisica)|essere umano|real person|live person|actual person|human being
  (?:parlare|parla|parlo|sentire|chiamare|contattare|passami|passatemi|voglio|vorrei|talk|speak|chat|want|need|get me|connect me) (?:\w+ ){0,3}(?:operatore|operatrice|tecnico|tecnici|persona|qualcuno|umano|someone|somebody|person|human|operator|agent|technician|support person|support agent)
  someone from support|assistenza (?:umana|telefonica)|mi chiami\w*|chiamatemi|call me|ricontatt\w*
`),
);
const HUMAN_WORD =
  / (?:operatore|operatrice|operator|human|humans|umano|agent|agente|representative|persona) /;
// Explicit anywhere in a short message; bare commands ("reset") only as the whole message.
const RESTART =
  / (?:ricomincia\w*|da capo|daccapo|start over|start again|torna all inizio|torniamo all inizio|back to the start|from scratch|nuova (?:chat|conversazione)|new (?:chat|conversation)) /;
const RESTART_WORD = / (?:restart|reset|riparti\w*|da zero|annulla|cancel) /;
const HELP =
  / (?:aiuto|help|cosa (?:puoi|sai|posso) fare|cosa posso (?:chiedere|scrivere)|what can you do|what can i (?:do|ask|say)|how does this work|come funziona (?:questa chat|questo bot|il bot|la chat)|menu|istruzioni|opzioni|options|non (?:ho )?capito|non capisco|i don t understand|don t understand|sos) /;
const TO_ENGLISH = / (?:english|inglese|in english|ingles) /;
const TO_ITALIAN = / (?:italiano|italian|in italiano|italiana) /;
const LANGUAGE_VERB =
  / (?:parla|parli|parlare|parliamo|scrivi|scrivere|rispondi|rispondere|passa|passare|cambia|cambiare|lingua|speak|talk|write|answer|reply|switch|change|language|please|per favore|per piacere|can we|can you|could you|do you|puoi|possiamo) /;
const CHANGED_CLIENT =
  / (?:(?:ho )?cambiat[oa] (?:\w+ ){0,2}(?:programma|client|app|applicazione|software)|(?:uso|usando|utilizzo|ho|provo) (?:\w+ )?(?:altro|altra|diverso|diversa) (?:programma|client|app|applicazione|software)|(?:uso|usando|utilizzo|ho|provo) (?:un |una )?(?:programma|client|app|applicazione|software) (?:diverso|diversa|nuovo|nuova)|(?:another|different|other) (?:email |mail )?(?:client|program|programme|app|software)|(?:changed|switched) (?:\w+ ){0,2}(?:client|program|programme|app|software)|switched to|now i use|now i m using|ora uso|adesso uso|in realta uso|actually i use|actually i m using|non uso piu) /;
const OTHER_PROBLEM =
  / (?:(?:e )?un altro problema|altro problema|problema diverso|un problema diverso|nuovo problema|un altra cosa|altra cosa|non e questo il problema|il problema e un altro|another problem|different problem|other problem|another issue|different issue|other issue|something else|new problem|that s not (?:the|my) problem|not the problem) /;

const SHORT = 8;
const TINY = 5;

function languageRequest(text: NormalisedText): Locale | null {
  const { phrase, words } = text;
  // "il mio outlook è in inglese" names a language without asking for it.
  const asks = words.length <= 2 || (words.length <= SHORT && LANGUAGE_VERB.test(phrase));
  if (!asks) return null;
  if (TO_ENGLISH.test(phrase)) return 'en';
  if (TO_ITALIAN.test(phrase)) return 'it';
  return null;
}

export function detectIntent(text: NormalisedText, namesSomething: boolean): IntentReading {
  const { phrase, words, folded } = text;
  const none: IntentReading = { intent: null, requestedLocale: null };
  if (HUMAN.test(phrase) || (words.length <= 3 && HUMAN_WORD.test(phrase)))
    return { ...none, intent: 'human' };
  const restart = RESTART.test(phrase) || (words.length <= 2 && RESTART_WORD.test(phrase));
  if (restart && words.length <= SHORT && !namesSomething) return { ...none, intent: 'restart' };
  const locale = languageRequest(text);
  if (locale) return { intent: 'change-language', requestedLocale: locale };
  if (CHANGED_CLIENT.test(phrase)) return { ...none, intent: 'changed-client' };
  if (OTHER_PROBLEM.test(phrase)) return { ...none, intent: 'other-problem' };
  const onlyQuestionMarks = words.length === 0 && /^[?\s]+$/.test(folded);
  if (onlyQuestionMarks || (words.length <= TINY && !namesSomething && HELP.test(phrase))) {
    return { ...none, intent: 'help' };
  }
  return none;
}
