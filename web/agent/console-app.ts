// The signed-in console: a top bar (who is signed in, language, sign out), the queue on the
// left, the open conversation in the middle, canned replies and metrics on the right. The live
// socket tells it when the queue or a conversation changes (beeping and counting in the title
// when a handoff arrives); while the socket is down it polls the queue every 2 s and the open
// conversation every 1.5 s. Metrics are read every minute. The outage card (issue 12) sits on
// top of the queue; it refreshes on the socket's `outage` events, or with the queue's polling.
import type { MetricsResponse, QueueItem } from '../../core/handoff/agent-api';
import type { SiteConfig } from '../shared/site-config';
import { AgentApiError, createAgentClient } from './agent-client';
import type { AgentSession } from './agent-session';
import { createAnalyticsView } from './analytics-view';
import { type ConsoleLocale, type ConsoleTexts, fill } from './console-texts';
import { type ConversationPanel, createConversationPanel } from './conversation-panel';
import { button, el, replaceChildren } from './dom';
import { clientName } from './domain-labels';
import { createInsightsClient } from './insights-client';
import { INSIGHTS_TEXTS } from './insights-texts';
import { connectLiveFeed, liveUrlFor } from './live-feed';
import { createNotifier } from './notifier';
import { createOutageCard } from './outage-card';
import { OUTAGE_TEXTS } from './outage-texts';
import { renderQueue } from './queue-view';
import { createReviewView } from './review-view';
import { renderMetrics } from './side-panels';

const QUEUE_POLL_MS = 2_000;
const CONVERSATION_POLL_MS = 1_500;
const METRICS_POLL_MS = 60_000;

export interface ConsoleAppOptions {
  config: SiteConfig;
  session: AgentSession;
  locale: ConsoleLocale;
  texts: ConsoleTexts;
  languageSwitch: HTMLElement;
  onSignOut(expired: boolean): void;
}

export function startConsoleApp(root: HTMLElement, options: ConsoleAppOptions) {
  let { locale, texts } = options;
  const { session } = options;
  let expired = false;
  const client = createAgentClient({
    apiUrl: options.config.apiUrl,
    token: () => session.token,
    onUnauthorized: () => {
      if (expired) return;
      expired = true;
      options.onSignOut(true);
    },
  });
  const notifier = createNotifier();
  const insights = createInsightsClient({ apiUrl: options.config.apiUrl, token: () => session.token });
  // Which view the middle column shows: conversations, or the analytics / review views.
  let view: 'conversations' | 'analytics' | 'review' = 'conversations';
  const sections = el('div', { class: 'pc-sections', attrs: { role: 'group' } });
  let items: QueueItem[] = [];
  let fetchedAt = Date.now();
  let seenQueued: Set<string> | null = null;
  let metrics: MetricsResponse | null = null;
  let panel: ConversationPanel | null = null;
  const timers: Array<ReturnType<typeof setInterval>> = [];

  const meLabel = el('span', { class: 'pc-me' });
  const signOut = button('', () => options.onSignOut(false), { class: 'pc-button pc-ghost pc-on-dark' });
  const status = el('div', { class: 'pc-toast', attrs: { role: 'status', 'aria-live': 'polite' } });
  const alert = el('div', { class: 'pc-banner', attrs: { role: 'alert' } });
  const queueColumn = el('nav', {});
  const center = el('div', { class: 'pc-center' });
  const cannedSlot = el('div', {});
  const metricsSlot = el('div', {});
  const outage = createOutageCard({ client, locale, texts: OUTAGE_TEXTS[locale], notify: (m) => notify(m) });
  root.replaceChildren(
    el(
      'div',
      { class: 'pc-app' },
      el(
        'header',
        { class: 'pc-topbar' },
        el(
          'div',
          { class: 'pc-brand' },
          el('span', { class: 'pc-logo', attrs: { 'aria-hidden': 'true' } }),
          el('span', { class: 'pc-brand-name' }, texts.brand),
          el('span', { class: 'pc-brand-sub' }),
        ),
        sections,
        el('div', { class: 'pc-topbar-end' }, meLabel, options.languageSwitch, signOut),
      ),
      alert,
      el(
        'main',
        { class: 'pc-main' },
        el('div', { class: 'pc-queue' }, outage.element, queueColumn),
        center,
        el('aside', { class: 'pc-side' }, cannedSlot, metricsSlot),
      ),
      status,
    ),
  );
  alert.hidden = true;

  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  const notify = (message: string) => {
    status.textContent = message;
    status.classList.add('pc-visible');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => status.classList.remove('pc-visible'), 5_000);
  };
  const connection = (ok: boolean) => {
    alert.hidden = ok;
    alert.textContent = ok ? '' : texts.connectionLost;
  };

  const drawQueue = () =>
    renderQueue(
      queueColumn,
      { items, fetchedAt, me: session.agent, selectedId: panel?.id ?? null, locale, texts },
      select,
    );
  const drawMetrics = () =>
    replaceChildren(
      metricsSlot,
      renderMetrics(metrics, locale, texts, () => void loadMetrics()),
    );
  const drawSections = () => {
    const t = INSIGHTS_TEXTS[locale];
    sections.setAttribute('aria-label', t.navLabel);
    replaceChildren(
      sections,
      ...(
        [
          ['conversations', t.navConversations],
          ['analytics', t.navAnalytics],
          ['review', t.navReview],
        ] as const
      ).map(([name, label]) =>
        button(label, () => showView(name), {
          class: 'pc-button pc-ghost pc-on-dark pc-section',
          attrs: { 'aria-pressed': String(view === name) },
        }),
      ),
    );
  };
  const showView = (name: typeof view) => {
    view = name;
    if (name !== 'conversations') {
      panel?.dispose();
      panel = null;
      history.replaceState(null, '', location.pathname);
      const make = name === 'analytics' ? createAnalyticsView : createReviewView;
      replaceChildren(center, make(insights, locale, INSIGHTS_TEXTS[locale]).element);
    }
    drawSections();
    drawCenter();
    drawQueue();
  };
  const drawCenter = () => {
    if (panel || view !== 'conversations') return;
    replaceChildren(center, el('div', { class: 'pc-placeholder' }, el('p', {}, texts.noSelection)));
  };
  const drawChrome = () => {
    document.documentElement.lang = locale;
    notifier.setBaseTitle(texts.pageTitle);
    meLabel.textContent = fill(texts.signedInAs, { name: session.agent.name });
    signOut.textContent = texts.signOut;
    root.querySelector('.pc-topbar .pc-brand-sub')?.replaceChildren(texts.brandSub);
    queueColumn.setAttribute('aria-label', texts.queueTitle);
  };

  async function pollQueue() {
    try {
      const answer = await client.queue();
      items = answer.items;
      fetchedAt = Date.now();
      const queued = items.filter((item) => item.status === 'queued');
      const arrived = seenQueued ? queued.filter((item) => !seenQueued?.has(item.conversationId)) : [];
      seenQueued = new Set(queued.map((item) => item.conversationId));
      notifier.queueChanged(queued.length, arrived.length);
      const first = arrived[0];
      if (first)
        notify(fill(texts.newHandoff, { client: clientName(first.client, locale) ?? texts.unknown }));
      connection(true);
      drawQueue();
    } catch (error) {
      if (!(error instanceof AgentApiError && error.status === 401)) connection(false);
    }
  }

  async function loadMetrics() {
    try {
      metrics = await client.metrics();
      drawMetrics();
    } catch {
      // Kept as they were; the next minute tries again.
    }
  }

  function select(id: string) {
    if (view !== 'conversations') {
      view = 'conversations';
      drawSections();
    }
    if (panel?.id === id) {
      panel.focusComposer();
      return;
    }
    panel?.dispose();
    panel = createConversationPanel(id, {
      client,
      me: session.agent,
      locale,
      texts,
      sideSlot: cannedSlot,
      notify,
      onChanged: () => void pollQueue(),
    });
    replaceChildren(center, panel.element);
    history.replaceState(null, '', `#${encodeURIComponent(id)}`);
    drawQueue();
    void panel.poll().then(
      () => center.querySelector<HTMLElement>('.pc-conv-title')?.setAttribute('tabindex', '-1'),
      (error: unknown) => notify(error instanceof Error ? error.message : String(error)),
    );
  }

  const live = connectLiveFeed({
    url: () => liveUrlFor(options.config, session.token),
    expiresAt: () => session.expiresAt,
    onOpen: () => {
      void pollQueue();
      void outage.refresh();
      void panel?.poll().catch(() => connection(false));
    },
    onEvent: (event) => {
      if (event.type === 'queue') void pollQueue();
      else if (event.type === 'outage') void outage.refresh();
      else if (event.type === 'activity' && panel?.id === event.conversationId)
        void panel.poll().catch(() => connection(false));
    },
  });

  drawChrome();
  drawSections();
  drawCenter();
  drawMetrics();
  const fromHash = decodeURIComponent(location.hash.slice(1));
  if (/^[A-Za-z0-9_-]{1,128}$/.test(fromHash)) select(fromHash);
  void pollQueue();
  void outage.refresh();
  void loadMetrics();
  timers.push(
    setInterval(() => {
      if (live.connected) return;
      void pollQueue();
      void outage.refresh();
    }, QUEUE_POLL_MS),
    setInterval(() => {
      if (!live.connected) void panel?.poll().catch(() => connection(false));
    }, CONVERSATION_POLL_MS),
    setInterval(() => void loadMetrics(), METRICS_POLL_MS),
    setInterval(() => {
      drawQueue();
      panel?.tick();
    }, 1_000),
  );

  return {
    setLocale(nextLocale: ConsoleLocale, nextTexts: ConsoleTexts) {
      locale = nextLocale;
      texts = nextTexts;
      drawChrome();
      drawQueue();
      drawMetrics();
      outage.setLocale(nextLocale, OUTAGE_TEXTS[nextLocale]);
      if (view === 'conversations') drawCenter();
      else showView(view);
      panel?.setLocale(nextLocale, nextTexts);
    },
    stop() {
      for (const timer of timers) clearInterval(timer);
      live.stop();
      clearTimeout(toastTimer);
      panel?.dispose();
      notifier.dispose();
    },
  };
}

export type ConsoleApp = ReturnType<typeof startConsoleApp>;
