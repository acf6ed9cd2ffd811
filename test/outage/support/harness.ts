// One "process" of Postino around outage mode: a real TurnRunner (the conversation store
// behind the head cache, like the channel) with the OutageService as its outage port, the
// outage test dialog, and a probe fed fixtures. Two harnesses on the same stores are two
// processes (their own locks, caches and services) sharing one table.
import { HeadCachingStore } from '../../../core/conversation/head-cache';
import { TurnRunner } from '../../../core/conversation/turn-runner';
import type { OutageTurns } from '../../../core/outage/group-messages';
import { CountingOutageMetrics } from '../../../core/outage/outage-metrics';
import { OutageService, type OutageServiceDeps } from '../../../core/outage/outage-service';
import type { OutageStore } from '../../../core/outage/ports';
import type {
  ConversationStatus,
  ConversationStore,
  StoredActivity,
} from '../../../core/ports/conversation-store';
import type { HandoffQueue } from '../../../core/ports/handoff-queue';
import type { ProbeSummary } from '../../../dialogs/contract';
import { type OutageDialogCall, outageTestDialog } from './outage-dialog';

export interface TestClock {
  now(): number;
  advance(ms: number): void;
}

export function testClock(start = '2026-11-28T08:00:00.000Z'): TestClock {
  let now = Date.parse(start);
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}

export interface HarnessOptions {
  conversations: ConversationStore;
  queue: HandoffQueue;
  outageStore: OutageStore;
  clock: TestClock;
  /** What the turns' probe answers, in order (the last one repeats); a thrown error: it failed. */
  probes?: Array<ProbeSummary | Error>;
  statusOf?: (conversationId: string) => Promise<ConversationStatus | undefined>;
  service?: Partial<OutageServiceDeps>;
}

export function harness(options: HarnessOptions) {
  const calls: OutageDialogCall[] = [];
  const warnings: string[] = [];
  const metrics = new CountingOutageMetrics();
  const probes = [...(options.probes ?? [])];
  const probe = async () => {
    const next = probes.length > 1 ? probes.shift() : probes[0];
    if (!next || next instanceof Error) throw next ?? new Error('no probe fixture');
    return next;
  };
  const store = new HeadCachingStore(options.conversations, options.clock);
  // The service and the runner need each other: the service reaches the runner through this.
  let runner: TurnRunner | undefined;
  const turns: OutageTurns = {
    dialogEvent: (...args) => (runner as TurnRunner).dialogEvent(...args),
    appendActivities: (...args) => (runner as TurnRunner).appendActivities(...args),
  };
  const service = new OutageService({
    store: options.outageStore,
    turns,
    clock: options.clock,
    metrics,
    onWarning: (message) => warnings.push(message),
    ...(options.statusOf ? { statusOf: options.statusOf } : {}),
    ...options.service,
  });
  runner = new TurnRunner({
    store,
    dialog: outageTestDialog(calls),
    probe: { probe },
    handoff: options.queue,
    clock: options.clock,
    outage: service,
    onWarning: (message) => warnings.push(message),
    sleep: async () => {},
  });
  const start = async (id: string, locale: 'it' | 'en' = 'it') => {
    await store.create(id, { userId: `dl_${id}`, locale, createdAt: 'x', status: 'bot', recent: [] });
    return id;
  };
  const say = (id: string, text: string) =>
    (runner as TurnRunner).userActivity(id, { type: 'message', text, from: { id: `dl_${id}` } });
  const activities = async (id: string): Promise<StoredActivity[]> =>
    (await options.conversations.activitiesAfter(id, undefined))?.activities ?? [];
  /** What the bot (or an agent) said to the customer, in order. */
  const texts = async (id: string) =>
    (await activities(id))
      .filter(
        (activity) => activity.type === 'message' && (activity.from as { role?: string }).role === 'bot',
      )
      .map((activity) => String(activity.text));
  return { runner, service, metrics, calls, warnings, start, say, activities, texts };
}

export type Harness = ReturnType<typeof harness>;
