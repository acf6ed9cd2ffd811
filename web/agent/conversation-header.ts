// The open conversation's header: its id and status ("In coda", "Con Giulia (Halnet)"), the
// actions the agent may take in that status (claim a queued one; transfer, hand back or close
// one they hold), and the inline panel under it that asks which colleague to transfer to or
// confirms the close.
import type { AgentProfile, HandoffBundle } from '../../core/handoff/agent-api';
import { type ConsoleTexts, fill } from './console-texts';
import { button, el, replaceChildren } from './dom';

export type PanelMode = 'none' | 'transfer' | 'close';

export interface HeaderState {
  id: string;
  bundle: HandoffBundle;
  holdsIt: boolean;
  mode: PanelMode;
  texts: ConsoleTexts;
}

export function renderConversationHeader(
  header: HTMLElement,
  state: HeaderState,
  actions: { claim(): void; openTransfer(): void; handBack(): void; askClose(): void },
): void {
  const { bundle, texts, mode } = state;
  const status =
    bundle.heldBy && bundle.status === 'agent'
      ? fill(texts.heldByTitle, { name: bundle.heldBy.name })
      : texts[`status_${bundle.status}`];
  const buttons =
    bundle.status === 'queued'
      ? [button(texts.claim, actions.claim, { class: 'pc-button pc-primary' })]
      : state.holdsIt
        ? [
            button(texts.transfer, actions.openTransfer, {
              attrs: { 'aria-expanded': String(mode === 'transfer') },
            }),
            button(texts.handBack, actions.handBack),
            button(texts.close, actions.askClose, {
              class: 'pc-button pc-danger',
              attrs: { 'aria-expanded': String(mode === 'close') },
            }),
          ]
        : [];
  replaceChildren(
    header,
    el(
      'div',
      { class: 'pc-conv-title-row' },
      el(
        'h2',
        { class: 'pc-conv-title', attrs: { id: 'pc-conv-title' } },
        fill(texts.conversation, { id: state.id.slice(0, 8) }),
      ),
      el('span', { class: `pc-status pc-status-${bundle.status}` }, status),
    ),
    el(
      'div',
      { class: 'pc-actions', attrs: { role: 'group', 'aria-label': texts.actionsLabel } },
      ...buttons,
    ),
  );
}

export function renderInlinePanel(
  inline: HTMLElement,
  state: { mode: PanelMode; agents: AgentProfile[] | null; texts: ConsoleTexts },
  actions: { transfer(agent: AgentProfile): void; close(): void; cancel(): void },
): void {
  const { texts, mode, agents } = state;
  inline.hidden = mode === 'none';
  if (mode === 'none') {
    inline.replaceChildren();
    return;
  }
  if (mode === 'close') {
    replaceChildren(
      inline,
      el('p', {}, texts.closeQuestion),
      button(texts.closeConfirm, actions.close, { class: 'pc-button pc-danger' }),
      button(texts.cancel, actions.cancel),
    );
    return;
  }
  const others = agents ?? [];
  const select = el(
    'select',
    { class: 'pc-input', attrs: { id: 'pc-transfer-to' } },
    ...others.map((agent) =>
      el(
        'option',
        { attrs: { value: agent.agentId } },
        agent.online ? `${agent.name} (${texts.online})` : agent.name,
      ),
    ),
  );
  const confirm = button(
    texts.transferConfirm,
    () => {
      const agent = others.find((candidate) => candidate.agentId === select.value);
      if (agent) actions.transfer(agent);
    },
    { class: 'pc-button pc-primary' },
  );
  replaceChildren(
    inline,
    agents === null
      ? el('p', {}, texts.loading)
      : others.length === 0
        ? el('p', {}, texts.noOtherAgents)
        : el(
            'div',
            { class: 'pc-field-inline' },
            el('label', { attrs: { for: 'pc-transfer-to' } }, texts.transferTo),
            select,
          ),
    others.length > 0 ? confirm : null,
    button(texts.cancel, actions.cancel),
  );
}
