// An in-memory ConversationStore with the same contract as the DynamoDB one (the same contract
// tests run against both): for unit tests and tools. Records are cloned on the way in and out,
// as a real store would serialise them.

import { PostinoError } from '../../core/errors';
import type { Clock } from '../../core/ports/clock';
import type {
  ActivityPage,
  ConversationHead,
  ConversationState,
  ConversationStore,
  HandoffRequest,
  MetaPatch,
  TurnRecord,
} from '../../core/ports/conversation-store';
import type { CallbackContact, HandoffQueue } from '../../core/ports/handoff-queue';

interface MemoryRecord {
  position: number;
  next: number;
  record: TurnRecord;
  expiresAt: number;
}

export type MemoryMeta = Record<string, unknown>;

export class MemoryConversationStore implements ConversationStore, HandoffQueue {
  private readonly conversations = new Map<string, MemoryRecord[]>();
  readonly meta = new Map<string, MemoryMeta>();
  private readonly retentionMs: number;

  constructor(
    private readonly clock: Clock,
    retentionDays = 30,
  ) {
    this.retentionMs = retentionDays * 86_400_000;
  }

  async create(conversationId: string, state: ConversationState): Promise<boolean> {
    if (this.conversations.has(conversationId)) return false;
    this.conversations.set(conversationId, [this.toRecord(0, { activities: [], state })]);
    this.meta.set(conversationId, {
      status: state.status,
      locale: state.locale,
      userId: state.userId,
      createdAt: state.createdAt,
    });
    return true;
  }

  async head(conversationId: string): Promise<ConversationHead | undefined> {
    const last = this.live(conversationId)?.at(-1);
    if (!last) return undefined;
    return {
      conversationId,
      position: last.position,
      next: last.next,
      state: structuredClone(last.record.state),
    };
  }

  async append(
    conversationId: string,
    at: number,
    record: TurnRecord,
  ): Promise<ConversationHead | undefined> {
    const records = this.conversations.get(conversationId) ?? [];
    if (records.some((existing) => existing.position === at)) return undefined;
    const stored = this.toRecord(at, record);
    records.push(stored);
    records.sort((a, b) => a.position - b.position);
    this.conversations.set(conversationId, records);
    return { conversationId, position: at, next: stored.next, state: structuredClone(record.state) };
  }

  async activitiesAfter(
    conversationId: string,
    watermark: number | undefined,
  ): Promise<ActivityPage | undefined> {
    const newer = (this.live(conversationId) ?? []).filter(
      (record) => watermark === undefined || record.position > watermark,
    );
    if (newer.length === 0) return undefined;
    return {
      activities: structuredClone(newer.flatMap((record) => record.record.activities)),
      watermark: (newer.at(-1) as MemoryRecord).position,
    };
  }

  async updateMeta(conversationId: string, patch: MetaPatch): Promise<void> {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    this.meta.set(conversationId, { ...this.meta.get(conversationId), ...defined });
  }

  async enqueue(request: HandoffRequest): Promise<void> {
    const current = this.meta.get(request.conversationId) ?? {};
    this.meta.set(request.conversationId, {
      ...current,
      status: 'queued',
      queuedAt: current.queuedAt ?? request.queuedAt,
      handoff: structuredClone(request.context),
      handoffActivityId: request.activityId,
    });
  }

  /** Like the DynamoDB queue: the waiting conversations queued no later, 1 = next. */
  async position(_conversationId: string, queuedAt: string): Promise<number> {
    let ahead = 0;
    for (const meta of this.meta.values()) {
      if (meta.status === 'queued' && typeof meta.queuedAt === 'string' && meta.queuedAt <= queuedAt) ahead++;
    }
    return Math.max(1, ahead);
  }

  /** Out of the queue and out of any agent's hands; a later handoff queues afresh. */
  async cancel(conversationId: string, at: string): Promise<void> {
    const { heldBy, claimedAt, queuedAt, callback, ...rest } = this.existingMeta(conversationId);
    this.meta.set(conversationId, { ...rest, status: 'bot', updatedAt: at });
  }

  async setCallback(conversationId: string, contact: CallbackContact): Promise<void> {
    const current = this.existingMeta(conversationId);
    this.meta.set(conversationId, { ...current, callback: { ...contact }, updatedAt: contact.capturedAt });
  }

  /** The DynamoDB queue writes these conditionally on the META item: an unknown one fails. */
  private existingMeta(conversationId: string): MemoryMeta {
    const current = this.meta.get(conversationId);
    if (!current) throw new PostinoError('NotFound', `unknown conversation ${conversationId}`);
    return current;
  }

  /** The records that are not past retention, or undefined when none is. */
  private live(conversationId: string): MemoryRecord[] | undefined {
    const records = this.conversations.get(conversationId);
    const now = this.clock.now();
    if (!records || records.length === 0 || (records.at(-1) as MemoryRecord).expiresAt <= now)
      return undefined;
    return records.filter((record) => record.expiresAt > now);
  }

  private toRecord(position: number, record: TurnRecord): MemoryRecord {
    return {
      position,
      next: position + Math.max(1, record.activities.length),
      record: structuredClone(record),
      expiresAt: this.clock.now() + this.retentionMs,
    };
  }
}
