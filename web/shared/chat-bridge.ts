// The contract between the tiny launcher (postino.js) and the lazily loaded chat bundle
// (postino-chat.js). The chat bundle registers itself on `window[CHAT_GLOBAL]` when its
// script runs; the launcher then mounts it into the panel and drives it through the
// controller. The launcher owns every widget text: the chat reports notices as codes.
import type { Locale } from './widget-texts';

export const CHAT_GLOBAL = 'PostinoChat';
export const CHAT_SCRIPT = 'postino-chat.js';
export const CHAT_STYLESHEET = 'postino-chat.css';

/** Something the customer should be told, shown by the launcher in its notice area. */
export type ChatNotice = 'resume-expired' | 'connect-failed';

export interface ChatMountOptions {
  /** Where Web Chat renders; it fills the element. */
  element: HTMLElement;
  /** The API's base URL, e.g. `https://api.example` (Direct Line lives under /v3/directline). */
  apiBase: string;
  locale: Locale;
  /** Called with a notice to show, or null to clear it. */
  onNotice(notice: ChatNotice | null): void;
  /** The bot answered in the other language (it followed the customer's words): follow it. */
  onLocaleFollowed?(locale: Locale): void;
}

export interface ChatController {
  /** Re-renders Web Chat in the new language and tells the dialog (if it already greeted). */
  setLocale(locale: Locale): void;
  /** Puts the keyboard focus in the send box. */
  focus(): void;
  /** After `connect-failed`: tries again (resuming if a conversation is stored). */
  retry(): void;
  /** Ends the conversation for good: stops polling, forgets the session, empties the element. */
  end(): void;
}

export interface ChatModule {
  mount(options: ChatMountOptions): ChatController;
}
