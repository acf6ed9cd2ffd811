// Spots a message that seems to contain a password ("la mia password è Pippo123", "pwd: x",
// "password=...", "my password is ...") so the dialog can warn the customer and the store can
// redact it. Talking about a password ("mi chiede sempre la password", "password errata") is
// not a secret: the word after "password" must look like a value, not a description.
// It reads the text with its accents, because "password è x" states a value while
// "password e ora..." ("and now") does not; without the accent, only "la mia password e x"
// or a password-shaped x counts.

const KEY = `(?:password|passwd|passw|passwort|pass|pwd|psw|pw|parola d'ordine|parola chiave|passcode|pin|codice segreto|codice di accesso)`;
const VALUE = `["'«“]?([^\\s"'»”]+)`;
const QUALIFIER = `(?:\\s+(?:che uso|che ho|che metto|attuale|dell'account|della posta|di posta|smtp|for smtp|i use|for the account|for smtp\\.hln\\.it))?`;
// "password: x", "pwd=x", "password: «x»".
// "password errata: x" / "password di rete: x": a word or two may sit between key and colon.
const ASSIGNED = new RegExp(`\\b${KEY}(?:\\s+\\p{L}+){0,2}\\s*(?:[:=]|->|=>)\\s*${VALUE}`, 'giu');
// "la password è x", "my password is x", "la password che uso è x".
const STATED = new RegExp(
  `\\b${KEY}\\b${QUALIFIER}\\s+(?:è|é|e'|is|era|was|sarebbe|would be|is still)(?=[\\s:=])\\s*[:=]?\\s*${VALUE}`,
  'giu',
);
// "la mia password e x" typed without the accent: "mia"/"my" marks it as a statement.
const STATED_UNACCENTED = new RegExp(
  `\\b(mia\\s+|my\\s+)?${KEY}\\b${QUALIFIER}\\s+e\\s*[:=]?\\s+${VALUE}`,
  'giu',
);
// "ecco la password x", "password Pippo123".
const FOLLOWED = new RegExp(`\\b${KEY}\\s+${VALUE}`, 'giu');

const DESCRIPTIONS = new Set(
  `sbagliata sbagliato errata errato giusta giusto corretta corretto correct incorrect wrong right ok okay valida
  valid invalid scaduta expired cambiata cambiato changed nuova new vecchia old stessa stesso same quella quello
  that the la il lo le una un a an di del della per sempre always non not no uguale diversa diverso different
  corta lunga short long salvata saved memorizzata stored richiesta required requested obbligatoria sicura
  secure strong forte debole weak ancora still gia già already stata been being e è is mia my tua your sua his her
  their loro of for che what quale which come how definitely sure sicuramente certamente davvero really very
  molto too troppo questa this it inserita entered typed digitata scritta written identica identical perfetta
  fine to in su on at da from with con nel nella sul sulla tutto everything dimenticata forgotten forgot lost
  persa ignota unknown giustissima normale normal cifrata encrypted crittografata protetta ma but and o or
  field campo box casella prompt di rete network dialog finestra reset resettata accettata accepted rifiutata
  rejected refused ridotta semplice simple plain testo text chiaro mail email posta account servizio service
  smtp pop pop3 imap utente user username nome name spa authentication autenticazione ora adesso now poi then
  quindi so anche also pure ok? sbagliata? giusta? corretta? errata? here qui qua`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

function isMasked(value: string): boolean {
  return /^(?:[*•·●.]+|x{3,})$/i.test(value) || /^\(?(?:nascost|hidden|omess)/i.test(value);
}

function looksLikeValue(value: string, strict: boolean): boolean {
  const clean = value.replace(/[.,;:!?)]+$/, '');
  if (clean === '' || isMasked(clean) || DESCRIPTIONS.has(clean.toLowerCase())) return false;
  if (/^0x[0-9a-f]+$|^\d\.\d\.\d+$/i.test(clean)) return false;
  if (!strict) return true;
  // Without ":" or "è", only something password-shaped counts: digits, symbols or mixed case.
  return clean.length >= 4 && /\d|[^\p{L}\d]|\p{Ll}\p{Lu}/u.test(clean);
}

function anyValue(pattern: RegExp, text: string, strict: (match: RegExpMatchArray) => boolean): boolean {
  for (const match of text.matchAll(pattern)) {
    const value = match[match.length - 1] as string;
    if (looksLikeValue(value, strict(match))) return true;
  }
  return false;
}

const LENIENT = () => false;
const STRICT = () => true;

/** True when the text (accents kept, case kept) seems to carry a password or similar secret. */
export function looksLikeSecret(text: string): boolean {
  if (!/pass|pwd|psw|pw|parola|pin|codice/i.test(text)) return false;
  return (
    anyValue(ASSIGNED, text, LENIENT) ||
    anyValue(STATED, text, LENIENT) ||
    anyValue(STATED_UNACCENTED, text, (match) => match[1] === undefined) ||
    anyValue(FOLLOWED, text, STRICT)
  );
}

// Format and control characters and runs of white space, as normalise() folds them.
const SPACING = /[\p{Cc}\p{Cf}\p{Z}\s]+/gu;

/**
 * For storage, not understanding: scans the whole text (understanding reads only the first
 * MAX_SCANNED_CHARS), so a password pasted at the end of a long message is still redacted.
 */
export function carriesSecret(raw: string): boolean {
  return looksLikeSecret(raw.replace(SPACING, ' '));
}
