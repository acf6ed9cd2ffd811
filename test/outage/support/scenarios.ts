// Outage mode end to end at the core: two "processes" (harness.ts) on the same stores, run on
// the memory stores and on DynamoDB (dynalite), so the exactly-once guarantees are shown on
// the conditional writes production uses.
import { outageIdFor, setByHand } from '../../../core/outage/outage-record';
import type { OutageStore } from '../../../core/outage/ports';
import type { ConversationStatus, ConversationStore } from '../../../core/ports/conversation-store';
import type { HandoffQueue } from '../../../core/ports/handoff-queue';
import { type Harness, harness, testClock } from './harness';
import { down, healthy, minute } from './summaries';

export interface ScenarioStores {
  conversations: ConversationStore;
  queue: HandoffQueue;
  outageStore: OutageStore;
  /** The agents' view of a conversation's status (its META). */
  statusOf(conversationId: string): Promise<ConversationStatus | undefined>;
}

const GIULIA = { id: 'sub-giulia', name: 'Giulia' };
let counter = 0;
const newId = (name: string) => `${name}-${Date.now().toString(36)}-${counter++}`;

const count = (texts: string[], text: string) => texts.filter((said) => said === text).length;

export function describeOutageScenarios(name: string, fresh: () => Promise<ScenarioStores>) {
  describe(`outage mode: ${name}`, () => {
    async function twoProcesses() {
      const stores = await fresh();
      const clock = testClock();
      const options = { ...stores, clock, statusOf: stores.statusOf };
      return { stores, clock, a: harness(options), b: harness(options) };
    }

    /** Closed by an agent: the META view says so (what the board's close writes). */
    const closeByAgent = (stores: ScenarioStores, id: string) =>
      stores.conversations.updateMeta(id, { status: 'closed', updatedAt: minute(3) });

    it('opens on failing checks, groups the conversations told, and tells each once when it is back', async () => {
      const { stores, clock, a, b } = await twoProcesses();
      expect(await a.service.check(down(0))).toBeNull();
      expect(await b.service.check(down(1))).toBeNull();
      // The same (cached) result again is not a new failure.
      expect(await a.service.check(down(1))).toBeNull();
      expect(await a.service.status()).toEqual({ outage: false, since: null });
      expect(await a.service.check(down(2))).toBe('started');
      const outageId = outageIdFor(minute(2));
      expect(await a.service.status()).toEqual({ outage: true, since: minute(2) });
      clock.advance(6000); // past B's cache of the record

      const [c1, c2, c3, c4] = await Promise.all(['c1', 'c2', 'c3', 'c4'].map((n) => a.start(newId(n))));
      await a.say(c1 as string, 'ciao');
      await b.say(c2 as string, 'human');
      await a.say(c3 as string, 'ciao');
      await b.say(c3 as string, 'email anna@example.it');
      await b.say(c4 as string, 'ciao');
      expect(a.calls.filter((call) => call.event === 'user.message').map((call) => call.outageId)).toEqual([
        outageId,
        outageId,
      ]);
      expect(await a.texts(c1 as string)).toEqual([`known problem since ${minute(2)}`]);
      const during = await a.service.overview();
      expect(during).toMatchObject({ active: true, id: outageId, cause: 'detected', verdict: 'server_down' });
      expect(during).toMatchObject({ affected: 4, waitingForHuman: 1, allClearsDelivered: 0 });
      expect(during.callbacks).toEqual([
        {
          conversationId: c3,
          locale: 'it',
          contact: expect.objectContaining({ kind: 'email', value: 'anna@example.it' }),
        },
      ]);
      // c3 joined twice (the answer, then the contact): one conversation.
      const joined =
        (a.metrics.counts.OutageAffectedConversations ?? 0) +
        (b.metrics.counts.OutageAffectedConversations ?? 0);
      expect(joined).toBe(4);

      await closeByAgent(stores, c4 as string);
      expect(await a.service.broadcast('  Stiamo lavorando al server.  ', GIULIA)).toEqual({ delivered: 3 });
      const message = (await a.activities(c1 as string)).find(
        (activity) => activity.text === 'Stiamo lavorando al server.',
      );
      expect(message?.from).toEqual({ id: 'agent:sub-giulia', name: 'Giulia', role: 'bot' });
      expect(await a.texts(c4 as string)).toEqual([`known problem since ${minute(2)}`]);

      expect(await a.service.check(healthy(3))).toBeNull();
      // Both processes see the server back at once: one of them ends the outage.
      const ends = await Promise.all([a.service.check(healthy(9)), b.service.check(healthy(9))]);
      expect(ends.filter((change) => change === 'ended')).toHaveLength(1);
      expect(ends.filter((change) => change === null)).toHaveLength(1);
      // ... and a second clear run in each process finds nobody left to tell.
      const again = await Promise.all([a.service.sendAllClears(outageId), b.service.sendAllClears(outageId)]);
      expect(again).toEqual([
        { delivered: 0, retryable: 0 },
        { delivered: 0, retryable: 0 },
      ]);
      for (const id of [c1, c2, c3] as string[]) {
        expect(count(await a.texts(id), `cleared ${outageId}`)).toBe(1);
      }
      expect(count(await a.texts(c4 as string), `cleared ${outageId}`)).toBe(0);
      const delivered =
        (a.metrics.counts.OutageAllClearsDelivered ?? 0) + (b.metrics.counts.OutageAllClearsDelivered ?? 0);
      expect(delivered).toBe(3);

      const after = await b.service.overview();
      expect(after).toMatchObject({ active: false, id: null, affected: 4, allClearsDelivered: 3 });
      expect(after.lastEnded).toEqual({ id: outageId, since: minute(2), endedAt: minute(9) });
      expect(after.callbacks.map((entry) => entry.conversationId)).toEqual([c3]);
      expect(await a.service.status()).toEqual({ outage: false, since: null });
    });

    it('tells each conversation once when two processes run the all-clear at the same time', async () => {
      const { stores, a, b } = await twoProcesses();
      await a.service.setByHand(true, GIULIA);
      const { id: outageId } = await a.service.overview();
      const ids: string[] = [];
      for (let n = 0; n < 6; n++) {
        const side: Harness = n % 2 === 0 ? a : b;
        const id = await side.start(newId(`r${n}`));
        await side.say(id, 'ciao');
        ids.push(id);
      }
      // The process that ended it stopped before telling anyone; two runs start at once.
      const record = await stores.outageStore.read();
      expect(
        await stores.outageStore.write(setByHand(record, false, 'ops', minute(30)).record, record.version),
      ).toBe(true);
      const runs = await Promise.all([
        a.service.sendAllClears(outageId as string),
        b.service.sendAllClears(outageId as string),
      ]);
      expect(runs[0].delivered + runs[1].delivered).toBe(6);
      for (const id of ids) expect(count(await a.texts(id), `cleared ${outageId}`)).toBe(1);
      const group = await stores.outageStore.affected(outageId as string);
      expect(group.every((entry) => entry.allClearAt !== null)).toBe(true);
      expect((await a.service.overview()).allClearsDelivered).toBe(6);
    });
  });
}
