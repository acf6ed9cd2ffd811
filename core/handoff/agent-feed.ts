// The in-process AgentNotifier of `npm start`: the consoles' open sockets as listeners. It is
// also an ActivityPublisher, so every appended record becomes an `activity` event (a console
// showing that conversation fetches what is new from its watermark).
import type { ActivityPublisher, PublishedRecord } from '../ports/activity-publisher';
import type { AgentEvent, AgentNotifier } from '../ports/agent-notifier';

export type AgentListener = (event: AgentEvent) => void;

export class AgentFeed implements AgentNotifier, ActivityPublisher {
  private readonly listeners = new Set<AgentListener>();

  /** Registers a console; returns its removal. */
  listen(listener: AgentListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async notify(event: AgentEvent): Promise<void> {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One broken console must not keep the others from hearing.
      }
    }
  }

  publish(conversationId: string, record: PublishedRecord): Promise<void> {
    return this.notify({ type: 'activity', conversationId, watermark: record.position });
  }

  get size(): number {
    return this.listeners.size;
  }
}

/** Publishes each record to every publisher given, in order. */
export function fanOut(...publishers: ActivityPublisher[]): ActivityPublisher {
  return {
    async publish(conversationId, record) {
      for (const publisher of publishers) await publisher.publish(conversationId, record);
    },
  };
}
