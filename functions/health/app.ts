// Composes the health function (outage mode, issue 12): the probe Lambda's client asking for a
// fresh probe, and outage mode's service with what its all-clears need (the conversation
// store, a turn runner that pushes to the customers' open streams, the handoff board to skip
// closed conversations). The one place these are built for the health function; tests pass
// their own parts.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoConversationStore } from '../../adapters/dynamo/conversation-store';
import { DynamoDailyStats } from '../../adapters/dynamo/daily-stats';
import { DynamoHandoffBoard } from '../../adapters/dynamo/handoff-board';
import { DynamoHandoffQueue } from '../../adapters/dynamo/handoff-queue';
import { createLambdaProbeClient } from '../../adapters/lambda-probe-client';
import { TurnRunner } from '../../core/conversation/turn-runner';
import type { OutageControl } from '../../core/outage/ports';
import { type Clock, systemClock } from '../../core/ports/clock';
import type { DialogRunner } from '../../core/ports/dialog-runner';
import type { ProbeClient } from '../../core/ports/probe-client';
import { createOutageControl } from '../shared/outage-control';
import { pushParts } from '../shared/push-parts';
import { tableOptionsOf } from '../shared/table-options';
import type { HealthConfig } from './config';

export interface HealthParts {
  dialog: DialogRunner;
  /** Default: the probe Lambda, asked for a fresh probe (past its result cache). */
  probe?: ProbeClient;
  /** Default: outage mode's service over the table (functions/shared/outage-control.ts). */
  outage?: OutageControl;
  documentClient?: DynamoDBDocumentClient;
  fastDynamoClient?: DynamoDBClient;
  clock?: Clock;
  onWarning?: (message: string, details: Record<string, unknown>) => void;
}

export interface HealthApp {
  probe: ProbeClient;
  outage: OutageControl;
}

export function createHealthApp(config: HealthConfig, parts: HealthParts): HealthApp {
  return {
    probe: parts.probe ?? probeFunction(config, true),
    outage: parts.outage ?? dynamoOutage(config, parts),
  };
}

/** `fresh`: past the probe function's result cache, so each minute's check is a new one. */
function probeFunction(config: HealthConfig, fresh: boolean): ProbeClient {
  return createLambdaProbeClient({
    functionName: config.probeFunctionName,
    ...(fresh ? { request: { fresh: true } } : {}),
    ...(config.lambdaEndpoint ? { endpoint: config.lambdaEndpoint } : {}),
  });
}

function dynamoOutage(config: HealthConfig, parts: HealthParts): OutageControl {
  const clock = parts.clock ?? systemClock;
  const table = tableOptionsOf(config, clock, {
    documentClient: parts.documentClient,
    fastDynamoClient: parts.fastDynamoClient,
  });
  const store = new DynamoConversationStore(table);
  // The all-clears reach the customers' open chats and the agents' consoles at once.
  const pushes = pushParts(config, table, store, parts.onWarning);
  const turns = new TurnRunner({
    store,
    dialog: parts.dialog,
    // An all-clear's turn runs no probe; should the dialog ask for one, the usual (cached) one.
    probe: probeFunction(config, false),
    handoff: new DynamoHandoffQueue(table),
    clock,
    stats: new DynamoDailyStats(table),
    ...(parts.onWarning ? { onWarning: parts.onWarning } : {}),
    ...(pushes.publisher ? { publisher: pushes.publisher } : {}),
  });
  const board = new DynamoHandoffBoard(table);
  const outage = createOutageControl({
    table,
    turns,
    statusOf: async (conversationId) => (await board.get(conversationId))?.status,
    policy: config.policy,
    agentNotifier: pushes.agentNotifier,
    ...(parts.onWarning ? { onWarning: parts.onWarning } : {}),
  });
  return outage;
}
