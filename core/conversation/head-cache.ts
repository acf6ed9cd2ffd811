// A ConversationStore decorator that remembers each conversation's newest head in memory, so a
// turn in a warm process needs no read before its write. Safe because every append is
// conditional on its position being free: a stale head (another process appended) makes the
// append fail, which drops the entry and the turn reloads. Entries also age out, so a
// conversation deleted by retention is never written to from memory.
import type { Clock } from '../ports/clock';
import type {
  ActivityPage,
  ConversationHead,
  ConversationState,
  ConversationStore,
  MetaPatch,
  TurnRecord,
} from '../ports/conversation-store';

export interface HeadCacheOptions {
  /** Entries kept (least recently used dropped first). */
  maxEntries?: number;
  /** How long an entry is trusted. */
  maxAgeMs?: number;
}

export class HeadCachingStore implements ConversationStore {
  private readonly entries = new Map<string, { head: ConversationHead; at: number }>();
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;

  constructor(
    private readonly inner: ConversationStore,
    private readonly clock: Clock,
    options: HeadCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 5000;
    this.maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  }

  async create(conversationId: string, state: ConversationState): Promise<boolean> {
    const created = await this.inner.create(conversationId, state);
    if (created) this.remember({ conversationId, position: 0, next: 1, state });
    return created;
  }

  async head(
    conversationId: string,
    options: { fresh?: boolean } = {},
  ): Promise<ConversationHead | undefined> {
    const entry = options.fresh ? undefined : this.entries.get(conversationId);
    if (entry && this.clock.now() - entry.at < this.maxAgeMs) return entry.head;
    const head = await this.inner.head(conversationId);
    if (head) this.remember(head);
    else this.entries.delete(conversationId);
    return head;
  }

  async append(
    conversationId: string,
    at: number,
    record: TurnRecord,
  ): Promise<ConversationHead | undefined> {
    // Forget first: if the write fails in any way, the next turn reads the truth.
    this.entries.delete(conversationId);
    const head = await this.inner.append(conversationId, at, record);
    if (head) this.remember(head);
    return head;
  }

  activitiesAfter(conversationId: string, watermark: number | undefined): Promise<ActivityPage | undefined> {
    return this.inner.activitiesAfter(conversationId, watermark);
  }

  updateMeta(conversationId: string, patch: MetaPatch): Promise<void> {
    return this.inner.updateMeta(conversationId, patch);
  }

  private remember(head: ConversationHead): void {
    this.entries.delete(head.conversationId);
    this.entries.set(head.conversationId, { head, at: this.clock.now() });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
