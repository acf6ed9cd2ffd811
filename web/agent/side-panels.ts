// The right column's two cards: the canned replies the knowledge base offers for the open
// conversation (the steps for the customer's mail client, in the customer's language: one
// click puts one in the composer, the other sends it), and the metrics for today and the
// last 7 days (conversations, solved by the bot, handed off, abandoned, CSAT).
import type { CannedReply, DayMetrics, MetricsResponse } from '../../core/handoff/agent-api';
import { type ConsoleLocale, type ConsoleTexts, fill } from './console-texts';
import { button, type Child, el } from './dom';

export interface CannedState {
  replies: CannedReply[] | null;
  canSend: boolean;
  texts: ConsoleTexts;
}

export function renderCanned(
  state: CannedState,
  actions: { fill(text: string): void; send(text: string): void },
): HTMLElement {
  const { texts } = state;
  const body =
    state.replies === null
      ? el('p', { class: 'pc-empty' }, texts.loading)
      : state.replies.length === 0
        ? el('p', { class: 'pc-empty' }, texts.cannedEmpty)
        : el(
            'ul',
            { class: 'pc-canned-list' },
            ...state.replies.map((reply) =>
              el(
                'li',
                { class: 'pc-canned' },
                el('span', { class: 'pc-canned-title' }, reply.title),
                el('span', { class: 'pc-canned-preview' }, reply.text),
                el(
                  'span',
                  { class: 'pc-canned-actions' },
                  button(texts.cannedFill, () => actions.fill(reply.text), {
                    class: 'pc-button pc-small',
                    attrs: { 'aria-label': fill(texts.cannedFillLabel, { title: reply.title }) },
                  }),
                  button(texts.cannedSend, () => actions.send(reply.text), {
                    class: 'pc-button pc-small pc-primary',
                    attrs: {
                      'aria-label': fill(texts.cannedSendLabel, { title: reply.title }),
                      disabled: !state.canSend,
                    },
                  }),
                ),
              ),
            ),
          );
  return el(
    'section',
    { class: 'pc-card pc-canned-card', attrs: { 'aria-labelledby': 'pc-canned-title' } },
    el('h2', { class: 'pc-card-title', attrs: { id: 'pc-canned-title' } }, texts.cannedTitle),
    el('p', { class: 'pc-muted pc-small-text' }, texts.cannedIntro),
    body,
  );
}

export function renderMetrics(
  metrics: MetricsResponse | null,
  locale: ConsoleLocale,
  texts: ConsoleTexts,
  onRefresh: () => void,
): HTMLElement {
  const number = new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1 });
  const percent = (value: number | null) =>
    value === null ? texts.notAvailable : `${number.format(value)}%`;
  const csat = (day: DayMetrics): Child =>
    day.csatAverage === null
      ? texts.notAvailable
      : el(
          'span',
          {},
          fill(texts.csatValue, { value: number.format(day.csatAverage) }),
          el(
            'small',
            { class: 'pc-metric-note' },
            day.csatCount === 1 ? texts.csatCountOne : fill(texts.csatCount, { count: day.csatCount }),
          ),
        );
  const rows: Array<[string, (day: DayMetrics) => Child]> = [
    [texts.conversations, (day) => number.format(day.conversations)],
    [texts.containment, (day) => percent(day.resolvedByBotPct)],
    [texts.handedOff, (day) => percent(day.handedOffPct)],
    [texts.abandoned, (day) => number.format(day.abandoned)],
    [texts.csat, csat],
  ];
  return el(
    'section',
    { class: 'pc-card pc-metrics', attrs: { 'aria-labelledby': 'pc-metrics-title' } },
    el(
      'div',
      { class: 'pc-card-head' },
      el('h2', { class: 'pc-card-title', attrs: { id: 'pc-metrics-title' } }, texts.metricsTitle),
      button(texts.refresh, onRefresh, { class: 'pc-button pc-small pc-ghost' }),
    ),
    metrics === null
      ? el('p', { class: 'pc-empty' }, texts.loading)
      : el(
          'table',
          { class: 'pc-metrics-table' },
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              el('td', {}),
              el('th', { attrs: { scope: 'col' } }, texts.today),
              el('th', { attrs: { scope: 'col' } }, texts.last7Days),
            ),
          ),
          el(
            'tbody',
            {},
            ...rows.map(([label, value]) =>
              el(
                'tr',
                {},
                el('th', { attrs: { scope: 'row' } }, label),
                el('td', {}, value(metrics.today)),
                el('td', {}, value(metrics.last7Days)),
              ),
            ),
          ),
        ),
  );
}
