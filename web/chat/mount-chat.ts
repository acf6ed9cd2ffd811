// The controller the launcher drives: opens the right session (resume or new), starts a chat
// run on it, and recovers from failures: a conversation that cannot be resumed is replaced by
// a new one with a short note; a server that cannot be reached gets a "try again".
import type { ChatController, ChatMountOptions } from '../shared/chat-bridge';
import { sessionStorageOrNull } from '../shared/session-storage';
import { type ChatRun, type RunFailure, startChatRun } from './chat-run';
import { forgetConversation } from './conversation-session';
import { type OpenedSession, openSession, startNew } from './open-session';

export function mountChat(options: ChatMountOptions): ChatController {
  const storage = sessionStorageOrNull();
  const now = () => Date.now();
  let locale = options.locale;
  let run: ChatRun | null = null;
  let ended = false;
  let wantsFocus = false;
  let attempt = 0;

  const stopRun = () => {
    run?.dispose();
    run = null;
  };

  const show = (opened: OpenedSession) => {
    run = startChatRun({
      element: options.element,
      apiBase: options.apiBase,
      locale,
      conversation: opened.conversation,
      resumed: opened.resumed,
      storage,
      now,
      onFailure: (failure, everOnline) => handleFailure(failure, everOnline, opened.resumed),
      onLocaleFollowed: (next) => {
        locale = next;
        options.onLocaleFollowed?.(next);
      },
    });
    if (wantsFocus) {
      wantsFocus = false;
      run.focus();
    }
  };

  // Each start supersedes the previous one: a late answer for an old attempt is dropped.
  const start = async (fresh: boolean) => {
    const mine = ++attempt;
    stopRun();
    try {
      const opened: OpenedSession = fresh
        ? {
            conversation: await startNew(options.apiBase, locale, storage, now),
            resumed: false,
            replacedExpired: true,
          }
        : await openSession(options.apiBase, locale, storage, now);
      if (mine !== attempt || ended) return;
      options.onNotice(opened.replacedExpired ? 'resume-expired' : null);
      show(opened);
    } catch {
      if (mine === attempt && !ended) options.onNotice('connect-failed');
    }
  };

  const handleFailure = (failure: RunFailure, everOnline: boolean, resumed: boolean) => {
    // The stored conversation is gone (404, expired token): begin a new one, say so briefly.
    if (failure !== 'failed-to-connect' || (resumed && !everOnline)) {
      forgetConversation(storage);
      void start(true);
    } else {
      stopRun();
      options.onNotice('connect-failed');
    }
  };

  void start(false);

  return {
    setLocale(next) {
      locale = next;
      run?.setLocale(next);
    },
    focus() {
      if (run) run.focus();
      else wantsFocus = true;
    },
    retry() {
      options.onNotice(null);
      void start(false);
    },
    end() {
      ended = true;
      attempt += 1;
      stopRun();
      forgetConversation(storage);
    },
  };
}
