// Counts the DynamoDB requests each Direct Line call makes (dynalite answers only ~1000 simple
// requests a second here, so the count is the budget): a warm turn is one conditional
// PutItem, a poll one Query, starting a conversation two PutItems.
import { createDocumentClient, createFastDynamoClient } from '../../adapters/dynamo/document-client';
import type { InProcessRequestHandler } from '../../adapters/dynamo/in-process-handler';
import { type LocalDynamo, startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import type { ChannelRequest } from '../../core/channel/http';
import { runTurn } from '../../dialogs/index';
import { createDirectLineApp } from '../../functions/directline/app';
import { directLineConfigFrom } from '../../functions/directline/config';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const SECRET = 'round-trip-secret-0123456789';

describe('DynamoDB round trips per Direct Line call', () => {
  let dynamo: LocalDynamo;
  const calls: string[] = [];

  beforeAll(async () => {
    dynamo = await startLocalDynamo();
  });
  afterAll(() => dynamo.close());

  function counting(inner: InProcessRequestHandler): InProcessRequestHandler {
    return {
      ...inner,
      handle: (request) => {
        calls.push(String(request.headers['x-amz-target']).split('.')[1] ?? '?');
        return inner.handle(request);
      },
    };
  }

  it('turn = 1 PutItem, poll = 1 Query, start = 2 PutItems', async () => {
    const transport = {
      endpoint: dynamo.endpoint,
      requestHandler: counting(dynamo.requestHandler as InProcessRequestHandler),
    };
    const app = await createDirectLineApp(
      directLineConfigFrom({
        TABLE_NAME: dynamo.tableName,
        TOKEN_SIGNING_KEY: 'k'.repeat(40),
        DIRECTLINE_SECRET: SECRET,
      }),
      {
        dialog: runTurn,
        documentClient: createDocumentClient(transport),
        fastDynamoClient: createFastDynamoClient(transport),
        probe: { probe: () => Promise.reject(new Error('not in this test')) },
      },
    );
    const send = async (method: string, path: string, token: string, body?: unknown, query = {}) => {
      calls.length = 0;
      const request: ChannelRequest = {
        method,
        path,
        headers: { authorization: `Bearer ${token}` },
        query,
        body: body === undefined ? undefined : JSON.stringify(body),
        sourceIp: '192.0.2.1',
      };
      const response = await app.handle(request);
      expect(response.status).toBeLessThan(300);
      return { json: JSON.parse(response.body as string), calls: [...calls] };
    };

    // The secret mints a token without touching the table; the token starts the conversation.
    const minted = await send('POST', '/v3/directline/tokens/generate', SECRET, {});
    expect(minted.calls).toEqual([]);
    const { conversationId, token } = minted.json;
    const started = await send('POST', '/v3/directline/conversations', token, {});
    expect(started.calls).toEqual(['PutItem', 'PutItem']);
    const activities = `/v3/directline/conversations/${conversationId}/activities`;

    const join = await send('POST', activities, token, { type: 'event', name: 'webchat/join' });
    // The first turn also adds the conversation to the day's counters (issue 5): once per
    // conversation; and reads outage mode's record (issue 12), which the process then reuses for
    // 5 s: the turns below read nothing more.
    expect(join.calls).toEqual(['GetItem', 'PutItem', 'UpdateItem']);
    let watermark = (await send('GET', activities, token)).json.watermark;
    for (const text of ['Thunderbird', 'Outlook 2007', 'aiuto']) {
      const turn = await send('POST', activities, token, {
        type: 'message',
        text,
        channelData: { clientActivityID: text },
      });
      expect(turn.calls).toEqual(['PutItem']);
      const poll = await send('GET', activities, token, undefined, { watermark });
      expect(poll.calls).toEqual(['Query']);
      expect(poll.json.activities.some((a: { replyToId?: string }) => a.replyToId === turn.json.id)).toBe(
        true,
      );
      watermark = poll.json.watermark;
    }
    // A quiet poll: one Query (the cached head tells "nothing new" from "unknown").
    expect((await send('GET', activities, token, undefined, { watermark })).calls).toEqual(['Query']);
    // A retried activity: no request at all (the cached head knows its clientActivityID).
    expect(
      (
        await send('POST', activities, token, {
          type: 'message',
          text: 'aiuto',
          channelData: { clientActivityID: 'aiuto' },
        })
      ).calls,
    ).toEqual([]);
  });
});
