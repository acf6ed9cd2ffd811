// One open activity stream (a Direct Line WebSocket): sends the customer every activity after
// their watermark, in order and exactly once, as Azure's `ActivitySet` frames
// (`{activities, watermark}`). It keeps a cursor (the last record sent and where the next one
// goes): a published record that follows the cursor is sent as it is (no store read); one
// already covered is dropped; after a gap (a record published elsewhere, a missed push, the
// backlog at connect) it reads the store from the cursor. Work is chained, so frames never
// overtake each other.
import type { PublishedRecord } from '../ports/activity-publisher';
import type { ConversationStore, StoredActivity } from '../ports/conversation-store';

export interface StreamSink {
  /** Sends one text frame. */
  send(frame: string): void;
  /** Ends the stream (the client reconnects from its watermark). */
  close(reason: string): void;
}

export interface ActivitySet {
  activities: StoredActivity[];
  watermark: string;
}

export function activitySetFrame(activities: StoredActivity[], watermark: number): string {
  const set: ActivitySet = { activities, watermark: String(watermark) };
  return JSON.stringify(set);
}

export class StreamSession {
  /** The watermark the customer has: the last record sent (or the one they resumed from). */
  private position: number | undefined;
  /** Where the record after `position` goes, when known. */
  private next: number | undefined;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly store: ConversationStore,
    readonly conversationId: string,
    watermark: number | undefined,
    private readonly sink: StreamSink,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    this.position = watermark;
  }

  /** Sends the backlog after the watermark; call once the session hears published records. */
  start(): Promise<void> {
    return this.enqueue(() => this.catchUp());
  }

  /** A record was appended to the conversation. */
  offer(record: PublishedRecord): Promise<void> {
    return this.enqueue(async () => {
      if (this.position !== undefined && record.position <= this.position) return;
      if (this.next !== undefined && record.position === this.next) {
        this.deliver(record.activities, record.position);
        this.next = record.next;
        return;
      }
      await this.catchUp();
    });
  }

  /** Catches up from the store now (e.g. the client's keep-alive after a quiet while). */
  refresh(): Promise<void> {
    return this.enqueue(() => this.catchUp());
  }

  stop(): void {
    this.closed = true;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(async () => {
      if (this.closed) return;
      try {
        await work();
      } catch (error) {
        // A store failure: end the stream, the client reconnects from its watermark.
        this.closed = true;
        this.onError(error);
        this.sink.close('store unavailable');
      }
    });
    return this.chain;
  }

  private async catchUp(): Promise<void> {
    const page = await this.store.activitiesAfter(this.conversationId, this.position);
    if (page) this.deliver(page.activities, page.watermark);
    // Learn where the next record goes, so the next published one needs no read.
    const head = await this.store.head(this.conversationId);
    this.next = head && head.position === this.position ? head.next : undefined;
  }

  private deliver(activities: StoredActivity[], watermark: number): void {
    this.position = watermark;
    if (activities.length === 0 || this.closed) return;
    this.sink.send(activitySetFrame(activities, watermark));
  }
}
