// The outage card at the top of the queue column (issue 12). During an outage: since when, why
// (the automatic check's verdict, or who reported it), how many chats it touched, how many wait
// for a person and how many left a contact, a message to all of them ("Rispondi a tutti") and
// "Segna come risolto" (confirmed first). Otherwise a small "Segnala un guasto" (confirmed
// first) and, for a day after an outage ended, its call-back list: the agents' to-do list.
// A deployment without outage mode answers 404: the card then stays hidden for good.
import type { OutageOverviewResponse } from '../../core/handoff/agent-api';
import { AgentApiError, type AgentClient } from './agent-client';
import { type ConsoleLocale, fill } from './console-texts';
import { button, el, replaceChildren } from './dom';
import { formatTime, verdictLabel } from './domain-labels';
import type { OutageTexts } from './outage-texts';

/** How long an ended outage stays on the card with its call-back list. */
const RECENT_MS = 24 * 60 * 60_000;

type Asking = 'none' | 'report' | 'resolve';

export interface OutageCardOptions {
  client: AgentClient;
  locale: ConsoleLocale;
  texts: OutageTexts;
  /** Something happened the agent should read (role=status). */
  notify(message: string): void;
}

export interface OutageCard {
  readonly element: HTMLElement;
  /** Reads the overview again (after a live `outage` event, or on the polling cadence). */
  refresh(): Promise<void>;
  setLocale(locale: ConsoleLocale, texts: OutageTexts): void;
}

export function createOutageCard(options: OutageCardOptions): OutageCard {
  let { locale, texts } = options;
  const { client } = options;
  let overview: OutageOverviewResponse | null = null;
  let shownKey = '';
  let asking: Asking = 'none';
  let busy = false;
  let unavailable = false;
  let refreshing: Promise<void> | null = null;

  const element = el('section', { class: 'pc-outage' });
  element.hidden = true;
  // Built once: a refresh re-renders around it and never loses the agent's draft.
  const input = el('textarea', {
    class: 'pc-composer-input',
    attrs: { id: 'pc-outage-text', rows: 3, maxlength: 2000 },
  });
  const form = el('form', { class: 'pc-outage-form' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void broadcast();
  });

  const fail = (error: unknown) =>
    options.notify(fill(texts.failed, { reason: error instanceof Error ? error.message : String(error) }));

  const act = async (work: () => Promise<void>) => {
    if (busy) return;
    busy = true;
    render(true);
    try {
      await work();
    } catch (error) {
      fail(error);
    } finally {
      busy = false;
      render(true);
    }
  };

  const focusMain = () =>
    element
      .querySelector<HTMLElement>(overview?.active ? '.pc-outage-resolve' : '.pc-outage-report')
      ?.focus();

  const setOutage = async (active: boolean) => {
    await act(async () => {
      overview = await client.setOutage({ active });
      asking = 'none';
      options.notify(active ? texts.reported : texts.resolved);
    });
    focusMain();
  };

  const broadcast = async () => {
    const text = input.value.trim();
    if (text === '') return;
    await act(async () => {
      const { delivered } = await client.broadcast({ text });
      input.value = '';
      options.notify(
        fill(delivered === 1 ? texts.broadcastSentOne : texts.broadcastSent, { count: delivered }),
      );
    });
    input.focus();
  };

  const ask = (next: Asking) => {
    asking = next;
    render(true);
    if (next === 'none') focusMain();
    else element.querySelector<HTMLElement>('.pc-outage-confirm button')?.focus();
  };

  const confirmPanel = (question: string, confirm: string, onConfirm: () => void, danger: boolean) =>
    el(
      'div',
      { class: 'pc-outage-confirm', attrs: { role: 'group', 'aria-label': question } },
      el('p', {}, question),
      button(confirm, onConfirm, {
        class: `pc-button ${danger ? 'pc-danger' : 'pc-primary'}`,
        attrs: { disabled: busy },
      }),
      button(texts.cancel, () => ask('none')),
    );

  const active = (o: OutageOverviewResponse) => {
    const verdict = o.cause === 'detected' && o.verdict ? verdictLabel(o.verdict, locale) : null;
    const count = (label: string, value: number) =>
      el('div', { class: 'pc-outage-count' }, el('dt', {}, label), el('dd', {}, String(value)));
    form.replaceChildren(
      el('label', { attrs: { for: 'pc-outage-text' } }, texts.broadcastLabel),
      input,
      el(
        'button',
        { class: 'pc-button pc-primary', attrs: { type: 'submit', disabled: busy } },
        texts.broadcast,
      ),
    );
    input.placeholder = texts.broadcastPlaceholder;
    return [
      el(
        'h2',
        { class: 'pc-card-title', attrs: { id: 'pc-outage-title' } },
        fill(texts.activeTitle, { time: o.since ? formatTime(o.since, locale) : '' }),
      ),
      el(
        'p',
        { class: 'pc-outage-cause' },
        o.cause === 'manual' ? fill(texts.causeManual, { name: o.setBy ?? '' }) : texts.causeDetected,
        verdict ? ' ' : null,
        verdict ? el('span', { class: `pc-tag pc-tone-${verdict.tone}` }, verdict.text) : null,
      ),
      el(
        'dl',
        { class: 'pc-outage-counts' },
        count(texts.affected, o.affected),
        count(texts.waitingForHuman, o.waitingForHuman),
        count(texts.callbacks, o.callbacks.length),
      ),
      form,
      asking === 'resolve'
        ? confirmPanel(texts.resolveQuestion, texts.resolve, () => void setOutage(false), false)
        : button(texts.resolve, () => ask('resolve'), { class: 'pc-button pc-outage-resolve' }),
    ];
  };

  const endedRecently = (o: OutageOverviewResponse) =>
    o.lastEnded !== null && Date.now() - Date.parse(o.lastEnded.endedAt) <= RECENT_MS;

  const ended = (o: OutageOverviewResponse) => {
    const last = o.lastEnded;
    if (!last || !endedRecently(o)) return [];
    const n = o.callbacks.length;
    const title = n === 0 ? texts.endedTitleNone : n === 1 ? texts.endedTitleOne : texts.endedTitle;
    return [
      el(
        'h2',
        { class: 'pc-card-title', attrs: { id: 'pc-outage-title' } },
        fill(title, { time: formatTime(last.endedAt, locale), count: n }),
      ),
      el(
        'p',
        { class: 'pc-muted pc-small-text' },
        fill(texts.allClears, { delivered: o.allClearsDelivered, affected: o.affected }),
      ),
      n > 0
        ? el(
            'ul',
            { class: 'pc-outage-callbacks', attrs: { 'aria-label': texts.callbackList } },
            ...o.callbacks.map(({ contact, locale: language }) =>
              el(
                'li',
                {},
                el(
                  'a',
                  {
                    attrs: {
                      href:
                        contact.kind === 'email'
                          ? `mailto:${contact.value}`
                          : `tel:${contact.value.replace(/[^\d+]/g, '')}`,
                    },
                  },
                  contact.value,
                ),
                ` (${contact.kind === 'email' ? texts.email : texts.phone}) `,
                el('span', { class: 'pc-tag' }, language.toUpperCase()),
              ),
            ),
          )
        : null,
    ];
  };

  const idle = (o: OutageOverviewResponse) => [
    ...ended(o),
    asking === 'report'
      ? confirmPanel(texts.reportQuestion, texts.reportConfirm, () => void setOutage(true), true)
      : button(texts.report, () => ask('report'), { class: 'pc-button pc-danger pc-small pc-outage-report' }),
  ];

  /** Re-renders when what the card shows changed (`force`: a local change, e.g. a confirm). */
  function render(force = false): void {
    element.hidden = unavailable || overview === null;
    const o = overview;
    if (!o || unavailable) return;
    const key = JSON.stringify([o, locale, endedRecently(o)]);
    if (!force && key === shownKey) return;
    shownKey = key;
    const typing = document.activeElement === input;
    const children = o.active ? active(o) : idle(o);
    // A card with a title (an outage on, or one just ended); otherwise just the small button.
    const titled = o.active || endedRecently(o);
    element.classList.toggle('pc-card', titled);
    element.classList.toggle('pc-outage-active', o.active);
    element.removeAttribute(titled ? 'aria-label' : 'aria-labelledby');
    if (titled) element.setAttribute('aria-labelledby', 'pc-outage-title');
    else element.setAttribute('aria-label', texts.regionLabel);
    replaceChildren(element, ...children);
    if (typing && o.active) input.focus();
  }

  return {
    element,
    refresh() {
      if (unavailable) return Promise.resolve();
      refreshing ??= client
        .outage()
        .then(
          (next) => {
            if (overview && overview.active !== next.active) {
              options.notify(next.active ? texts.startedNotice : texts.endedNotice);
              asking = 'none';
            }
            overview = next;
            render();
          },
          (error: unknown) => {
            // No outage mode in this deployment: nothing to show, nothing to ask again.
            if (error instanceof AgentApiError && error.status === 404) {
              unavailable = true;
              render();
            }
          },
        )
        .finally(() => {
          refreshing = null;
        });
      return refreshing;
    },
    setLocale(nextLocale, nextTexts) {
      locale = nextLocale;
      texts = nextTexts;
      render(true);
    },
  };
}
