// Shows who is writing when a Halnet agent has taken the conversation over: a small header
// with the agent's display name above each agent message, and the agent's initial in an
// orange avatar instead of the bot's "H". Agent activities carry `from.name` and
// `channelData.postino = { agent: true, agentName }`; the name is rendered by React as text.
// Web Chat groups messages by role only, and agents speak as role "bot": the grouping is
// split where the speaker changes, so the agent's messages get an avatar of their own.
import type {
  ActivityMiddleware,
  AvatarMiddleware,
  GroupActivitiesMiddleware,
} from 'botframework-webchat-api';

interface MaybeAgentActivity {
  from?: { name?: string; role?: string };
  channelData?: unknown;
}

/** The agent's display name, or null when the activity is not an agent's message. */
export function agentNameOf(activity: MaybeAgentActivity): string | null {
  const postino = (activity.channelData as { postino?: { agent?: unknown; agentName?: unknown } } | undefined)
    ?.postino;
  if (postino?.agent !== true) return null;
  const name = typeof postino.agentName === 'string' ? postino.agentName : activity.from?.name;
  return name?.trim() ? name.trim() : null;
}

export const agentNameActivityMiddleware: ActivityMiddleware = () => (next) => (options) => {
  const render = next(options);
  const name = agentNameOf(options.activity as MaybeAgentActivity);
  if (!render || !name) return render;
  return (renderAttachment, props) => (
    <div className="postino-agent-activity">
      <div className="postino-agent-name">{name}</div>
      {render(renderAttachment, props)}
    </div>
  );
};

export const agentAvatarMiddleware: AvatarMiddleware = () => (next) => (options) => {
  const name = agentNameOf(options.activity as MaybeAgentActivity);
  if (!name) return next(options);
  return () => (
    <div className="postino-agent-avatar" aria-hidden="true">
      {name.charAt(0).toUpperCase()}
    </div>
  );
};

export const agentGroupingMiddleware: GroupActivitiesMiddleware = () => (next) => (options) => {
  const groups = next(options);
  return { ...groups, sender: groups.sender.flatMap(splitBySpeaker) };
};

function splitBySpeaker<T extends MaybeAgentActivity>(group: T[]): T[][] {
  const runs: T[][] = [];
  let previous: string | null | undefined;
  for (const activity of group) {
    const speaker = agentNameOf(activity);
    const current = runs.at(-1);
    if (current && speaker === previous) current.push(activity);
    else runs.push([activity]);
    previous = speaker;
  }
  return runs;
}
