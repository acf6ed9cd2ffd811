// Clients order by timestamp: across turns, timestamps must strictly increase with the ids,
// even when turns arrive within the same millisecond (a frozen clock here) and when 100 posts
// race on one conversation through the real handler and dynalite.
import { MemoryConversationStore } from '../../adapters/memory/conversation-store';
import { HeadCachingStore } from '../../core/conversation/head-cache';
import { TurnRunner } from '../../core/conversation/turn-runner';
import type { StoredActivity } from '../../core/ports/conversation-store';
import { startLocalServer } from '../../local/server';
import { call } from '../channel/support/http';
import { countingDialog } from '../conversation/support/counting-dialog';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

function expectStrictlyIncreasing(activities: Array<Pick<StoredActivity, 'id' | 'timestamp'>>): void {
  const byId = [...activities].sort((a, b) => (a.id < b.id ? -1 : 1));
  const late = byId.filter(
    (activity, index) =>
      index > 0 && Date.parse(activity.timestamp) <= Date.parse(byId[index - 1]?.timestamp as string),
  );
  expect(late.map((activity) => activity.id)).toEqual([]);
}

describe('timestamps across turns', () => {
  it('strictly increase with the ids when every turn arrives in the same millisecond', async () => {
    const clock = { now: () => Date.parse('2026-05-01T12:00:00.000Z') };
    const memory = new MemoryConversationStore(clock);
    const store = new HeadCachingStore(memory, clock);
    const runner = new TurnRunner({
      store,
      dialog: countingDialog,
      probe: { probe: async () => null as never },
      handoff: memory,
      clock,
    });
    await store.create('c1', { userId: 'dl_u', locale: 'it', createdAt: 'x', status: 'bot', recent: [] });
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        runner.userActivity('c1', {
          type: 'message',
          text: `m${i}`,
          from: { id: 'dl_u' },
          channelData: { clientActivityID: `k${i}` },
        }),
      ),
    );
    const page = await memory.activitiesAfter('c1', undefined);
    expect(page?.activities.length).toBe(200);
    expectStrictlyIncreasing(page?.activities ?? []);
  });

  it('strictly increase under 100 parallel posts to one conversation (local server, dynalite)', async () => {
    const server = await startLocalServer({ port: 0, serveWeb: false });
    try {
      const minted = await call(`${server.directLineUrl}/tokens/generate`, {
        token: server.directLineSecret,
        body: {},
      });
      const { token, conversationId } = minted.json;
      await call(`${server.directLineUrl}/conversations`, { token, body: {} });
      const url = `${server.directLineUrl}/conversations/${conversationId}/activities`;
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          call(url, {
            token,
            body: { type: 'message', text: `ciao ${i}`, channelData: { clientActivityID: `p${i}` } },
          }),
        ),
      );
      expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
      const all = await call(url, { token });
      expect(
        all.json.activities.filter((a: { from: { role: string } }) => a.from.role === 'user'),
      ).toHaveLength(100);
      expectStrictlyIncreasing(all.json.activities);
    } finally {
      await server.close();
    }
  }, 60_000);
});
