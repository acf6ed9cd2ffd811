// The Direct Line stream's front door: builds the `streamUrl` the REST answers carry (the
// WebSocket endpoint with a short-lived stream token and the watermark to resume from) and
// checks a socket's request before it is accepted: a valid, unexpired stream token, a
// conversation that exists, a watermark it has reached. Every refusal is a PostinoError, so
// the transport (local upgrade, API Gateway $connect) answers it with the documented status
// before any upgrade. Transport-free: the local server and the AWS $connect both run it.
import * as z from 'zod';
import { PostinoError } from '../errors';
import type { ConversationStore } from '../ports/conversation-store';
import type { StreamClaims, StreamTokens } from './stream-tokens';

export interface StreamServiceOptions {
  tokens: StreamTokens;
  store: ConversationStore;
  /** The WebSocket endpoint, e.g. `ws://127.0.0.1:3978/v3/directline/stream` or `wss://…/live`. */
  url: string;
}

export interface AuthorizedStream extends StreamClaims {
  /** Resume after this watermark; undefined: from the start. */
  watermark: number | undefined;
}

const streamQuerySchema = z.object({
  t: z.string().min(1, 'missing stream token').max(4096),
  watermark: z
    .string()
    .regex(/^\d{0,10}$/, 'watermark must be a number')
    .optional()
    .transform((value) => (value === undefined || value === '' ? undefined : Number(value))),
});

export class StreamService {
  constructor(private readonly options: StreamServiceOptions) {}

  /** The streamUrl for a conversation, resuming after `watermark` when given. */
  async urlFor(claims: StreamClaims, watermark?: number): Promise<string> {
    const token = await this.options.tokens.issue(claims);
    const resume = watermark === undefined ? '' : `&watermark=${watermark}`;
    return `${this.options.url}?t=${encodeURIComponent(token)}${resume}`;
  }

  /** Checks a socket's query (`t`, `watermark`); throws the refusal's PostinoError. */
  async authorize(query: Record<string, string | undefined>): Promise<AuthorizedStream> {
    const parsed = streamQuerySchema.safeParse(query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      if (issue?.path[0] === 't') throw new PostinoError('MissingAuthorization', 'Missing stream token');
      throw new PostinoError('BadArgument', `Invalid query: ${issue?.message ?? 'invalid'}`);
    }
    const claims = await this.options.tokens.verify(parsed.data.t);
    const head = await this.options.store.head(claims.conversationId, { fresh: true });
    if (!head) throw new PostinoError('NotFound', 'Conversation not found');
    const { watermark } = parsed.data;
    if (watermark !== undefined && watermark > head.position) {
      throw new PostinoError('BadArgument', 'Watermark is ahead of the conversation');
    }
    return { ...claims, watermark };
  }
}
