// A conversation's history, growing as the console polls: the customer's messages, the bot's
// replies, the agents' messages (with their names) and the handoff events. Every text is set
// as a text node, never parsed. New customer messages are also read out through a polite
// live region, so an agent using a screen reader hears them without moving the focus.
import type { AgentRef, TranscriptActivity } from '../../core/handoff/agent-api';
import { type ConsoleLocale, type ConsoleTexts, fill } from './console-texts';
import { el } from './dom';
import { clientName, formatTime, symptomName, verdictLabel } from './domain-labels';

type Sender = 'customer' | 'bot' | 'agent' | 'system';

/** The bot's account id on every activity Postino itself stores (core/conversation). */
const POSTINO_ID = 'postino';

interface Entry {
  sender: Sender;
  label: string;
  text: string;
  timestamp: string;
  /** What a bot reply concluded, from its `channelData.postino` (never from its text). */
  outcome?: string;
}

export interface TranscriptView {
  readonly element: HTMLElement;
  /** Adds activities that arrived; `announce` false for the first load (no read-out of history). */
  append(activities: TranscriptActivity[], announce: boolean): void;
  scrollToEnd(): void;
  /** Rebuilds in another language (labels and times). */
  relabel(locale: ConsoleLocale, texts: ConsoleTexts): void;
}

function postinoData(activity: TranscriptActivity): {
  agent?: boolean;
  agentName?: string;
  agentId?: string;
} {
  const data = activity.channelData as { postino?: unknown } | undefined;
  return data?.postino && typeof data.postino === 'object' ? (data.postino as Record<string, never>) : {};
}

function isPostinoEvent(activity: TranscriptActivity): boolean {
  return activity.from?.role === 'bot' && activity.from.id === POSTINO_ID;
}

/** `accepted` / `completed` / `failed` in the console's language (anything else as it is). */
function handoffStateName(state: unknown, texts: ConsoleTexts): string {
  if (state === 'accepted') return texts.handoffAccepted;
  if (state === 'completed') return texts.handoffCompleted;
  if (state === 'failed') return texts.handoffFailed;
  return typeof state === 'string' ? state : '?';
}

const OUTCOME_KINDS = [
  'question',
  'answer',
  'quick-answer',
  'server-problem',
  'handoff',
  'verified',
] as const;
type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/**
 * A reply's machine-readable outcome as a short tag: "Passaggi · Thunderbird · Non si collega
 * al server · Server funzionante". Checked by hand (the console bundles no schema library).
 */
function outcomeTag(
  activity: TranscriptActivity,
  texts: ConsoleTexts,
  locale: ConsoleLocale,
): string | undefined {
  const data = postinoData(activity) as {
    kind?: unknown;
    client?: unknown;
    symptom?: unknown;
    verdict?: unknown;
  };
  const kind = OUTCOME_KINDS.find((known) => known === data.kind) as OutcomeKind | undefined;
  if (!kind) return undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return [
    texts[`outcome_${kind}`],
    clientName(text(data.client), locale),
    symptomName(text(data.symptom), locale),
    text(data.verdict) ? verdictLabel(text(data.verdict) as string, locale).text : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** What one activity shows as, or null for what an agent need not see (typing, join, ...). */
function toEntry(
  activity: TranscriptActivity,
  me: AgentRef,
  texts: ConsoleTexts,
  locale: ConsoleLocale,
): Entry | null {
  const base = { timestamp: activity.timestamp };
  if (activity.type === 'message') {
    const text = activity.text ?? '';
    if (activity.from?.role === 'user')
      return { ...base, sender: 'customer', label: texts.fromCustomer, text };
    const postino = postinoData(activity);
    if (postino.agent === true) {
      const name = postino.agentName ?? activity.from?.name ?? '';
      // By the agent's id, never the display name: two agents may be called alike.
      const mine = postino.agentId !== undefined && postino.agentId === me.agentId;
      return { ...base, sender: 'agent', label: mine ? `${name} (${texts.fromYou})` : name, text };
    }
    // Bot replies are markdown: the emphasis markers would only be noise as plain text.
    const outcome = outcomeTag(activity, texts, locale);
    return {
      ...base,
      sender: 'bot',
      label: texts.fromBot,
      text: text.replace(/\*\*/g, ''),
      ...(outcome ? { outcome } : {}),
    };
  }
  // Handoff events are Postino's own (`from.id` "postino"): a customer can post an event of
  // the same name through Direct Line, and it must never read as a system line.
  if (activity.type === 'event' && !isPostinoEvent(activity)) return null;
  if (activity.type === 'event' && activity.name === 'handoff.initiate') {
    return { ...base, sender: 'system', label: texts.fromSystem, text: texts.eventHandoffInitiate };
  }
  if (activity.type === 'event' && activity.name === 'handoff.status') {
    const state = (activity.value as { state?: unknown } | undefined)?.state;
    return {
      ...base,
      sender: 'system',
      label: texts.fromSystem,
      text: fill(texts.eventHandoffStatus, { state: handoffStateName(state, texts) }),
    };
  }
  return null;
}

export function createTranscriptView(
  me: AgentRef,
  locale: ConsoleLocale,
  texts: ConsoleTexts,
): TranscriptView {
  let currentLocale = locale;
  let currentTexts = texts;
  const activities: TranscriptActivity[] = [];
  const list = el('ol', {
    class: 'pc-transcript',
    attrs: { 'aria-labelledby': 'pc-transcript-title', tabindex: 0 },
  });
  const live = el('div', { class: 'pc-sr-only', attrs: { 'aria-live': 'polite', 'aria-atomic': 'false' } });
  const empty = el('p', { class: 'pc-empty pc-transcript-empty' }, texts.transcriptEmpty);
  const title = el(
    'h3',
    { class: 'pc-card-title', attrs: { id: 'pc-transcript-title' } },
    texts.transcriptTitle,
  );
  const element = el('section', { class: 'pc-card pc-history' }, title, empty, list, live);

  const row = (entry: Entry) =>
    el(
      'li',
      { class: `pc-msg pc-from-${entry.sender}` },
      el(
        'div',
        { class: 'pc-msg-meta' },
        el('span', { class: 'pc-msg-sender' }, entry.label),
        el('time', { attrs: { datetime: entry.timestamp } }, formatTime(entry.timestamp, currentLocale)),
        entry.outcome ? el('span', { class: 'pc-outcome' }, entry.outcome) : null,
      ),
      el('div', { class: 'pc-msg-text' }, entry.text),
    );

  const add = (batch: TranscriptActivity[], announce: boolean) => {
    const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    for (const activity of batch) {
      const entry = toEntry(activity, me, currentTexts, currentLocale);
      if (!entry) continue;
      list.appendChild(row(entry));
      if (announce && entry.sender === 'customer') {
        live.appendChild(el('p', {}, fill(currentTexts.newCustomerMessage, { text: entry.text })));
      }
    }
    empty.hidden = list.childElementCount > 0;
    if (nearBottom || !announce) list.scrollTop = list.scrollHeight;
  };

  return {
    element,
    append(batch, announce) {
      const known = new Set(activities.map((activity) => activity.id));
      const fresh = batch.filter((activity) => !known.has(activity.id));
      activities.push(...fresh);
      add(fresh, announce);
    },
    scrollToEnd() {
      list.scrollTop = list.scrollHeight;
    },
    relabel(nextLocale, nextTexts) {
      currentLocale = nextLocale;
      currentTexts = nextTexts;
      title.textContent = nextTexts.transcriptTitle;
      empty.textContent = nextTexts.transcriptEmpty;
      list.replaceChildren();
      add(activities, false);
    },
  };
}
