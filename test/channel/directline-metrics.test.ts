// The Lambda handler's metrics (infra/runtime-contract.ts METRICS): conversations started,
// resolved by the bot, handed off, probe failures and CSAT, published once per request.
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { MemoryConversationStore } from '../../adapters/memory/conversation-store';
import { createDirectLineHandler } from '../../functions/directline';
import { directLineConfigFrom } from '../../functions/directline/config';
import { countingDialog } from '../conversation/support/counting-dialog';

const SECRET = 'metrics-secret-0123456789';

function event(method: string, path: string, token: string, body?: unknown): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'example',
      domainPrefix: 'example',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: 'jest' },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    isBase64Encoded: false,
  };
}

describe('Direct Line handler metrics', () => {
  it('emits the contract metrics for what the turns did', async () => {
    const metrics = new Metrics({ namespace: 'Postino', serviceName: 'directline' });
    const added: Array<[string, number]> = [];
    jest.spyOn(metrics, 'addMetric').mockImplementation((name, _unit, value) => {
      added.push([name, value]);
      return metrics;
    });
    const published = jest.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => metrics);
    const memory = new MemoryConversationStore({ now: () => Date.now() });
    const handler = createDirectLineHandler({
      config: directLineConfigFrom({
        TABLE_NAME: 'unused',
        TOKEN_SIGNING_KEY: 'k'.repeat(40),
        DIRECTLINE_SECRET: SECRET,
      }),
      parts: {
        dialog: countingDialog,
        store: memory,
        handoff: memory,
        probe: { probe: () => Promise.reject(new Error('unreachable')) },
      },
      metrics,
    });
    // The secret mints a token (server to server); the conversation routes take the token.
    const minted = await handler(event('POST', '/v3/directline/tokens/generate', SECRET, {}));
    const { conversationId, token } = JSON.parse(minted.body as string);
    await handler(event('POST', '/v3/directline/conversations', token, {}));
    const at = `/v3/directline/conversations/${conversationId}/activities`;
    for (const text of ['probe', 'bye', 'rate 5', 'human']) {
      expect((await handler(event('POST', at, token, { type: 'message', text }))).statusCode).toBe(200);
    }
    await handler(event('GET', at, token));
    expect(added).toEqual([
      ['ConversationsStarted', 1],
      ['ProbeFailed', 1],
      ['ResolvedByBot', 1],
      ['Csat', 5],
      ['HandedOff', 1],
    ]);
    // Once per request that recorded something; a plain poll publishes nothing.
    expect(published).toHaveBeenCalledTimes(5);
  });
});
