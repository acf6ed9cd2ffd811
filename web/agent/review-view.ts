// The console's review list: the week's messages Postino could not place (redacted, with the
// state, client and symptom it had), the top phrasings of the week, a choice per message of
// what it should have understood (a mail client, a symptom, a quick question, or nothing),
// saved at once, and the export of the marked examples as understanding-corpus entries.
import type { QuickQuestion, ReviewEntry, ReviewLabel } from '../../core/insights/review-entry';
import type { ClientId, SymptomId } from '../../core/knowledge/ids';
import { type ConsoleLocale, fill } from './console-texts';
import { button, el, replaceChildren } from './dom';
import { CLIENT_CHOICES, clientName, formatTime, SYMPTOM_CHOICES, symptomName } from './domain-labels';
import { download, type InsightsClient } from './insights-client';
import { type InsightsTexts, QUICK_QUESTION_CHOICES } from './insights-texts';

function labelValue(label: ReviewLabel | null): string {
  if (!label) return '';
  if (label.kind === 'client') return `client:${label.client}`;
  if (label.kind === 'symptom') return `symptom:${label.symptom}`;
  if (label.kind === 'quick-question') return `question:${label.question}`;
  return 'nothing';
}

function labelOf(value: string): ReviewLabel | null {
  const [kind, id] = value.split(':');
  if (kind === 'client') return { kind: 'client', client: id as ClientId };
  if (kind === 'symptom') return { kind: 'symptom', symptom: id as SymptomId };
  if (kind === 'question') return { kind: 'quick-question', question: id as QuickQuestion };
  if (kind === 'nothing') return { kind: 'nothing' };
  return null;
}

export function createReviewView(client: InsightsClient, locale: ConsoleLocale, texts: InsightsTexts) {
  const status = el('p', { class: 'pc-muted', attrs: { role: 'status' } });
  const body = el('div', {});
  const element = el(
    'section',
    { class: 'pc-insights', attrs: { 'aria-labelledby': 'pc-review-title' } },
    el(
      'div',
      { class: 'pc-insights-head' },
      el('h2', { class: 'pc-insights-title', attrs: { id: 'pc-review-title' } }, texts.reviewTitle),
      button(texts.exportCorpus, () => void exportCorpus(), { class: 'pc-button' }),
    ),
    el('p', { class: 'pc-muted' }, texts.reviewIntro),
    status,
    body,
  );

  const choice = (entry: ReviewEntry) => {
    const option = (value: string, text: string) =>
      el('option', { attrs: { value, selected: labelValue(entry.label) === value } }, text);
    const select = el(
      'select',
      { class: 'pc-input pc-review-label', attrs: { 'aria-label': `${texts.shouldBe}: ${entry.text}` } },
      option('', texts.labelNone),
      el(
        'optgroup',
        { attrs: { label: texts.labelClientGroup } },
        ...CLIENT_CHOICES.map((id) => option(`client:${id}`, clientName(id, locale) ?? id)),
      ),
      el(
        'optgroup',
        { attrs: { label: texts.labelSymptomGroup } },
        ...SYMPTOM_CHOICES.map((id) => option(`symptom:${id}`, symptomName(id, locale) ?? id)),
      ),
      el(
        'optgroup',
        { attrs: { label: texts.labelQuestionGroup } },
        ...QUICK_QUESTION_CHOICES.map((id) => option(`question:${id}`, texts[`question_${id}`])),
      ),
      option('nothing', texts.labelNothing),
    );
    select.addEventListener('change', () => {
      const label = labelOf(select.value);
      if (!label) return;
      client.label(entry.day, entry.id, label).then(
        () => {
          status.textContent = texts.labelSaved;
        },
        (error: unknown) => {
          status.textContent = fill(texts.failed, {
            reason: error instanceof Error ? error.message : String(error),
          });
        },
      );
    });
    return select;
  };

  function render(items: ReviewEntry[], top: Array<{ phrasing: string; count: number; example: string }>) {
    replaceChildren(
      body,
      el(
        'section',
        { class: 'pc-card pc-top-phrasings' },
        el('h3', { class: 'pc-card-title' }, texts.topPhrasings),
        top.filter((t) => t.count > 1).length === 0
          ? el('p', { class: 'pc-empty' }, texts.noTopPhrasings)
          : el(
              'ol',
              {},
              ...top
                .filter((t) => t.count > 1)
                .map((t) =>
                  el(
                    'li',
                    {},
                    el('q', {}, t.example),
                    ' ',
                    el('small', {}, fill(texts.times, { count: t.count })),
                  ),
                ),
            ),
      ),
      items.length === 0
        ? el('p', { class: 'pc-empty' }, texts.reviewEmpty)
        : el(
            'table',
            { class: 'pc-data-table pc-review-table' },
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                ...[texts.when, texts.message, texts.context, texts.shouldBe].map((h) =>
                  el('th', { attrs: { scope: 'col' } }, h),
                ),
              ),
            ),
            el(
              'tbody',
              {},
              ...items.map((entry) =>
                el(
                  'tr',
                  { attrs: { 'data-review-id': entry.id } },
                  el('td', {}, `${entry.day.slice(5)} ${formatTime(entry.at, locale)}`),
                  el('td', { class: 'pc-review-text' }, entry.text),
                  el(
                    'td',
                    { class: 'pc-muted' },
                    [
                      entry.state,
                      entry.locale.toUpperCase(),
                      clientName(entry.client, locale),
                      symptomName(entry.symptom, locale),
                    ]
                      .filter(Boolean)
                      .join(' · '),
                  ),
                  el('td', {}, choice(entry)),
                ),
              ),
            ),
          ),
    );
  }

  async function load() {
    try {
      const answer = await client.review();
      render(answer.items, answer.top);
    } catch (error) {
      status.textContent = fill(texts.failed, {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }

  async function exportCorpus() {
    try {
      const entries = await client.exportCorpus();
      download(
        `postino-corpus-${new Date().toISOString().slice(0, 10)}.json`,
        'application/json',
        `${JSON.stringify(entries, null, 2)}\n`,
      );
      status.textContent = fill(texts.exported, { count: entries.length });
    } catch (error) {
      status.textContent = fill(texts.failed, {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }

  void load();
  return { element };
}
