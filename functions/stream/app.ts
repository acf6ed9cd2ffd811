// Composes the stream function (issue 10): the table's conversation store and connection
// records, the stream service (stream tokens signed with the deployment's key), the fan-out
// posting through the Management API of the endpoint the event names, and the asynchronous
// self-invocation that sends a new connection its backlog. The one place they are built.

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ManagementApiSender } from '../../adapters/apigw/management-sender';
import { DynamoConversationStore } from '../../adapters/dynamo/conversation-store';
import { createDocumentClient } from '../../adapters/dynamo/document-client';
import { DynamoStreamConnections } from '../../adapters/dynamo/stream-connections';
import { readSecretFromExtension } from '../../adapters/secrets/lambda-extension-secret';
import { ConnectionFanOut } from '../../core/channel/connection-fan-out';
import { StreamService } from '../../core/channel/stream-service';
import { StreamTokens } from '../../core/channel/stream-tokens';
import { systemClock } from '../../core/ports/clock';
import type { ConnectionSender } from '../../core/ports/stream-connections';
import type { StreamParts } from '../stream';
import type { StreamConfig } from './config';

export async function createStreamParts(
  config: StreamConfig,
  /** Tests: another sender than the Management API (AWS itself is what they fake), the local table's client. */
  overrides: { sender?: (endpoint: string) => ConnectionSender; client?: DynamoDBDocumentClient } = {},
): Promise<StreamParts> {
  const { sender } = overrides;
  const client =
    overrides.client ??
    createDocumentClient(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {});
  const options = { client, tableName: config.tableName, clock: systemClock };
  const store = new DynamoConversationStore(options);
  const connections = new DynamoStreamConnections(options);
  const key =
    'value' in config.signingKey
      ? config.signingKey.value
      : await readSecretFromExtension(config.signingKey.secretArn);
  const streams = new StreamService({
    tokens: new StreamTokens(new TextEncoder().encode(key), systemClock),
    store,
    // $connect only checks stream URLs; the REST answers build them (chat function, STREAM_URL).
    url: '',
  });
  const fanOuts = new Map<string, ConnectionFanOut>();
  const fanOut = (endpoint: string) => {
    let found = fanOuts.get(endpoint);
    if (!found) {
      found = new ConnectionFanOut({
        connections,
        store,
        sender: sender ? sender(endpoint) : new ManagementApiSender(endpoint),
      });
      fanOuts.set(endpoint, found);
    }
    return found;
  };
  const later = async (connectionId: string, endpoint: string) => {
    if (!config.functionName) return;
    const { LambdaClient, InvokeCommand } = await import('@aws-sdk/client-lambda');
    const lambda = new LambdaClient({});
    await lambda.send(
      new InvokeCommand({
        FunctionName: config.functionName,
        InvocationType: 'Event',
        Payload: new TextEncoder().encode(JSON.stringify({ postinoCatchUp: { connectionId, endpoint } })),
      }),
    );
  };
  return { streams, connections, fanOut, later };
}
