// Builds the activities a turn stores: the customer's own activity (server id and timestamp,
// `from` from the token, `channelData` kept so Web Chat recognises its echo), the bot's replies,
// the typing indicator shown while the probe runs, and the `handoff.initiate` event.
import type { HandoffContext, ReplyActivity } from '../../dialogs/contract';
import type { Locale } from '../knowledge/ids';
import type { StoredActivity } from '../ports/conversation-store';

export const BOT_ACCOUNT = { id: 'postino', name: 'Postino', role: 'bot' } as const;
export const CHANNEL_ID = 'directline';

/** What the channel accepts from the customer, already validated, `from` already decided. */
export interface UserActivityInput {
  type: string;
  text?: string;
  textFormat?: 'plain' | 'markdown' | 'xml';
  locale?: string;
  name?: string;
  value?: unknown;
  localTimestamp?: string;
  channelData?: Record<string, unknown>;
  from: { id: string; name?: string };
}

/** Direct Line style activity ids: `<conversationId>|<seq, 7 digits>`. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

export function clientActivityIdOf(input: UserActivityInput): string | undefined {
  const id = input.channelData?.clientActivityID;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

export function userActivity(
  input: UserActivityInput,
  conversationId: string,
  id: string,
  timestamp: string,
  text: string | undefined,
): StoredActivity {
  return dropUndefined({
    type: input.type,
    id,
    timestamp,
    localTimestamp: input.localTimestamp,
    channelId: CHANNEL_ID,
    conversation: { id: conversationId },
    from: dropUndefined({ id: input.from.id, name: input.from.name, role: 'user' }),
    recipient: BOT_ACCOUNT,
    text,
    textFormat: input.textFormat,
    locale: input.locale,
    name: input.name,
    value: input.value,
    channelData: input.channelData,
  });
}

export function botActivity(
  reply: ReplyActivity,
  context: {
    conversationId: string;
    id: string;
    timestamp: string;
    userId: string;
    replyToId?: string | undefined;
  },
): StoredActivity {
  return dropUndefined({
    ...reply,
    id: context.id,
    timestamp: context.timestamp,
    channelId: CHANNEL_ID,
    conversation: { id: context.conversationId },
    from: BOT_ACCOUNT,
    recipient: { id: context.userId, role: 'user' },
    replyToId: context.replyToId,
  });
}

export function typingActivity(context: Parameters<typeof botActivity>[1]): StoredActivity {
  return botActivity({ type: 'typing' }, context);
}

/**
 * The transcript attached to `handoff.initiate` is an excerpt: the newest messages within
 * this many bytes, each text cut at TRANSCRIPT_TEXT_CHARS. The event sits in one turn record
 * and DynamoDB items stop at 400 KB, so a long conversation must not carry all of itself into
 * it; the agent reads the whole transcript from the stored activities.
 */
export const TRANSCRIPT_EXCERPT_BYTES = 16 * 1024;
export const TRANSCRIPT_TEXT_CHARS = 1000;

/** The Bot Framework handoff event, with the diagnostic context and a transcript attachment. */
export function handoffActivity(
  handoff: HandoffContext,
  transcript: StoredActivity[],
  context: Parameters<typeof botActivity>[1] & { locale: Locale },
): StoredActivity {
  const messages = transcript.filter((activity) => activity.type === 'message');
  const excerpt = transcriptExcerpt(messages);
  return {
    ...botActivity(
      { type: 'event', name: 'handoff.initiate', value: handoff, locale: context.locale },
      context,
    ),
    attachments: [{ name: 'Transcript', contentType: 'application/json', content: excerpt }],
    channelData: {
      postino: {
        transcript: {
          total: messages.length,
          included: excerpt.length,
          omitted: messages.length - excerpt.length,
        },
      },
    },
  };
}

/** The newest messages whose entries fit TRANSCRIPT_EXCERPT_BYTES, oldest first. */
function transcriptExcerpt(messages: StoredActivity[]): Array<ReturnType<typeof transcriptEntry>> {
  const kept: Array<ReturnType<typeof transcriptEntry>> = [];
  let bytes = 2;
  for (let index = messages.length - 1; index >= 0; index--) {
    const entry = transcriptEntry(messages[index] as StoredActivity);
    const size = Buffer.byteLength(JSON.stringify(entry)) + 1;
    if (bytes + size > TRANSCRIPT_EXCERPT_BYTES) break;
    bytes += size;
    kept.push(entry);
  }
  return kept.reverse();
}

/**
 * The Bot Framework `handoff.status` event (`accepted` when an agent claims, `completed` when
 * the conversation leaves the agents), stored for the transcript; Web Chat shows no events.
 */
export function handoffStatusActivity(
  context: Parameters<typeof botActivity>[1],
  state: 'accepted' | 'completed' | 'failed',
  message: string,
  extra: Record<string, unknown> = {},
): StoredActivity {
  return botActivity({ type: 'event', name: 'handoff.status', value: { state, message, ...extra } }, context);
}

/** A message an agent sends: shown by Web Chat as a bot message under the agent's name. */
export function agentMessageActivity(
  agent: { agentId: string; name: string },
  text: string,
  context: Parameters<typeof botActivity>[1],
): StoredActivity {
  return {
    ...botActivity({ type: 'message', text, textFormat: 'plain' }, context),
    from: { id: `agent:${agent.agentId}`, name: agent.name, role: 'bot' },
    // `agentId` is the agent's raw `sub` (from.id adds the `agent:` prefix): the console marks
    // its own messages by it, since two agents may share a display name.
    channelData: { postino: { agent: true, agentName: agent.name, agentId: agent.agentId } },
  };
}

function transcriptEntry(activity: StoredActivity) {
  const from = activity.from as { role?: string; name?: string } | undefined;
  const text = typeof activity.text === 'string' ? activity.text : undefined;
  const cut = text !== undefined && text.length > TRANSCRIPT_TEXT_CHARS;
  return dropUndefined({
    id: activity.id,
    timestamp: activity.timestamp,
    role: from?.role,
    name: from?.name,
    text: cut ? `${text.slice(0, TRANSCRIPT_TEXT_CHARS)}…` : text,
    truncated: cut ? true : undefined,
  });
}

function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}
