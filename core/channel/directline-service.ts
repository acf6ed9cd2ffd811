// The Direct Line 3.0 operations (docs: shared/research/direct-line-3.md), over ports:
// tokens (generate with the site secret, public for the widget, refresh), start and reconnect
// a conversation, post an activity (one turn), read activities after a watermark.
import type * as z from 'zod';
import { JOIN_EVENT_NAME } from '../conversation/dialog-events';
import { toLocale } from '../conversation/locale';
import {
  emptyTurnSummary,
  type TurnResult,
  type TurnRunner,
  type TurnSummary,
} from '../conversation/turn-runner';
import { PostinoError } from '../errors';
import { DEFAULT_LOCALE } from '../knowledge/ids';
import type { Clock } from '../ports/clock';
import type { ConversationStore } from '../ports/conversation-store';
import type { RateLimiter } from '../ports/rate-limiter';
import type { Authorizer } from './auth';
import { RateLimitedError } from './channel-errors';
import { newConversationId, newUserId } from './ids';
import type {
  generateTokenBodySchema,
  IncomingActivity,
  publicTokenBodySchema,
  startConversationBodySchema,
} from './schemas';
import type { StreamService } from './stream-service';
import type { TokenClaims, TokenService } from './token-service';

export interface DirectLineServiceDeps {
  tokens: TokenService;
  auth: Authorizer;
  store: ConversationStore;
  turns: TurnRunner;
  rateLimiter: RateLimiter;
  clock: Clock;
  /** Origins whose pages may ask for a public token. */
  allowedOrigins: readonly string[];
  /** Hears what happened, for metrics; never given tokens or texts. */
  onEvent?: ((event: ChannelEvent) => void) | undefined;
  /** Issue 10: the WebSocket stream; absent, answers carry no streamUrl (polling only). */
  streams?: StreamService | undefined;
}

export type ChannelEvent = { type: 'conversation-started' } | { type: 'turn'; summary: TurnSummary };

export interface ConversationAnswer {
  conversationId: string;
  token: string;
  expires_in: number;
  /** Where DirectLineJS opens its WebSocket (start, reconnect and refresh answers). */
  streamUrl?: string;
}

export class DirectLineService {
  constructor(private readonly deps: DirectLineServiceDeps) {}

  async generateToken(
    authorization: string | undefined,
    body: z.infer<typeof generateTokenBodySchema>,
  ): Promise<ConversationAnswer> {
    const caller = await this.deps.auth.caller(authorization, true);
    if (caller.kind !== 'secret')
      throw new PostinoError('Forbidden', 'tokens/generate needs the site secret');
    return this.answer({ conversationId: newConversationId(), userId: body.user?.id ?? newUserId() });
  }

  async publicToken(
    origin: string | undefined,
    clientIp: string,
    body: z.infer<typeof publicTokenBodySchema>,
  ): Promise<ConversationAnswer> {
    if (!origin || !this.deps.allowedOrigins.includes(origin)) {
      throw new PostinoError('Forbidden', 'Origin not allowed');
    }
    const decision = await this.deps.rateLimiter.take(`public-token:${clientIp}`);
    if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
    const locale = toLocale(body.locale);
    return this.answer({
      conversationId: newConversationId(),
      userId: newUserId(),
      ...(locale ? { locale } : {}),
    });
  }

  async refreshToken(authorization: string | undefined): Promise<ConversationAnswer> {
    const claims = await this.deps.auth.token(authorization);
    return this.withStream(await this.answer(claims), claims.userId);
  }

  /** POST /conversations: 201 when created now, 200 when the token's conversation already exists. */
  async startConversation(
    authorization: string | undefined,
    body: z.infer<typeof startConversationBodySchema>,
  ): Promise<{ created: boolean; answer: ConversationAnswer }> {
    const claims = await this.deps.auth.token(authorization);
    const locale = toLocale(body.locale) ?? claims.locale ?? DEFAULT_LOCALE;
    const created = await this.deps.store.create(claims.conversationId, {
      userId: claims.userId,
      locale,
      createdAt: new Date(this.deps.clock.now()).toISOString(),
      status: 'bot',
      recent: [],
    });
    if (created) this.deps.onEvent?.({ type: 'conversation-started' });
    if (created && body.join) await this.join(claims.conversationId, claims.userId, locale, body.languages);
    const answer = await this.answer({ ...claims, locale });
    return { created, answer: await this.withStream(answer, claims.userId) };
  }

  /** GET /conversations/{id}: reconnect, with a fresh token (and a streamUrl from `watermark`). */
  async reconnect(
    authorization: string | undefined,
    conversationId: string,
    watermark?: number,
  ): Promise<ConversationAnswer> {
    const claims = await this.deps.auth.forConversation(authorization, conversationId);
    const head = await this.deps.store.head(conversationId);
    if (!head) throw new PostinoError('NotFound', 'Conversation not found');
    const answer = await this.answer({ conversationId, userId: claims.userId, locale: head.state.locale });
    return this.withStream(answer, claims.userId, watermark);
  }

  /** The welcome turn, run by the server for a client that asked to be greeted at once. */
  private async join(
    conversationId: string,
    userId: string,
    locale: string,
    languages: string[] | undefined,
  ): Promise<void> {
    const result = await this.deps.turns.userActivity(conversationId, {
      type: 'event',
      name: JOIN_EVENT_NAME,
      value: { locale, ...(languages ? { languages } : {}) },
      from: { id: userId },
      channelData: { clientActivityID: 'postino-join' },
    });
    if (!result.replayed) this.deps.onEvent?.({ type: 'turn', summary: result.summary });
  }

  async postActivity(
    authorization: string | undefined,
    conversationId: string,
    activity: IncomingActivity,
  ): Promise<TurnResult> {
    const claims = await this.deps.auth.forConversation(authorization, conversationId);
    if (activity.attachments && activity.attachments.length > 0) {
      throw new PostinoError('NotSupported', 'Attachments are not supported by this bot');
    }
    if (activity.type === 'event' && activity.name?.toLowerCase().startsWith('handoff.')) {
      // The bot's own handoff events: the agents' console shows them as system lines.
      throw new PostinoError('BadArgument', 'Event names starting with "handoff." are reserved for the bot');
    }
    const from = this.fromOf(claims, activity);
    const result = await this.deps.turns.userActivity(conversationId, {
      ...activity,
      ...withoutPostinoData(activity.channelData),
      from,
    });
    if (!result.replayed) this.deps.onEvent?.({ type: 'turn', summary: result.summary });
    return result;
  }

  async activities(authorization: string | undefined, conversationId: string, watermark: number | undefined) {
    await this.deps.auth.forConversation(authorization, conversationId);
    const page = await this.deps.store.activitiesAfter(conversationId, watermark);
    if (page) return { activities: page.activities, watermark: String(page.watermark) };
    // Nothing after the watermark: is it a quiet conversation, an unknown one, or a watermark
    // it never reached? The (usually cached) head says; a stale cache is re-read before a 400.
    let head = await this.deps.store.head(conversationId);
    if (head && watermark !== undefined && head.position < watermark) {
      head = await this.deps.store.head(conversationId, { fresh: true });
    }
    if (!head) throw new PostinoError('NotFound', 'Conversation not found');
    if (watermark !== undefined && head.position < watermark) {
      throw new PostinoError('BadArgument', 'Watermark is ahead of the conversation');
    }
    // A customer waiting quietly in the agents' queue: their polling is what notices the claim
    // timeout (Lambda has no timer); the offer shows on their next poll.
    if (head.state.status === 'queued' && (await this.deps.turns.claimTimeout(conversationId))) {
      this.deps.onEvent?.({ type: 'turn', summary: { ...emptyTurnSummary(), abandoned: true } });
    }
    return { activities: [], watermark: String(watermark ?? head.position) };
  }

  async upload(authorization: string | undefined, conversationId: string): Promise<never> {
    await this.deps.auth.forConversation(authorization, conversationId);
    throw new PostinoError('NotSupported', 'File upload is not supported by this bot');
  }

  /**
   * `from` comes from the token: an activity naming another user, or claiming a role other
   * than `user`, is rejected (400) rather than silently rewritten, so forgery is visible.
   */
  private fromOf(claims: TokenClaims, activity: IncomingActivity) {
    if (activity.from?.role !== undefined && activity.from.role !== 'user') {
      throw new PostinoError('BadArgument', 'from.role must be "user"');
    }
    const { userId } = claims;
    if (activity.from?.id !== undefined && activity.from.id !== userId) {
      throw new PostinoError('BadArgument', "from.id does not match the token's user");
    }
    return { id: userId, ...(activity.from?.name ? { name: activity.from.name } : {}) };
  }

  private async withStream(
    answer: ConversationAnswer,
    userId: string,
    watermark?: number,
  ): Promise<ConversationAnswer> {
    if (!this.deps.streams) return answer;
    const claims = { conversationId: answer.conversationId, userId };
    return { ...answer, streamUrl: await this.deps.streams.urlFor(claims, watermark) };
  }

  private async answer(claims: TokenClaims): Promise<ConversationAnswer> {
    const { token, expiresIn } = await this.deps.tokens.issue(claims);
    return { conversationId: claims.conversationId, token, expires_in: expiresIn };
  }
}

/**
 * `channelData.postino` carries what the bot and the agents' messages say about themselves
 * (agent name, reply outcome): never taken from a customer, so it cannot be spoofed.
 */
function withoutPostinoData(channelData: IncomingActivity['channelData']): {
  channelData?: NonNullable<IncomingActivity['channelData']>;
} {
  if (!channelData || !('postino' in channelData)) return channelData ? { channelData } : {};
  const { postino: _ignored, ...rest } = channelData;
  return { channelData: rest };
}
