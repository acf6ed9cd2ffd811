// The AgentNotifier of a deployment whose consoles' sockets live outside the process (AWS: the
// agents' API Gateway WebSocket API, issue 10): each feed event goes as a JSON text frame to
// every agent connection, whatever its type (`queue`, `activity`, or one added later), and
// connections that answer 410 Gone are forgotten (unless they have only just connected). It is also an ActivityPublisher: a record
// of a conversation the agents are concerned with becomes an `activity` event; bot-only
// records are not pushed (on AWS every push is a request, and no console shows them).
// Best effort: a failure is reported, never thrown, so a lost push never fails the customer's
// turn or the agent's action (a console catches up when its socket reopens).
import type { ActivityPublisher, PublishedRecord } from '../ports/activity-publisher';
import type { AgentConnection, AgentConnections } from '../ports/agent-connections';
import type { AgentEvent, AgentNotifier } from '../ports/agent-notifier';
import { type Clock, systemClock } from '../ports/clock';
import type { ConversationState } from '../ports/conversation-store';
import type { ConnectionSender } from '../ports/stream-connections';

export interface AgentConnectionFeedDeps {
  connections: AgentConnections;
  sender: ConnectionSender;
  clock?: Clock;
  onWarning?: ((message: string, details: Record<string, unknown>) => void) | undefined;
}

/**
 * How long after `$connect` a 410 means "not open yet" rather than gone: API Gateway accepts
 * the socket only once `$connect` has answered, so a push in between must not forget it.
 */
export const OPENING_GRACE_MS = 10_000;

export class AgentConnectionFeed implements AgentNotifier, ActivityPublisher {
  private readonly clock: Clock;

  constructor(private readonly deps: AgentConnectionFeedDeps) {
    this.clock = deps.clock ?? systemClock;
  }

  async notify(event: AgentEvent): Promise<void> {
    let connections: Awaited<ReturnType<AgentConnections['all']>>;
    try {
      connections = await this.deps.connections.all();
    } catch (error) {
      this.warn('agent connections not read', event, error);
      return;
    }
    const frame = JSON.stringify(event);
    await Promise.all(connections.map((connection) => this.deliver(connection, frame, event)));
  }

  async publish(conversationId: string, record: PublishedRecord): Promise<void> {
    if (record.forAgents === false) return;
    await this.notify({ type: 'activity', conversationId, watermark: record.position });
  }

  private async deliver(connection: AgentConnection, frame: string, event: AgentEvent): Promise<void> {
    try {
      const outcome = await this.deps.sender.send(connection.connectionId, frame);
      // The console catches up when its socket opens, so this event is not missed either.
      const opening = this.clock.now() - connection.connectedAt < OPENING_GRACE_MS;
      if (outcome === 'gone' && !opening) await this.deps.connections.remove(connection.connectionId);
    } catch (error) {
      this.warn('agent feed event not pushed', event, error);
    }
  }

  private warn(message: string, event: AgentEvent, error: unknown): void {
    this.deps.onWarning?.(message, {
      event: event.type,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Queued, held, closed by an agent, or handed off and not cancelled: the agents' business. */
export function concernsAgents(state: ConversationState): boolean {
  return state.status !== 'bot' || state.handoff !== undefined;
}

/**
 * Publishes each record to every publisher at once (the customers' streams and the agents'
 * consoles), so neither waits for the other; one that fails does not stop the others, and
 * the first failure is passed on for the caller to report.
 */
export function publishToAll(...publishers: ActivityPublisher[]): ActivityPublisher {
  return {
    async publish(conversationId, record) {
      const outcomes = await Promise.allSettled(
        publishers.map((publisher) => publisher.publish(conversationId, record)),
      );
      const failed = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}
