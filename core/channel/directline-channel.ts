// Wires the Direct Line surface from its ports: token service, authoriser, turn runner,
// service and router. What a composition root (functions/, local/, tests) calls.

import { TurnRunner } from '../conversation/turn-runner';
import type { HandoffPolicy } from '../handoff/handoff-policy';
import type { DailyStats } from '../handoff/ports';
import type { TurnInsights } from '../insights/turn-insights';
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
  /** Issue 13: analytics aggregates and the review list of messages the bot missed. */
  insights?: TurnInsights | undefined;
}

export interface DirectLineChannel {
  handle(request: ChannelRequest): Promise<ChannelResponse>;
  readonly service: DirectLineService;
  readonly tokens: TokenService;
  readonly turns: TurnRunner;
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
    ...(deps.insights ? { insights: deps.insights } : {}),
  });
  const service = new DirectLineService({
    tokens,
    auth: new Authorizer(tokens, deps.directLineSecret),
    store: deps.store,
    turns,
    rateLimiter: deps.rateLimiter,
    clock: deps.clock,
    allowedOrigins: deps.allowedOrigins,
    onEvent: deps.onEvent,
  });
  const router = new DirectLineRouter(service, {
    allowedOrigins: deps.allowedOrigins,
    ...(deps.maxBodyBytes ? { maxBodyBytes: deps.maxBodyBytes } : {}),
    ...(deps.onUnexpected ? { onUnexpected: deps.onUnexpected } : {}),
  });
  return { handle: (request) => router.handle(request), service, tokens, turns };
}
