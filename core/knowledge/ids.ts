// The closed vocabularies the whole product shares: which mail clients Postino knows, which
// symptoms it can diagnose, which settings topics a guide is made of, and the two locales.
// The dialog, the understanding of free text, the handoff bundle and the agent console all
// speak in these ids, so adding a client starts here.
import * as z from 'zod';

export const LOCALES = ['it', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;
export const DEFAULT_LOCALE: Locale = 'it';

export const CLIENT_IDS = [
  // From Halnet's manual.
  'outlook-express',
  'outlook-2003',
  'outlook-2007',
  'eudora-7',
  // Today's clients (beyond the manual).
  'outlook-classic', // Outlook 2010/2013/2016/2019/2021/Microsoft 365, the classic desktop app
  'outlook-new', // the new Outlook for Windows (syncs through Microsoft's cloud)
  'thunderbird',
  'apple-mail', // Mail on macOS
  'ios-mail', // Mail on iPhone and iPad
  'android-gmail',
  'android-thunderbird', // Thunderbird for Android (formerly K-9 Mail)
  'other',
] as const;
export const clientIdSchema = z.enum(CLIENT_IDS);
export type ClientId = z.infer<typeof clientIdSchema>;

export const SYMPTOM_IDS = [
  'first-setup',
  'cannot-connect',
  'auth-failed',
  'relay-denied',
  'certificate-warning',
  'tls-mismatch',
  'flagged-as-spam',
  'wants-encryption',
  'works-only-at-home',
  'slow-sending',
  'unknown',
] as const;
export const symptomIdSchema = z.enum(SYMPTOM_IDS);
export type SymptomId = z.infer<typeof symptomIdSchema>;

// A client's guide is split into these topics so an answer can show only what fits the symptom.
export const TOPIC_IDS = ['server', 'authentication', 'port', 'encryption', 'ca-certificate'] as const;
export const topicIdSchema = z.enum(TOPIC_IDS);
export type TopicId = z.infer<typeof topicIdSchema>;
