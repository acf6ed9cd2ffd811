// Where the chat's API is. An embed with data-api says so itself; without it, the AWS
// deployment's config.json next to postino.js names the API (it lives on another host than
// the CDN serving the script), and without that file (`npm start`) the script's own origin
// serves the API. Asked once, when the page is idle or on the first open (whichever comes
// first), together with the public outage status (issue 12).
import { apiUrlOf, fetchSiteJson } from '../shared/site-config';
import type { LauncherConfig } from './script-config';

let pending: Promise<string> | null = null;

export function resolveApiBase(config: LauncherConfig): Promise<string> {
  if (config.configUrl === null) return Promise.resolve(config.apiBase);
  pending ??= fetchSiteJson(config.configUrl).then((raw) => apiUrlOf(raw, config.apiBase));
  return pending;
}

/**
 * Whether Halnet's server has a known problem (issue 12): the chat API's public status. Rejects
 * when it cannot be read (an older deployment answers 404).
 */
export async function fetchOutage(config: LauncherConfig): Promise<boolean> {
  const response = await fetch(`${await resolveApiBase(config)}/v3/directline/status`);
  if (!response.ok) throw new Error(`status ${response.status}`);
  return ((await response.json()) as { outage?: unknown }).outage === true;
}
