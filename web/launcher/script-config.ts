// Reads the launcher's configuration from its own <script> tag, so a customer site embeds the
// widget with one line and no JavaScript:
//   <script src="https://chat.hln.it/postino.js" data-api="https://api.hln.it" data-locale="it" async></script>
// data-api     base URL of the Postino API (Direct Line under /v3/directline); default: the
//              `apiUrl` of the config.json next to the script (the AWS deployment writes it),
//              else the origin the script was loaded from.
// data-locale  "it" (default) or "en": the language of a first visit; the customer's own choice
//              in the panel wins for the rest of the browser tab's session.
// data-assets  where postino-chat.js and postino-chat.css live; default: the script's folder.
import { isLocale, type Locale } from '../shared/widget-texts';

export interface LauncherConfig {
  /** data-api, or the script's origin until config.json says otherwise (see configUrl). */
  apiBase: string;
  /** Where to look for the API's URL when the tag has no data-api; null when it has one. */
  configUrl: string | null;
  assetBase: string;
  locale: Locale;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export function readLauncherConfig(script: HTMLScriptElement | null, pageUrl: string): LauncherConfig {
  // document.currentScript is null only if the launcher was bundled into a module: fall back to the page.
  const scriptUrl = new URL(script?.src || pageUrl, pageUrl);
  const data = script?.dataset ?? {};
  const api = data.api ? new URL(data.api, pageUrl).href : scriptUrl.origin;
  const assets = data.assets ? new URL(data.assets, pageUrl).href : new URL('.', scriptUrl).href;
  const locale = data.locale?.toLowerCase().slice(0, 2);
  return {
    apiBase: withoutTrailingSlash(api),
    configUrl: data.api ? null : new URL('config.json', scriptUrl).href,
    assetBase: withTrailingSlash(assets),
    locale: isLocale(locale) ? locale : 'it',
  };
}
