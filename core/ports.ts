// The ports the core depends on; adapters implement them (see `adapters/`).
export type { Clock } from './ports/clock';
export type {
  ActivityPage,
  ConversationHead,
  ConversationState,
  ConversationStatus,
  ConversationStore,
  HandoffRequest,
  MetaPatch,
  StoredActivity,
  TurnRecord,
} from './ports/conversation-store';
export type { DialogRunner } from './ports/dialog-runner';
export type { HandoffQueue } from './ports/handoff-queue';
export type { CachedProbe, ProbeCache, ProbeCacheKey } from './ports/probe-cache';
export type { ProbeClient } from './ports/probe-client';
export type { RateDecision, RateLimiter } from './ports/rate-limiter';
