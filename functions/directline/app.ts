// Composes the Direct Line surface from configuration: the DynamoDB store (behind the
// in-process head cache), the handoff queue, the probe client, the token service, the rate
// limiter and the dialog. The one place these adapters are built; tests and the local server
// pass their own parts where they need to.

import { randomBytes } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MemoryRateLimiter } from '../../adapters/memory/rate-limiter';
import { readSecretFromExtension } from '../../adapters/secrets/lambda-extension-secret';
import type { DirectLineChannel } from '../../core/channel/directline-channel';
import { createDirectLineChannel } from '../../core/channel/directline-channel';
import type { ChannelEvent } from '../../core/channel/directline-service';
import type { ChannelRequest } from '../../core/channel/http';
import { HeadCachingStore } from '../../core/conversation/head-cache';
import type { TurnRunnerDeps } from '../../core/conversation/turn-runner';
import { PostinoError } from '../../core/errors';
import { notifyingQueue } from '../../core/handoff/notifying-ports';
import type { DailyStats } from '../../core/handoff/ports';
import type { OutageControl } from '../../core/outage/ports';
import type { ActivityPublisher } from '../../core/ports/activity-publisher';
import type { AgentNotifier } from '../../core/ports/agent-notifier';
import type { Clock } from '../../core/ports/clock';
import { systemClock } from '../../core/ports/clock';
import type { ConversationStore } from '../../core/ports/conversation-store';
import type { DialogRunner } from '../../core/ports/dialog-runner';
import type { HandoffQueue } from '../../core/ports/handoff-queue';
import type { ProbeClient } from '../../core/ports/probe-client';
import type { RateLimiter } from '../../core/ports/rate-limiter';
import { TestAddresses } from '../../core/verify/test-addresses';
import type { DirectLineConfig } from './config';

/** Outage mode as the chat function uses it: the turn runner's port and the status route. */
export type ChannelOutage = NonNullable<TurnRunnerDeps['outage']> & Pick<OutageControl, 'status'>;

export interface DirectLineParts {
  dialog: DialogRunner;
  /** Default: clients for `config.dynamoEndpoint` (or AWS). The local server passes its own. */
  documentClient?: DynamoDBDocumentClient;
  fastDynamoClient?: DynamoDBClient;
  /** Defaults to the Lambda probe client for `config.probeFunctionName`. */
  probe?: ProbeClient;
  store?: ConversationStore;
  handoff?: HandoffQueue;
  /** Daily counters for the agents' console; default: DynamoDB (none when `store` is given). */
  stats?: DailyStats;
  rateLimiter?: RateLimiter;
  clock?: Clock;
  onWarning?: (message: string, details: Record<string, unknown>) => void;
  onUnexpected?: (error: unknown, request: ChannelRequest) => void;
  onEvent?: (event: ChannelEvent) => void;
  /** Issue 10: where appended records are pushed (local: the in-process stream hub). */
  publisher?: ActivityPublisher;
  /** Issue 10: tells the agents' consoles about queue changes (local: the in-process feed; default: with AGENT_FEED_ENDPOINT, their WebSocket connections). */
  agentNotifier?: AgentNotifier;
  /** Issues test addresses (issue 12); default: with VERIFY_DOMAIN, codes in the table. */
  verify?: TurnRunnerDeps['verify'];
  /**
   * Outage mode (issue 12): what every turn is told, the joins, the turn probes as health
   * checks, and the widget's status route (`GET /v3/directline/status`). Default: the service
   * over the table (functions/shared/outage-control.ts); none when `store` is given.
   */
  outage?: ChannelOutage;
}

export async function createDirectLineApp(
  config: DirectLineConfig,
  parts: DirectLineParts,
): Promise<DirectLineChannel> {
  const clock = parts.clock ?? systemClock;
  // The AWS SDK is loaded here, on the first request, not during the module's init.
  const dynamo =
    parts.store && parts.handoff
      ? undefined
      : (await import('./dynamo-parts')).createDynamoParts(config, clock, {
          ...(parts.documentClient ? { documentClient: parts.documentClient } : {}),
          ...(parts.fastDynamoClient ? { fastDynamoClient: parts.fastDynamoClient } : {}),
          onWarning: parts.onWarning,
          agentNotifier: parts.agentNotifier,
        });
  const store = parts.store ?? (dynamo?.store as ConversationStore);
  // The service and the channel's turn runner need each other: the all-clears and broadcasts
  // are turns, and every turn is told the outage. The runner is reached once it exists.
  let channel: DirectLineChannel | undefined;
  const turns = () => {
    if (!channel) throw new PostinoError('Internal', 'the channel is not built yet');
    return channel.turns;
  };
  const outage =
    parts.outage ??
    (dynamo
      ? dynamo.outage({
          dialogEvent: (...args) => turns().dialogEvent(...args),
          appendActivities: (...args) => turns().appendActivities(...args),
        })
      : undefined);
  const [signingKey, directLineSecret] = await Promise.all([
    secretValue(config.signingKey),
    config.directLineSecret ? secretValue(config.directLineSecret) : undefined,
  ]);
  channel = createDirectLineChannel({
    signingKey: new TextEncoder().encode(signingKey),
    store: new HeadCachingStore(store, clock),
    handoff: notifyingQueue(
      parts.handoff ?? (dynamo?.handoff as HandoffQueue),
      parts.agentNotifier ?? dynamo?.agentNotifier,
    ),
    probe: parts.probe ?? lazyLambdaProbe(config),
    dialog: parts.dialog,
    rateLimiter: parts.rateLimiter ?? new MemoryRateLimiter(clock, config.publicTokensPerMinute),
    clock,
    directLineSecret,
    allowedOrigins: config.allowedOrigins,
    maxBodyBytes: config.maxBodyBytes,
    onWarning: parts.onWarning,
    onUnexpected: parts.onUnexpected,
    onEvent: parts.onEvent,
    handoffPolicy: config.handoffPolicy,
    stats: parts.stats ?? dynamo?.stats,
    publisher: parts.publisher ?? dynamo?.publisher,
    streamUrl: config.streamUrl,
    insights: dynamo?.insights,
    verify:
      parts.verify ??
      (config.verify && dynamo
        ? new TestAddresses({ config: config.verify, store: dynamo.verifyCodes, clock, random: randomBytes })
        : undefined),
    outage,
    outageStatus: outage ? () => outage.status() : undefined,
  });
  return channel;
}

function secretValue(source: { value: string } | { secretArn: string }): Promise<string> {
  return 'value' in source ? Promise.resolve(source.value) : readSecretFromExtension(source.secretArn);
}

/** The Lambda client is loaded on the first probe only: most turns never need it. */
function lazyLambdaProbe(config: DirectLineConfig): ProbeClient {
  let client: Promise<ProbeClient> | undefined;
  return {
    probe: async () => {
      client ??= import('./lambda-probe').then((module) => module.createLambdaProbe(config));
      return (await client).probe();
    },
  };
}
