// Composes the agents' live feed function (issue 10): the Cognito token check and the table's
// agent connection items. The one place they are built; loaded by the first event, so the
// function's init pays for neither jose nor the AWS SDK.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CognitoAgentTokens } from '../../adapters/cognito/agent-tokens';
import { DynamoAgentConnections } from '../../adapters/dynamo/agent-connections';
import { createDocumentClient } from '../../adapters/dynamo/document-client';
import { systemClock } from '../../core/ports/clock';
import type { AgentFeedParts } from '../agent-feed';
import type { AgentFeedConfig } from './config';

export function createAgentFeedParts(
  config: AgentFeedConfig,
  /** Tests: the local table's client. */
  overrides: { client?: DynamoDBDocumentClient } = {},
): AgentFeedParts {
  const client =
    overrides.client ??
    createDocumentClient(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {});
  return {
    tokens: new CognitoAgentTokens({ issuer: config.issuer, clientId: config.clientId }),
    connections: new DynamoAgentConnections({ client, tableName: config.tableName, clock: systemClock }),
  };
}
