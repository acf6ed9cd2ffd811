// Lambda entry point of the agents' live feed on AWS (issue 10): the routes of the agents' own
// API Gateway WebSocket API. `$connect` verifies the agent's Cognito token, passed as
// `?access_token=` as on the local server (browsers cannot set headers on a WebSocket), before
// the socket is accepted, and records the connection until the token expires; a missing,
// expired, tampered or foreign token is refused with 401 (403: not an agent token) and nothing
// is recorded. `$disconnect` forgets the connection. `$default` hears the console's keep-alive
// (API Gateway closes a socket idle for 10 minutes) and answers nothing. This function sends
// nothing: the chat and agent functions push the feed's events (agent-connection-feed.ts).
import { Logger } from '@aws-lambda-powertools/logger';
import * as z from 'zod';
import type { CognitoAgentTokens } from '../adapters/cognito/agent-tokens';
import type { AgentConnections } from '../core/ports/agent-connections';
import { type AgentFeedConfig, agentFeedConfigFrom } from './agent-feed/config';
import { routeFailure, type WebSocketRouteResult } from './shared/websocket-route';

const socketEventSchema = z.object({
  requestContext: z.object({
    routeKey: z.string(),
    connectionId: z.string().min(1),
  }),
  queryStringParameters: z.record(z.string(), z.string().optional()).nullish(),
});

export interface AgentFeedParts {
  tokens: Pick<CognitoAgentTokens, 'verify'>;
  connections: AgentConnections;
}

type Result = WebSocketRouteResult;

export function createAgentFeedHandler(
  config: AgentFeedConfig,
  build: (config: AgentFeedConfig) => Promise<AgentFeedParts>,
  logger: Pick<Logger, 'info' | 'error'> = new Logger({ serviceName: 'postino-agent-feed' }),
  now: () => number = Date.now,
) {
  let parts: Promise<AgentFeedParts> | undefined;
  const ready = () => {
    parts ??= build(config).catch((error: unknown) => {
      parts = undefined;
      throw error;
    });
    return parts;
  };
  return async (event: unknown): Promise<Result> => {
    const parsed = socketEventSchema.safeParse(event);
    if (!parsed.success) return { statusCode: 400 };
    const { routeKey, connectionId } = parsed.data.requestContext;
    try {
      if (routeKey === '$connect') {
        const { tokens, connections } = await ready();
        const agent = await tokens.verify(parsed.data.queryStringParameters?.access_token);
        await connections.add({
          connectionId,
          agentId: agent.identity.agentId,
          expiresAt: agent.expiresAt,
          connectedAt: now(),
        });
        return { statusCode: 200 };
      }
      if (routeKey === '$disconnect') {
        await (await ready()).connections.remove(connectionId);
      }
      return { statusCode: 200 };
    } catch (error) {
      return routeFailure(error, logger, {
        routeKey,
        refused: 'agent socket refused',
        failed: 'agent feed route failed',
      });
    }
  };
}

let fromEnvironment: ReturnType<typeof createAgentFeedHandler> | undefined;

export const handler = (event: unknown): Promise<Result> => {
  fromEnvironment ??= createAgentFeedHandler(agentFeedConfigFrom(process.env), async (config) =>
    (await import('./agent-feed/app')).createAgentFeedParts(config),
  );
  return fromEnvironment(event);
};
