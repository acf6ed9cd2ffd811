// Tells whether a message is written in English or Italian, so the conversation can follow
// the customer. Counts the small words only one of the two languages uses (articles,
// prepositions, pronouns, auxiliaries, greetings); product names, codes, numbers and words
// both languages share ("mail", "server", "password", "ok", "no") count for neither. A
// pasted error message says nothing about its reader: languageOfMessage blanks it out first.
import type { Locale } from '../../core/knowledge/ids';
import type { RecognisedError } from './error-codes';
import type { NormalisedText } from './normalise';

const ITALIAN = new Set(
  `il lo la le gli un una uno di da del della dello dei degli delle dal dalla dai al alla allo ai agli alle
  nel nella nei nelle sul sulla sui sulle col con per tra fra che non mi ti si ci vi ho ha hanno abbiamo
  sono siamo ma anche come quando perche piu ancora sempre gia solo tutto tutti tutte niente nulla questo
  questa quello quella mio mia miei mie tuo tua suo sua vostro vostra dove cosa chi quale qual quali devo
  posso puoi serve vorrei volevo riesco riesce funziona funzionano va vanno parte partono invia inviare
  spedire spedisce mandare manda mando ricevo ricevere chiede dice esce messo scritto fatto provato
  buongiorno buonasera salve grazie ciao scusate scusi aiuto posta errore porta giusto vero adesso ora
  oggi ieri stamattina dopo prima nessuno nessuna sto sta stanno uso usare mettere metto dei l c e un
  perché poi cosi bene male lui lei loro sempre molto tanto mai casa ufficio telefono cellulare
  continua resta rimane arrivano invio sbagliata lentissimo stesso stessa su sull dall dell all nell avevo
  tolta tolto nome uscita entrata arrivo utente indirizzo corretto corretta obbligatorio meglio verso finiscono
  finisce clienti torna indietro scusa problema problemi impostazioni crittografia
  certificato spunta attivato uguale attivo attiva attivare spuntato forza bisogna cos vecchio vecchia nuovo
  nuova mette troppo rifiuta destinatari destinatario significa codice nello negli nelle stelle stella seguito
  riprovato rifatto cambiato passi passaggi istruzioni perfetto mille funzionato risolto capito trovo capisco
  voce prova provo dovrei potete aiutarmi aiutatemi grazie risponde rispondono`.split(/\s+/),
);
const ENGLISH = new Set(
  `the an is are was were be been being my your our their you it its to of and on for with from at by
  this that these those what which where when why how can could should would will do does did have has
  had get got getting not don doesn
  didn won isn aren wasn couldn keeps keep asking asks says said send sending sent works working work
  stuck still same again anymore please thanks thank hi hello hey there any some all just now only but
  or if because since after before error settings setting right wrong correct use using used need
  needs want wants tried try trying sorry morning evening good help me we us they he she new outgoing
  incoming yet nothing anything every always never other another each up out off into than then also failed
  nope yep yeah cannot problem mandatory enabled tick secure put as either whats port btw luck emails go goes
  going time must enable encryption broken window saying incorrect change changed followed steps difference
  worked fixed solved typed wrote written entered respond responding`.split(/\s+/),
);
for (const contraction of [
  "can't",
  "don't",
  "doesn't",
  "didn't",
  "won't",
  "isn't",
  "aren't",
  "wasn't",
  "couldn't",
]) {
  // As the normaliser spells them ("can t") and as the raw text does ("can't").
  ENGLISH.add(contraction.replace("'", ' '));
  ENGLISH.add(contraction);
}
ENGLISH.add('i m');
ENGLISH.add('yes');
// Both languages use these, and any word in both lists ("all'" is Italian too): they decide nothing.
const SHARED = [
  'e',
  'a',
  'i',
  'in',
  'me',
  'no',
  'ok',
  'mail',
  'server',
  ...[...ITALIAN].filter((word) => ENGLISH.has(word)),
];
for (const shared of SHARED) {
  ITALIAN.delete(shared);
  ENGLISH.delete(shared);
}

const MIN_WORDS = 2;

/** The language the words are in, when clearly one; null for names, codes, a mix or too few. */
export function detectLanguage(words: readonly string[], domainIts = 0, accents = 0): Locale | null {
  // Accented vowels ("è", "perché") are Italian spelling: one word's worth at most.
  let italian = Math.min(accents, 1);
  // "smtp.hln.it", "mario@libero.it": the "it" of a domain is not the English pronoun.
  let english = -domainIts;
  for (const word of words) {
    if (ITALIAN.has(word)) italian++;
    else if (ENGLISH.has(word)) english++;
  }
  if (english >= MIN_WORDS && english >= 3 * italian) return 'en';
  if (italian >= MIN_WORDS && italian >= 3 * english) return 'it';
  return null;
}

const DOMAIN_IT = /\.it\b/g;
const ITALIAN_ACCENTS = /[àèéìòù]/gi;
// "can't" and "doesn't" as one token each, as the normaliser's words have them.
const WORD_TOKENS = /[a-z]+(?:'t\b)?/g;
// The stock sentences mail programs wrap an error in ("Task 'X - Sending' reported error",
// "If you continue to receive this message, contact your server administrator..."): pasted
// with the error, they are not the customer's words either.
const PASTED_HEADER = new RegExp(
  [
    "attivita '[^']*' - segnalato errore",
    "task '[^']*' reported error",
    'an error occurred while sending mail',
    'the mail server responded',
    'the message could not be sent',
    "si e verificato un errore durante l'?invio",
    'il server di posta ha risposto',
    'if you continue to receive this message[^.]*',
    'se il problema persiste[^.]*',
    'please verify that[^.]*',
    'try again or contact[^.]*',
    'the server may be unavailable[^.]*',
    'verificare che[^.]*',
  ].join('|'),
  'g',
);
const SENTENCE_END = /[.!?;:](?=\s|$)/g;

// The language of the customer's own words: a recognised error message or code is not, nor
// is the server's text after an SMTP reply code, to the end of its sentence
// ("esce: 530 5.7.0 Must issue a STARTTLS command first").
/** The language of the customer's own words in a message with the errors recognised in it. */
export function languageOfMessage(text: NormalisedText, errors: readonly RecognisedError[]): Locale | null {
  // No words, no language (and neither the accents nor a domain can make up for none).
  if (text.words.length === 0) return null;
  if (errors.length === 0) {
    // An ASCII text (cased is clean itself) has no accents; a text without ".it" no domain.
    const accents = text.cased === text.clean ? 0 : (text.clean.match(ITALIAN_ACCENTS)?.length ?? 0);
    const domainIts = text.folded.includes('.it') ? (text.folded.match(DOMAIN_IT)?.length ?? 0) : 0;
    return detectLanguage(text.words, domainIts, accents);
  }
  const blank = (match: string) => ' '.repeat(match.length);
  let own = text.folded.replace(PASTED_HEADER, blank);
  for (const { name, span } of errors) {
    SENTENCE_END.lastIndex = span[1];
    const end = name.startsWith('SMTP ') ? (SENTENCE_END.exec(own)?.index ?? own.length) : span[1];
    own = own.slice(0, span[0]) + ' '.repeat(end - span[0]) + own.slice(end);
  }
  // Accents count only in the customer's own words (stripping them keeps the length).
  let accents = 0;
  if (text.clean.length === own.length) {
    for (const match of text.clean.matchAll(ITALIAN_ACCENTS)) if (own[match.index ?? 0] !== ' ') accents++;
  }
  return detectLanguage(own.match(WORD_TOKENS) ?? [], own.match(DOMAIN_IT)?.length ?? 0, accents);
}
