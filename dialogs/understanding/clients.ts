// Recognises which mail client a message names. Customers write "outlok 2007", "OE", "tb",
// "mail del mac", "gmail su android", "k9"; typos were already mapped to canonical words by the
// normaliser, so the rules here read clean words.
//
// Defaults and narrowed choices:
// - "outlook" with no version is ambiguous: five programs share the name, with different
//   screens. The candidates are offered (most likely first) and no client is chosen. With an
//   Outlook error code (0x800CCCxx, 0x8004xxxx) the new Outlook, which shows none, drops out;
//   a code alone points at the same four. 2000/2002/XP/2003 (2k, 2k3) -> outlook-2003 (same
//   dialogs), 2007 (2k7) -> outlook-2007, 2010-2024 / 365 -> outlook-classic.
// - The Outlook app on a phone ("app outlook", "outlook mobile") -> outlook-new: like the new
//   Outlook for Windows it reaches smtp.hln.it from Microsoft's cloud. "outlook on my phone"
//   may as well be the phone's own mail app: the phone's programs are offered instead.
// - "gmail" or just "android" -> android-gmail (the phone's default mail app), unless gmail is
//   plainly the recipient's address ("a gmail", "@gmail.com", "clienti gmail").
import type { ClientId } from '../../core/knowledge/ids';
import type { NormalisedText } from './normalise';

type ClientRule = readonly [ClientId, RegExp];

const ANDROID_DEVICES =
  'android|samsung|galaxy|xiaomi|redmi|huawei|pixel|oppo|motorola|telefono|cellulare|smartphone|phone|tablet';
const ANDROID_DEVICE = `(?:${ANDROID_DEVICES})`;
const PHONE = `(?:${ANDROID_DEVICES}|mobile|iphone|ipad|ios)`;
const OUTLOOK_2003 = /^(?:2003|03|2002|2000|2k|2k3|2k2|xp)$/;
const OUTLOOK_2007 = /^(?:2007|07|2k7)$/;
const OUTLOOK_CLASSIC = /^(?:2010|2013|2016|2019|2021|2024|365|o365|10|13|16|19|21|24|2k1[0369]|2k2[14])$/;

// Order matters: the most specific names first.
const RULES: readonly ClientRule[] = [
  ['android-thunderbird', / (?:k ?9|k9mail)(?: mail)? /],
  [
    'android-thunderbird',
    new RegExp(
      ` thunder ?bird(?: \\w+){0,4} ${ANDROID_DEVICE} | ${ANDROID_DEVICE}(?: \\w+){0,4} thunder ?bird `,
    ),
  ],
  ['outlook-express', / (?:outlook )?express | oe ?[56]? | outlookexpress /],
  [
    'outlook-new',
    / (?:nuovo|nuova versione di|new|nuova app) outlook | outlook (?:il |quello |the )?(?:nuovo|new) /,
  ],
  [
    'outlook-new',
    / (?:app|applicazione|applicazioni|l app) (?:di |of |da )?(?:microsoft )?outlook | outlook (?:app|mobile) /,
  ],
  ['other', / outlook (?:per|for|su|sul|on|del) (?:il |the |a )?(?:mac|macbook|imac|macos) /],
  ['eudora-7', / eudora /],
  ['thunderbird', / (?:thunder ?bird|thunder|tb|mozilla|tunder) /],
  [
    'other',
    / (?:windows live mail|live mail|windows mail|posta di windows|mail di windows|posta windows|windows (?:\d+ |xp |vista )?(?:posta|mail)|app posta|incredimail|the ?bat|opera mail|mailbird|em ?client|postbox|spark|seamonkey|evolution|kmail|claws|sylpheed|airmail|bluemail|aquamail|(?:uso|use|using|con|with) (?:la |the )?webmail) /,
  ],
];

const IOS = / (?:iphone|ipad|ipod|ios|i phone|i pad) /;
const APPLE = / (?:mac|macbook|imac|macos|osx|os x|apple) /;
const ANDROID = / (?:gmail|android|samsung|galaxy|xiaomi|redmi|huawei|pixel) /;
const GMAIL_ADDRESS = /@gmail|gmail\.com/;
const GMAIL_AS_RECIPIENT =
  / (?:a|ad|to|at|into|verso|per|nella|nello|indirizzo|indirizzi|address|addresses|utenti|destinatari|contatti|clienti) gmail | (?:clienti|cliente|utenti|quelli|persone|gente|contatti|destinatari|people|users|customers|recipients|those|contacts|friends|amici) (?:\w+ ){0,2}gmail | (?:chi|who|people|quelli che) (?:usa|usano|ha|hanno|use|uses|using|has|have) gmail | (?:hotmail|libero|yahoo|tiscali|virgilio|alice|aruba|icloud|outlook com) (?:e|o|and|or) gmail | gmail (?:e|o|and|or) (?:hotmail|libero|yahoo|tiscali|virgilio|alice|aruba|icloud) /;
const OUTLOOK_ADDRESS = /@outlook|@hotmail|outlook\.(?:com|it)/;
const OFFICE = / (?:office|microsoft) 365 | o365 /;
const ONLY_OTHER =
  /^ (?:altro|altri|other|another|un altro|un altro programma|nessuno di questi|none of these|nessuno|diverso) $/;

function outlookVersion(words: string[]): ClientId | null {
  const at = words.indexOf('outlook');
  if (at < 0) return null;
  // Look right after the name first ("outlook 2007"), then just before ("office 2007 outlook").
  const near = [at + 1, at + 2, at + 3, at - 1, at - 2];
  for (const index of near) {
    const word = words[index];
    if (word === undefined) continue;
    if (OUTLOOK_2007.test(word)) return 'outlook-2007';
    if (OUTLOOK_2003.test(word) && (word !== 'xp' || index === at + 1)) return 'outlook-2003';
    // "10", "16" before the name is more often Windows' version ("windows 10 con outlook").
    if (OUTLOOK_CLASSIC.test(word) && (word.length > 2 || index === at + 1)) return 'outlook-classic';
  }
  if (words.includes('2007')) return 'outlook-2007';
  if (words.includes('2003')) return 'outlook-2003';
  return null;
}

// "outlook" as the program, not only as the tail of an address such as "mario@outlook.com".
function namesOutlook({ phrase, folded }: NormalisedText): boolean {
  // Counted as split() would, without building the pieces: most messages never say it.
  const first = phrase.indexOf(' outlook ');
  if (first < 0) return false;
  if (phrase.indexOf(' outlook ', first + ' outlook '.length) >= 0) return true;
  return !OUTLOOK_ADDRESS.test(folded);
}

function gmailIsOnlyRecipient({ phrase, folded }: NormalisedText): boolean {
  if (/ (?:android|samsung|galaxy|xiaomi|redmi|huawei|pixel) /.test(phrase)) return false;
  return GMAIL_ADDRESS.test(folded) || GMAIL_AS_RECIPIENT.test(phrase);
}

/** The Outlook family, most likely first: a bare "outlook" is any of them. */
export const OUTLOOK_FAMILY: readonly ClientId[] = [
  'outlook-classic',
  'outlook-new',
  'outlook-2007',
  'outlook-2003',
  'outlook-express',
];
/** The programs that show 0x800CCCxx / 0x8004xxxx codes (the new Outlook shows none). */
export const OUTLOOK_CODE_FAMILY: readonly ClientId[] = [
  'outlook-classic',
  'outlook-2007',
  'outlook-2003',
  'outlook-express',
];
const ON_PHONE = new RegExp(` outlook(?: \\w+){0,3} ${PHONE} | ${PHONE}(?: \\w+){0,3} outlook `);
const ON_IOS = / (?:iphone|ipad|ipod|ios|i phone|i pad) /;
const ON_ANDROID = / (?:android|samsung|galaxy|xiaomi|redmi|huawei|pixel|oppo|motorola) /;

export interface ClientReading {
  client: ClientId | null;
  /** With no client: the programs the text points at, most likely first. */
  candidates: readonly ClientId[];
}

const NONE: readonly ClientId[] = [];

function phoneCandidates(phrase: string): readonly ClientId[] {
  if (ON_IOS.test(phrase)) return ['outlook-new', 'ios-mail'];
  if (ON_ANDROID.test(phrase)) return ['outlook-new', 'android-gmail', 'android-thunderbird'];
  return ['outlook-new', 'ios-mail', 'android-gmail', 'android-thunderbird'];
}

/** The client the text names, or the candidates when it only points at a family. */
export function detectClients(text: NormalisedText, outlookCode: boolean): ClientReading {
  const client = detectClient(text);
  if (client !== null) return { client, candidates: NONE };
  if (namesOutlook(text)) {
    if (ON_PHONE.test(text.phrase)) return { client: null, candidates: phoneCandidates(text.phrase) };
    return { client: null, candidates: outlookCode ? OUTLOOK_CODE_FAMILY : OUTLOOK_FAMILY };
  }
  return { client: null, candidates: outlookCode ? OUTLOOK_CODE_FAMILY : NONE };
}

export function detectClient(text: NormalisedText): ClientId | null {
  const { phrase, words } = text;
  for (const [client, pattern] of RULES) {
    if (pattern.test(phrase)) return client;
  }
  if (namesOutlook(text)) {
    const outlook = outlookVersion(words);
    if (outlook) return outlook;
    if (ON_PHONE.test(phrase)) return null;
  }
  if (OFFICE.test(phrase)) return 'outlook-classic';
  if (IOS.test(phrase)) return 'ios-mail';
  if (APPLE.test(phrase)) return 'apple-mail';
  if (ANDROID.test(phrase) && !gmailIsOnlyRecipient(text)) return 'android-gmail';
  if (ONLY_OTHER.test(phrase)) return 'other';
  return null;
}
