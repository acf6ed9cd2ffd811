// Wires the Direct Line surface from its ports: token service, authoriser, turn runner,
// service and router. What a composition root (functions/, local/, tests) calls.

import { TurnRunner, type TurnRunnerDeps } from '../conversation/turn-runner';
import type { HandoffPolicy } from '../handoff/handoff-policy';
import type { DailyStats } from '../handoff/ports';
import type { TurnInsights } from '../insights/turn-insights';
import type { PublicOutageStatus } from '../outage/ports';
import type { ActivityPublisher } from '../ports/activity-publisher';
import type { Clock } from '../ports/clock';
import type { ConversationStore } from '../ports/conversation-store';
import type { DialogRunner } from '../ports/dialog-runner';
import type { HandoffQueue } from '../ports/handoff-queue';
import type { ProbeClient } from '../ports/probe-client';
import type { RateLimiter } from '../ports/rate-limiter';
import { Authorizer } from './auth';
import { type ChannelEvent, DirectLineService } from './directline-service';
import type { ChannelRequest, ChannelResponse } from './http';
import { DirectLineRouter } from './router';
import { StreamService } from './stream-service';
import { StreamTokens } from './stream-tokens';
import { TokenService } from './token-service';

export interface DirectLineChannelDeps {
  signingKey: Uint8Array;
  store: ConversationStore;
  handoff: HandoffQueue;
  probe: ProbeClient;
  dialog: DialogRunner;
  rateLimiter: RateLimiter;
  clock: Clock;
  directLineSecret?: string | undefined;
  allowedOrigins: readonly string[];
  maxBodyBytes?: number;
  tokenLifetimeSeconds?: number;
  onWarning?: ((message: string, details: Record<string, unknown>) => void) | undefined;
  onUnexpected?: ((error: unknown, request: ChannelRequest) => void) | undefined;
  onEvent?: ((event: ChannelEvent) => void) | undefined;
  /** Issue 5: working hours and claim timeout around handoffs; daily counters for the console. */
  handoffPolicy?: HandoffPolicy | undefined;
  stats?: DailyStats | undefined;
  /** Issue 10: pushes appended records to open streams (in process, or API Gateway). */
  publisher?: ActivityPublisher | undefined;
  /** Issue 10: the WebSocket endpoint; answers carry a streamUrl only when it is set. */
  streamUrl?: string | undefined;
  /** Issue 13: analytics aggregates and the review list of messages the bot missed. */
  insights?: TurnInsights | undefined;
  /** Issues test addresses for a verified resolution (issue 12). */
  verify?: TurnRunnerDeps['verify'] | undefined;
  /** Outage mode (issue 12): the outage every turn is told about, joins and health checks. */
  outage?: TurnRunnerDeps['outage'] | undefined;
  /** Outage mode (issue 12): the public status behind the widget's banner (`GET …/status`). */
  outageStatus?: (() => Promise<PublicOutageStatus>) | undefined;
}

export interface DirectLineChannel {
  handle(request: ChannelRequest): Promise<ChannelResponse>;
  readonly service: DirectLineService;
  readonly tokens: TokenService;
  readonly turns: TurnRunner;
  /** The conversation store the channel reads and writes (what a stream reads its backlog from). */
  readonly store: ConversationStore;
  /** Present when `streamUrl` is configured. */
  readonly streams: StreamService | undefined;
}

export function createDirectLineChannel(deps: DirectLineChannelDeps): DirectLineChannel {
  const tokens = new TokenService({
    key: deps.signingKey,
    clock: deps.clock,
    ...(deps.tokenLifetimeSeconds ? { lifetimeSeconds: deps.tokenLifetimeSeconds } : {}),
  });
  const turns = new TurnRunner({
    store: deps.store,
    dialog: deps.dialog,
    probe: deps.probe,
    handoff: deps.handoff,
    clock: deps.clock,
    ...(deps.onWarning ? { onWarning: deps.onWarning } : {}),
    ...(deps.handoffPolicy ? { handoffPolicy: deps.handoffPolicy } : {}),
    ...(deps.stats ? { stats: deps.stats } : {}),
    ...(deps.publisher ? { publisher: deps.publisher } : {}),
    ...(deps.insights ? { insights: deps.insights } : {}),
    ...(deps.verify ? { verify: deps.verify } : {}),
    ...(deps.outage ? { outage: deps.outage } : {}),
  });
  const streams = deps.streamUrl
    ? new StreamService({
        tokens: new StreamTokens(deps.signingKey, deps.clock),
        store: deps.store,
        url: deps.streamUrl,
      })
    : undefined;
  const service = new DirectLineService({
    tokens,
    auth: new Authorizer(tokens, deps.directLineSecret),
    store: deps.store,
    turns,
    rateLimiter: deps.rateLimiter,
    clock: deps.clock,
    allowedOrigins: deps.allowedOrigins,
    onEvent: deps.onEvent,
    streams,
  });
  const router = new DirectLineRouter(service, {
    allowedOrigins: deps.allowedOrigins,
    ...(deps.maxBodyBytes ? { maxBodyBytes: deps.maxBodyBytes } : {}),
    ...(deps.onUnexpected ? { onUnexpected: deps.onUnexpected } : {}),
    ...(deps.outageStatus ? { outageStatus: deps.outageStatus } : {}),
  });
  return { handle: (request) => router.handle(request), service, tokens, turns, store: deps.store, streams };
}
