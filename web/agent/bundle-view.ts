// The diagnostic bundle on top of a conversation: what Postino learnt before handing over
// (client, symptom, language, the customer's request, how long they waited, a call-back
// contact), the steps already given, the error text the customer pasted (shown verbatim, as
// text) and the live probe's verdict with its per-port summary and a "run again" button.
import type { HandoffBundle } from '../../core/handoff/agent-api';
import type { ProbeSummary } from '../../dialogs/contract';
import { type ConsoleLocale, type ConsoleTexts, fill } from './console-texts';
import { button, el } from './dom';
import {
  clientName,
  formatTime,
  formatWait,
  outcomeName,
  symptomName,
  topicName,
  verdictLabel,
} from './domain-labels';
import { evidenceLine } from './evidence-labels';

export interface BundleViewState {
  bundle: HandoffBundle;
  /** Seconds waited, ticking locally while the conversation is queued. */
  waitingSeconds: number;
  probeRunning: boolean;
  probeError: string | null;
  locale: ConsoleLocale;
  texts: ConsoleTexts;
}

export function renderBundle(state: BundleViewState, onRerunProbe: () => void): HTMLElement {
  const { bundle, texts, locale } = state;
  const fact = (label: string, value: string, extraClass = '') =>
    el('div', { class: `pc-fact ${extraClass}`.trim() }, el('dt', {}, label), el('dd', {}, value));
  const callback = bundle.callback
    ? `${bundle.callback.kind === 'email' ? '✉' : '☎'} ${bundle.callback.value}`
    : texts.callbackNone;
  return el(
    'section',
    { class: 'pc-card pc-bundle', attrs: { 'aria-labelledby': 'pc-bundle-title' } },
    el('h3', { class: 'pc-card-title', attrs: { id: 'pc-bundle-title' } }, texts.bundleTitle),
    el(
      'dl',
      { class: 'pc-facts' },
      fact(texts.client, clientName(bundle.client, locale) ?? texts.unknown),
      fact(texts.symptom, symptomName(bundle.symptom, locale) ?? texts.unknown),
      fact(texts.locale, bundle.locale === 'it' ? 'Italiano' : 'English'),
      // Only a queued customer is waiting: a closed or held conversation shows no timer.
      bundle.status === 'queued'
        ? fact(texts.waitingFor, formatWait(state.waitingSeconds), 'pc-fact-wait')
        : null,
      fact(texts.callback, callback, 'pc-fact-callback'),
      bundle.resolution === 'verified'
        ? fact(texts.resolution, texts.outcome_verified, 'pc-fact-resolution')
        : null,
      fact(texts.reason, bundle.reason || texts.unknown, 'pc-fact-wide'),
    ),
    // Steps and pasted errors beside the probe, so the whole diagnosis fits at 1280×800.
    el(
      'div',
      { class: 'pc-bundle-grid' },
      el(
        'div',
        { class: 'pc-bundle-columns' },
        el(
          'div',
          {},
          el('h4', { class: 'pc-subtitle' }, texts.stepsTried),
          bundle.stepsGiven.length > 0
            ? el(
                'ul',
                { class: 'pc-steps' },
                ...bundle.stepsGiven.map((topic) => el('li', {}, topicName(topic, locale))),
              )
            : el('p', { class: 'pc-empty' }, texts.stepsNone),
        ),
        el(
          'div',
          {},
          el('h4', { class: 'pc-subtitle' }, texts.pastedErrors),
          bundle.pastedErrors.length > 0
            ? el('div', {}, ...bundle.pastedErrors.map((text) => el('pre', { class: 'pc-pasted' }, text)))
            : el('p', { class: 'pc-empty' }, texts.pastedNone),
        ),
      ),
      renderProbe(bundle.probe, state, onRerunProbe),
    ),
  );
}

function renderProbe(probe: ProbeSummary | null, state: BundleViewState, onRerun: () => void): HTMLElement {
  const { texts, locale } = state;
  const rerun = button(state.probeRunning ? texts.rerunning : texts.rerunProbe, onRerun, {
    class: 'pc-button pc-small',
    attrs: { disabled: state.probeRunning, 'aria-busy': state.probeRunning ? 'true' : undefined },
  });
  const header = el(
    'div',
    { class: 'pc-probe-head' },
    el('h4', { class: 'pc-subtitle' }, texts.probeTitle),
    ...(probe?.findings ?? []).map((finding) => {
      const verdict = verdictLabel(finding.verdict, locale);
      return el('span', { class: `pc-badge pc-tone-${verdict.tone}` }, verdict.text);
    }),
    rerun,
  );
  if (!probe) {
    return el(
      'div',
      { class: 'pc-probe' },
      header,
      el('p', { class: 'pc-empty' }, state.probeError ?? texts.probeNone),
    );
  }
  const evidence = probe.findings.flatMap((finding) => finding.evidence);
  return el(
    'div',
    { class: 'pc-probe' },
    header,
    el(
      'p',
      { class: 'pc-muted pc-small-text' },
      fill(texts.probeChecked, {
        host: probe.host,
        when: formatTime(probe.checkedAt, locale),
        ms: Math.round(probe.durationMs),
      }),
    ),
    state.probeError ? el('p', { class: 'pc-form-error' }, state.probeError) : null,
    el(
      'table',
      { class: 'pc-ports' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...[texts.portColumn, texts.modeColumn, texts.outcomeColumn, texts.tlsColumn, texts.authColumn].map(
            (title) => el('th', { attrs: { scope: 'col' } }, title),
          ),
        ),
      ),
      el(
        'tbody',
        {},
        ...probe.ports.map((port) =>
          el(
            'tr',
            {},
            el('th', { attrs: { scope: 'row' } }, String(port.port)),
            el('td', {}, port.mode === 'starttls' ? 'STARTTLS' : 'TLS'),
            el(
              'td',
              { attrs: port.detail ? { title: port.detail } : {} },
              el('span', {
                class: `pc-dot pc-tone-${port.outcome === 'ok' ? 'ok' : 'bad'}`,
                attrs: { 'aria-hidden': 'true' },
              }),
              outcomeName(port.outcome, locale),
              port.connectMs === null ? '' : ` · ${Math.round(port.connectMs)} ms`,
            ),
            el('td', {}, port.tlsProtocol ?? '—'),
            el('td', {}, port.authMechanisms.length > 0 ? port.authMechanisms.join(' ') : '—'),
          ),
        ),
      ),
    ),
    evidence.length > 0
      ? el(
          'ul',
          { class: 'pc-evidence' },
          ...evidence.map((line) => el('li', {}, evidenceLine(line, locale))),
        )
      : null,
  );
}
