// Real-time figures on the local server (in this process, dynalite in memory, the real dialog):
//   directline.ws.c1.p50Ms / p99Ms   one customer turn over the stream: POST a message ->
//                                    the socket's frame carrying the bot's reply to it
//   handoff.requestToQueueMs         a customer asks for a human -> an agent's live socket
//                                    hears the queue change and the queue lists it (median)
// Messages keep the dialog away from the probe (the channel is what is measured).
import WebSocket from 'ws';
import { startLocalServer } from '../local/server';

const TURNS = 400;
const WARM_UP = 30;
const HANDOFFS = 9;
const MESSAGES = ['Thunderbird', 'Outlook 2007', 'aiuto', 'Eudora 7'];

export async function run(): Promise<Record<string, number>> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const server = await startLocalServer({ port: 0, serveWeb: false, publicTokensPerMinute: 10_000 });
  try {
    const turns = await streamTurns(server);
    const queue = await requestToQueue(server);
    return {
      'directline.ws.c1.p50Ms': percentile(turns, 50),
      'directline.ws.c1.p99Ms': percentile(turns, 99),
      'handoff.requestToQueueMs': percentile(queue, 50),
    };
  } finally {
    await server.close();
  }
}

type Server = Awaited<ReturnType<typeof startLocalServer>>;

async function customer(server: Server) {
  const issued = (await postJson(`${server.directLineUrl}/tokens/public`, {}, { origin: server.url })) as {
    token: string;
    conversationId: string;
  };
  const auth = { authorization: `Bearer ${issued.token}` };
  const started = (await postJson(`${server.directLineUrl}/conversations`, { join: true }, auth)) as {
    streamUrl: string;
  };
  const socket = new WebSocket(started.streamUrl);
  // Replies by the id they answer: the push may come before the POST's answer.
  const arrivals = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  socket.on('message', (data) => {
    const at = performance.now();
    const frame = JSON.parse(String(data)) as {
      activities: Array<{ replyToId?: string; from: { role?: string } }>;
    };
    for (const activity of frame.activities) {
      if (activity.from.role !== 'bot' || !activity.replyToId || arrivals.has(activity.replyToId)) continue;
      arrivals.set(activity.replyToId, at);
      waiting.get(activity.replyToId)?.(at);
    }
  });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const say = async (text: string): Promise<number> => {
    const sent = performance.now();
    const { id } = (await postJson(
      `${server.directLineUrl}/conversations/${issued.conversationId}/activities`,
      { type: 'message', text },
      auth,
    )) as { id: string };
    const known = arrivals.get(id);
    const at =
      known ??
      (await Promise.race([
        new Promise<number>((resolve) => waiting.set(id, resolve)),
        sleep(5_000).then(() => Number.NaN),
      ]));
    waiting.delete(id);
    arrivals.delete(id);
    return at - sent;
  };
  return { say, conversationId: issued.conversationId, close: () => socket.close() };
}

async function streamTurns(server: Server): Promise<number[]> {
  const one = await customer(server);
  try {
    for (let i = 0; i < WARM_UP; i++) await one.say(MESSAGES[i % MESSAGES.length] as string);
    const times: number[] = [];
    for (let i = 0; i < TURNS; i++) times.push(await one.say(MESSAGES[i % MESSAGES.length] as string));
    return times;
  } finally {
    one.close();
  }
}

async function requestToQueue(server: Server): Promise<number[]> {
  const demo = server.agents[0];
  if (!demo) throw new Error('no demo agent');
  const { token } = (await postJson(`${server.agentApiUrl}/local-signin`, {
    username: demo.username,
    password: demo.password,
  })) as { token: string };
  const live = new WebSocket(`${server.url.replace('http', 'ws')}/agent/api/live?access_token=${token}`);
  await new Promise((resolve, reject) => live.once('open', resolve).once('error', reject));
  const times: number[] = [];
  try {
    for (let i = 0; i < HANDOFFS; i++) {
      const person = await customer(server);
      const sent = performance.now();
      // What the console does on a queue event: fetch the queue, look for the conversation.
      const listed = new Promise<number>((resolve) => {
        const onEvent = async (data: WebSocket.RawData) => {
          const event = JSON.parse(String(data)) as { type: string; conversationId: string };
          if (event.type !== 'queue' || event.conversationId !== person.conversationId) return;
          const queue = (await getJson(`${server.agentApiUrl}/queue`, {
            authorization: `Bearer ${token}`,
          })) as {
            items: Array<{ conversationId: string }>;
          };
          if (!queue.items.some((item) => item.conversationId === person.conversationId)) return;
          live.off('message', onEvent);
          resolve(performance.now());
        };
        live.on('message', onEvent);
      });
      await person.say('voglio parlare con un operatore');
      times.push((await Promise.race([listed, sleep(5_000).then(() => Number.NaN)])) - sent);
      person.close();
    }
  } finally {
    live.close();
  }
  return times;
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

async function getJson(url: string, headers: Record<string, string>): Promise<unknown> {
  const answer = await fetch(url, { headers });
  if (answer.status >= 300) throw new Error(`${url}: ${answer.status}`);
  return answer.json();
}

function percentile(values: number[], p: number): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length < values.length) return Number.NaN; // a lost reply spoils the figure
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
