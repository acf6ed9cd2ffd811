import { MemoryConversationStore } from '../../adapters/memory/conversation-store';
import { describeConversationStoreContract } from './support/conversation-store-contract';
import { describeHandoffQueueContract } from './support/handoff-queue-contract';

let now = Date.parse('2026-01-01T00:00:00Z');
const store = new MemoryConversationStore({ now: () => now });

describeConversationStoreContract(
  'MemoryConversationStore',
  async () => ({
    store,
    advance: (ms) => {
      now += ms;
    },
    meta: async (id) => store.meta.get(id),
  }),
  async () => {},
);

describeHandoffQueueContract(
  'MemoryConversationStore',
  async () => ({ store, queue: store, meta: async (id) => store.meta.get(id) }),
  async () => {},
);
