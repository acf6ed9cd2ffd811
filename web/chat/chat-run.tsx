// One conversation on screen: a Direct Line client (the WebSocket stream, pointed at Postino's
// own API), a Web Chat store and a React 18 root. It greets a new conversation by posting
// `webchat/join`, records the watermark as activities arrive, refreshes the token before it
// expires, switches Web Chat's language, and reports failures so the caller can start afresh.
// The connection watch rebuilds the client from the watermark whenever the connection breaks
// (same store: the transcript stays, nothing twice), and lets it go while nobody looks.
import ReactWebChat, { createDirectLine, createStore } from 'botframework-webchat';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import {
  isLocale,
  LANGUAGE_SWITCH_MESSAGES,
  type Locale,
  SEND_BOX_PLACEHOLDERS,
  WEBCHAT_LOCALES,
} from '../shared/widget-texts';
import {
  agentAvatarMiddleware,
  agentGroupingMiddleware,
  agentNameActivityMiddleware,
} from './agent-name-middleware';
import { configLinkMiddleware } from './config-link-middleware';
import { ConnectionWatch, type Transport } from './connection-watch';
import { type StoredConversation, saveConversation } from './conversation-session';
import { HALNET_STYLE_OPTIONS } from './halnet-style-options';
import { outcomeActivityMiddleware } from './outcome-middleware';
import { renderMarkdownWithPlainLinks } from './plain-links';
import { SPOKEN_NAME_STRINGS, withSpokenName } from './spoken-names';
import { checkConversation, refreshToken, startConversation, TokenRequestError } from './token-client';

export type RunFailure = 'failed-to-connect' | 'ended' | 'token-expired';

export interface ChatRunOptions {
  element: HTMLElement;
  apiBase: string;
  locale: Locale;
  conversation: StoredConversation;
  /** A stored conversation after a page reload: reconnect to it instead of starting one. */
  resumed: boolean;
  storage: Storage | null;
  now: () => number;
  onFailure(failure: RunFailure, everOnline: boolean): void;
  /** The connection has been broken for a few seconds (true) or is back (false). */
  onReconnecting?(reconnecting: boolean): void;
  /** How long the chat stays connected once nobody looks at it (default 60 s). */
  letGoAfterMs?: number;
  /** A bot message came in the other language: Web Chat has switched, the launcher may follow. */
  onLocaleFollowed?(locale: Locale): void;
}

export interface ChatRun {
  setLocale(locale: Locale): void;
  focus(): void;
  /** The customer sees the chat (true), or minimised it / hid the page (false). */
  setActive(active: boolean): void;
  dispose(): void;
}

interface StoreAction {
  type: string;
  payload?: { activity?: { id?: string; type?: string; locale?: string; from?: { role?: string } } };
}

const RETRY_REFRESH_MS = 30_000;

// DirectLineJS's ConnectionStatus values; importing its enum would bundle a second copy of it.
const ONLINE = 2;
const EXPIRED_TOKEN = 3;
const FAILED_TO_CONNECT = 4;
const ENDED = 5;

export function startChatRun(options: ChatRunOptions): ChatRun {
  let conversation = options.conversation;
  let locale = options.locale;
  let disposed = false;
  let everOnline = false;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const save = (patch: Partial<StoredConversation>) => {
    conversation = { ...conversation, ...patch };
    saveConversation(options.storage, conversation);
  };

  const watch = new ConnectionWatch({
    rebuild: (transport) => void connect(transport),
    onReconnecting: (reconnecting) => {
      if (!disposed) options.onReconnecting?.(reconnecting);
    },
  });
  const makeDirectLine = (transport: Transport, resume: { watermark?: string; streamUrl?: string }) => {
    const made = createDirectLine({
      token: conversation.token,
      conversationId: conversation.conversationId,
      ...(resume.watermark ? { watermark: resume.watermark } : {}),
      // Given with the token and conversation, DirectLineJS opens it without asking again.
      ...(resume.streamUrl ? { streamUrl: resume.streamUrl } : {}),
      domain: `${options.apiBase}/v3/directline`,
      // Web Chat types this option as a WebSocket constructor, but DirectLineJS reads a boolean.
      webSocket: (transport === 'socket') as unknown as typeof WebSocket,
    });
    watch.attach(made);
    return made;
  };
  let directLine: ReturnType<typeof createDirectLine> | undefined;
  // DirectLineJS keeps the watermark private; it is the value a plain reconnect would resume from.
  const watermarkOf = () => (directLine as unknown as { watermark?: string }).watermark || undefined;

  const store = createStore(
    {},
    ({ dispatch }: { dispatch(action: unknown): void }) =>
      (next: (action: StoreAction) => unknown) =>
      (action: StoreAction) => {
        if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload?.activity) {
          // Screen readers hear "Postino ha detto:" or the agent's name (see spoken-names.ts).
          action = {
            ...action,
            payload: { ...action.payload, activity: withSpokenName(action.payload.activity, locale) },
          };
        }
        const result = next(action);
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && !conversation.joined) {
          save({ joined: true });
          // The browser's languages go with the join, for the record; `locale` is the widget's
          // pick (the customer's choice, else the browser's, else the page's).
          const languages = [...(navigator.languages ?? [])].slice(0, 8);
          dispatch({
            type: 'WEB_CHAT/SEND_EVENT',
            payload: { name: 'webchat/join', value: { locale, languages } },
          });
        } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
          const activity = action.payload?.activity;
          const id = activity?.id;
          save({ watermark: watermarkOf(), ...(id ? { lastActivityId: id } : {}) });
          if (activity?.type === 'message' && activity.from?.role === 'bot') followBotLocale(activity.locale);
        }
        return result;
      },
  );

  // Failures are reported on the next tick: the caller disposes this run (unmounting React,
  // ending DirectLineJS), which must not happen inside DirectLineJS's or Web Chat's own call.
  const fail = (failure: RunFailure) =>
    setTimeout(() => {
      if (!disposed) options.onFailure(failure, everOnline);
    }, 0);
  const refreshNow = async () => {
    clearTimeout(refreshTimer);
    try {
      const fresh = await refreshToken(options.apiBase, conversation.token);
      if (disposed) return;
      save({ token: fresh.token, expiresAt: options.now() + fresh.expiresInSeconds * 1000 });
      directLine?.reconnect({ conversationId: conversation.conversationId, token: fresh.token });
      scheduleRefresh();
    } catch (error) {
      if (disposed) return;
      if (error instanceof TokenRequestError && error.isFinal) fail('token-expired');
      else refreshTimer = setTimeout(refreshNow, RETRY_REFRESH_MS);
    }
  };
  // Refresh halfway through the token's remaining life: well before expiry, rarely.
  const scheduleRefresh = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refreshNow, Math.max(5_000, (conversation.expiresAt - options.now()) / 2));
  };

  const watchStatus = (client: NonNullable<typeof directLine>) =>
    client.connectionStatus$.subscribe((value: number) => {
      if (disposed) return;
      if (value === ONLINE) {
        everOnline = true;
        watch.online();
      } else if (value === FAILED_TO_CONNECT) {
        // Once the chat has worked, a failure is a broken connection, not a dead conversation.
        if (everOnline) watch.trouble();
        else fail('failed-to-connect');
      } else if (value === ENDED) fail('ended');
      else if (value === EXPIRED_TOKEN) void refreshNow();
    });
  let status: ReturnType<typeof watchStatus> | undefined;

  // Ends the current client, so nothing more arrives on it; the watermark is where the next resumes.
  const letGo = () => {
    status?.unsubscribe();
    status = undefined;
    if (!directLine) return;
    save({ watermark: watermarkOf() ?? conversation.watermark });
    directLine.end();
  };
  // Starts the conversation (new) or asks for it again (resume, reconnect) and hands Web Chat a
  // client on the stream the answer names; no streamUrl (a server without streaming) = polling.
  // The first client of a resumed chat starts with no watermark: the server replays the whole
  // conversation, which is how its history reappears (Web Chat keeps no transcript of its own).
  const connect = async (transport: Transport) => {
    const first = directLine === undefined;
    letGo();
    const watermark = first ? undefined : conversation.watermark;
    try {
      const answer =
        first && !options.resumed
          ? await startConversation(options.apiBase, conversation.token, locale, !conversation.joined)
          : await checkConversation(
              options.apiBase,
              conversation.conversationId,
              conversation.token,
              watermark ?? '',
            );
      if (disposed || watch.isPaused) return;
      // Greeted by the server with the start: Web Chat must not post webchat/join again.
      if (first && !options.resumed) save({ joined: true });
      if (answer.token && answer.expires_in) {
        save({ token: answer.token, expiresAt: options.now() + answer.expires_in * 1000 });
      }
      directLine = makeDirectLine(answer.streamUrl ? transport : 'polling', {
        ...(watermark ? { watermark } : {}),
        ...(answer.streamUrl ? { streamUrl: answer.streamUrl } : {}),
      });
      status = watchStatus(directLine);
      render();
    } catch (error) {
      if (disposed) return;
      const final = error instanceof TokenRequestError && error.isFinal;
      if (final) fail(first && !options.resumed ? 'failed-to-connect' : 'ended');
      else if (first && !options.resumed) fail('failed-to-connect');
      else watch.trouble();
    }
  };

  // Nobody looking (minimised, another tab) for a while: let the connection go; back: resume.
  let letGoTimer: ReturnType<typeof setTimeout> | undefined;
  let active = true;
  const pageVisible = () => typeof document === 'undefined' || document.visibilityState !== 'hidden';
  const updateActivity = () => {
    const looking = active && pageVisible();
    clearTimeout(letGoTimer);
    if (looking) {
      if (watch.isPaused) watch.resume();
      return;
    }
    letGoTimer = setTimeout(() => {
      if (disposed || watch.isPaused) return;
      watch.pause();
      letGo();
    }, options.letGoAfterMs ?? 60_000);
  };
  document.addEventListener('visibilitychange', updateActivity);

  const root = createRoot(options.element);
  const cardActionMiddleware = configLinkMiddleware(options.apiBase);
  const render = () => {
    if (!directLine) return;
    options.element.lang = locale;
    root.render(
      <ReactWebChat
        directLine={directLine}
        store={store}
        locale={WEBCHAT_LOCALES[locale]}
        styleOptions={HALNET_STYLE_OPTIONS}
        activityMiddleware={[agentNameActivityMiddleware, outcomeActivityMiddleware]}
        avatarMiddleware={agentAvatarMiddleware}
        groupActivitiesMiddleware={agentGroupingMiddleware}
        overrideLocalizedStrings={{
          TEXT_INPUT_PLACEHOLDER: SEND_BOX_PLACEHOLDERS[locale],
          ...SPOKEN_NAME_STRINGS,
        }}
        renderMarkdown={renderMarkdownWithPlainLinks}
        cardActionMiddleware={cardActionMiddleware}
      />,
    );
  };
  void connect(watch.currentTransport);
  scheduleRefresh();

  // Web Chat's own strings follow the language the bot answers in (it followed the customer).
  function followBotLocale(tag: string | undefined) {
    const next = tag?.toLowerCase().slice(0, 2);
    if (!isLocale(next) || next === locale) return;
    locale = next;
    setTimeout(() => {
      if (disposed) return;
      render();
      options.onLocaleFollowed?.(next);
    }, 0);
  }

  return {
    setLocale(next) {
      if (next === locale) return;
      locale = next;
      // Commit Web Chat's new locale first, so the message below already carries it.
      flushSync(render);
      if (conversation.joined) {
        store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: LANGUAGE_SWITCH_MESSAGES[next] } });
      }
    },
    focus() {
      focusSendBox(options.element, 40);
    },
    setActive(next) {
      active = next;
      updateActivity();
    },
    dispose() {
      disposed = true;
      clearTimeout(refreshTimer);
      clearTimeout(letGoTimer);
      document.removeEventListener('visibilitychange', updateActivity);
      watch.dispose();
      status?.unsubscribe();
      directLine?.end();
      root.unmount();
    },
  };
}

// Web Chat renders its send box a moment after mounting: try for up to ~2 s.
function focusSendBox(element: HTMLElement, attemptsLeft: number): void {
  const input = element.querySelector<HTMLElement>(
    '[data-id="webchat-sendbox-input"], textarea, input[type="text"]',
  );
  if (input) input.focus();
  else if (attemptsLeft > 0) setTimeout(() => focusSendBox(element, attemptsLeft - 1), 50);
}
