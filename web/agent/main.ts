// Entry point of agent.js, the agents' console served at /agent/. Reads /config.json (on AWS
// it names the API and the Cognito user pool; `npm start` serves none: same-origin API and
// the local sign-in), then shows the sign-in page or, with a live session, the console.
import './agent.css';
import { loadSiteConfig, type SiteConfig } from '../shared/site-config';
import {
  type AgentSession,
  clearSession,
  loadLocale,
  loadSession,
  saveLocale,
  saveSession,
} from './agent-session';
import { cognitoRefresh } from './cognito-auth';
import { type ConsoleApp, startConsoleApp } from './console-app';
import { CONSOLE_TEXTS, type ConsoleLocale } from './console-texts';
import { el } from './dom';
import { renderSignIn } from './sign-in-view';

// The console lives at /agent/; config.json at the site's root, next to postino.js.
const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
const configUrl = new URL('../config.json', script?.src || new URL('/agent/', location.href)).href;

function boot(config: SiteConfig, root: HTMLElement): void {
  let locale: ConsoleLocale = loadLocale();
  let app: ConsoleApp | null = null;
  let session: AgentSession | null = loadSession();
  let notice: string | null = null;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;

  const languageSwitch = () => {
    const group = el('div', {
      class: 'pc-langs',
      attrs: { role: 'group', 'aria-label': CONSOLE_TEXTS[locale].languageGroup },
    });
    for (const code of ['it', 'en'] as const) {
      group.appendChild(
        el(
          'button',
          {
            class: 'pc-lang',
            attrs: { type: 'button', lang: code, 'aria-pressed': String(code === locale) },
            on: { click: () => setLocale(code) },
          },
          code === 'it' ? 'Italiano' : 'English',
        ),
      );
    }
    return group;
  };

  const show = () => {
    const texts = CONSOLE_TEXTS[locale];
    document.documentElement.lang = locale;
    document.title = texts.pageTitle;
    if (session) {
      app = startConsoleApp(root, {
        config,
        session,
        locale,
        texts,
        languageSwitch: languageSwitch(),
        onSignOut: signOut,
      });
      scheduleRefresh();
      return;
    }
    renderSignIn(root, {
      config,
      texts,
      notice,
      languageSwitch: languageSwitch(),
      onSignedIn: (signedIn) => {
        session = signedIn;
        notice = null;
        saveSession(signedIn);
        show();
      },
    });
  };

  const setLocale = (next: ConsoleLocale) => {
    if (next === locale) return;
    locale = next;
    saveLocale(next);
    const texts = CONSOLE_TEXTS[next];
    document.title = texts.pageTitle;
    if (app) {
      // Keep the open conversation and the draft: relabel in place, then swap the switch.
      app.setLocale(next, texts);
      root.querySelector('.pc-langs')?.replaceWith(languageSwitch());
      root.querySelector<HTMLElement>(`.pc-lang[lang="${next}"]`)?.focus();
    } else {
      show();
    }
  };

  const signOut = (expired: boolean) => {
    app?.stop();
    app = null;
    clearTimeout(refreshTimer);
    session = null;
    clearSession();
    notice = expired ? CONSOLE_TEXTS[locale].sessionExpired : null;
    history.replaceState(null, '', location.pathname);
    show();
  };

  // Cognito's tokens last an hour: renew five minutes early while the refresh token lives.
  const scheduleRefresh = () => {
    clearTimeout(refreshTimer);
    const auth = config.agentAuth;
    const current = session;
    if (!auth || !current?.refreshToken) return;
    refreshTimer = setTimeout(
      () => {
        cognitoRefresh(auth, current.refreshToken ?? '').then(
          (tokens) => {
            if (session !== current) return;
            current.token = tokens.idToken;
            current.expiresAt = tokens.expiresAt;
            saveSession(current);
            scheduleRefresh();
          },
          () => undefined, // the next 401 signs the agent out with a notice
        );
      },
      Math.max(10_000, current.expiresAt - Date.now() - 5 * 60_000),
    );
  };

  show();
}

const root = document.getElementById('console');
if (root) {
  void loadSiteConfig(configUrl, location.origin).then((config) => boot(config, root));
}
