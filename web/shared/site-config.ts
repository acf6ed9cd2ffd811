// Reads `config.json`, which the AWS deployment writes next to the widget and the console:
//   { apiUrl, directLineDomain, agentAuth: { region, userPoolId, userPoolClientId }, agentLiveUrl }
// It tells the launcher (when its <script> has no data-api) and the console where the API is,
// the console how agents sign in (Cognito when agentAuth is there) and where its live socket
// is (the agents' WebSocket API, `wss://…/live`). `npm start` serves `{}`: then the API is the
// page's own origin, agents sign in locally and the live socket is the local server's.
export interface AgentAuthConfig {
  region: string;
  userPoolId: string;
  userPoolClientId: string;
}

export interface SiteConfig {
  /** Base URL of the API, without a trailing slash. */
  apiUrl: string;
  agentAuth: AgentAuthConfig | null;
  /** The agents' live socket on AWS, without query; null: the local server's (or none). */
  agentLiveUrl: string | null;
}

const TIMEOUT_MS = 5_000;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The API's URL from a parsed config.json, else the fallback (the launcher needs only this). */
export function apiUrlOf(raw: unknown, fallbackApiUrl: string): string {
  return (text((raw as Record<string, unknown> | null)?.apiUrl) ?? fallbackApiUrl).replace(/\/+$/, '');
}

/** Validates a parsed config.json by hand (the widget bundles no schema library). */
export function parseSiteConfig(raw: unknown, fallbackApiUrl: string): SiteConfig {
  const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const auth = (record.agentAuth && typeof record.agentAuth === 'object' ? record.agentAuth : null) as Record<
    string,
    unknown
  > | null;
  const region = text(auth?.region);
  const userPoolId = text(auth?.userPoolId);
  const userPoolClientId = text(auth?.userPoolClientId);
  const agentLiveUrl = text(record.agentLiveUrl);
  return {
    apiUrl: apiUrlOf(record, fallbackApiUrl),
    agentAuth:
      region && userPoolId && userPoolClientId && /^[a-z0-9-]+$/.test(region)
        ? { region, userPoolId, userPoolClientId }
        : null,
    agentLiveUrl: agentLiveUrl && /^wss?:\/\/[^\s?#]+$/.test(agentLiveUrl) ? agentLiveUrl : null,
  };
}

/** Fetches and parses `configUrl`; null when it is missing or unreadable (the local server). */
export async function fetchSiteJson(configUrl: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(configUrl, { signal: controller.signal, cache: 'no-cache' });
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches `configUrl`; a missing or unreadable file means "the local server": the API is at
 * `fallbackApiUrl` and there is no Cognito.
 */
export async function loadSiteConfig(configUrl: string, fallbackApiUrl: string): Promise<SiteConfig> {
  return parseSiteConfig(await fetchSiteJson(configUrl), fallbackApiUrl);
}
