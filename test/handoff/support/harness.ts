// Test support for the handoff: the local server (dynalite, the real handlers, the local
// authorizer), a customer driven by the official botframework-directlinejs client, and an
// agent calling the agent API over HTTP with a token from the local sign-in.
import type { Activity } from 'botframework-directlinejs';
import { type LocalServer, type LocalServerOptions, startLocalServer } from '../../../local/server';
import { connectDirectLine, type DirectLineSession } from '../../local/support/directline-client';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export interface Customer {
  session: DirectLineSession;
  conversationId: string;
  userId: string;
  token: string;
  say(text: string): Promise<string>;
  /** Resolves with the first activity after the `from`-th received one that matches. */
  sees(predicate: (activity: Activity) => boolean, timeoutMs?: number, from?: number): Promise<Activity>;
}

export const textOf = (activity: Activity): string => (activity as { text?: string }).text ?? '';
export const botSays = (fragment: string) => (activity: Activity) =>
  activity.type === 'message' && activity.from.role === 'bot' && textOf(activity).includes(fragment);

export async function customer(server: LocalServer, locale: 'it-IT' | 'en-US' = 'it-IT'): Promise<Customer> {
  const answer = await fetch(`${server.directLineUrl}/tokens/public`, {
    method: 'POST',
    headers: { origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify({ locale }),
  });
  const { token, conversationId } = (await answer.json()) as { token: string; conversationId: string };
  const userId = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString())
    .user as string;
  const session = connectDirectLine({ domain: server.directLineUrl, token });
  let sent = 0;
  const post = (activity: Partial<Activity>) =>
    session.post({
      from: { id: userId, role: 'user' },
      ...activity,
      channelData: { clientActivityID: `c${sent++}` },
    } as Partial<Activity>);
  await post({ type: 'event', name: 'webchat/join', value: { language: locale } } as Partial<Activity>);
  await session.waitFor(botSays('Postino'));
  return {
    session,
    conversationId,
    userId,
    token,
    say: (text) => post({ type: 'message', text }),
    sees: (predicate, timeoutMs = 10_000, from = 0) => session.waitFor(predicate, timeoutMs, from),
  };
}

/** A describe block's local server and the customers its tests opened. */
export interface LocalHandoff {
  /** The running server (set before the block's first test). */
  readonly server: LocalServer;
  /** A new customer on this server, ended with it. */
  customer(locale?: 'it-IT' | 'en-US'): Promise<Customer>;
}

/**
 * Starts a local server (free port, no web UI) before the calling describe block's tests and,
 * after them, ends every customer opened through it and closes the server.
 */
export function localHandoff(options: Omit<LocalServerOptions, 'port' | 'serveWeb'> = {}): LocalHandoff {
  let server: LocalServer | undefined;
  const customers: Customer[] = [];
  const running = (): LocalServer => {
    if (!server) throw new Error('the local server is not started yet');
    return server;
  };
  beforeAll(async () => {
    server = await startLocalServer({ ...options, port: 0, serveWeb: false });
  });
  afterAll(async () => {
    for (const c of customers) c.session.end();
    await server?.close();
  });
  return {
    get server() {
      return running();
    },
    async customer(locale) {
      const opened = await customer(running(), locale);
      customers.push(opened);
      return opened;
    },
  };
}

export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export class Agent {
  constructor(
    private readonly server: LocalServer,
    readonly token: string,
    readonly agentId: string,
    readonly name: string,
  ) {}

  static async signIn(server: LocalServer, index = 0): Promise<Agent> {
    const demo = server.agents[index];
    if (!demo) throw new Error(`no demo agent ${index}`);
    const answer = await fetch(`${server.agentApiUrl}/local-signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: demo.username, password: demo.password }),
    });
    const body = (await answer.json()) as { token: string; agent: { agentId: string; name: string } };
    if (answer.status !== 200) throw new Error(`sign-in failed: ${answer.status}`);
    return new Agent(server, body.token, body.agent.agentId, body.agent.name);
  }

  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON answers loosely.
  call<T = any>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiAnswer<T>> {
    return api<T>(this.server, method, path, { token: this.token, body });
  }
}

export async function api<T>(
  server: LocalServer,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer<T>> {
  const answer = await fetch(`${server.agentApiUrl}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined || options.rawBody !== undefined
        ? { 'content-type': 'application/json' }
        : {}),
      ...options.headers,
    },
    ...(options.rawBody !== undefined
      ? { body: options.rawBody }
      : options.body !== undefined
        ? { body: JSON.stringify(options.body) }
        : {}),
  });
  const text = await answer.text();
  return { status: answer.status, body: (text ? JSON.parse(text) : {}) as T };
}

export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 8000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
