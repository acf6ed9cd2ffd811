// The open conversation: header with its status and the agent's actions (claim, transfer to a
// colleague, hand back to the bot, close), the diagnostic bundle, the live history and the
// composer; the canned replies go to the right column. It polls the transcript from its
// watermark, so each poll carries only what is new.
import type { AgentProfile, AgentRef, CannedReply, HandoffBundle } from '../../core/handoff/agent-api';
import { AgentApiError, type AgentClient } from './agent-client';
import { renderBundle } from './bundle-view';
import { createComposer } from './composer-view';
import { type ConsoleLocale, type ConsoleTexts, fill } from './console-texts';
import { type PanelMode, renderConversationHeader, renderInlinePanel } from './conversation-header';
import { el, replaceChildren } from './dom';
import { formatWait } from './domain-labels';
import { renderCanned } from './side-panels';
import { createTranscriptView } from './transcript-view';

export interface ConversationPanelOptions {
  client: AgentClient;
  me: AgentRef;
  locale: ConsoleLocale;
  texts: ConsoleTexts;
  /** Where the canned replies go (the right column). */
  sideSlot: HTMLElement;
  /** Something happened the agent should read (role=status). */
  notify(message: string): void;
  /** The conversation changed hands or status: refresh the queue now. */
  onChanged(): void;
}

export function createConversationPanel(id: string, options: ConversationPanelOptions) {
  let { locale, texts } = options;
  const { client, me } = options;
  let bundle: HandoffBundle | null = null;
  let bundleKey = '';
  let fetchedAt = Date.now();
  let watermark: number | null = null;
  let loaded = false;
  let mode: PanelMode = 'none';
  let agents: AgentProfile[] | null = null;
  let canned: CannedReply[] | null = null;
  let probeRunning = false;
  let probeError: string | null = null;
  let polling: Promise<void> | null = null;
  let disposed = false;

  const header = el('div', { class: 'pc-conv-head' });
  const inline = el('div', { class: 'pc-inline-panel' });
  const bundleSlot = el('div', { class: 'pc-bundle-slot' });
  const transcript = createTranscriptView(me, locale, texts);
  const composer = createComposer(texts, (text) => sendText(text));
  const element = el(
    'section',
    { class: 'pc-conversation', attrs: { 'aria-labelledby': 'pc-conv-title' } },
    header,
    inline,
    el('div', { class: 'pc-conv-body' }, bundleSlot, transcript.element),
    composer.element,
  );

  const holdsIt = () => bundle?.status === 'agent' && bundle.heldBy?.agentId === me.agentId;
  const waited = () =>
    (bundle?.waitingSeconds ?? 0) +
    (bundle?.status === 'queued' ? Math.max(0, (Date.now() - fetchedAt) / 1000) : 0);

  const run = async (action: () => Promise<{ bundle: HandoffBundle }>, done: string) => {
    try {
      setBundle((await action()).bundle);
      mode = 'none';
      options.notify(done);
    } catch (error) {
      options.notify(describe(error));
    }
    render();
    options.onChanged();
  };

  const describe = (error: unknown) => {
    if (error instanceof AgentApiError && error.status === 409) {
      return error.heldBy ? `${texts.claimLost} (${error.heldBy.name})` : texts.claimLost;
    }
    return fill(texts.actionFailed, { reason: error instanceof Error ? error.message : String(error) });
  };

  const actions = {
    claim: () => run(() => client.claim(id), texts.claimed),
    handBack: () => run(() => client.release(id), texts.handedBack),
    openTransfer: async () => {
      mode = 'transfer';
      agents = null;
      render();
      agents = (await client.agents().catch(() => ({ agents: [] }))).agents.filter(
        (agent) => agent.agentId !== me.agentId,
      );
      render();
      inline.querySelector<HTMLElement>('select, button')?.focus();
    },
    transfer: (agent: AgentProfile) =>
      run(
        () => client.transfer(id, { toAgentId: agent.agentId }),
        fill(texts.transferred, { name: agent.name }),
      ),
    askClose: () => {
      mode = 'close';
      render();
      inline.querySelector<HTMLElement>('button')?.focus();
    },
    close: () => run(() => client.close(id), texts.closed),
    cancel: () => {
      mode = 'none';
      render();
      header.querySelector<HTMLElement>('.pc-actions button')?.focus();
    },
    rerunProbe: async () => {
      probeRunning = true;
      probeError = null;
      renderBundleCard();
      try {
        const answer = await client.probe(id);
        if (answer.probe && bundle)
          bundle = {
            ...bundle,
            probe: answer.probe,
            probeVerdict: answer.probe.findings[0]?.verdict ?? null,
          };
        probeError = answer.error ?? (answer.probe ? null : texts.probeFailed);
      } catch (error) {
        probeError = describe(error);
      }
      probeRunning = false;
      renderBundleCard();
      element.querySelector<HTMLElement>('.pc-probe-head button')?.focus();
    },
  };

  async function sendText(text: string): Promise<boolean> {
    try {
      await client.message(id, { text, clientMessageId: crypto.randomUUID() });
      void poll();
      return true;
    } catch (error) {
      options.notify(describe(error));
      return false;
    }
  }

  function setBundle(next: HandoffBundle) {
    bundle = next;
    fetchedAt = Date.now();
  }

  function renderHeader() {
    if (!bundle) return;
    renderConversationHeader(
      header,
      { id, bundle, holdsIt: holdsIt(), mode, texts },
      {
        claim: actions.claim,
        openTransfer: () => void actions.openTransfer(),
        handBack: actions.handBack,
        askClose: actions.askClose,
      },
    );
  }

  function renderInline() {
    renderInlinePanel(
      inline,
      { mode, agents, texts },
      {
        transfer: (agent) => void actions.transfer(agent),
        close: () => void actions.close(),
        cancel: actions.cancel,
      },
    );
  }

  function renderBundleCard() {
    if (!bundle) return;
    replaceChildren(
      bundleSlot,
      renderBundle(
        { bundle, waitingSeconds: waited(), probeRunning, probeError, locale, texts },
        () => void actions.rerunProbe(),
      ),
    );
  }

  function renderSide() {
    replaceChildren(
      options.sideSlot,
      renderCanned(
        { replies: canned, canSend: holdsIt(), texts },
        { fill: (text) => composer.insert(text), send: (text) => void sendText(text) },
      ),
    );
  }

  function render() {
    if (disposed) return;
    renderHeader();
    renderInline();
    renderBundleCard();
    renderSide();
    const closed = bundle?.status === 'closed';
    // A closed conversation looks it: muted, no timer, and the composer says why it is locked.
    element.classList.toggle('pc-closed', closed);
    composer.setEnabled(
      holdsIt(),
      closed ? texts.composerClosed : bundle?.status === 'bot' ? texts.composerWithBot : undefined,
    );
  }

  async function poll(): Promise<void> {
    if (polling) return polling;
    polling = (async () => {
      const answer = await client.conversation(id, watermark);
      if (disposed) return;
      const key = JSON.stringify({ ...answer.bundle, waitingSeconds: 0 });
      setBundle(answer.bundle);
      if (answer.watermark !== null) watermark = answer.watermark;
      transcript.append(answer.activities, loaded);
      if (key !== bundleKey) {
        bundleKey = key;
        render();
      }
      // The bundle's height is known only now: start the history at its newest message.
      if (!loaded) transcript.scrollToEnd();
      loaded = true;
    })().finally(() => {
      polling = null;
    });
    return polling;
  }

  void client.canned(id).then(
    (answer) => {
      canned = answer.replies;
      renderSide();
    },
    () => {
      canned = [];
      renderSide();
    },
  );

  return {
    element,
    id,
    poll,
    /** Once a second: the waiting time moves on between polls. */
    tick() {
      const value = bundleSlot.querySelector('.pc-fact-wait dd');
      if (value && bundle?.status === 'queued') value.textContent = formatWait(waited());
    },
    setLocale(nextLocale: ConsoleLocale, nextTexts: ConsoleTexts) {
      locale = nextLocale;
      texts = nextTexts;
      composer.relabel(nextTexts);
      transcript.relabel(nextLocale, nextTexts);
      render();
    },
    focusComposer: () => composer.focus(),
    dispose() {
      disposed = true;
      options.sideSlot.replaceChildren();
    },
  };
}

export type ConversationPanel = ReturnType<typeof createConversationPanel>;
