// Decorators that tell the agents' consoles (AgentNotifier) about every change of the queue,
// wherever it comes from: the customer's turns (enqueue, cancel, call-back contact) and the
// agents' actions (claim, transfer, release). Wrapping the ports keeps the services unaware;
// a notifier failure never fails the change itself.
import type { AgentNotifier } from '../ports/agent-notifier';
import type { HandoffQueue } from '../ports/handoff-queue';
import type { HandoffBoard } from './ports';

function tell(notifier: AgentNotifier, conversationId: string): Promise<void> {
  return notifier.notify({ type: 'queue', conversationId }).catch(() => undefined);
}

export function notifyingQueue(queue: HandoffQueue, notifier: AgentNotifier | undefined): HandoffQueue {
  if (!notifier) return queue;
  const wrapped: HandoffQueue = {
    async enqueue(request) {
      await queue.enqueue(request);
      await tell(notifier, request.conversationId);
    },
  };
  if (queue.position) wrapped.position = queue.position.bind(queue);
  const { cancel, setCallback } = queue;
  if (cancel) {
    wrapped.cancel = async (conversationId, at) => {
      await cancel.call(queue, conversationId, at);
      await tell(notifier, conversationId);
    };
  }
  if (setCallback) {
    wrapped.setCallback = async (conversationId, contact) => {
      await setCallback.call(queue, conversationId, contact);
      await tell(notifier, conversationId);
    };
  }
  return wrapped;
}

export function notifyingBoard(board: HandoffBoard, notifier: AgentNotifier | undefined): HandoffBoard {
  if (!notifier) return board;
  const after = async <T extends { ok: boolean }>(conversationId: string, result: T): Promise<T> => {
    if (result.ok) await tell(notifier, conversationId);
    return result;
  };
  return {
    list: () => board.list(),
    get: (conversationId) => board.get(conversationId),
    claim: async (id, agent, at) => after(id, await board.claim(id, agent, at)),
    transfer: async (id, from, to, at) => after(id, await board.transfer(id, from, to, at)),
    release: async (id, agentId, status, at) => after(id, await board.release(id, agentId, status, at)),
  };
}
