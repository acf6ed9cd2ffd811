// Translates API Gateway HTTP API (payload 2.0) events to the channel's request shape and its
// responses back. The local server builds the same events from node:http, so both run this.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ChannelRequest, ChannelResponse } from '../../core/channel/http';

export function toChannelRequest(event: APIGatewayProxyEventV2): ChannelRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) headers[name.toLowerCase()] = value;
  const body =
    event.body === undefined
      ? undefined
      : event.isBase64Encoded
        ? Buffer.from(event.body, 'base64').toString('utf8')
        : event.body;
  return {
    method: event.requestContext.http.method.toUpperCase(),
    path: event.rawPath,
    headers,
    query: event.queryStringParameters ?? {},
    body,
    sourceIp: event.requestContext.http.sourceIp,
  };
}

export function toGatewayResult(response: ChannelResponse): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: response.status,
    headers: response.headers,
    ...(response.body !== undefined ? { body: response.body } : {}),
    isBase64Encoded: false,
  };
}
