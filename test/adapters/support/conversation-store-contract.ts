// The behaviour every ConversationStore must have; run against the in-memory store and against
// the DynamoDB store on dynalite.
import type {
  ConversationState,
  ConversationStore,
  StoredActivity,
} from '../../../core/ports/conversation-store';

export interface StoreFixture {
  store: ConversationStore;
  /** Moves the store's clock forward. */
  advance(ms: number): void;
  /** The META view as stored. */
  meta(conversationId: string): Promise<Record<string, unknown> | undefined>;
}

let counter = 0;
export const newId = (): string => `conv${Date.now().toString(36)}${(counter++).toString(36)}`;

export const initialState = (overrides: Partial<ConversationState> = {}): ConversationState => ({
  userId: 'dl_user1',
  locale: 'it',
  createdAt: '2026-01-01T00:00:00.000Z',
  status: 'bot',
  recent: [],
  ...overrides,
});

const activity = (id: string, text: string): StoredActivity => ({
  type: 'message',
  id,
  timestamp: '2026-01-01T00:00:01.000Z',
  text,
  channelData: { clientActivityID: `c-${id}` },
});

export function describeConversationStoreContract(
  name: string,
  setup: () => Promise<StoreFixture>,
  teardown: () => Promise<void>,
) {
  describe(`${name} (ConversationStore contract)`, () => {
    let fixture: StoreFixture;
    beforeAll(async () => {
      fixture = await setup();
    });
    afterAll(teardown);

    it('creates a conversation once and reports it at position 0', async () => {
      const id = newId();
      expect(await fixture.store.create(id, initialState())).toBe(true);
      expect(await fixture.store.create(id, initialState({ userId: 'dl_other' }))).toBe(false);
      const head = await fixture.store.head(id);
      expect(head).toMatchObject({ conversationId: id, position: 0, next: 1, state: { userId: 'dl_user1' } });
      expect(await fixture.meta(id)).toMatchObject({ status: 'bot', locale: 'it', userId: 'dl_user1' });
    });

    it('knows nothing of an unknown conversation', async () => {
      expect(await fixture.store.head('nobody')).toBeUndefined();
      expect(await fixture.store.activitiesAfter('nobody', undefined)).toBeUndefined();
      expect(await fixture.store.activitiesAfter('nobody', 3)).toBeUndefined();
    });

    it('appends records at the head, and refuses a position already taken', async () => {
      const id = newId();
      await fixture.store.create(id, initialState());
      const first = await fixture.store.append(id, 1, {
        activities: [activity(`${id}|1`, 'ciao'), activity(`${id}|2`, 'benvenuto')],
        state: initialState({ snapshot: { step: 1 }, recent: [['c1', 1]] }),
      });
      expect(first).toMatchObject({ position: 1, next: 3 });
      const lost = await fixture.store.append(id, 1, {
        activities: [activity('x', 'late')],
        state: initialState(),
      });
      expect(lost).toBeUndefined();
      const head = await fixture.store.head(id);
      expect(head).toMatchObject({
        position: 1,
        next: 3,
        state: { snapshot: { step: 1 }, recent: [['c1', 1]] },
      });
    });

    it('an empty record still moves the head by one', async () => {
      const id = newId();
      await fixture.store.create(id, initialState());
      expect(
        await fixture.store.append(id, 1, { activities: [], state: initialState({ snapshot: 'a' }) }),
      ).toMatchObject({
        position: 1,
        next: 2,
      });
      expect((await fixture.store.head(id))?.next).toBe(2);
    });

    it('pages activities after a watermark; nothing after the newest record', async () => {
      const id = newId();
      await fixture.store.create(id, initialState());
      await fixture.store.append(id, 1, {
        activities: [activity('a1', 'one'), activity('a2', 'two')],
        state: initialState(),
      });
      await fixture.store.append(id, 3, { activities: [activity('a3', 'three')], state: initialState() });
      const all = await fixture.store.activitiesAfter(id, undefined);
      expect(all).toEqual({
        watermark: 3,
        activities: [activity('a1', 'one'), activity('a2', 'two'), activity('a3', 'three')],
      });
      expect(await fixture.store.activitiesAfter(id, 1)).toEqual({
        watermark: 3,
        activities: [activity('a3', 'three')],
      });
      expect(await fixture.store.activitiesAfter(id, 2)).toEqual({
        watermark: 3,
        activities: [activity('a3', 'three')],
      });
      expect(await fixture.store.activitiesAfter(id, 3)).toBeUndefined();
      expect(await fixture.store.activitiesAfter(id, 0)).toMatchObject({ watermark: 3 });
      expect(await fixture.store.activitiesAfter(id, 9)).toBeUndefined();
      // An empty record still moves the watermark.
      await fixture.store.append(id, 4, { activities: [], state: initialState() });
      expect(await fixture.store.activitiesAfter(id, 3)).toEqual({ watermark: 4, activities: [] });
    });

    it('keeps activities exactly as given (channelData included)', async () => {
      const id = newId();
      await fixture.store.create(id, initialState());
      const rich: StoredActivity = {
        ...activity('r1', 'àèìòù — “quotes” 🙂'),
        suggestedActions: { actions: [{ type: 'imBack', title: 'Sì', value: 'sì' }] },
        channelData: {
          clientActivityID: 'abc',
          clientTimestamp: '2026-01-01T00:00:00Z',
          nested: { n: [1, 2] },
        },
      };
      await fixture.store.append(id, 1, { activities: [rich], state: initialState() });
      expect(await fixture.store.activitiesAfter(id, 0)).toEqual({ watermark: 1, activities: [rich] });
    });

    it('forgets conversations past retention on read', async () => {
      const id = newId();
      await fixture.store.create(id, initialState());
      await fixture.store.append(id, 1, { activities: [activity('t1', 'old')], state: initialState() });
      fixture.advance(31 * 86_400_000);
      expect(await fixture.store.head(id)).toBeUndefined();
      expect(await fixture.store.activitiesAfter(id, undefined)).toBeUndefined();
      expect(await fixture.store.activitiesAfter(id, 0)).toBeUndefined();
    });

    it('updates META fields without touching the others', async () => {
      const id = newId();
      await fixture.store.create(id, initialState());
      await fixture.store.updateMeta(id, { outcome: 'resolved', updatedAt: '2026-01-02T00:00:00.000Z' });
      await fixture.store.updateMeta(id, { rating: 5, updatedAt: '2026-01-02T00:01:00.000Z' });
      expect(await fixture.meta(id)).toMatchObject({
        status: 'bot',
        userId: 'dl_user1',
        outcome: 'resolved',
        rating: 5,
        updatedAt: '2026-01-02T00:01:00.000Z',
      });
    });
  });
}
