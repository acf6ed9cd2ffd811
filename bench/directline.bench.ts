// Direct Line turn latency and throughput against the local server (its own process, with
// dynalite in memory, the real dialog): a turn is "POST a message, then GET until the bot's
// reply to it is visible". The messages keep the dialog away from the probe (the channel is
// what is measured). Also counts the store round trips a turn makes.
// The client is node:http with a keep-alive agent, not fetch: what is timed is the server.
// fetch's own cost per request (~2 ms of this process's time per turn, and a garbage collection
// of this process every ~35 turns, 10-20 ms on this machine) landed in the timed turns: on a
// quiet machine half of the slowest 2 % of turns were this process collecting its garbage.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SECRET = 'bench-secret-0123456789';
const MESSAGES = ['Thunderbird', 'Outlook 2007', 'aiuto', 'Eudora 7'];

interface Conversation {
  id: string;
  token: string;
  watermark: string;
  turn: number;
}

export async function run(): Promise<Record<string, number>> {
  const port = await freePort();
  const server = await startServer(port);
  const dl = `http://127.0.0.1:${port}/v3/directline`;
  try {
    const c1 = await open(dl);
    for (let i = 0; i < 30; i++) await turn(dl, c1); // warm-up
    const single: number[] = [];
    for (let i = 0; i < 400; i++) single.push(await turn(dl, c1));

    const fifty = await Promise.all(Array.from({ length: 50 }, () => open(dl)));
    for (const conversation of fifty) await turn(dl, conversation);
    const loaded = await paced(dl, fifty, 2000, 30_000);

    const saturated = await backToBack(dl, fifty, 10_000);
    return {
      'directline.c1.p50Ms': percentile(single, 50),
      'directline.c1.p99Ms': percentile(single, 99),
      'directline.load50.p99Ms': percentile(loaded, 99),
      'directline.turnsPerSecond': saturated,
    };
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
}

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'local', 'start.ts'), '--no-web'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DIRECTLINE_SECRET: SECRET,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Postino is running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`local server exited (${code}): ${output}`)));
  });
  return child;
}

async function open(dl: string): Promise<Conversation> {
  const minted = await post(`${dl}/tokens/generate`, SECRET, {});
  const started = await post(`${dl}/conversations`, minted.token, {});
  const conversation: Conversation = {
    id: started.conversationId,
    token: started.token,
    watermark: '',
    turn: 0,
  };
  await post(`${dl}/conversations/${conversation.id}/activities`, conversation.token, {
    type: 'event',
    name: 'webchat/join',
    value: { language: 'it-IT' },
  });
  await get(dl, conversation);
  return conversation;
}

/** One turn; returns its latency in ms. */
async function turn(dl: string, conversation: Conversation): Promise<number> {
  const started = performance.now();
  const text = MESSAGES[conversation.turn++ % MESSAGES.length] as string;
  const { id } = await post(`${dl}/conversations/${conversation.id}/activities`, conversation.token, {
    type: 'message',
    text,
    channelData: { clientActivityID: `b-${conversation.id}-${conversation.turn}` },
  });
  for (let polls = 0; polls < 1000; polls++) {
    const activities = await get(dl, conversation);
    if (activities.some((activity) => activity.replyToId === id && activity.from?.role === 'bot')) {
      return performance.now() - started;
    }
  }
  throw new Error('reply never arrived');
}

/** Each conversation posts every `everyMs` for `forMs`, starts spread over the interval. */
async function paced(
  dl: string,
  conversations: Conversation[],
  everyMs: number,
  forMs: number,
): Promise<number[]> {
  const latencies: number[] = [];
  const end = performance.now() + forMs;
  await Promise.all(
    conversations.map(async (conversation, index) => {
      await sleep((everyMs * index) / conversations.length);
      while (performance.now() < end) {
        const started = performance.now();
        latencies.push(await turn(dl, conversation));
        await sleep(Math.max(0, everyMs - (performance.now() - started)));
      }
    }),
  );
  return latencies;
}

async function backToBack(dl: string, conversations: Conversation[], forMs: number): Promise<number> {
  let turns = 0;
  const started = performance.now();
  const end = started + forMs;
  await Promise.all(
    conversations.map(async (conversation) => {
      while (performance.now() < end) {
        await turn(dl, conversation);
        turns++;
      }
    }),
  );
  return turns / ((performance.now() - started) / 1000);
}

/** Connections are kept open between turns, as a browser keeps them. */
const agent = new Agent({ keepAlive: true });

/** One request; the answer's status and body text. */
function send(
  method: 'GET' | 'POST',
  url: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; text: string }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { authorization: `Bearer ${token}` };
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    const outgoing = request(url, { method, agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

async function post(url: string, token: string, body: unknown) {
  const response = await send('POST', url, token, body);
  if (response.status < 200 || response.status > 299) {
    throw new Error(`POST ${url}: ${response.status} ${response.text}`);
  }
  return JSON.parse(response.text);
}

interface Activity {
  replyToId?: string;
  from?: { role?: string };
}

async function get(dl: string, conversation: Conversation): Promise<Activity[]> {
  const response = await send(
    'GET',
    `${dl}/conversations/${conversation.id}/activities?watermark=${conversation.watermark}`,
    conversation.token,
  );
  if (response.status !== 200) throw new Error(`GET activities: ${response.status}`);
  const page = JSON.parse(response.text) as { activities: Activity[]; watermark: string };
  conversation.watermark = page.watermark;
  return page.activities;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
