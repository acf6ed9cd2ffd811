// Builds the DynamoDB clients from configuration. On AWS the endpoint and credentials come from
// the Lambda environment; locally `endpoint` points at the embedded dynalite and throw-away
// credentials are used (dynalite checks none).
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unsignedLocalAuthSchemes } from './in-process-handler';

export interface DocumentClientOptions {
  /** e.g. http://127.0.0.1:4567 for dynalite; omit on AWS. */
  endpoint?: string;
  region?: string;
  /**
   * Local only: another transport, dynalite called in process (LocalDynamo.requestHandler);
   * requests then go unsigned (dynalite checks the header's form, not the signature).
   */
  requestHandler?: DynamoDBClientConfig['requestHandler'];
}

function lowLevelClient(options: DocumentClientOptions, cacheMiddleware: boolean): DynamoDBClient {
  const local = options.endpoint !== undefined;
  const client = new DynamoDBClient({
    region: options.region ?? process.env.AWS_REGION ?? 'eu-south-1',
    ...(local
      ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    ...(options.requestHandler
      ? {
          requestHandler: options.requestHandler,
          // In process, to dynalite: a well-formed but unsigned Authorization header.
          httpAuthSchemes: unsignedLocalAuthSchemes as unknown as DynamoDBClientConfig['httpAuthSchemes'],
        }
      : {}),
    maxAttempts: 3,
    cacheMiddleware,
  });
  // In process, nothing reads the User-Agent header: building it (a dozen name/version pairs
  // escaped with regular expressions, on every call) was a fifth of the SDK's time per request.
  if (options.requestHandler) client.middlewareStack.remove('getUserAgentMiddleware');
  return client;
}

export function createDocumentClient(options: DocumentClientOptions = {}): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(lowLevelClient(options, false), {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/**
 * A low-level client that resolves its middleware stack once per command class instead of on
 * every request: half the SDK's cost per call, for hot paths that send low-level commands
 * only. Never wrap it in a document client: lib-dynamodb's commands are not safe to cache.
 */
export function createFastDynamoClient(options: DocumentClientOptions = {}): DynamoDBClient {
  return lowLevelClient(options, true);
}
