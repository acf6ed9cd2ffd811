// Many customers' posts to one conversation at once, through several runners (as several
// Lambda instances would, each with its own head cache) against dynalite: the conditional
// append must serialise them so that no transition is lost or applied twice and no reply or
// retried activity is stored twice.
import { DynamoConversationStore } from '../../adapters/dynamo/conversation-store';
import { createDocumentClient, createFastDynamoClient } from '../../adapters/dynamo/document-client';
import { DynamoHandoffQueue } from '../../adapters/dynamo/handoff-queue';
import { type LocalDynamo, startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import { HeadCachingStore } from '../../core/conversation/head-cache';
import { TurnRunner } from '../../core/conversation/turn-runner';
import { systemClock } from '../../core/ports/clock';
import type { StoredActivity } from '../../core/ports/conversation-store';
import { type CountingSnapshot, countingDialog } from './support/counting-dialog';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

describe('concurrent turns on one conversation (dynalite)', () => {
  let dynamo: LocalDynamo;
  const clients: Array<ReturnType<typeof createDocumentClient>> = [];

  beforeAll(async () => {
    dynamo = await startLocalDynamo();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await dynamo.close();
  });

  function instance() {
    const client = createDocumentClient({ endpoint: dynamo.endpoint });
    clients.push(client);
    const fastClient = createFastDynamoClient({ endpoint: dynamo.endpoint });
    const options = { client, fastClient, tableName: dynamo.tableName, clock: systemClock };
    const durable = new DynamoConversationStore(options);
    const store = new HeadCachingStore(durable, systemClock);
    const runner = new TurnRunner({
      store,
      dialog: countingDialog,
      probe: { probe: async () => Promise.reject(new Error('unused')) },
      handoff: new DynamoHandoffQueue(options),
      clock: systemClock,
    });
    return { durable, store, runner };
  }

  it('applies 40 concurrent posts (and 10 retries) from 4 instances exactly once each', async () => {
    const instances = [instance(), instance(), instance(), instance()];
    const [first] = instances as [ReturnType<typeof instance>];
    const id = `conc${Date.now().toString(36)}`;
    await first.store.create(id, { userId: 'dl_u', locale: 'it', createdAt: 'x', status: 'bot', recent: [] });
    // Warm every instance's cache so they all start from the same (soon stale) head.
    for (const each of instances) await each.store.head(id);

    const post = (i: number) =>
      (instances[i % instances.length] as ReturnType<typeof instance>).runner.userActivity(id, {
        type: 'message',
        text: `m${i}`,
        from: { id: 'dl_u' },
        channelData: { clientActivityID: `k${i}` },
      });
    const posts = Array.from({ length: 40 }, (_, i) => post(i));
    // Retries of already sent activities, through other instances.
    const retries = Array.from({ length: 10 }, (_, i) =>
      (instances[(i + 1) % instances.length] as ReturnType<typeof instance>).runner.userActivity(id, {
        type: 'message',
        text: `m${i}`,
        from: { id: 'dl_u' },
        channelData: { clientActivityID: `k${i}` },
      }),
    );
    const results = await Promise.all([...posts, ...retries]);

    const snapshot = (await first.durable.head(id))?.state.snapshot as CountingSnapshot;
    expect(snapshot.turns).toBe(40);
    expect([...snapshot.seen].sort()).toEqual(Array.from({ length: 40 }, (_, i) => `m${i}`).sort());
    const page = await first.durable.activitiesAfter(id, undefined);
    if (!page) throw new Error('no activities');
    const users = page.activities.filter((a) => role(a) === 'user');
    const bots = page.activities.filter((a) => role(a) === 'bot');
    expect(users).toHaveLength(40);
    expect(new Set(users.map((a) => a.text)).size).toBe(40);
    // One reply per customer activity, numbered 1..40 with none repeated.
    expect(bots).toHaveLength(40);
    expect(new Set(bots.map((a) => a.replyToId))).toEqual(new Set(users.map((a) => a.id)));
    expect(bots.map((a) => Number(/turn (\d+)/.exec(String(a.text))?.[1])).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    // Ids are unique and strictly increasing in storage order.
    const seqs = page.activities.map((a) => Number(a.id.split('|')[1]));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    // A retry answers the id of the stored original.
    for (let i = 0; i < 10; i++) expect(results[40 + i]?.id).toBe(results[i]?.id);
  }, 30_000);
});

function role(activity: StoredActivity): string | undefined {
  return (activity.from as { role?: string } | undefined)?.role;
}
