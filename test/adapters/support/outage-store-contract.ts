// The behaviour every OutageStore must have; run against the in-memory store and against the
// DynamoDB store on dynalite, so the service's tests on the memory store see what production does.

import { NO_OUTAGE } from '../../../core/outage/outage-record';
import type { AffectedConversation, OutageStore } from '../../../core/outage/ports';

const member = (
  conversationId: string,
  overrides: Partial<AffectedConversation> = {},
): AffectedConversation => ({
  conversationId,
  locale: 'it',
  joinedAt: '2026-11-28T08:05:00.000Z',
  wantsHuman: false,
  callback: null,
  allClearAt: null,
  ...overrides,
});

const OPEN = {
  ...NO_OUTAGE,
  active: true,
  id: 'outage-1',
  since: '2026-11-28T08:02:00.000Z',
  cause: 'detected' as const,
  verdict: 'server_down' as const,
  failuresInRow: 3,
  lastCheckAt: '2026-11-28T08:02:00.000Z',
};

export function describeOutageStoreContract(name: string, fresh: () => Promise<OutageStore>) {
  describe(`${name} (OutageStore contract)`, () => {
    it('reads "no outage" at version 0 before any write', async () => {
      expect(await (await fresh()).read()).toEqual(NO_OUTAGE);
    });

    it('writes conditionally on the version read, one writer wins', async () => {
      const store = await fresh();
      expect(await store.write(OPEN, 0)).toBe(true);
      expect(await store.read()).toEqual({ ...OPEN, version: 1 });
      // A second writer that read version 0 too has lost.
      expect(await store.write({ ...NO_OUTAGE, failuresInRow: 1 }, 0)).toBe(false);
      const ended = {
        ...NO_OUTAGE,
        lastEnded: {
          id: 'outage-1',
          since: OPEN.since,
          endedAt: '2026-11-28T08:09:00.000Z',
          cause: 'detected' as const,
        },
      };
      const [a, b] = await Promise.all([store.write(ended, 1), store.write(ended, 1)]);
      expect([a, b].filter(Boolean)).toHaveLength(1);
      expect(await store.read()).toEqual({ ...ended, version: 2 });
    });

    it('joins a conversation once, merging a later request for a person or a contact', async () => {
      const store = await fresh();
      expect(await store.join('outage-1', member('c1'))).toBe(true);
      const callback = {
        kind: 'email' as const,
        value: 'anna@example.it',
        capturedAt: '2026-11-28T08:07:00.000Z',
      };
      expect(
        await store.join(
          'outage-1',
          member('c1', { joinedAt: '2026-11-28T08:06:00.000Z', wantsHuman: true }),
        ),
      ).toBe(false);
      expect(
        await store.join('outage-1', member('c1', { joinedAt: '2026-11-28T08:07:00.000Z', callback })),
      ).toBe(false);
      // A later join without them keeps both.
      await store.join('outage-1', member('c1', { joinedAt: '2026-11-28T08:08:00.000Z', locale: 'en' }));
      expect(await store.affected('outage-1')).toEqual([
        member('c1', { wantsHuman: true, callback, locale: 'en' }),
      ]);
      expect(await store.affected('outage-2')).toEqual([]);
    });

    it('lists a group oldest first, apart from other outages', async () => {
      const store = await fresh();
      await store.join('outage-1', member('c-b', { joinedAt: '2026-11-28T08:07:00.000Z' }));
      await store.join('outage-1', member('c-a', { joinedAt: '2026-11-28T08:09:00.000Z' }));
      await store.join('outage-1', member('c-c', { joinedAt: '2026-11-28T08:06:00.000Z' }));
      await store.join('outage-2', member('c-d'));
      expect((await store.affected('outage-1')).map((entry) => entry.conversationId)).toEqual([
        'c-c',
        'c-b',
        'c-a',
      ]);
    });

    it('marks the all-clear once, for the one caller that set it, never for a stranger', async () => {
      const store = await fresh();
      await store.join('outage-1', member('c1'));
      const marks = await Promise.all([
        store.markAllClear('outage-1', 'c1', '2026-11-28T08:10:00.000Z'),
        store.markAllClear('outage-1', 'c1', '2026-11-28T08:10:01.000Z'),
      ]);
      expect(marks.filter(Boolean)).toHaveLength(1);
      expect(await store.markAllClear('outage-1', 'c1', '2026-11-28T08:11:00.000Z')).toBe(false);
      expect(await store.markAllClear('outage-1', 'nobody', '2026-11-28T08:11:00.000Z')).toBe(false);
      const [entry] = await store.affected('outage-1');
      expect(entry?.allClearAt).toMatch(/^2026-11-28T08:10:0[01]\.000Z$/);
      // A join after the all-clear keeps it.
      await store.join('outage-1', member('c1', { wantsHuman: true }));
      expect((await store.affected('outage-1'))[0]?.allClearAt).toBe(entry?.allClearAt);
      expect(await store.affected('nobody-outage')).toEqual([]);
    });
  });
}
