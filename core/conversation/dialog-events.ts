// Which customer activities the dialog hears, and as what: messages (typed text or a clicked
// suggested action) and Web Chat's `webchat/join` event, which starts the welcome. Everything
// else (other events) is stored for the record but does not move the dialog.
import type { DialogEvent } from '../../dialogs/contract';
import type { Locale } from '../knowledge/ids';
import type { UserActivityInput } from './activity-factory';
import { toLocale } from './locale';

export const JOIN_EVENT_NAME = 'webchat/join';

export function dialogEventFor(
  activity: UserActivityInput,
  conversationLocale: Locale,
): DialogEvent | undefined {
  if (activity.type === 'message') {
    const text = activity.text ?? (typeof activity.value === 'string' ? activity.value : '');
    return { type: 'user.message', text };
  }
  if (activity.type === 'event' && activity.name === JOIN_EVENT_NAME) {
    const value = (activity.value ?? {}) as { language?: unknown; locale?: unknown };
    const locale =
      toLocale(value.language) ?? toLocale(value.locale) ?? toLocale(activity.locale) ?? conversationLocale;
    return { type: 'user.join', locale };
  }
  return undefined;
}
