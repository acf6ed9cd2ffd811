// The in-process ActivityPublisher: the open streams of this process, by conversation. What
// `npm start` uses (one process holds every socket); on AWS the connections live in API
// Gateway and adapters/ post to them instead.
import type { ActivityPublisher, PublishedRecord } from '../ports/activity-publisher';
import type { StreamSession } from './stream-session';

export class StreamHub implements ActivityPublisher {
  private readonly sessions = new Map<string, Set<StreamSession>>();

  /** Registers a session; returns its removal. */
  add(session: StreamSession): () => void {
    const id = session.conversationId;
    let set = this.sessions.get(id);
    if (!set) {
      set = new Set();
      this.sessions.set(id, set);
    }
    set.add(session);
    return () => {
      session.stop();
      const current = this.sessions.get(id);
      current?.delete(session);
      if (current?.size === 0) this.sessions.delete(id);
    };
  }

  async publish(conversationId: string, record: PublishedRecord): Promise<void> {
    const set = this.sessions.get(conversationId);
    if (!set) return;
    // Not awaited: a slow socket must not hold up the turn that published.
    for (const session of set) void session.offer(record);
  }

  /** Open streams (all conversations). */
  get size(): number {
    let total = 0;
    for (const set of this.sessions.values()) total += set.size;
    return total;
  }
}
