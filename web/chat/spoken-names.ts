// Who said what, for screen readers. Web Chat introduces every message that is not the
// customer's with "Il bot <avatar initials> ha detto:", so Postino was "Il bot H" and a
// Halnet agent was too. Its greeting cannot vary per message, so it is blanked
// (`SPOKEN_NAME_STRINGS`) and each incoming message carries the whole spoken line in
// `channelData['webchat:fallback-text']` (read only by the screen-reader text, never shown):
// "Postino ha detto: …" or "Giulia (Halnet) ha detto: …".
import { BOT_SPOKEN_NAME, type Locale, SPEAKER_SAID } from '../shared/widget-texts';
import { agentNameOf } from './agent-name-middleware';

interface IncomingActivity {
  type?: string;
  text?: string;
  from?: { role?: string; name?: string };
  channelData?: Record<string, unknown>;
}

/**
 * Web Chat's own strings replaced so its greeting adds nothing (a single space: an empty
 * string would fall back to its default).
 */
export const SPOKEN_NAME_STRINGS = { ACTIVITY_BOT_SAID_ALT: ' ' };

/** The markdown of a reply as it reads aloud: emphasis and code marks dropped, links as their text. */
export function readableText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .trim();
}

/** The activity with its spoken line, for a message from Postino or an agent; others as they are. */
export function withSpokenName<T extends object>(incoming: T, locale: Locale): T {
  const activity = incoming as IncomingActivity;
  if (activity.type !== 'message' || activity.from?.role === 'user') return incoming;
  if (typeof activity.channelData?.['webchat:fallback-text'] === 'string') return incoming;
  const name = agentNameOf(activity) ?? BOT_SPOKEN_NAME;
  const said = SPEAKER_SAID[locale].replace('{name}', name);
  return {
    ...incoming,
    channelData: {
      ...activity.channelData,
      'webchat:fallback-text': `${said} ${readableText(activity.text ?? '')}`.trim(),
    },
  };
}
