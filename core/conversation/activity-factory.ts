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

/** The Bot Framework handoff event, with the diagnostic context and a transcript attachment. */
export function handoffActivity(
  handoff: HandoffContext,
  transcript: StoredActivity[],
  context: Parameters<typeof botActivity>[1] & { locale: Locale },
): StoredActivity {
  return {
    ...botActivity(
      { type: 'event', name: 'handoff.initiate', value: handoff, locale: context.locale },
      context,
    ),
    attachments: [
      {
        name: 'Transcript',
        contentType: 'application/json',
        content: transcript.filter((activity) => activity.type === 'message').map(transcriptEntry),
      },
    ],
  };
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
  return dropUndefined({
    id: activity.id,
    timestamp: activity.timestamp,
    role: from?.role,
    name: from?.name,
    text: activity.text,
  });
}

function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}
