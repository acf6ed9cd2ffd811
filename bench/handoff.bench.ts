// `handoff.agentToCustomerMs`: from an agent's POST of a message to the agent API until the
// customer's official DirectLineJS client emits it over the WebSocket stream (what the widget
// uses since issue 10); median of several sends at random moments,
// against the local server (dynalite in memory, the real handlers and local authorizer).
import type { Activity, DirectLine as DirectLineType } from 'botframework-directlinejs';
import { startLocalServer } from '../local/server';

type Globals = { XMLHttpRequest?: unknown; WebSocket?: unknown };
(globalThis as Globals).XMLHttpRequest ??= require('xhr2');
(globalThis as Globals).WebSocket ??= require('ws');

const SENDS = 15;

export async function run(): Promise<Record<string, number>> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const server = await startLocalServer({ port: 0, serveWeb: false });
  let directLine: DirectLineType | undefined;
  try {
    const { DirectLine } = require('botframework-directlinejs') as typeof import('botframework-directlinejs');
    const started = await postJson(
      `${server.directLineUrl}/tokens/public`,
      { locale: 'it-IT' },
      { origin: server.url },
    );
    const { token, conversationId } = started as { token: string; conversationId: string };
    const dl = new DirectLine({
      domain: server.directLineUrl,
      token,
      webSocket: true,
    });
    directLine = dl;
    const arrivals = new Map<string, number>();
    dl.activity$.subscribe({
      next: (activity: Activity) => {
        if (activity.id && !arrivals.has(activity.id)) arrivals.set(activity.id, performance.now());
      },
      // end() makes the stream fail with "conversation ended": expected at the end of the run.
      error: () => undefined,
    });
    const post = (activity: Partial<Activity>) =>
      new Promise<string>((resolve, reject) => {
        dl.postActivity(activity as Activity).subscribe({ next: resolve, error: reject });
      });
    const user = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString())
      .user as string;
    await post({ type: 'event', name: 'webchat/join', from: { id: user } } as Partial<Activity>);
    await post({ type: 'message', text: 'operatore', from: { id: user } } as Partial<Activity>);
    const demo = server.agents[0];
    if (!demo) throw new Error('no demo agent');
    const signIn = (await postJson(`${server.agentApiUrl}/local-signin`, {
      username: demo.username,
      password: demo.password,
    })) as { token: string };
    const auth = { authorization: `Bearer ${signIn.token}` };
    await postJson(`${server.agentApiUrl}/conversations/${conversationId}/claim`, {}, auth);

    const delays: number[] = [];
    for (let i = 0; i < SENDS; i++) {
      await sleep(Math.random() * 1000);
      const sentAt = performance.now();
      const { id } = (await postJson(
        `${server.agentApiUrl}/conversations/${conversationId}/messages`,
        { text: `messaggio ${i}` },
        auth,
      )) as { id: string };
      const arrived = await waitFor(() => arrivals.get(id), 5000);
      delays.push(arrived - sentAt);
    }
    delays.sort((a, b) => a - b);
    return { 'handoff.agentToCustomerMs': delays[Math.floor(delays.length / 2)] ?? Number.NaN };
  } finally {
    directLine?.end();
    await server.close();
  }
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const answer = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (answer.status >= 300) throw new Error(`${url}: ${answer.status} ${await answer.text()}`);
  return answer.json();
}

async function waitFor(read: () => number | undefined, timeoutMs: number): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('the customer never received the agent message');
    await sleep(5);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
