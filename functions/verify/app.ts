// Composes the receiving side of the verified resolution: the codes in the table, and a turn
// runner over the same conversation store so the verdict reaches the conversation as a
// `verify.result` dialog event. Used by functions/verify.ts (SES → S3 → Lambda) and by the
// local SMTP inbox.
import { randomBytes } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoConversationStore } from '../../adapters/dynamo/conversation-store';
import { createDocumentClient, createFastDynamoClient } from '../../adapters/dynamo/document-client';
import { DynamoHandoffQueue } from '../../adapters/dynamo/handoff-queue';
import { DynamoVerifyCodeStore } from '../../adapters/dynamo/verify-code-store';
import { TurnRunner } from '../../core/conversation/turn-runner';
import { type Clock, systemClock } from '../../core/ports/clock';
import type { DialogRunner } from '../../core/ports/dialog-runner';
import type { ProbeClient } from '../../core/ports/probe-client';
import type { VerifyConfig } from '../../core/verify/config';
import { VerifyService } from '../../core/verify/verify-service';

export interface VerifyAppConfig {
  tableName: string;
  dynamoEndpoint?: string | undefined;
  retentionDays: number;
  verify: VerifyConfig;
}

export interface VerifyParts {
  dialog: DialogRunner;
  documentClient?: DynamoDBDocumentClient;
  fastDynamoClient?: DynamoDBClient;
  clock?: Clock;
  onWarning?: (message: string, details: Record<string, unknown>) => void;
}

// A verdict turn never asks for a probe; if a dialog change ever did, it would hear "could not run".
const NO_PROBE: ProbeClient = {
  probe: async () => {
    throw new Error('the verify function does not probe');
  },
};

export function createVerifyApp(config: VerifyAppConfig, parts: VerifyParts): VerifyService {
  const clock = parts.clock ?? systemClock;
  const transport = config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {};
  const client = parts.documentClient ?? createDocumentClient(transport);
  const options = {
    client,
    fastClient: parts.fastDynamoClient ?? createFastDynamoClient(transport),
    tableName: config.tableName,
    clock,
    retentionDays: config.retentionDays,
  };
  const turns = new TurnRunner({
    store: new DynamoConversationStore(options),
    dialog: parts.dialog,
    probe: NO_PROBE,
    handoff: new DynamoHandoffQueue(options),
    clock,
    ...(parts.onWarning ? { onWarning: parts.onWarning } : {}),
  });
  return new VerifyService({
    config: config.verify,
    store: new DynamoVerifyCodeStore(client, config.tableName),
    clock,
    random: randomBytes,
    post: (conversationId, event) => turns.dialogEvent(conversationId, event),
  });
}
