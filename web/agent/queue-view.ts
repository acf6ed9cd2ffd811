// The left column: the conversations waiting for an agent (oldest first, with how long they
// have waited, ticking every second between polls) and the ones this agent holds. Each row is
// one real button; a rebuild keeps the keyboard focus on the same conversation.
import type { AgentRef, QueueItem } from '../../core/handoff/agent-api';
import { type ConsoleLocale, type ConsoleTexts, fill } from './console-texts';
import { el, replaceChildren } from './dom';
import { clientName, formatWait, symptomName, verdictLabel } from './domain-labels';

export interface QueueViewState {
  items: QueueItem[];
  /** Epoch ms when `items` arrived: wait times count on from there. */
  fetchedAt: number;
  me: AgentRef;
  selectedId: string | null;
  locale: ConsoleLocale;
  texts: ConsoleTexts;
}

export function renderQueue(
  root: HTMLElement,
  state: QueueViewState,
  onSelect: (id: string) => void,
  now = Date.now(),
): void {
  const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.conversationId;
  const { texts } = state;
  const queued = state.items.filter((item) => item.status === 'queued');
  const mine = state.items.filter(
    (item) => item.status === 'agent' && item.heldBy?.agentId === state.me.agentId,
  );
  const others = state.items.filter(
    (item) => item.status === 'agent' && item.heldBy?.agentId !== state.me.agentId,
  );
  const elapsed = Math.max(0, (now - state.fetchedAt) / 1000);

  const row = (item: QueueItem) => {
    const client = clientName(item.client, state.locale) ?? texts.unknown;
    const symptom = symptomName(item.symptom, state.locale) ?? texts.unknown;
    const wait = formatWait(item.waitingSeconds + (item.status === 'queued' ? elapsed : 0));
    const verdict = item.probeVerdict ? verdictLabel(item.probeVerdict, state.locale) : null;
    const selected = item.conversationId === state.selectedId;
    return el(
      'li',
      {},
      el(
        'button',
        {
          class: `pc-queue-item${selected ? ' pc-selected' : ''}${item.status === 'queued' ? ' pc-waiting' : ''}`,
          attrs: {
            type: 'button',
            'data-conversation-id': item.conversationId,
            'aria-current': selected ? 'true' : undefined,
            'aria-label': fill(texts.queueLabel, { client, symptom, time: wait }),
          },
          on: { click: () => onSelect(item.conversationId) },
        },
        el(
          'span',
          { class: 'pc-queue-line' },
          el('span', { class: 'pc-queue-client' }, client),
          el('span', { class: 'pc-queue-wait' }, item.status === 'queued' ? wait : ''),
        ),
        el('span', { class: 'pc-queue-symptom' }, symptom),
        el(
          'span',
          { class: 'pc-queue-tags' },
          el('span', { class: 'pc-tag' }, item.locale.toUpperCase()),
          verdict ? el('span', { class: `pc-tag pc-tone-${verdict.tone}` }, verdict.text) : null,
          item.callback ? el('span', { class: 'pc-tag pc-tone-warn' }, texts.callback) : null,
          item.heldBy && item.heldBy.agentId !== state.me.agentId
            ? el('span', { class: 'pc-tag' }, fill(texts.heldBy, { name: item.heldBy.name }))
            : null,
        ),
      ),
    );
  };

  const section = (id: string, title: string, items: QueueItem[], empty: string) =>
    el(
      'section',
      { class: 'pc-queue-section', attrs: { 'aria-labelledby': id } },
      el(
        'h2',
        { class: 'pc-section-title', attrs: { id } },
        title,
        el('span', { class: 'pc-count', attrs: { 'aria-hidden': 'true' } }, String(items.length)),
      ),
      items.length > 0
        ? el('ul', { class: 'pc-queue-list' }, ...items.map(row))
        : el('p', { class: 'pc-empty' }, empty),
    );

  replaceChildren(
    root,
    section('pc-queue-title', texts.queueTitle, queued, texts.queueEmpty),
    section('pc-mine-title', texts.mineTitle, mine, texts.mineEmpty),
    others.length > 0 ? section('pc-others-title', texts.status_agent, others, '') : null,
  );
  if (focusedId)
    root.querySelector<HTMLElement>(`[data-conversation-id="${CSS.escape(focusedId)}"]`)?.focus();
}
