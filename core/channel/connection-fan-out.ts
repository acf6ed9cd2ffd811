// The ActivityPublisher of a deployment whose sockets live outside the process (AWS: API
// Gateway WebSocket connections): each appended record is posted to every open connection of
// its conversation, with the same cursor rule as the in-process StreamSession: a record that
// follows what the connection was sent goes as it is; after a gap (a connection that just
// opened, a push lost, records appended by another instance) the connection is caught up from
// the store. Gone connections (410) are forgotten.
import type { ActivityPublisher, PublishedRecord } from '../ports/activity-publisher';
import type { ConversationStore } from '../ports/conversation-store';
import type { ConnectionSender, StreamConnection, StreamConnections } from '../ports/stream-connections';
import { activitySetFrame } from './stream-session';

export interface ConnectionFanOutDeps {
  connections: StreamConnections;
  sender: ConnectionSender;
  store: ConversationStore;
}

export class ConnectionFanOut implements ActivityPublisher {
  constructor(private readonly deps: ConnectionFanOutDeps) {}

  async publish(conversationId: string, record: PublishedRecord): Promise<void> {
    const connections = await this.deps.connections.of(conversationId);
    await Promise.all(connections.map((connection) => this.deliver(connection, record)));
  }

  /**
   * Sends a connection everything after its watermark (right after it opened, on its
   * keep-alive). A connection API Gateway has not finished opening answers `gone` for a
   * moment: `attempts` > 1 retries it (100 ms apart) before forgetting it.
   */
  async catchUp(connection: StreamConnection, attempts = 1): Promise<'sent' | 'gone'> {
    const page = await this.deps.store.activitiesAfter(connection.conversationId, connection.watermark);
    if (!page || page.activities.length === 0) return 'sent';
    const frame = activitySetFrame(page.activities, page.watermark);
    let outcome = await this.deps.sender.send(connection.connectionId, frame);
    for (let attempt = 1; outcome === 'gone' && attempt < attempts; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      outcome = await this.deps.sender.send(connection.connectionId, frame);
    }
    if (outcome === 'gone') {
      await this.deps.connections.remove(connection.connectionId, connection.conversationId);
      return outcome;
    }
    const head = await this.deps.store.head(connection.conversationId);
    await this.deps.connections.advance(
      connection,
      page.watermark,
      head && head.position === page.watermark ? head.next : undefined,
    );
    return outcome;
  }

  private async deliver(connection: StreamConnection, record: PublishedRecord): Promise<void> {
    if (connection.watermark !== undefined && record.position <= connection.watermark) return;
    if (connection.next === undefined || record.position !== connection.next) {
      await this.catchUp(connection);
      return;
    }
    const outcome = await this.send(connection, activitySetFrame(record.activities, record.position));
    if (outcome === 'sent') await this.deps.connections.advance(connection, record.position, record.next);
  }

  private async send(connection: StreamConnection, frame: string): Promise<'sent' | 'gone'> {
    const outcome = await this.deps.sender.send(connection.connectionId, frame);
    if (outcome === 'gone')
      await this.deps.connections.remove(connection.connectionId, connection.conversationId);
    return outcome;
  }
}
