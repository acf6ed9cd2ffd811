// The console's HTTP client for the agent API (core/handoff/agent-api.ts is the contract: its
// TYPES only are imported, the console talks to the server over HTTP). Every call carries the
// agent's bearer token; a 401 means the session is over and is reported once to the app.
import type {
  AGENT_ROUTES,
  AgentRef,
  AgentResponses,
  AgentRouteName,
  LocalSignInRequest,
  OutageBroadcastRequest,
  OutageSetRequest,
  SendMessageRequest,
  TransferRequest,
} from '../../core/handoff/agent-api';

// The routes restated (the contract's table is a value the console may not import); the type
// makes the compiler check each method and path against the contract.
const ROUTES: {
  [K in AgentRouteName]: [(typeof AGENT_ROUTES)[K]['method'], (typeof AGENT_ROUTES)[K]['path']];
} = {
  localSignIn: ['POST', '/agent/api/local-signin'],
  me: ['GET', '/agent/api/me'],
  queue: ['GET', '/agent/api/queue'],
  agents: ['GET', '/agent/api/agents'],
  metrics: ['GET', '/agent/api/metrics'],
  conversation: ['GET', '/agent/api/conversations/{id}'],
  claim: ['POST', '/agent/api/conversations/{id}/claim'],
  message: ['POST', '/agent/api/conversations/{id}/messages'],
  probe: ['POST', '/agent/api/conversations/{id}/probe'],
  transfer: ['POST', '/agent/api/conversations/{id}/transfer'],
  release: ['POST', '/agent/api/conversations/{id}/release'],
  close: ['POST', '/agent/api/conversations/{id}/close'],
  canned: ['GET', '/agent/api/conversations/{id}/canned'],
  outage: ['GET', '/agent/api/outage'],
  outageSet: ['PUT', '/agent/api/outage'],
  outageBroadcast: ['POST', '/agent/api/outage/broadcast'],
};

const TIMEOUT_MS = 20_000;

/** A failed call: HTTP status (0 when the server could not be reached) and the API's error code. */
export class AgentApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly heldBy?: AgentRef,
  ) {
    super(message);
    this.name = 'AgentApiError';
  }
}

export interface AgentClientOptions {
  apiUrl: string;
  token: () => string | null;
  onUnauthorized?: () => void;
}

async function call<R extends AgentRouteName>(
  options: Pick<AgentClientOptions, 'apiUrl'> & { token?: string | null; onUnauthorized?: () => void },
  route: R,
  request: { id?: string; body?: unknown; query?: Record<string, string> } = {},
): Promise<AgentResponses[R]> {
  const [method, template] = ROUTES[route];
  let path: string = template;
  if (request.id !== undefined) path = path.replace('{id}', encodeURIComponent(request.id));
  const url = new URL(options.apiUrl + path);
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
  const withBody = method !== 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (withBody) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      ...(withBody ? { body: JSON.stringify(request.body ?? {}) } : {}),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new AgentApiError(0, 'Unreachable', error instanceof Error ? error.message : String(error));
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const detail = (body as { error?: { code?: string; message?: string; heldBy?: AgentRef } } | null)?.error;
    if (response.status === 401) options.onUnauthorized?.();
    throw new AgentApiError(
      response.status,
      detail?.code ?? `HTTP${response.status}`,
      detail?.message ?? response.statusText,
      detail?.heldBy,
    );
  }
  return body as AgentResponses[R];
}

/** The local sign-in (`npm start`): no token needed to ask for one. */
export function localSignIn(apiUrl: string, credentials: LocalSignInRequest) {
  return call({ apiUrl }, 'localSignIn', { body: credentials });
}

export type AgentClient = ReturnType<typeof createAgentClient>;

export function createAgentClient(options: AgentClientOptions) {
  const send = <R extends AgentRouteName>(route: R, request?: Parameters<typeof call>[2]) =>
    call(
      { apiUrl: options.apiUrl, token: options.token(), onUnauthorized: options.onUnauthorized },
      route,
      request,
    );
  return {
    me: () => send('me'),
    queue: () => send('queue'),
    agents: () => send('agents'),
    metrics: () => send('metrics'),
    conversation: (id: string, watermark: number | null) =>
      send('conversation', {
        id,
        ...(watermark === null ? {} : { query: { watermark: String(watermark) } }),
      }),
    claim: (id: string) => send('claim', { id }),
    message: (id: string, body: SendMessageRequest) => send('message', { id, body }),
    probe: (id: string) => send('probe', { id }),
    transfer: (id: string, body: TransferRequest) => send('transfer', { id, body }),
    release: (id: string) => send('release', { id }),
    close: (id: string) => send('close', { id }),
    canned: (id: string) => send('canned', { id }),
    outage: () => send('outage'),
    setOutage: (body: OutageSetRequest) => send('outageSet', { body }),
    broadcast: (body: OutageBroadcastRequest) => send('outageBroadcast', { body }),
  };
}
