// Composes the agent API: the DynamoDB store, queue, board, directory and daily counters, the
// turn runner (the dialog hears agent.joined / returned / closed), the probe client (the
// probe Lambda; locally its Invoke route) and the router. The one place these are built for
// the agent function; tests and the local server pass their own clients.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoAgentDirectory } from '../../adapters/dynamo/agent-directory';
import { DynamoAnalyticsStore } from '../../adapters/dynamo/analytics-store';
import { DynamoConversationStore } from '../../adapters/dynamo/conversation-store';
import { DynamoDailyStats } from '../../adapters/dynamo/daily-stats';
import { DynamoHandoffBoard } from '../../adapters/dynamo/handoff-board';
import { DynamoHandoffQueue } from '../../adapters/dynamo/handoff-queue';
import { DynamoReviewStore } from '../../adapters/dynamo/review-store';
import { createLambdaProbeClient } from '../../adapters/lambda-probe-client';
import type { ChannelRequest } from '../../core/channel/http';
import { TurnRunner } from '../../core/conversation/turn-runner';
import { AgentRouter } from '../../core/handoff/agent-router';
import { AgentService } from '../../core/handoff/agent-service';
import { notifyingBoard, notifyingQueue } from '../../core/handoff/notifying-ports';
import { InsightsRouter, isInsightsPath } from '../../core/insights/insights-router';
import { TurnInsights } from '../../core/insights/turn-insights';
import type { OutageChange } from '../../core/outage/outage-record';
import type { OutageControl, OutageOverview } from '../../core/outage/ports';
import type { ActivityPublisher } from '../../core/ports/activity-publisher';
import type { AgentNotifier } from '../../core/ports/agent-notifier';
import { type Clock, systemClock } from '../../core/ports/clock';
import type { DialogRunner } from '../../core/ports/dialog-runner';
import type { ProbeClient } from '../../core/ports/probe-client';
import { createOutageControl } from '../shared/outage-control';
import { observeChangesByHand } from '../shared/outage-metrics';
import { outagePolicyOf } from '../shared/outage-policy';
import { pushParts } from '../shared/push-parts';
import { tableOptionsOf } from '../shared/table-options';
import type { AgentConfig } from './config';

export interface AgentParts {
  dialog: DialogRunner;
  documentClient?: DynamoDBDocumentClient;
  fastDynamoClient?: DynamoDBClient;
  probe?: ProbeClient;
  clock?: Clock;
  onWarning?: (message: string, details: Record<string, unknown>) => void;
  onUnexpected?: (error: unknown, request: ChannelRequest) => void;
  onAbandoned?: () => void;
  /** Issue 10: agents' messages and handoff changes pushed to the customer's open streams. */
  publisher?: ActivityPublisher;
  /** Issue 10: tells the agents' consoles about queue changes (local: the in-process feed; default: with AGENT_FEED_ENDPOINT, their WebSocket connections). */
  agentNotifier?: AgentNotifier;
  /** Outage mode (issue 12): the agents' outage routes; without it they answer 404. */
  outage?: OutageControl;
  /** An agent's set or clear started or ended an outage (the function's metrics). */
  onOutageChange?: (change: Exclude<OutageChange, null>, overview: OutageOverview) => void;
}

/** The agent API: the analytics and review routes, then everything else (AgentRouter). */
export interface AgentApp {
  handle: AgentRouter['handle'];
}

export function createAgentApp(config: AgentConfig, parts: AgentParts): AgentApp {
  const clock = parts.clock ?? systemClock;
  const options = tableOptionsOf(config, clock, {
    documentClient: parts.documentClient,
    fastDynamoClient: parts.fastDynamoClient,
  });
  const store = new DynamoConversationStore(options);
  // Issue 10: pushes to the customers' streams and the agents' consoles (AWS); local: the parts'.
  const pushes = pushParts(config, options, store, parts.onWarning);
  const publisher = parts.publisher ?? pushes.publisher;
  const agentNotifier = parts.agentNotifier ?? pushes.agentNotifier;
  const stats = new DynamoDailyStats(options);
  const analytics = new DynamoAnalyticsStore(options);
  const reviews = new DynamoReviewStore(options);
  const probe =
    parts.probe ??
    createLambdaProbeClient({
      functionName: config.probeFunctionName,
      ...(config.lambdaEndpoint ? { endpoint: config.lambdaEndpoint } : {}),
    });
  const turns = new TurnRunner({
    store,
    dialog: parts.dialog,
    probe,
    handoff: notifyingQueue(new DynamoHandoffQueue(options), agentNotifier),
    clock,
    handoffPolicy: config.policy,
    stats,
    insights: new TurnInsights({
      clock,
      analytics,
      review: reviews,
      ...(parts.onWarning ? { onWarning: parts.onWarning } : {}),
    }),
    ...(parts.onWarning ? { onWarning: parts.onWarning } : {}),
    ...(publisher ? { publisher } : {}),
  });
  const board = new DynamoHandoffBoard(options);
  const service = new AgentService({
    board: notifyingBoard(board, agentNotifier),
    directory: new DynamoAgentDirectory(options),
    stats,
    store,
    turns,
    probe,
    clock,
    policy: config.policy,
    onEvent: () => parts.onAbandoned?.(),
  });
  // Agents never count health checks here: the policy (N/M) is the health function's business.
  const control =
    parts.outage ??
    createOutageControl({
      table: options,
      turns,
      statusOf: async (conversationId) => (await board.get(conversationId))?.status,
      policy: outagePolicyOf({}),
      agentNotifier,
      ...(parts.onWarning ? { onWarning: parts.onWarning } : {}),
    });
  const outage = parts.onOutageChange ? observeChangesByHand(control, parts.onOutageChange) : control;
  const router = new AgentRouter(service, {
    ...(parts.onUnexpected ? { onUnexpected: parts.onUnexpected } : {}),
    ...(outage ? { outage } : {}),
  });
  const insights = new InsightsRouter({ stats, analytics, reviews, clock });
  return {
    handle: (request, claims) =>
      isInsightsPath(request.path) ? insights.handle(request, claims) : router.handle(request, claims),
  };
}
