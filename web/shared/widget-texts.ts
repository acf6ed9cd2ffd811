// Every text the widget itself shows or announces (launcher, panel header, notices), in
// Italian and English. The bot's replies come from the dialog; Web Chat's own strings (send
// box, "sent", ...) come from Web Chat's localisation, driven by WEBCHAT_LOCALES.
import type { Locale } from '../../core/knowledge/ids';

export type { Locale };

export const WIDGET_LOCALES: readonly Locale[] = ['it', 'en'];

/** Web Chat's locale for each of ours (it switches its own UI strings with it). */
export const WEBCHAT_LOCALES: Record<Locale, string> = { it: 'it-IT', en: 'en-US' };

/** What the customer "says" when switching language: the dialog understands these words. */
export const LANGUAGE_SWITCH_MESSAGES: Record<Locale, string> = {
  it: 'in italiano',
  en: 'english please',
};

/** Each language is named in itself, whatever the current one. */
export const LANGUAGE_NAMES: Record<Locale, string> = { it: 'Italiano', en: 'English' };

/** Web Chat's send box placeholder (replaces its generic one). */
export const SEND_BOX_PLACEHOLDERS: Record<Locale, string> = {
  it: 'Scrivi la domanda o l’errore che vedi',
  en: 'Type your question or the error you see',
};

/** How screen readers introduce a message from Postino or an agent: "Postino ha detto:". */
export const SPEAKER_SAID: Record<Locale, string> = { it: '{name} ha detto:', en: '{name} said:' };

/** The bot's name as screen readers say it (Web Chat would say "Bot H" after its avatar). */
export const BOT_SPOKEN_NAME = 'Postino';

export interface WidgetTexts {
  launcherLabel: string;
  title: string;
  subtitle: string;
  languageGroup: string;
  minimise: string;
  end: string;
  endQuestion: string;
  endConfirm: string;
  endCancel: string;
  loading: string;
  loadFailed: string;
  connectFailed: string;
  resumeExpired: string;
  retry: string;
  /** Shown while a broken connection is being re-established (issue 10). */
  reconnecting: string;
  /** The banner above the chat while Halnet's server has a known problem (issue 12). */
  outage: string;
}

export const WIDGET_TEXTS: Record<Locale, WidgetTexts> = {
  it: {
    launcherLabel: 'Chat con l’assistenza posta Halnet',
    title: 'Assistenza posta Halnet',
    subtitle: 'Assistente virtuale',
    languageGroup: 'Lingua della chat',
    minimise: 'Riduci la chat',
    end: 'Termina la conversazione',
    endQuestion: 'Terminare la conversazione? La cronologia non sarà più visibile.',
    endConfirm: 'Termina',
    endCancel: 'Annulla',
    loading: 'Caricamento della chat…',
    loadFailed: 'Non è stato possibile caricare la chat. Controlla la connessione e riprova.',
    connectFailed: 'Non riesco a collegarmi all’assistenza in questo momento.',
    resumeExpired: 'La conversazione precedente è scaduta: ne è iniziata una nuova.',
    retry: 'Riprova',
    reconnecting: 'Riconnessione…',
    outage: 'Problema in corso sul server di posta in uscita: ci stiamo lavorando.',
  },
  en: {
    launcherLabel: 'Chat with Halnet mail support',
    title: 'Halnet mail support',
    subtitle: 'Virtual assistant',
    languageGroup: 'Chat language',
    minimise: 'Minimise the chat',
    end: 'End the conversation',
    endQuestion: 'End the conversation? Its history will no longer be shown.',
    endConfirm: 'End',
    endCancel: 'Cancel',
    loading: 'Loading the chat…',
    loadFailed: 'The chat could not be loaded. Check your connection and try again.',
    connectFailed: 'I cannot reach the support service right now.',
    resumeExpired: 'Your previous conversation had expired, so a new one has started.',
    retry: 'Try again',
    reconnecting: 'Reconnecting…',
    outage: 'There is a problem with the outgoing mail server: we are working on it.',
  },
};

export function isLocale(value: unknown): value is Locale {
  return value === 'it' || value === 'en';
}
