// Recognises a vague "non riesco a inviare" / "can't send" / "la posta non va": sending (or
// the mail as a whole) fails, and nothing says how. Guessing "cannot connect" from it would
// leave out authentication, the likeliest cause with authenticated SMTP, so the dialog asks
// what happens instead. Only called when no symptom, error, question or wrong value was found.
import { anyOf, lines } from './phrase-pattern';
import { MAIL_NOUN, NOT, SEND } from './symptoms';

const FAILS = anyOf(
  lines(String.raw`
  ${NOT} (?:\w+ ){0,3}${SEND}|${NOT} (?:piu )?(?:riesco|posso|riesce)
  non (?:mi |ci |si |gli |me |le |li )?(?:parte|partono|partire|esce|escono|invia|inviano|spedisce|spediscono|manda|mandano|va|vanno|funziona|funzionano|andare|funzionare)
  (?:won t|doesn t|don t|didn t|isn t|aren t|not|never|cannot|can t) (?:\w+ ){0,2}(?:send|sending|sent|go|going|goes|work|works|working|leave|leaving)
  (?:stopped|stop|smesso di|smette di|ha smesso di) (?:\w+ )?(?:sending|working|inviare|spedire|funzionare|mandare|andare)
  non si (?:inviano|invia|spediscono|spedisce)|non vengono (?:inviat\w*|spedit\w*)|(?:invio|sending) (?:fallito|non riuscito|failed|fails)|non riuscito
  problem\w*|issue|issues|trouble|qualcosa non va|something (?:is )?wrong|somethings wrong|broken|broke|bloccat[aoie]|ferm[aoie]|ko|non funge
  nothing (?:goes out|is sent|sends|works|happens)|niente da fare|non succede niente|not going out|non (?:sta |stanno )?uscendo
  (?:ma|but|e|and) (?:niente|nulla|nothing|no luck)
  (?:va|funziona|si|works|ok) (?:\w+ ){0,3}(?:telefono|cellulare|pc|computer|portatile|phone|laptop|ipad|tablet) (?:\w+ ){0,1}(?:no|non|not)
  (?:niente|nessuna|nulla) (?:\w+ )?(?:posta|mail|email|invio)|no (?:outgoing )?(?:mail|email|emails) (?:goes|going|out)
`),
);
// What the failure is about: the mail, sending, or a program.
const SUBJECT = new RegExp(
  ` (?:${SEND}|parte|partono|partire|invia|inviano|spedisce|spediscono|manda|mandano|sends|email|emails) `,
);
// "non lo so, non va e basta": a shrug is vague even without naming the mail, and so is a
// device ("il telefono non va") or "something is wrong" on this support page.
const SHRUG =
  / (?:non (?:lo )?so|boh|e basta|just|i don t know|dunno|no idea|telefono|cellulare|smartphone|tablet|computer|pc|portatile|laptop|phone|qualcosa non va|something (?:is )?wrong|somethings (?:wrong|broken)|broken) /;

// "aiuto, la posta": a plea about the mail, opening the message.
const PLEA = /^ (?:aiuto|help|sos|urgente|urgent) /;

export function isVague(phrase: string, namesClient: boolean): boolean {
  if (!FAILS.test(phrase) && !PLEA.test(phrase)) return false;
  return namesClient || MAIL_NOUN.test(phrase) || SUBJECT.test(phrase) || SHRUG.test(phrase);
}
