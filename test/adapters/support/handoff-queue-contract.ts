// The behaviour every HandoffQueue with the optional position/cancel/setCallback must have; run
// against the in-memory store and against the DynamoDB queue on dynalite, so tests built on
// the memory store see what production does.
import type { ConversationStore, HandoffRequest } from '../../../core/ports/conversation-store';
import type { HandoffQueue } from '../../../core/ports/handoff-queue';
import { initialState, newId } from './conversation-store-contract';

export interface QueueFixture {
  store: ConversationStore;
  queue: Required<HandoffQueue>;
  /** The META view as stored. */
  meta(conversationId: string): Promise<Record<string, unknown> | undefined>;
}

const context: HandoffRequest['context'] = {
  locale: 'it',
  client: 'thunderbird',
  symptom: 'auth-failed',
  reason: 'voglio un operatore',
  pastedErrors: ['535 5.7.8'],
  stepsGiven: ['authentication'],
  probe: null,
};

export function describeHandoffQueueContract(
  name: string,
  setup: () => Promise<QueueFixture>,
  teardown: () => Promise<void>,
) {
  describe(`${name} (HandoffQueue contract)`, () => {
    let fixture: QueueFixture;
    // Other tests may share the table: timestamps far in the past put these first in the queue.
    let minute = 0;
    const nextQueuedAt = () => new Date(Date.UTC(2001, 0, 1, 0, minute++)).toISOString();
    const queued = async () => {
      const conversationId = newId();
      await fixture.store.create(conversationId, initialState());
      const queuedAt = nextQueuedAt();
      await fixture.queue.enqueue({ conversationId, queuedAt, context, activityId: `${conversationId}|4` });
      return { conversationId, queuedAt };
    };

    beforeAll(async () => {
      fixture = await setup();
    });
    afterAll(teardown);

    it('enqueues once, keeping the first place in the queue on a repeated request', async () => {
      const first = await queued();
      await fixture.queue.enqueue({
        conversationId: first.conversationId,
        queuedAt: nextQueuedAt(),
        context,
        activityId: `${first.conversationId}|9`,
      });
      expect(await fixture.meta(first.conversationId)).toMatchObject({
        status: 'queued',
        queuedAt: first.queuedAt,
        handoff: context,
      });
    });

    it('counts the waiting conversations queued no later, and forgets a cancelled one', async () => {
      const a = await queued();
      const b = await queued();
      const ofA = await fixture.queue.position(a.conversationId, a.queuedAt);
      expect(await fixture.queue.position(b.conversationId, b.queuedAt)).toBe(ofA + 1);
      await fixture.queue.cancel(a.conversationId, '2026-03-01T10:00:00.000Z');
      expect(await fixture.queue.position(b.conversationId, b.queuedAt)).toBe(ofA);
    });

    it('cancel puts the conversation back with the bot, out of the queue, without its call back', async () => {
      const c = await queued();
      await fixture.queue.setCallback(c.conversationId, {
        kind: 'email',
        value: 'mario@example.it',
        capturedAt: '2026-03-01T10:01:00.000Z',
      });
      await fixture.queue.cancel(c.conversationId, '2026-03-01T10:02:00.000Z');
      const meta = await fixture.meta(c.conversationId);
      expect(meta).toMatchObject({
        status: 'bot',
        updatedAt: '2026-03-01T10:02:00.000Z',
        userId: 'dl_user1',
      });
      expect(meta).not.toHaveProperty('queuedAt');
      expect(meta).not.toHaveProperty('callback');
      // A later handoff queues afresh, at its own time.
      const again = nextQueuedAt();
      await fixture.queue.enqueue({
        conversationId: c.conversationId,
        queuedAt: again,
        context,
        activityId: `${c.conversationId}|12`,
      });
      expect(await fixture.meta(c.conversationId)).toMatchObject({ status: 'queued', queuedAt: again });
    });

    it('keeps the call-back contact on the conversation for the agents', async () => {
      const c = await queued();
      const contact = {
        kind: 'phone' as const,
        value: '+39 02 1234567',
        capturedAt: '2026-03-01T11:00:00.000Z',
      };
      await fixture.queue.setCallback(c.conversationId, contact);
      expect(await fixture.meta(c.conversationId)).toMatchObject({
        status: 'queued',
        callback: contact,
        updatedAt: contact.capturedAt,
      });
    });

    it('refuses to cancel or keep a call back for an unknown conversation, creating nothing', async () => {
      const nobody = newId();
      await expect(fixture.queue.cancel(nobody, '2026-03-01T12:00:00.000Z')).rejects.toThrow();
      await expect(
        fixture.queue.setCallback(nobody, {
          kind: 'email',
          value: 'x@example.it',
          capturedAt: '2026-03-01T12:00:00.000Z',
        }),
      ).rejects.toThrow();
      expect(await fixture.meta(nobody)).toBeUndefined();
    });
  });
}
