// The agent API's operations over ports: the queue, claiming (a conditional write on the
// board: one agent wins), the transcript and bundle, messages to the customer, the probe,
// transfer, hand back and close. Changes the customer must see go through the TurnRunner, so
// they are records of the conversation like any turn (the dialog hears agent.joined /
// agent.returned / agent.closed), and each is guarded twice: by the board's condition and by
// the conversation's own head (the customer may have gone back to the bot meanwhile).
import { activityId, agentMessageActivity, handoffStatusActivity } from '../conversation/activity-factory';
import type { BotTurnOptions, TurnRunner } from '../conversation/turn-runner';
import { PostinoError } from '../errors';
import type { Clock } from '../ports/clock';
import type { ConversationHead, ConversationState, ConversationStore } from '../ports/conversation-store';
import type { ProbeClient } from '../ports/probe-client';
import type {
  AgentsResponse,
  BundleResponse,
  CannedResponse,
  ConversationResponse,
  HandoffBundle,
  ProbeResponse,
  QueueItem,
  QueueResponse,
  SendMessageResponse,
} from './agent-api';
import { HeldByAnotherAgentError } from './agent-errors';
import type { AgentIdentity } from './agent-identity';
import { cannedReplies } from './canned-replies';
import type { HandoffPolicy } from './handoff-policy';
import { metricsFor } from './metrics-summary';
import type { AgentDirectory, DailyStats, HandoffBoard, HandoffRecord } from './ports';

export interface AgentServiceDeps {
  board: HandoffBoard;
  directory: AgentDirectory;
  stats: DailyStats;
  store: ConversationStore;
  turns: TurnRunner;
  probe: ProbeClient;
  clock: Clock;
  policy: HandoffPolicy;
  /** Hears what happened, for metrics (e.g. an abandoned handoff found by the queue listing). */
  onEvent?: (event: { type: 'abandoned' }) => void;
}

export class AgentService {
  /** Conversations whose claim timeout was already handled by this process. */
  private readonly timedOut = new Set<string>();

  constructor(private readonly deps: AgentServiceDeps) {}

  async queue(agent: AgentIdentity): Promise<QueueResponse> {
    const now = this.deps.clock.now();
    await this.deps.directory.touch(agent, iso(now));
    const records = await this.deps.board.list();
    await this.offerCallbacks(records, now);
    const items = records.flatMap((record) => {
      const item = queueItem(record, now);
      return item ? [item] : [];
    });
    const hours = this.deps.policy.hours;
    return {
      now: iso(now),
      items,
      workingHours: {
        open: hours ? hours.isOpen(now) : true,
        description: hours ? hours.describe('it') : 'sempre / always',
      },
    };
  }

  async conversation(
    agent: AgentIdentity,
    id: string,
    watermark: number | undefined,
  ): Promise<ConversationResponse> {
    const record = await this.record(id);
    await this.deps.directory.touch(agent, iso(this.deps.clock.now()));
    const page = await this.deps.store.activitiesAfter(id, watermark);
    let mark = page?.watermark ?? watermark ?? null;
    if (!page && watermark === undefined) mark = (await this.deps.store.head(id))?.position ?? null;
    return {
      bundle: this.bundle(record),
      activities: (page?.activities ?? []).filter((activity) => activity.type !== 'typing'),
      watermark: mark,
    };
  }

  async claim(agent: AgentIdentity, id: string): Promise<BundleResponse> {
    const now = iso(this.deps.clock.now());
    const result = await this.deps.board.claim(id, ref(agent), now);
    if (!result.ok) throw refusal(result.record, agent, 'claim');
    const mine = (head: ConversationHead) => head.state.handoff?.agent?.agentId === agent.agentId;
    let joined = false;
    await this.deps.turns.dialogEvent(
      id,
      { type: 'agent.joined', agentName: agent.name },
      {
        // Still waiting for an agent (queued, or a call back): the customer did not leave.
        // Already this agent's (a repeated claim): nothing to announce again.
        when: (head) => {
          joined = head.state.handoff !== undefined && !mine(head);
          return joined;
        },
        ...holding(agent, 'accepted', 'claimed'),
      },
    );
    if (!joined && !(await this.holdsHead(id, agent))) {
      // The customer went back to the bot between the queue listing and the claim.
      await this.deps.board.release(id, agent.agentId, 'bot', now);
      throw new PostinoError('Conflict', 'the customer went back to the bot');
    }
    return { bundle: this.bundle(result.record) };
  }

  async sendMessage(
    agent: AgentIdentity,
    id: string,
    text: string,
    clientMessageId: string | undefined,
  ): Promise<SendMessageResponse> {
    await this.mustHold(agent, id);
    const key = clientMessageId ? `agent:${agent.agentId}:${clientMessageId}` : undefined;
    let replayed: string | undefined;
    let at = 0;
    const stored = await this.deps.turns.appendActivities(
      id,
      (base) => [agentMessageActivity(agent, text, base())],
      {
        when: (head) => {
          const known = key ? head.state.recent.find(([client]) => client === key) : undefined;
          if (known) replayed = activityId(id, known[1]);
          at = head.next;
          return !known && head.state.handoff?.agent?.agentId === agent.agentId;
        },
        patch: (state) =>
          key ? { ...state, recent: [...state.recent, [key, at] as [string, number]].slice(-64) } : state,
      },
    );
    const message = stored?.[0];
    if (message) return { id: message.id, timestamp: message.timestamp };
    if (replayed) return { id: replayed, timestamp: iso(this.deps.clock.now()) };
    throw new PostinoError(
      'Conflict',
      'the conversation is no longer yours (the customer went back to the bot?)',
    );
  }

  async probe(agent: AgentIdentity, id: string): Promise<ProbeResponse> {
    await this.record(id);
    await this.deps.directory.touch(agent, iso(this.deps.clock.now()));
    try {
      return { probe: await this.deps.probe.probe() };
    } catch (error) {
      return { probe: null, error: error instanceof Error ? error.message : String(error) };
    }
  }

  async transfer(agent: AgentIdentity, id: string, toAgentId: string): Promise<BundleResponse> {
    if (toAgentId === agent.agentId) throw new PostinoError('BadArgument', 'cannot transfer to yourself');
    const target = await this.deps.directory.get(toAgentId);
    if (!target) throw new PostinoError('NotFound', `no agent ${toAgentId}`);
    const result = await this.deps.board.transfer(id, agent.agentId, target, iso(this.deps.clock.now()));
    if (!result.ok) throw refusal(result.record, agent, 'transfer');
    await this.deps.turns.dialogEvent(
      id,
      { type: 'agent.joined', agentName: target.name },
      {
        when: (head) => head.state.handoff?.agent?.agentId === agent.agentId,
        ...holding(target, 'accepted', 'transferred', {
          fromAgentId: agent.agentId,
          fromAgentName: agent.name,
        }),
      },
    );
    return { bundle: this.bundle(result.record) };
  }

  /** Hand back (`agent.returned`, the dialog resumes) or close (`agent.closed`, the rating). */
  async release(agent: AgentIdentity, id: string, how: 'bot' | 'closed'): Promise<BundleResponse> {
    const result = await this.deps.board.release(id, agent.agentId, how, iso(this.deps.clock.now()));
    if (!result.ok) throw refusal(result.record, agent, how === 'bot' ? 'hand back' : 'close');
    await this.deps.turns.dialogEvent(
      id,
      { type: how === 'bot' ? 'agent.returned' : 'agent.closed' },
      {
        when: (head) => head.state.handoff?.agent?.agentId === agent.agentId,
        patch: (state) => withoutHandoff(state),
        extra: (base) => [
          handoffStatusActivity(base(), 'completed', how === 'bot' ? 'returned-to-bot' : 'closed', {
            agentId: agent.agentId,
            agentName: agent.name,
          }),
        ],
      },
    );
    return { bundle: this.bundle(result.record) };
  }

  async canned(_agent: AgentIdentity, id: string): Promise<CannedResponse> {
    const record = await this.record(id);
    const client = record.context?.client ?? null;
    const symptom = record.context?.symptom ?? null;
    const locale = record.context?.locale ?? record.locale;
    return { locale, client, symptom, replies: cannedReplies(locale, client, symptom) };
  }

  async agents(agent: AgentIdentity): Promise<AgentsResponse> {
    const now = this.deps.clock.now();
    await this.deps.directory.touch(agent, iso(now));
    return { agents: await this.deps.directory.list(now) };
  }

  metrics() {
    return metricsFor(this.deps.stats, this.deps.clock.now());
  }

  /** The claim timeout, checked for the waiting conversations a listing shows (see TurnRunner). */
  private async offerCallbacks(records: HandoffRecord[], now: number): Promise<void> {
    const due = records.filter(
      (record) =>
        record.status === 'queued' &&
        record.callback === null &&
        record.queuedAt !== null &&
        !this.timedOut.has(record.conversationId) &&
        now - Date.parse(record.queuedAt) >= this.deps.policy.claimTimeoutMs,
    );
    for (const record of due) {
      this.timedOut.add(record.conversationId);
      if (await this.deps.turns.claimTimeout(record.conversationId))
        this.deps.onEvent?.({ type: 'abandoned' });
    }
  }

  private async record(id: string): Promise<HandoffRecord> {
    const record = await this.deps.board.get(id);
    if (!record) throw new PostinoError('NotFound', 'Conversation not found');
    return record;
  }

  private async mustHold(agent: AgentIdentity, id: string): Promise<HandoffRecord> {
    const record = await this.record(id);
    if (record.status === 'agent' && record.heldBy?.agentId === agent.agentId) return record;
    throw refusal(record, agent, 'write');
  }

  private async holdsHead(id: string, agent: AgentIdentity): Promise<boolean> {
    const head = await this.deps.store.head(id, { fresh: true });
    return head?.state.handoff?.agent?.agentId === agent.agentId;
  }

  private bundle(record: HandoffRecord): HandoffBundle {
    const now = this.deps.clock.now();
    const context = record.context ?? {
      locale: record.locale,
      client: null,
      symptom: null,
      reason: '',
      pastedErrors: [],
      stepsGiven: [],
      probe: null,
    };
    return {
      ...context,
      conversationId: record.conversationId,
      status: record.status,
      queuedAt: record.queuedAt,
      waitingSeconds: waitingSeconds(record, now),
      heldBy: record.heldBy,
      claimedAt: record.claimedAt,
      callback: record.callback,
      probeVerdict: context.probe?.findings[0]?.verdict ?? null,
      resolution: record.resolution ?? null,
    };
  }
}

function holding(
  agent: { agentId: string; name: string },
  state: 'accepted',
  message: string,
  extra: Record<string, unknown> = {},
): Pick<BotTurnOptions, 'patch' | 'extra'> {
  return {
    patch: (current) => ({
      ...current,
      status: 'agent',
      handoff: {
        queuedAt: current.handoff?.queuedAt ?? new Date(0).toISOString(),
        ...(current.handoff?.callbackOffered ? { callbackOffered: true } : {}),
        agent: { agentId: agent.agentId, name: agent.name },
      },
    }),
    extra: (base) => [
      handoffStatusActivity(base(), state, message, {
        agentId: agent.agentId,
        agentName: agent.name,
        ...extra,
      }),
    ],
  };
}

function withoutHandoff(state: ConversationState): ConversationState {
  const { handoff: _dropped, ...rest } = state;
  return { ...rest, status: 'bot' };
}

function refusal(record: HandoffRecord | undefined, agent: AgentIdentity, what: string): PostinoError {
  if (!record) return new PostinoError('NotFound', 'Conversation not found');
  if (record.heldBy && record.heldBy.agentId !== agent.agentId)
    return new HeldByAnotherAgentError(record.heldBy);
  if (record.status === 'queued' && what !== 'claim') {
    return new PostinoError('Conflict', `claim the conversation before you ${what}`);
  }
  return new PostinoError(
    'Conflict',
    `the conversation is not waiting for an agent (status ${record.status})`,
  );
}

function queueItem(record: HandoffRecord, now: number): QueueItem | undefined {
  if (record.queuedAt === null || (record.status !== 'queued' && record.status !== 'agent')) return undefined;
  const context = record.context;
  return {
    conversationId: record.conversationId,
    status: record.status,
    queuedAt: record.queuedAt,
    waitingSeconds: waitingSeconds(record, now),
    locale: context?.locale ?? record.locale,
    client: context?.client ?? null,
    symptom: context?.symptom ?? null,
    reason: context?.reason ?? '',
    probeVerdict: context?.probe?.findings[0]?.verdict ?? null,
    heldBy: record.heldBy,
    callback: record.callback,
  };
}

function waitingSeconds(record: HandoffRecord, now: number): number {
  if (record.queuedAt === null) return 0;
  const until = record.claimedAt !== null && record.status === 'agent' ? Date.parse(record.claimedAt) : now;
  return Math.max(0, Math.floor((until - Date.parse(record.queuedAt)) / 1000));
}

function ref(agent: AgentIdentity) {
  return { agentId: agent.agentId, name: agent.name };
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
