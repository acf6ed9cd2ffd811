// The launcher's behaviour: open, minimise and end the chat, switch language, move the focus
// the way a screen-reader or keyboard user expects (into the panel on open, back to the button
// on close, Escape closes), remember the panel's state for a page reload, load the chat
// bundle on first open, and show the outage banner (issue 12) while Halnet's server has a
// known problem (the public status is read once when the page is idle and on every open).
import type { ChatController, ChatNotice } from '../shared/chat-bridge';
import { sessionStorageOrNull } from '../shared/session-storage';
import { type Locale, WIDGET_TEXTS } from '../shared/widget-texts';
import { fetchOutage, resolveApiBase } from './api-base';
import { browserLocale } from './browser-locale';
import { loadChatModule } from './load-chat';
import type { LauncherConfig } from './script-config';
import { loadUiState, saveUiState } from './ui-state';
import { createWidgetShell } from './widget-shell';

type Notice = ChatNotice | 'load-failed';

const NOTICE_TEXTS = {
  'resume-expired': 'resumeExpired',
  'connect-failed': 'connectFailed',
  'load-failed': 'loadFailed',
  reconnecting: 'reconnecting',
} as const;

/** After this long on the page, the chat bundle is loaded in an idle moment. */
const IDLE_PRELOAD_MS = 4_000;

/** What a host page may call on `window.Postino` (e.g. from its own "Open the chat" button). */
export interface LauncherApi {
  open(): void;
  close(): void;
}

export function startLauncher(config: LauncherConfig): LauncherApi {
  const storage = sessionStorageOrNull();
  const saved = loadUiState(storage);
  let locale: Locale = saved.locale ?? browserLocale(navigator.languages) ?? config.locale;
  let open = false;
  let notice: Notice | null = null;
  let chat: ChatController | null = null;
  let mounting = false;
  const shell = createWidgetShell(locale);
  const { launcher, panel, confirmBar } = shell;
  // First in the page's Tab order: the chat is the page's main action (it is fixed in place,
  // so where it sits in the DOM does not move it on screen).
  document.body.prepend(shell.root);

  const persist = () => saveUiState(storage, { open, locale });
  // A failed read leaves the banner as it was: it is a courtesy, never in the chat's way.
  const checkOutage = () =>
    fetchOutage(config).then(
      (outage) => {
        shell.outage.hidden = !outage;
      },
      () => undefined,
    );

  const showNotice = (next: Notice | null) => {
    notice = next;
    const text = next ? WIDGET_TEXTS[locale][NOTICE_TEXTS[next]] : null;
    shell.showNotice(text, next === 'connect-failed' || next === 'load-failed');
  };

  const ensureChat = async (focusWhenReady: boolean) => {
    if (chat || mounting) return;
    mounting = true;
    shell.loading.hidden = false;
    showNotice(null);
    try {
      const [module, apiBase] = await Promise.all([loadChatModule(config.assetBase), resolveApiBase(config)]);
      chat = module.mount({
        element: shell.chatElement,
        apiBase,
        locale,
        onNotice: showNotice,
        onLocaleFollowed: followLocale,
      });
      // Only if the customer is still in the panel: never pull the focus from the page.
      if (focusWhenReady && open && panel.contains(document.activeElement)) chat.focus();
    } catch {
      showNotice('load-failed');
    } finally {
      mounting = false;
      shell.loading.hidden = true;
    }
  };

  const setOpen = (next: boolean, moveFocus: boolean) => {
    open = next;
    panel.hidden = !next;
    launcher.setAttribute('aria-expanded', String(next));
    persist();
    chat?.setActive?.(next);
    if (next) {
      if (moveFocus) chat ? chat.focus() : panel.focus();
      void checkOutage();
      void ensureChat(moveFocus);
    } else {
      confirmBar.hidden = true;
      if (moveFocus) launcher.focus();
    }
  };

  // The conversation followed the customer into the other language: the widget's own texts
  // follow too, without telling the dialog again.
  const followLocale = (next: Locale) => {
    if (next === locale) return;
    locale = next;
    shell.applyTexts(next);
    showNotice(notice);
    persist();
  };

  const setLocale = (next: Locale) => {
    if (next === locale) return;
    locale = next;
    shell.applyTexts(next);
    showNotice(notice);
    persist();
    chat?.setLocale(next);
  };

  const actions: Record<string, () => void> = {
    minimise: () => setOpen(false, true),
    end: () => {
      confirmBar.hidden = false;
      shell.action('cancel-end').focus();
    },
    'cancel-end': () => {
      confirmBar.hidden = true;
      shell.action('end').focus();
    },
    'confirm-end': () => {
      chat?.end();
      chat = null;
      showNotice(null);
      setOpen(false, true);
    },
    retry: () => (chat ? chat.retry() : void ensureChat(true)),
  };

  launcher.addEventListener('click', () => setOpen(!open, true));
  // Issue 10: fetch and run the chat bundle as soon as the customer shows intent (pointer on
  // the button, keyboard focus, a touch) or the page has been idle a while, so opening shows
  // the greeting without waiting for ~1 MB of Web Chat. Loading is idempotent.
  const preload = () => void loadChatModule(config.assetBase).catch(() => undefined);
  for (const intent of ['pointerenter', 'focus', 'touchstart']) {
    launcher.addEventListener(intent, preload, { once: true, passive: true });
  }
  const whenIdle = () => {
    preload();
    void checkOutage();
  };
  setTimeout(() => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(whenIdle);
    else whenIdle();
  }, IDLE_PRELOAD_MS);
  panel.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-action],[data-locale]');
    const { action, locale: code } = button?.dataset ?? {};
    if (action) actions[action]?.();
    if (code === 'it' || code === 'en') setLocale(code);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (confirmBar.hidden) setOpen(false, true);
    else actions['cancel-end']?.();
  });

  // After a page reload the panel comes back as it was, without stealing the page's focus.
  if (saved.open) setOpen(true, false);
  return { open: () => setOpen(true, true), close: () => setOpen(false, true) };
}
