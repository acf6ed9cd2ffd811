// The DynamoDB side of the Direct Line function (clients, store, handoff queue, the pushes to
// the customers' and the agents' WebSocket connections), in a module of its own so the
// composition root can load it, and with it the AWS SDK, when the first request needs it
// rather than during Lambda's init (see README: bundle and init figures).
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoAnalyticsStore } from '../../adapters/dynamo/analytics-store';
import { DynamoConversationStore } from '../../adapters/dynamo/conversation-store';
import { DynamoDailyStats } from '../../adapters/dynamo/daily-stats';
import { DynamoHandoffBoard } from '../../adapters/dynamo/handoff-board';
import { DynamoHandoffQueue } from '../../adapters/dynamo/handoff-queue';
import { DynamoReviewStore } from '../../adapters/dynamo/review-store';
import { DynamoVerifyCodeStore } from '../../adapters/dynamo/verify-code-store';
import type { DailyStats } from '../../core/handoff/ports';
import { TurnInsights } from '../../core/insights/turn-insights';
import type { OutageTurns } from '../../core/outage/group-messages';
import type { OutageService } from '../../core/outage/outage-service';
import type { ActivityPublisher } from '../../core/ports/activity-publisher';
import type { AgentNotifier } from '../../core/ports/agent-notifier';
import type { Clock } from '../../core/ports/clock';
import type { ConversationStore } from '../../core/ports/conversation-store';
import type { HandoffQueue } from '../../core/ports/handoff-queue';
import type { VerifyCodeStore } from '../../core/verify/ports';
import { createOutageControl } from '../shared/outage-control';
import { pushParts } from '../shared/push-parts';
import { tableOptionsOf } from '../shared/table-options';
import type { DirectLineConfig } from './config';

export function createDynamoParts(
  config: DirectLineConfig,
  clock: Clock,
  clients: {
    documentClient?: DynamoDBDocumentClient;
    fastDynamoClient?: DynamoDBClient;
    onWarning?: ((message: string, details: Record<string, unknown>) => void) | undefined;
    /** The parts' own notifier (local: the in-process feed), else the agents' WebSocket feed. */
    agentNotifier?: AgentNotifier | undefined;
  },
): {
  /** Outage mode's service over the table, its messages sent through `turns` (the channel's runner). */
  outage: (turns: OutageTurns) => OutageService;
  store: ConversationStore;
  handoff: HandoffQueue;
  stats: DailyStats;
  insights: TurnInsights;
  verifyCodes: VerifyCodeStore;
  publisher?: ActivityPublisher;
  agentNotifier?: AgentNotifier;
} {
  const options = tableOptionsOf(config, clock, clients);
  const store = new DynamoConversationStore(options);
  const pushes = pushParts(config, options, store, clients.onWarning);
  const board = new DynamoHandoffBoard(options);
  return {
    outage: (turns) =>
      createOutageControl({
        table: options,
        turns,
        statusOf: async (conversationId) => (await board.get(conversationId))?.status,
        policy: config.outagePolicy,
        agentNotifier: clients.agentNotifier ?? pushes.agentNotifier,
        onWarning: clients.onWarning,
      }),
    store,
    handoff: new DynamoHandoffQueue(options),
    stats: new DynamoDailyStats(options),
    ...pushes,
    insights: new TurnInsights({
      clock,
      analytics: new DynamoAnalyticsStore(options),
      review: new DynamoReviewStore(options),
    }),
    verifyCodes: new DynamoVerifyCodeStore(options.client, config.tableName),
  };
}
