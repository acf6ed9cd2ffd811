// API Gateway (HTTP API, payload 2.0) events for the Lambda handlers, and a customer's
// conversation opened the documented way: the site secret mints a token server-to-server
// (tokens/generate), the conversation routes take that token.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export function gatewayEvent(
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    rawBody?: string;
    query?: string;
    headers?: Record<string, string>;
  } = {},
): APIGatewayProxyEventV2 {
  const body = options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined);
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: options.query ?? '',
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      'content-type': 'application/json',
      ...options.headers,
    },
    ...(options.query
      ? { queryStringParameters: Object.fromEntries(new URLSearchParams(options.query)) }
      : {}),
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'example',
      domainPrefix: 'example',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'jest' },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    ...(body !== undefined ? { body } : {}),
    isBase64Encoded: false,
  };
}

type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

// biome-ignore lint/suspicious/noExplicitAny: tests read the JSON answers loosely.
export function jsonOf(result: APIGatewayProxyStructuredResultV2): any {
  return result.body ? JSON.parse(result.body) : undefined;
}

/** tokens/generate with the secret, then POST conversations with the token it gave. */
export async function openConversation(
  handler: Handler,
  secret: string,
): Promise<{ conversationId: string; token: string }> {
  const minted = await handler(
    gatewayEvent('POST', '/v3/directline/tokens/generate', { token: secret, body: {} }),
  );
  if (minted.statusCode !== 200) throw new Error(`tokens/generate: ${minted.statusCode}`);
  const { token, conversationId } = jsonOf(minted) as { token: string; conversationId: string };
  const started = await handler(gatewayEvent('POST', '/v3/directline/conversations', { token, body: {} }));
  if (started.statusCode !== 201) throw new Error(`conversations: ${started.statusCode}`);
  return { conversationId, token };
}
