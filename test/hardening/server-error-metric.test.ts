// The chat function answers a store outage with 503 as a normal response, so Lambda's Errors
// metric never sees it: the handler counts every 5xx answer as ServerErrors (the metric the
// ChatServerErrors alarm watches, infra/constructs/monitoring.ts).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { type LocalDynamo, startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import { createDirectLineHandler } from '../../functions/directline';
import { directLineConfigFrom } from '../../functions/directline/config';
import { METRICS } from '../../infra/runtime-contract';
import { gatewayEvent, openConversation } from './support/gateway';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const SECRET = 'metrics-secret-0123456789';

it('counts a 503 answer (table unreachable) as ServerErrors, and nothing for a 4xx', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'postino-5xx-'));
  let dynamo: LocalDynamo | undefined = await startLocalDynamo({ dataDir: dir });
  try {
    const metrics = new Metrics({ namespace: 'Postino', serviceName: 'directline' });
    const added: string[] = [];
    jest.spyOn(metrics, 'addMetric').mockImplementation((name) => {
      added.push(name);
      return metrics;
    });
    jest.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => metrics);
    const handler = createDirectLineHandler({
      config: directLineConfigFrom({
        TABLE_NAME: dynamo.tableName,
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        TOKEN_SIGNING_KEY: 'k'.repeat(40),
        DIRECTLINE_SECRET: SECRET,
      }),
      parts: { probe: { probe: () => Promise.reject(new Error('no probe here')) } },
      metrics,
    });
    const { conversationId, token } = await openConversation(handler, SECRET);
    const path = `/v3/directline/conversations/${conversationId}/activities`;
    expect((await handler(gatewayEvent('GET', path, { token: 'nope' }))).statusCode).toBe(401);
    expect(added.filter((name) => name === METRICS.serverErrors)).toEqual([]);
    await dynamo.close();
    dynamo = undefined;
    const down = await handler(gatewayEvent('GET', path, { token }));
    expect(down.statusCode).toBe(503);
    expect(added.filter((name) => name === METRICS.serverErrors)).toEqual([METRICS.serverErrors]);
  } finally {
    await dynamo?.close();
    await rm(dir, { recursive: true, force: true });
  }
}, 30_000);
