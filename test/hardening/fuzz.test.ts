// A seeded fuzz run over every route of the local server (the same handlers as on AWS):
// thousands of malformed requests (bad methods, percent-escapes, ids, queries, headers,
// tokens, JSON that is broken, deep, huge or of the wrong types) must never get a 5xx, and
// every error must be in the route's documented shape. Seeded: a failure replays exactly.
import { request } from 'node:http';
import type { ProbeSummary } from '../../dialogs/contract';
import { type LocalServer, startLocalServer } from '../../local/server';
import { call } from '../channel/support/http';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const REQUESTS = 2_400;
const PARALLEL = 8;

const HEALTHY: ProbeSummary = {
  host: 'smtp.hln.it',
  checkedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 5,
  findings: [{ verdict: 'healthy', ports: [587], evidence: [] }],
  ports: [],
};

/** mulberry32: small, fast and reproducible. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Fuzzed {
  family: 'directline' | 'agent' | 'invoke' | 'static';
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(server: LocalServer, fuzzed: Fuzzed): Promise<Answer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname, port, path: fuzzed.path, method: fuzzed.method, headers: fuzzed.headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(fuzzed.body);
  });
}

class Generator {
  constructor(
    private readonly random: () => number,
    private readonly known: { conversationId: string; token: string; agentToken: string; secret: string },
  ) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private junk(max: number): string {
    const alphabet = 'abcXYZ019-_.~!$&\'()*+,;=:@%/?#[]{}"\\<>^`|';
    let out = '';
    const length = Math.floor(this.random() * max);
    for (let i = 0; i < length; i++) out += this.pick([...alphabet]);
    return out;
  }

  /** A path segment: valid, malformed escapes, traversal, very long, unicode. */
  private segment(valid: string): string {
    return this.pick([
      valid,
      valid,
      '%ff',
      '%',
      '%zz',
      '%e0%a4%a',
      '%c0%af',
      `${valid}%`,
      '..',
      '%2e%2e',
      '%2F',
      'a'.repeat(70),
      'x'.repeat(3000),
      encodeURIComponent('conversazione è'),
      encodeURIComponent(this.junk(20)),
      '',
      'null',
      '0',
    ]);
  }

  private escapedJunk(): string {
    return encodeURIComponent(this.junk(30)).replace(/%2F/g, this.pick(['%2F', '%', '%g0']));
  }

  private query(): string {
    if (this.chance(0.5)) return '';
    return `?${this.pick(['watermark', 'Watermark', 'w', '%ff', 'watermark[]'])}=${this.pick([
      '-1',
      'abc',
      '99999999999',
      '%ff',
      '',
      '1e3',
      '0x10',
      '3',
      '%',
    ])}${this.chance(0.2) ? '&watermark=1' : ''}`;
  }

  private deep(depth: number): string {
    return this.chance(0.5)
      ? `${'['.repeat(depth)}${']'.repeat(depth)}`
      : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  }

  body(): Buffer | undefined {
    const choice = Math.floor(this.random() * 16);
    const text = (() => {
      switch (choice) {
        case 0:
          return undefined;
        case 1:
          return '';
        case 2:
          return '{';
        case 3:
          return this.junk(200);
        case 4:
          return this.deep(this.pick([40, 500, 5_000]));
        case 5:
          return `{"type":"message","value":${this.deep(this.pick([33, 5_000]))}}`;
        case 6:
          return `{"type":"message","text":"x","channelData":{"k":${this.deep(this.pick([40, 5_000]))}}}`;
        case 7:
          return JSON.stringify({
            type: this.pick([1, null, [], {}, '', 'x'.repeat(100)]),
            text: this.pick([1, {}, []]),
          });
        case 8:
          return JSON.stringify({ type: 'message', text: 'y'.repeat(this.pick([10_001, 60_000])) });
        case 9:
          return JSON.stringify({
            type: 'message',
            text: 'ciao',
            from: this.pick([{ id: 'other' }, { role: 'bot' }, 'x', []]),
          });
        case 10:
          return JSON.stringify({
            text: this.pick([null, 5, this.junk(40)]),
            clientMessageId: this.pick([[], 'ok', 7]),
          });
        case 11:
          return JSON.stringify({ toAgentId: this.pick(['', 'local-agente2', {}, 'x'.repeat(500)]) });
        case 12:
          return JSON.stringify({
            username: this.pick(['agente', '', 5]),
            password: this.pick(['wrong', null, 'x'.repeat(5000)]),
          });
        case 13:
          return JSON.stringify(this.pick([null, 1, 'str', [], true]));
        case 14:
          return JSON.stringify({
            user: { id: this.pick(['dl_x', 'nope', 5]) },
            locale: this.pick(['it', 'x'.repeat(50), 5]),
          });
        default:
          return JSON.stringify({
            type: 'message',
            text: `%ff ${this.junk(30)}`,
            channelData: { clientActivityID: this.pick(['', 'a', 5, 'x'.repeat(200)]) },
            attachments: this.pick([undefined, [{}], 'x']),
          });
      }
    })();
    if (text === undefined) return undefined;
    return this.chance(0.05) ? Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]) : Buffer.from(text);
  }

  headers(family: Fuzzed['family'], body: Buffer | undefined): Record<string, string> {
    const { token, agentToken, secret } = this.known;
    const headers: Record<string, string> = {};
    const authorization = this.pick([
      undefined,
      `Bearer ${token}`,
      `Bearer ${agentToken}`,
      `Bearer ${secret}`,
      'Bearer',
      'Bearer ',
      `bearer ${token}x`,
      `Basic ${Buffer.from('a:b').toString('base64')}`,
      `Bearer ${'a'.repeat(5000)}`,
      `Bearer ${token.split('.').slice(0, 2).join('.')}.AAAA`,
      `Bearer ${encodeURIComponent(this.junk(30))}`,
      family === 'agent' ? `Bearer ${agentToken}` : `Bearer ${token}`,
    ]);
    if (authorization !== undefined) headers.authorization = authorization;
    if (body !== undefined) {
      // Framed, so a DELETE's or OPTIONS' body is not read as the next request.
      headers['content-length'] = String(body.length);
      const type = this.pick([
        'application/json',
        'text/plain',
        'application/json; charset=utf-8',
        'application/x-www-form-urlencoded',
        undefined,
      ]);
      if (type) headers['content-type'] = type;
    }
    const origin = this.pick([undefined, 'https://evil.example', 'null', '%ff', 'http://127.0.0.1']);
    if (origin) headers.origin = origin;
    if (this.chance(0.1)) headers['x-amz-invocation-type'] = this.pick(['Event', 'DryRun', 'Bogus', '']);
    return headers;
  }

  next(): Fuzzed {
    const { conversationId } = this.known;
    const id = () => this.segment(conversationId);
    const method = this.pick(['GET', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']);
    const family = this.pick(['directline', 'directline', 'agent', 'agent', 'invoke', 'static'] as const);
    let path: string;
    switch (family) {
      case 'directline':
        path = this.pick([
          '/v3/directline/tokens/generate',
          '/v3/directline/tokens/public',
          '/v3/directline/tokens/refresh',
          '/v3/directline/conversations',
          `/v3/directline/conversations/${id()}`,
          `/v3/directline/conversations/${id()}/activities`,
          `/v3/directline/conversations/${id()}/activities`,
          `/v3/directline/conversations/${id()}/upload`,
          `/v3/directline/${this.escapedJunk()}`,
          '/v3/directline',
          `/v3/directline/conversations/${id()}/${this.segment('activities')}/`,
        ]);
        break;
      case 'agent':
        path = this.pick([
          '/agent/api/local-signin',
          '/agent/api/queue',
          '/agent/api/agents',
          '/agent/api/metrics',
          '/agent/api/me',
          `/agent/api/conversations/${id()}`,
          `/agent/api/conversations/${id()}/${this.pick(['claim', 'messages', 'probe', 'transfer', 'release', 'close', 'canned', 'CLAIM', '%ff', ''])}`,
          `/agent/api/${this.escapedJunk()}`,
        ]);
        break;
      case 'invoke':
        path = `/2015-03-31/functions/${this.segment(this.pick(['postino-probe', 'arn:aws:lambda:eu-south-1:1:function:postino-probe', 'nope']))}/invocations`;
        break;
      default:
        path = this.pick([
          '/',
          '/postino.js',
          '/agent/',
          '/agent',
          `/${this.segment('index.html')}`,
          `/agent/${this.segment('agent.js')}`,
          `/${this.escapedJunk()}`,
          '/..%2f..%2fpackage.json',
        ]);
    }
    const body =
      method === 'GET' || method === 'HEAD' ? (this.chance(0.1) ? this.body() : undefined) : this.body();
    return {
      family,
      method,
      path: `${path}${this.query()}`,
      headers: this.headers(family, body),
      ...(body ? { body } : {}),
    };
  }
}

/** What is wrong with an answer, or undefined when it is as documented. */
function problemWith(fuzzed: Fuzzed, answer: Answer): string | undefined {
  if (answer.status >= 500) return `status ${answer.status}`;
  if (answer.status < 400 || fuzzed.method === 'HEAD') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    json = undefined;
  }
  if (fuzzed.family === 'directline' || fuzzed.family === 'agent') {
    const error = (json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    if (typeof error?.code !== 'string' || typeof error.message !== 'string')
      return `not {error:{code,message}}: ${answer.body.slice(0, 120)}`;
    return undefined;
  }
  if (fuzzed.family === 'invoke') {
    const message = (json as { message?: unknown } | undefined)?.message;
    if (typeof answer.headers['x-amzn-errortype'] !== 'string' || typeof message !== 'string')
      return `not the Lambda API error form: ${answer.body.slice(0, 120)}`;
    return undefined;
  }
  // Static files: 404/405 are plain; a malformed path is the API's error shape.
  if (answer.status === 400) {
    const error = (json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    if (typeof error?.code !== 'string' || typeof error.message !== 'string')
      return `400 not {error:{code,message}}`;
  }
  return undefined;
}

describe(`fuzzing every route (seed ${SEED})`, () => {
  let server: LocalServer;

  beforeAll(async () => {
    server = await startLocalServer({
      port: 0,
      publicTokensPerMinute: 100_000,
      probe: { probe: async () => HEALTHY },
    });
  }, 120_000);
  afterAll(() => server?.close());

  it(`answers ${REQUESTS} malformed requests with no 5xx and the documented errors`, async () => {
    const minted = await call(`${server.directLineUrl}/tokens/generate`, {
      token: server.directLineSecret,
      body: {},
    });
    const { token, conversationId } = minted.json as { token: string; conversationId: string };
    expect((await call(`${server.directLineUrl}/conversations`, { token, body: {} })).status).toBe(201);
    const demo = server.agents[0] as (typeof server.agents)[number];
    const agentToken = (await server.agentAuth.issue(demo)).token;
    const generator = new Generator(prng(SEED), {
      conversationId,
      token,
      agentToken,
      secret: server.directLineSecret,
    });
    const requests = Array.from({ length: REQUESTS }, () => generator.next());
    const problems: string[] = [];
    const families = new Map<string, number>();
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const fuzzed = requests[next++] as Fuzzed;
        const answer = await send(server, fuzzed);
        families.set(fuzzed.family, (families.get(fuzzed.family) ?? 0) + 1);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const problem = problemWith(fuzzed, answer);
        if (problem)
          problems.push(
            `${fuzzed.method} ${fuzzed.path.slice(0, 120)} ${JSON.stringify(fuzzed.headers).slice(0, 80)} -> ${answer.status} ${problem}`,
          );
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    expect(problems.slice(0, 20)).toEqual([]);
    expect([...families.values()].reduce((a, b) => a + b, 0)).toBe(REQUESTS);
    for (const family of ['directline', 'agent', 'invoke', 'static'])
      expect(families.get(family)).toBeGreaterThan(200);
    // Most requests are refused (the point of the run), some get through.
    const refused = [...statuses].filter(([status]) => status >= 400).reduce((sum, [, n]) => sum + n, 0);
    expect(refused).toBeGreaterThan(REQUESTS / 2);
    // The conversation the fuzzer aimed at is still readable.
    expect(
      (await call(`${server.directLineUrl}/conversations/${conversationId}/activities`, { token })).status,
    ).toBe(200);
  }, 60_000);
});
