// The console's analytics view: a period (default the last 7 days), the figures of the
// period as tiles (conversations, containment, handoff and abandonment rates, median times
// to an answer and to an agent, CSAT, missed messages), conversations per day and probe
// verdicts per day as SVG charts, the CSAT distribution, the top mail clients × symptoms,
// the outages, and a CSV export. Every figure comes from GET /agent/api/analytics.
import type { AnalyticsReport } from '../../core/insights/analytics-report';
import { type ConsoleLocale, fill } from './console-texts';
import { button, el, replaceChildren } from './dom';
import { clientName, symptomName, verdictLabel } from './domain-labels';
import { download, type InsightsClient } from './insights-client';
import type { InsightsTexts } from './insights-texts';
import { dailyBars, stackedDailyBars } from './svg-charts';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function createAnalyticsView(client: InsightsClient, locale: ConsoleLocale, texts: InsightsTexts) {
  const number = new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1 });
  const from = el('input', {
    class: 'pc-input',
    attrs: { type: 'date', id: 'pc-period-from', value: day(Date.now() - 6 * 86_400_000) },
  });
  const to = el('input', {
    class: 'pc-input',
    attrs: { type: 'date', id: 'pc-period-to', value: day(Date.now()) },
  });
  const status = el('p', { class: 'pc-muted', attrs: { role: 'status' } });
  const body = el('div', { class: 'pc-analytics-body' });
  const form = el(
    'form',
    { class: 'pc-period', attrs: { 'aria-label': texts.analyticsTitle } },
    el('label', { attrs: { for: 'pc-period-from' } }, texts.periodFrom),
    from,
    el('label', { attrs: { for: 'pc-period-to' } }, texts.periodTo),
    to,
    el('button', { class: 'pc-button pc-primary', attrs: { type: 'submit' } }, texts.show),
    button(texts.exportCsv, () => void exportCsv(), { class: 'pc-button' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  const element = el(
    'section',
    { class: 'pc-insights', attrs: { 'aria-labelledby': 'pc-analytics-title' } },
    el('h2', { class: 'pc-insights-title', attrs: { id: 'pc-analytics-title' } }, texts.analyticsTitle),
    form,
    status,
    body,
  );

  const seconds = (value: number | null) => {
    if (value === null) return '—';
    if (!Number.isFinite(value)) return texts.over;
    const shown = value < 60 ? `${value} s` : value < 3600 ? `${value / 60} min` : `${value / 3600} h`;
    return fill(texts.atMost, { value: shown });
  };
  const pct = (value: number | null) => (value === null ? '—' : `${number.format(value)}%`);

  // Set through the CSSOM: the console's Content-Security-Policy forbids style attributes.
  function bar(percent: number) {
    const span = el('span', { class: 'pc-csat-bar' });
    span.style.width = `${percent}%`;
    return span;
  }

  function tile(label: string, value: string, note?: string) {
    return el(
      'div',
      { class: 'pc-tile' },
      el('dt', {}, label),
      el('dd', {}, el('span', { class: 'pc-tile-value' }, value), note ? el('small', {}, note) : null),
    );
  }

  function render(report: AnalyticsReport) {
    const t = report.totals;
    const days = report.days.map((d) => d.day);
    const csatMax = Math.max(1, ...t.csat);
    replaceChildren(
      body,
      el(
        'dl',
        { class: 'pc-tiles' },
        tile(texts.conversations, number.format(t.conversations)),
        tile(
          texts.containment,
          pct(t.containmentPct),
          fill(texts.ofTotal, {
            count: number.format(t.resolvedByBot),
            total: number.format(t.conversations),
          }),
        ),
        tile(
          texts.handoffRate,
          pct(t.handoffRatePct),
          fill(texts.ofTotal, { count: number.format(t.handedOff), total: number.format(t.conversations) }),
        ),
        tile(
          texts.abandonment,
          pct(t.abandonmentPct),
          fill(texts.ofTotal, { count: number.format(t.abandoned), total: number.format(t.handedOff) }),
        ),
        tile(texts.timeToAnswer, seconds(t.medianTimeToAnswerS)),
        tile(texts.timeToAgent, seconds(t.medianTimeToAgentS)),
        tile(
          texts.csat,
          t.csatAverage === null ? '—' : `${number.format(t.csatAverage)} / 5`,
          fill(texts.votes, { count: number.format(t.csatCount) }),
        ),
        tile(texts.missed, number.format(t.missed)),
        // Issue 12: a resolution kind of its own, proved by a test message rather than said.
        tile(texts.verified, number.format(t.verified)),
      ),
      el(
        'div',
        { class: 'pc-insights-grid' },
        el(
          'section',
          { class: 'pc-card' },
          el('h3', { class: 'pc-card-title' }, texts.perDayTitle),
          dailyBars(texts.perDayTitle, days, [
            {
              name: texts.perDaySeries,
              values: report.days.map((d) => d.conversations),
              className: 'pc-series-all',
            },
            {
              name: texts.resolvedSeries,
              values: report.days.map((d) => d.resolvedByBot),
              className: 'pc-series-resolved',
            },
          ]),
          el(
            'p',
            { class: 'pc-legend' },
            el('span', { class: 'pc-key pc-series-all' }),
            texts.perDaySeries,
            el('span', { class: 'pc-key pc-series-resolved' }),
            texts.resolvedSeries,
          ),
        ),
        el(
          'section',
          { class: 'pc-card' },
          el('h3', { class: 'pc-card-title' }, texts.verdictsTitle),
          stackedDailyBars(
            texts.verdictsTitle,
            days,
            report.days.map((d) => d.verdicts),
            (verdict) => `pc-tone-fill-${verdictLabel(verdict, locale).tone}`,
            (verdict) => verdictLabel(verdict, locale).text,
          ),
        ),
        el(
          'section',
          { class: 'pc-card' },
          el('h3', { class: 'pc-card-title' }, texts.csatTitle),
          el(
            'ol',
            { class: 'pc-csat-bars' },
            ...t.csat.map((n, i) =>
              el(
                'li',
                {},
                el('span', { class: 'pc-csat-star' }, `${i + 1}`),
                bar((n / csatMax) * 100),
                el('span', { class: 'pc-csat-count' }, number.format(n)),
              ),
            ),
          ),
        ),
        el(
          'section',
          { class: 'pc-card' },
          el('h3', { class: 'pc-card-title' }, texts.topTitle),
          report.topClientsSymptoms.length === 0
            ? el('p', { class: 'pc-empty' }, texts.empty)
            : el(
                'table',
                { class: 'pc-data-table pc-top-table' },
                el(
                  'thead',
                  {},
                  el(
                    'tr',
                    {},
                    ...[texts.client, texts.symptom, texts.answers].map((h) =>
                      el('th', { attrs: { scope: 'col' } }, h),
                    ),
                  ),
                ),
                el(
                  'tbody',
                  {},
                  ...report.topClientsSymptoms.map((row) =>
                    el(
                      'tr',
                      {},
                      el('td', {}, clientName(row.client, locale) ?? texts.unknown),
                      el('td', {}, symptomName(row.symptom, locale) ?? texts.unknown),
                      el('td', {}, number.format(row.count)),
                    ),
                  ),
                ),
              ),
        ),
        el(
          'section',
          { class: 'pc-card' },
          el('h3', { class: 'pc-card-title' }, texts.outagesTitle),
          report.outages.length === 0
            ? el('p', { class: 'pc-empty' }, texts.noOutages)
            : el(
                'table',
                { class: 'pc-data-table pc-outages-table' },
                el(
                  'thead',
                  {},
                  el(
                    'tr',
                    {},
                    ...[texts.day, texts.verdict, texts.count].map((h) =>
                      el('th', { attrs: { scope: 'col' } }, h),
                    ),
                  ),
                ),
                el(
                  'tbody',
                  {},
                  ...report.outages.map((row) =>
                    el(
                      'tr',
                      {},
                      el('td', {}, row.day),
                      el('td', {}, verdictLabel(row.verdict, locale).text),
                      el('td', {}, number.format(row.count)),
                    ),
                  ),
                ),
              ),
        ),
      ),
    );
  }

  async function load() {
    status.textContent = '…';
    try {
      render(await client.analytics(from.value, to.value));
      status.textContent = '';
    } catch (error) {
      status.textContent = fill(texts.failed, {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }

  async function exportCsv() {
    try {
      download(
        `postino-${from.value}-${to.value}.csv`,
        'text/csv',
        await client.analyticsCsv(from.value, to.value),
      );
    } catch (error) {
      status.textContent = fill(texts.failed, {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }

  void load();
  return { element };
}
