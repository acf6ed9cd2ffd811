// Where the chat's API is. An embed with data-api says so itself; without it, the AWS
// deployment's config.json next to postino.js names the API (it lives on another host than
// the CDN serving the script), and without that file (`npm start`) the script's own origin
// serves the API. Asked once, on the first open, so a page visit that never opens the chat
// costs no extra request.
import { loadSiteConfig } from '../shared/site-config';
import type { LauncherConfig } from './script-config';

let pending: Promise<string> | null = null;

export function resolveApiBase(config: LauncherConfig): Promise<string> {
  if (config.configUrl === null) return Promise.resolve(config.apiBase);
  pending ??= loadSiteConfig(config.configUrl, config.apiBase).then((site) => site.apiUrl);
  return pending;
}
