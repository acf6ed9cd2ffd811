// Marks each of Postino's replies with what it concluded, read from its machine-readable
// outcome (`channelData.postino.kind`: question, answer, quick-answer, server-problem,
// handoff), never from its text: the wrapper's class lets the widget style them (a reply
// saying the fault is Halnet's gets an amber edge, so the customer sees it is not theirs).
import type { ActivityMiddleware } from 'botframework-webchat-api';

const KINDS = ['question', 'answer', 'quick-answer', 'server-problem', 'handoff'] as const;

/** The reply's outcome kind, or null when it carries none (or an unknown one). */
export function outcomeKindOf(activity: { channelData?: unknown }): (typeof KINDS)[number] | null {
  const kind = (activity.channelData as { postino?: { kind?: unknown } } | undefined)?.postino?.kind;
  return KINDS.find((known) => known === kind) ?? null;
}

export const outcomeActivityMiddleware: ActivityMiddleware = () => (next) => (options) => {
  const render = next(options);
  const kind = outcomeKindOf(options.activity as { channelData?: unknown });
  if (!render || !kind) return render;
  return (renderAttachment, props) => (
    <div className={`postino-outcome postino-outcome--${kind}`} data-postino-kind={kind}>
      {render(renderAttachment, props)}
    </div>
  );
};
