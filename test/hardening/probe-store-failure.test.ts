// The store fails while the probe runs: the customer's activity, "let me check" and the typing
// indicator are stored, the probe's answer is not, and the POST answers 503. The client's
// retry with the same clientActivityID must complete the turn: the probe runs again and its
// answer is stored exactly once, even when the retry is sent twice at the same moment.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalDynamo, startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import type { ProbeSummary } from '../../dialogs/contract';
import { createDirectLineHandler, type DirectLineHandler } from '../../functions/directline';
import { directLineConfigFrom } from '../../functions/directline/config';
import { gatewayEvent, jsonOf, openConversation } from './support/gateway';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const SECRET = 'server-secret-0123456789';
const HEALTHY: ProbeSummary = {
  host: 'smtp.hln.it',
  checkedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 120,
  findings: [{ verdict: 'healthy', ports: [587], evidence: [] }],
  ports: [],
};

interface Activity {
  id: string;
  type: string;
  text?: string;
  replyToId?: string;
  from: { role?: string };
}

describe('the store failing while the probe runs', () => {
  let dir: string;
  let dynamo: LocalDynamo | undefined;
  let handler: DirectLineHandler;
  let probes = 0;
  let failDuringProbe = true;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'postino-probe-store-'));
    dynamo = await startLocalDynamo({ dataDir: dir });
    handler = createDirectLineHandler({
      config: directLineConfigFrom({
        TABLE_NAME: dynamo.tableName,
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        TOKEN_SIGNING_KEY: 'k'.repeat(40),
        DIRECTLINE_SECRET: SECRET,
      }),
      parts: {
        probe: {
          probe: async () => {
            probes++;
            if (failDuringProbe) {
              failDuringProbe = false;
              await dynamo?.close();
            }
            await new Promise((resolve) => setTimeout(resolve, 20));
            return HEALTHY;
          },
        },
      },
    });
  });
  afterAll(async () => {
    await dynamo?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('completes the turn on the retry: probe run again, its answer stored once', async () => {
    const { conversationId, token } = await openConversation(handler, SECRET);
    const path = `/v3/directline/conversations/${conversationId}/activities`;
    const post = (body: unknown) => handler(gatewayEvent('POST', path, { token, body }));
    const all = async (): Promise<Activity[]> =>
      jsonOf(await handler(gatewayEvent('GET', path, { token }))).activities;
    expect(
      (await post({ type: 'event', name: 'webchat/join', channelData: { clientActivityID: 'j' } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await post({ type: 'message', text: 'Thunderbird', channelData: { clientActivityID: 'c' } }))
        .statusCode,
    ).toBe(200);
    const problem = {
      type: 'message',
      text: 'mi chiede sempre la password',
      channelData: { clientActivityID: 'p' },
    };
    const port = Number(new URL((dynamo as LocalDynamo).endpoint).port);
    const failed = await post(problem);
    expect(failed.statusCode).toBe(503);
    expect(probes).toBe(1);

    dynamo = await startLocalDynamo({ dataDir: dir, port });
    const half = await all();
    const customer = half.find((a) => a.text === problem.text) as Activity;
    expect(customer).toBeDefined();
    // Half written: "let me check" and typing, no answer after them.
    expect(half.at(-1)?.type).toBe('typing');

    const retries = await Promise.all([post(problem), post(problem)]);
    expect(retries.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(retries.map((r) => jsonOf(r).id)).toEqual([customer.id, customer.id]);
    expect(probes).toBeGreaterThanOrEqual(2);
    const done = await all();
    const answers = done.filter(
      (a, index) =>
        index > done.indexOf(done.find((x) => x.type === 'typing') as Activity) && a.type === 'message',
    );
    expect(answers.length).toBeGreaterThan(0);
    expect(done.filter((a) => a.text === problem.text)).toHaveLength(1);
    // A further retry changes nothing: the answer is stored exactly once.
    expect((await post(problem)).statusCode).toBe(200);
    expect(await all()).toEqual(done);
    const answerTexts = answers.map((a) => a.text);
    expect(new Set(answerTexts).size).toBe(answerTexts.length);
  }, 60_000);
});
