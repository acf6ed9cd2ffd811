// Lambda entry point of the Direct Line stream on AWS (issue 10): the API Gateway WebSocket
// API's routes. `$connect` checks the stream token, conversation and watermark (the same
// StreamService as the local server) and records the connection (with TTL), or refuses it
// with the error's status before the socket opens; it then asks itself, asynchronously, to
// send the backlog after the watermark once API Gateway has finished opening the socket (a
// connection cannot be posted to during $connect). `$disconnect` forgets the connection.
// `$default` hears DirectLineJS's keep-alive (an empty frame every 20 s) and catches the
// connection up, a safety net for a lost push. Clients and the key are built on first use.
import { Logger } from '@aws-lambda-powertools/logger';
import * as z from 'zod';
import type { ConnectionFanOut } from '../core/channel/connection-fan-out';
import type { StreamService } from '../core/channel/stream-service';
import type { StreamConnections } from '../core/ports/stream-connections';
import { routeFailure, type WebSocketRouteResult } from './shared/websocket-route';
import { type StreamConfig, streamConfigFrom } from './stream/config';

const socketEventSchema = z.object({
  requestContext: z.object({
    routeKey: z.string(),
    connectionId: z.string().min(1),
    domainName: z.string().min(1),
    stage: z.string().min(1),
  }),
  queryStringParameters: z.record(z.string(), z.string().optional()).nullish(),
});
const catchUpEventSchema = z.object({
  postinoCatchUp: z.object({ connectionId: z.string().min(1), endpoint: z.url() }),
});

export interface StreamParts {
  streams: StreamService;
  connections: StreamConnections;
  fanOut(endpoint: string): ConnectionFanOut;
  /** Runs the catch-up of a new connection after $connect has returned. */
  later(connectionId: string, endpoint: string): Promise<void>;
}

type Result = WebSocketRouteResult;

export function createStreamHandler(
  config: StreamConfig,
  build: (config: StreamConfig) => Promise<StreamParts>,
  logger = new Logger({ serviceName: 'postino-stream' }),
) {
  let parts: Promise<StreamParts> | undefined;
  const ready = () => {
    parts ??= build(config).catch((error: unknown) => {
      parts = undefined;
      throw error;
    });
    return parts;
  };
  return async (event: unknown): Promise<Result> => {
    const catchUp = catchUpEventSchema.safeParse(event);
    if (catchUp.success) {
      const { connectionId, endpoint } = catchUp.data.postinoCatchUp;
      const { connections, fanOut } = await ready();
      const connection = await connections.get(connectionId);
      if (connection) await fanOut(endpoint).catchUp(connection, 10);
      return { statusCode: 200 };
    }
    const parsed = socketEventSchema.safeParse(event);
    if (!parsed.success) return { statusCode: 400 };
    const { routeKey, connectionId, domainName, stage } = parsed.data.requestContext;
    const endpoint = `https://${domainName}/${stage}`;
    try {
      const { streams, connections, fanOut, later } = await ready();
      if (routeKey === '$connect') {
        const stream = await streams.authorize(parsed.data.queryStringParameters ?? {});
        await connections.add({
          connectionId,
          conversationId: stream.conversationId,
          watermark: stream.watermark,
        });
        await later(connectionId, endpoint);
        return { statusCode: 200 };
      }
      if (routeKey === '$disconnect') {
        await connections.remove(connectionId);
        return { statusCode: 200 };
      }
      const connection = await connections.get(connectionId);
      if (connection) await fanOut(endpoint).catchUp(connection);
      return { statusCode: 200 };
    } catch (error) {
      return routeFailure(error, logger, { routeKey, failed: 'stream route failed' });
    }
  };
}

let fromEnvironment: ReturnType<typeof createStreamHandler> | undefined;

export const handler = (event: unknown): Promise<Result> => {
  fromEnvironment ??= createStreamHandler(streamConfigFrom(process.env), async (config) =>
    (await import('./stream/app')).createStreamParts(config),
  );
  return fromEnvironment(event);
};
