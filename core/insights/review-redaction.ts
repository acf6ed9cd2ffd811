// What of a customer's message may be kept in the review list: the words, never what
// identifies them or opens their mailbox. E-mail addresses, phone and other long numbers,
// web addresses with credentials and long random-looking tokens become markers; the dialog's
// own password redaction has already replaced a message that looked like a password.
const MARKERS = {
  email: '[email]',
  number: '[numero]',
  token: '[codice]',
  url: '[indirizzo]',
} as const;

const RULES: Array<[RegExp, string]> = [
  // user:password@host in a URL
  [/\b[a-z][a-z0-9+.-]*:\/\/[^\s/@]+:[^\s/@]+@\S+/gi, MARKERS.url],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, MARKERS.email],
  // A long run of letters and digits mixed (keys, tokens, passwords pasted with a label).
  [/\b(?=[A-Za-z0-9+/_-]*\d)(?=[A-Za-z0-9+/_-]*[A-Za-z])[A-Za-z0-9+/_-]{20,}\b/g, MARKERS.token],
  // Phone numbers, customer codes, IBAN-like runs: 6+ digits, spaces or dashes allowed inside
  // (after the tokens, so a key with digits in it becomes one marker).
  [/\+?\d[\d\s-]{4,}\d/g, MARKERS.number],
];

/** Error codes such as 0x800CCC0F and SMTP replies (535 5.7.8) are what agents need: kept. */
const KEEP = /^(0x[0-9a-f]{8}|[245]\d\d|[245]\.\d\.\d{1,3})$/i;

export function redactForReview(text: string): string {
  let out = text.slice(0, 600);
  for (const [pattern, marker] of RULES) {
    out = out.replace(pattern, (match) => (KEEP.test(match.trim()) ? match : marker));
  }
  return out.replace(/\s+/g, ' ').trim();
}
