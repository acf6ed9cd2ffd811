// The probe's evidence lines in the console's language. The probe writes them in technical
// English (core/probe/verdict.ts, one format per finding); an Italian console showed
// "certificate valid 29 more days, trusted by Halnet CA" among Italian labels. Each known
// format is restated here in both languages, keeping the technical tokens (protocols, error
// codes, issuers, dates) as they are; a line of an unknown format is shown verbatim.
// test/handoff/evidence-labels.test.ts feeds real verdict output through every format.
import type { ConsoleLocale } from './console-texts';
import { outcomeName } from './domain-labels';

type Phrase = Record<ConsoleLocale, (...parts: string[]) => string>;

const PHRASES = {
  starttls: { it: () => 'STARTTLS', en: () => 'STARTTLS' },
  implicitTls: { it: () => 'TLS implicito', en: () => 'implicit TLS' },
  noTls: { it: () => 'senza TLS', en: () => 'no TLS' },
  certValid: {
    it: (days, by) => `certificato valido per altri ${days} giorni, firmato ${by}`,
    en: (days, by) => `certificate valid ${days} more days, trusted by ${by}`,
  },
  halnetCa: { it: () => 'dalla CA di Halnet', en: () => 'Halnet CA' },
  publicRoots: { it: () => 'da una CA pubblica', en: () => 'public roots' },
  noCertificate: { it: () => 'nessun certificato', en: () => 'no certificate' },
  port25: {
    it: (failure) =>
      `${failure}; la porta 25 in uscita è bloccata da AWS Lambda: non indica un guasto di Halnet`,
    en: (failure) =>
      `${failure}; outbound port 25 is blocked from AWS Lambda, not evidence of a Halnet fault`,
  },
  presentedNoCertificate: {
    it: () => 'il server non ha presentato alcun certificato',
    en: () => 'the server presented no certificate',
  },
  untrusted: {
    it: (issuer, halnet, publicRoots) => `emesso da ${issuer}; ${halnet}; CA pubbliche: ${publicRoots}`,
    en: (issuer, halnet, publicRoots) => `issuer ${issuer}; ${halnet}; public roots: ${publicRoots}`,
  },
  noHalnetCa: { it: () => 'CA di Halnet non configurata', en: () => 'no Halnet CA configured' },
  halnetCaError: { it: (error) => `CA di Halnet: ${error}`, en: (error) => `Halnet CA: ${error}` },
  notAfter: {
    it: (when, code) => `scaduto il ${when} (${code})`,
    en: (when, code) => `notAfter ${when} (${code})`,
  },
  notBefore: {
    it: (when, code) => `valido solo dal ${when} (${code})`,
    en: (when, code) => `notBefore ${when} (${code})`,
  },
  nameMismatch: {
    it: (error, sans) => `${error}; nomi nel certificato: ${sans}`,
    en: (error, sans) => `${error}; SANs ${sans}`,
  },
  none: { it: () => 'nessuno', en: () => 'none' },
  noAuth: {
    it: (keywords) => `dopo TLS l’EHLO elenca ${keywords} ma nessun AUTH`,
    en: (keywords) => `EHLO after TLS lists ${keywords} but no AUTH`,
  },
  nothing: { it: () => 'nulla', en: () => 'nothing' },
  authBeforeTls: {
    it: (mechanisms) => `l’EHLO in chiaro offre AUTH ${mechanisms} prima di STARTTLS`,
    en: (mechanisms) => `plaintext EHLO offers AUTH ${mechanisms} before STARTTLS`,
  },
  nothingListens: {
    it: () => 'nessun servizio in ascolto sulla porta',
    en: () => 'nothing listens on the port',
  },
  noTcpAnswer: {
    it: () => 'nessuna risposta TCP (filtrata o spenta)',
    en: () => 'no TCP answer (filtered or down)',
  },
  thenNoBanner: {
    it: () => 'connessione accettata, poi nessun saluto 220',
    en: () => 'accepted the connection, then no 220 banner',
  },
  thenNoAnswer: {
    it: (stage) => `connessione accettata, poi nessuna risposta a ${stage}`,
    en: (stage) => `accepted the connection, then no answer at ${stage}`,
  },
  refusesService: {
    it: () => 'il server risponde ma rifiuta il servizio',
    en: () => 'the server answers but refuses service',
  },
  hungUp: {
    it: (stage) => `il server ha chiuso durante ${stage}`,
    en: (stage) => `the server hung up at ${stage}`,
  },
  onlyAccepted: {
    it: (versions) => `accetta solo ${versions}`,
    en: (versions) => `only ${versions} accepted`,
  },
  notCa: {
    it: (subject) => `${subject} è inviato come emittente ma non è una CA`,
    en: (subject) => `${subject} is sent as an issuer but is not a CA`,
  },
  weakSignature: {
    it: (algorithm) => `firmato con ${algorithm}: rifiutato dai programmi di posta attuali`,
    en: (algorithm) => `signed with ${algorithm}: refused by today's mail clients`,
  },
  weakKey: {
    it: (bits) => `chiave RSA di ${bits} bit: rifiutata dai programmi di posta attuali`,
    en: (bits) => `RSA key of ${bits} bits: refused by today's mail clients`,
  },
  noStarttlsNoAuth: {
    it: (keywords) => `nessun STARTTLS e l’EHLO in chiaro elenca ${keywords} ma nessun AUTH`,
    en: (keywords) => `no STARTTLS and plaintext EHLO lists ${keywords} but no AUTH`,
  },
  otherAddress: {
    it: (address, failure, works) => `tramite ${address}: ${failure}; ${works} funziona`,
    en: (address, failure, works) => `via ${address}: ${failure}; ${works} works`,
  },
} satisfies Record<string, Phrase>;

type PhraseId = keyof typeof PHRASES;

/** "<outcome> (<error>)" with the outcome named in the console's language. */
function failure(text: string, locale: ConsoleLocale): string {
  const match = /^([a-z_]+)(?: \((.*)\))?$/s.exec(text);
  if (!match?.[1]) return text;
  const name = outcomeName(match[1], locale);
  return match[2] ? `${name} (${match[2]})` : name;
}

/** One evidence line ("587: …") in `locale`. */
export function evidenceLine(line: string, locale: ConsoleLocale): string {
  const say = (id: PhraseId, ...parts: string[]) =>
    (PHRASES[id][locale] as (...p: string[]) => string)(...parts);
  const via = /^(\d{1,5}) via (\S+): (.*); (\S+) works$/s.exec(line);
  if (via)
    return `${via[1]} ${say('otherAddress', via[2] ?? '', failure(via[3] ?? '', locale), via[4] ?? '')}`;
  const port = /^(\d{1,5}): (.*)$/s.exec(line);
  if (!port?.[2]) return line;
  const [, number, rest] = port as unknown as [string, string, string];
  return `${number}: ${portEvidence(rest, locale, say)}`;
}

function portEvidence(
  rest: string,
  locale: ConsoleLocale,
  say: (id: PhraseId, ...parts: string[]) => string,
): string {
  let m: RegExpExecArray | null;
  m = /^(STARTTLS|implicit TLS), ([^,]+), AUTH ([^,]*), (.*)$/s.exec(rest);
  if (m) {
    const [, mode = '', protocol = '', auth = '', cert = ''] = m;
    const certText = /^certificate valid (-?\d+) more days, trusted by (Halnet CA|public roots)$/.exec(cert);
    return [
      say(mode === 'STARTTLS' ? 'starttls' : 'implicitTls'),
      protocol === 'no TLS' ? say('noTls') : protocol,
      `AUTH ${auth}`,
      certText
        ? say('certValid', certText[1] ?? '', say(certText[2] === 'Halnet CA' ? 'halnetCa' : 'publicRoots'))
        : cert === 'no certificate'
          ? say('noCertificate')
          : cert,
    ].join(', ');
  }
  m =
    /^([a-z_]+(?: \([^)]*\))?): (nothing listens on the port|no TCP answer \(filtered or down\)|accepted the connection, then no 220 banner|accepted the connection, then no answer at (\S+)|the server answers but refuses service|the server hung up at (\S+))$/s.exec(
      rest,
    );
  if (m) {
    const reason = m[2] ?? '';
    const said = reason.startsWith('nothing listens')
      ? say('nothingListens')
      : reason.startsWith('no TCP')
        ? say('noTcpAnswer')
        : reason.endsWith('220 banner')
          ? say('thenNoBanner')
          : reason.startsWith('accepted')
            ? say('thenNoAnswer', m[3] ?? '')
            : reason.startsWith('the server answers')
              ? say('refusesService')
              : say('hungUp', m[4] ?? '');
    return `${failure(m[1] ?? '', locale)}: ${said}`;
  }
  m = /^(.*); only (.*) accepted$/s.exec(rest);
  if (m) return `${failure(m[1] ?? '', locale)}; ${say('onlyAccepted', m[2] ?? '')}`;
  m = /^signed with (.*): refused by today's mail clients$/s.exec(rest);
  if (m) return say('weakSignature', m[1] ?? '');
  m = /^RSA key of (\d+) bits: refused by today's mail clients$/.exec(rest);
  if (m) return say('weakKey', m[1] ?? '');
  m = /^no STARTTLS and plaintext EHLO lists (.*) but no AUTH$/s.exec(rest);
  if (m) return say('noStarttlsNoAuth', m[1] === 'nothing' ? say('nothing') : (m[1] ?? ''));
  m = /^(.*); outbound port 25 is blocked from AWS Lambda, not evidence of a Halnet fault$/s.exec(rest);
  if (m) return say('port25', failure(m[1] ?? '', locale));
  if (rest === 'the server presented no certificate') return say('presentedNoCertificate');
  m = /^issuer (.*); (no Halnet CA configured|Halnet CA: .*); public roots: (.*)$/s.exec(rest);
  if (m) {
    const halnet =
      m[2] === 'no Halnet CA configured' ? say('noHalnetCa') : say('halnetCaError', (m[2] ?? '').slice(11));
    // Any "; <subject> is sent as an issuer but is not a CA" notes follow the public roots' error.
    const [roots = '', ...notCa] = (m[3] ?? '').split('; ');
    const notes = notCa.map((note) => {
      const subject = /^(.*) is sent as an issuer but is not a CA$/s.exec(note)?.[1];
      return subject === undefined ? note : say('notCa', subject);
    });
    return [say('untrusted', m[1] ?? '', halnet, roots), ...notes].join('; ');
  }
  m = /^(notAfter|notBefore) (\S+) \(([A-Z_]+)\)$/.exec(rest);
  if (m) return say(m[1] === 'notAfter' ? 'notAfter' : 'notBefore', m[2] ?? '', m[3] ?? '');
  m = /^(.*); SANs (.*)$/s.exec(rest);
  if (m) return say('nameMismatch', m[1] ?? '', m[2] === 'none' ? say('none') : (m[2] ?? ''));
  m = /^EHLO after TLS lists (.*) but no AUTH$/s.exec(rest);
  if (m) return say('noAuth', m[1] === 'nothing' ? say('nothing') : (m[1] ?? ''));
  m = /^plaintext EHLO offers AUTH (.*) before STARTTLS$/s.exec(rest);
  if (m) return say('authBeforeTls', m[1] ?? '');
  return failure(rest, locale);
}
