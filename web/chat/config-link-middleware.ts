// The bot's configuration file offer carries its page as a path on Postino's API
// (`/config/apple?lang=it`): the dialog does not know where the API is deployed, the widget
// does. This card action middleware makes such a path absolute against the widget's API base
// before Web Chat's own handler opens it (which only opens http(s) and a few other schemes).
import type { CardActionMiddleware } from 'botframework-webchat-api';

const API_PATH = /^\/config\/[a-z]+(\?[a-z=&]*)?$/;

/** `value` made absolute against `apiBase` when it is one of Postino's config page paths. */
export function resolveConfigLink(value: string, apiBase: string): string {
  if (!API_PATH.test(value)) return value;
  return new URL(value, apiBase.endsWith('/') ? apiBase : `${apiBase}/`).toString();
}

export function configLinkMiddleware(apiBase: string): CardActionMiddleware {
  return () => (next) => (options) => {
    const { cardAction } = options;
    if (cardAction.type !== 'openUrl') return next(options);
    return next({
      ...options,
      cardAction: { ...cardAction, value: resolveConfigLink(cardAction.value, apiBase) },
    });
  };
}
