// Recognises which mail client a message names. Customers write "outlok 2007", "OE", "tb",
// "mail del mac", "gmail su android", "k9"; typos were already mapped to canonical words by the
// normaliser, so the rules here read clean words.
//
// Defaults, chosen because they fit most customers today:
// - "outlook" with no version -> outlook-classic (the desktop app of Office 2010-2024 / 365);
//   2000/2002/XP/2003 -> outlook-2003 (same dialogs), 2007 -> outlook-2007.
// - Outlook on a phone or tablet -> outlook-new: like the new Outlook for Windows, the mobile
//   app reaches smtp.hln.it from Microsoft's cloud, so the same cautions apply.
// - "gmail" or just "android" -> android-gmail (the phone's default mail app), unless gmail is
//   plainly the recipient's address ("a gmail", "@gmail.com").
import type { ClientId } from '../../core/knowledge/ids';
import type { NormalisedText } from './normalise';

type ClientRule = readonly [ClientId, RegExp];

const ANDROID_DEVICES =
  'android|samsung|galaxy|xiaomi|redmi|huawei|pixel|oppo|motorola|telefono|cellulare|smartphone|phone|tablet';
const ANDROID_DEVICE = `(?:${ANDROID_DEVICES})`;
const PHONE = `(?:${ANDROID_DEVICES}|mobile|iphone|ipad|ios)`;
const OUTLOOK_2003 = /^(?:2003|03|2002|2000|2k|xp)$/;
const OUTLOOK_2007 = /^(?:2007|07)$/;
const OUTLOOK_CLASSIC = /^(?:2010|2013|2016|2019|2021|2024|365|o365|10|13|16|19|21|24)$/;

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
  ['outlook-new', / (?:nuovo|nuova versione di|new|nuova app) outlook | outlook (?:nuovo|new) /],
  ['outlook-new', new RegExp(` outlook(?: \\w+){0,3} ${PHONE} | ${PHONE}(?: \\w+){0,3} outlook `)],
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
  / (?:a|ad|to|at|into|verso|per|nella|nello|indirizzi|utenti|destinatari|contatti|clienti) gmail /;
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
    if (OUTLOOK_CLASSIC.test(word)) return 'outlook-classic';
  }
  if (words.includes('2007')) return 'outlook-2007';
  if (words.includes('2003')) return 'outlook-2003';
  return 'outlook-classic';
}

// "outlook" as the program, not only as the tail of an address such as "mario@outlook.com".
function namesOutlook({ phrase, folded }: NormalisedText): boolean {
  const mentions = phrase.split(' outlook ').length - 1;
  return mentions > 1 || (mentions === 1 && !OUTLOOK_ADDRESS.test(folded));
}

function gmailIsOnlyRecipient({ phrase, folded }: NormalisedText): boolean {
  if (/ (?:android|samsung|galaxy|xiaomi|redmi|huawei|pixel) /.test(phrase)) return false;
  return GMAIL_ADDRESS.test(folded) || GMAIL_AS_RECIPIENT.test(phrase);
}

export function detectClient(text: NormalisedText): ClientId | null {
  const { phrase, words } = text;
  for (const [client, pattern] of RULES) {
    if (pattern.test(phrase)) return client;
  }
  if (namesOutlook(text)) {
    const outlook = outlookVersion(words);
    if (outlook) return outlook;
  }
  if (OFFICE.test(phrase)) return 'outlook-classic';
  if (IOS.test(phrase)) return 'ios-mail';
  if (APPLE.test(phrase)) return 'apple-mail';
  if (ANDROID.test(phrase) && !gmailIsOnlyRecipient(text)) return 'android-gmail';
  if (ONLY_OTHER.test(phrase)) return 'other';
  return null;
}
