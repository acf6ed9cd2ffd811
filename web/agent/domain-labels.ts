// Names the console shows for the shared vocabularies (mail clients, symptoms, topics, probe
// verdicts and port outcomes), it/en. The console may not load the knowledge base at run time
// (web/ imports types only), so the names are restated here; the `Record<Id, ...>` types make
// the compiler flag a client or symptom added to core/knowledge/ids.ts and missing here.
import type { ClientId, SymptomId, TopicId } from '../../core/knowledge/ids';
import type { PORT_OUTCOMES, ProbeVerdict } from '../../dialogs/contract';
import type { ConsoleLocale } from './console-texts';

type Named = { it: string; en: string };

const CLIENTS: Record<ClientId, Named> = {
  'outlook-express': { it: 'Outlook Express 6', en: 'Outlook Express 6' },
  'outlook-2003': { it: 'Outlook 2003', en: 'Outlook 2003' },
  'outlook-2007': { it: 'Outlook 2007', en: 'Outlook 2007' },
  'eudora-7': { it: 'Eudora 7', en: 'Eudora 7' },
  'outlook-classic': { it: 'Outlook (versione classica)', en: 'Outlook (classic)' },
  'outlook-new': { it: 'Nuovo Outlook per Windows', en: 'New Outlook for Windows' },
  thunderbird: { it: 'Thunderbird', en: 'Thunderbird' },
  'apple-mail': { it: 'Mail di macOS', en: 'Apple Mail (macOS)' },
  'ios-mail': { it: 'Mail di iPhone e iPad', en: 'iPhone and iPad Mail' },
  'android-gmail': { it: 'Gmail su Android', en: 'Gmail app on Android' },
  'android-thunderbird': { it: 'Thunderbird per Android', en: 'Thunderbird for Android' },
  other: { it: 'Altro programma di posta', en: 'Another mail program' },
};

const SYMPTOMS: Record<SymptomId, Named> = {
  'first-setup': { it: 'Prima configurazione', en: 'First-time setup' },
  'cannot-connect': { it: 'Non si collega al server', en: 'Cannot connect' },
  'auth-failed': { it: 'Autenticazione non riuscita', en: 'Authentication fails' },
  'relay-denied': { it: 'Inoltro negato', en: 'Relay denied' },
  'certificate-warning': { it: 'Avviso sul certificato', en: 'Certificate warning' },
  'tls-mismatch': { it: 'Errore TLS/SSL', en: 'TLS/SSL error' },
  'flagged-as-spam': { it: 'Finisce nello spam', en: 'Flagged as spam' },
  'wants-encryption': { it: 'Attivare la crittografia', en: 'Turn on encryption' },
  'works-only-at-home': { it: 'Funziona solo a casa', en: 'Works only at home' },
  'slow-sending': { it: 'Invio lento', en: 'Slow sending' },
  unknown: { it: 'Altro problema', en: 'Another problem' },
};

const TOPICS: Record<TopicId, Named> = {
  server: { it: 'Server di posta in uscita', en: 'Outgoing mail server' },
  authentication: { it: 'Autenticazione', en: 'Authentication' },
  port: { it: 'Porta 587', en: 'Port 587' },
  encryption: { it: 'Crittografia', en: 'Encryption' },
  'ca-certificate': { it: 'Certificato di Halnet', en: 'Halnet’s certificate' },
};

/** Verdicts, with a tone for the badge: ok (green), warn (orange), bad (red). */
const VERDICTS: Record<ProbeVerdict, Named & { tone: 'ok' | 'warn' | 'bad' }> = {
  healthy: { it: 'Server funzionante', en: 'Server healthy', tone: 'ok' },
  port25_blocked_from_probe: { it: 'Porta 25 bloccata', en: 'Port 25 blocked', tone: 'warn' },
  server_down: { it: 'Server non raggiungibile', en: 'Server unreachable', tone: 'bad' },
  tls_broken: { it: 'TLS non funzionante', en: 'TLS broken', tone: 'bad' },
  cert_expired: { it: 'Certificato scaduto', en: 'Certificate expired', tone: 'bad' },
  cert_untrusted: { it: 'Certificato non attendibile', en: 'Certificate untrusted', tone: 'bad' },
  cert_name_mismatch: { it: 'Nome del certificato errato', en: 'Certificate name mismatch', tone: 'bad' },
  auth_not_offered: { it: 'AUTH non offerta', en: 'AUTH not offered', tone: 'bad' },
  auth_before_tls: { it: 'AUTH prima di TLS', en: 'AUTH before TLS', tone: 'warn' },
  dns_failure: { it: 'Errore DNS', en: 'DNS failure', tone: 'bad' },
};

const OUTCOMES: Record<(typeof PORT_OUTCOMES)[number], Named> = {
  ok: { it: 'ok', en: 'ok' },
  refused: { it: 'connessione rifiutata', en: 'connection refused' },
  timeout: { it: 'tempo scaduto', en: 'timed out' },
  dns_failure: { it: 'errore DNS', en: 'DNS failure' },
  greeting_rejected: { it: 'saluto rifiutato', en: 'greeting rejected' },
  closed_early: { it: 'chiusa subito', en: 'closed early' },
  starttls_missing: { it: 'STARTTLS assente', en: 'no STARTTLS' },
  starttls_refused: { it: 'STARTTLS rifiutato', en: 'STARTTLS refused' },
  tls_failed: { it: 'TLS fallito', en: 'TLS failed' },
  error: { it: 'errore', en: 'error' },
};

function lookup<T extends Named>(table: Record<string, T>, id: string | null, locale: ConsoleLocale) {
  if (id === null) return null;
  return Object.hasOwn(table, id) ? (table[id] as T)[locale] : id;
}

/** Every client and symptom id, for the review list's choices (web/ imports no runtime core code). */
export const CLIENT_CHOICES = Object.keys(CLIENTS) as ClientId[];
export const SYMPTOM_CHOICES = Object.keys(SYMPTOMS) as SymptomId[];

export const clientName = (id: string | null, locale: ConsoleLocale) => lookup(CLIENTS, id, locale);
export const symptomName = (id: string | null, locale: ConsoleLocale) => lookup(SYMPTOMS, id, locale);
export const topicName = (id: string, locale: ConsoleLocale) => lookup(TOPICS, id, locale) ?? id;
export const outcomeName = (id: string, locale: ConsoleLocale) => lookup(OUTCOMES, id, locale) ?? id;

export function verdictLabel(
  id: string,
  locale: ConsoleLocale,
): { text: string; tone: 'ok' | 'warn' | 'bad' } {
  const known = Object.hasOwn(VERDICTS, id) ? VERDICTS[id as ProbeVerdict] : null;
  return known ? { text: known[locale], tone: known.tone } : { text: id, tone: 'warn' };
}

/** "45 s", "3 min", "1 h 05 min": short enough for a queue row. */
export function formatWait(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export function formatTime(iso: string, locale: ConsoleLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleTimeString(locale === 'it' ? 'it-IT' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
}
