// Issue 10, on AWS: where the chat and agent functions push what they append. Records go to
// the conversation's WebSocket connections (STREAM_ENDPOINT, the customers' stream API) and
// the agents' feed events (queue changes, records of the conversations in their hands) to
// every agent's console connection (AGENT_FEED_ENDPOINT, the agents' own API), both at once.
// The Management API clients are built on the first push (adapters/apigw/management-sender.ts).
import { ManagementApiSender } from '../../adapters/apigw/management-sender';
import { DynamoAgentConnections } from '../../adapters/dynamo/agent-connections';
import { DynamoStreamConnections } from '../../adapters/dynamo/stream-connections';
import { ConnectionFanOut } from '../../core/channel/connection-fan-out';
import { AgentConnectionFeed, publishToAll } from '../../core/handoff/agent-connection-feed';
import type { ActivityPublisher } from '../../core/ports/activity-publisher';
import type { AgentNotifier } from '../../core/ports/agent-notifier';
import type { ConversationStore } from '../../core/ports/conversation-store';

export function pushParts(
  config: { streamEndpoint?: string; agentFeedEndpoint?: string },
  options: ConstructorParameters<typeof DynamoStreamConnections>[0],
  store: ConversationStore,
  onWarning?: (message: string, details: Record<string, unknown>) => void,
): { publisher?: ActivityPublisher; agentNotifier?: AgentNotifier } {
  const streams = config.streamEndpoint
    ? new ConnectionFanOut({
        connections: new DynamoStreamConnections(options),
        sender: new ManagementApiSender(config.streamEndpoint),
        store,
      })
    : undefined;
  const agents = config.agentFeedEndpoint
    ? new AgentConnectionFeed({
        connections: new DynamoAgentConnections(options),
        sender: new ManagementApiSender(config.agentFeedEndpoint),
        onWarning,
      })
    : undefined;
  const publishers = [streams, agents].filter((publisher) => publisher !== undefined);
  return {
    ...(publishers.length > 0 ? { publisher: publishToAll(...publishers) } : {}),
    ...(agents ? { agentNotifier: agents } : {}),
  };
}
