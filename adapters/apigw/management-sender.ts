// Posts frames to API Gateway WebSocket connections (issue 10) through the Management API
// (`POST @connections/{id}`), for ConnectionFanOut. The client is built on the first send,
// so a function that never pushes pays nothing at init. A connection that is gone answers
// 410 (GoneException): reported as `gone`, its records are then deleted.
import type { ApiGatewayManagementApiClient } from '@aws-sdk/client-apigatewaymanagementapi';
import type { ConnectionSender } from '../../core/ports/stream-connections';

export class ManagementApiSender implements ConnectionSender {
  private client:
    | Promise<{
        client: ApiGatewayManagementApiClient;
        Post: typeof import('@aws-sdk/client-apigatewaymanagementapi').PostToConnectionCommand;
      }>
    | undefined;

  /** `endpoint`: `https://{api-id}.execute-api.{region}.amazonaws.com/{stage}`. */
  constructor(private readonly endpoint: string) {}

  async send(connectionId: string, frame: string): Promise<'sent' | 'gone'> {
    this.client ??= import('@aws-sdk/client-apigatewaymanagementapi').then((sdk) => ({
      client: new sdk.ApiGatewayManagementApiClient({ endpoint: this.endpoint }),
      Post: sdk.PostToConnectionCommand,
    }));
    const { client, Post } = await this.client;
    try {
      await client.send(new Post({ ConnectionId: connectionId, Data: new TextEncoder().encode(frame) }));
      return 'sent';
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (name === 'GoneException' || status === 410) return 'gone';
      throw error;
    }
  }
}
