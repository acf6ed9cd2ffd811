// How a conversation enters the agents' queue. The turn itself stores the `handoff.initiate`
// event activity (atomically with the dialog's transition); this port marks the conversation
// queued so the agents' side (issue 5) can list it, oldest first.
import type { HandoffRequest } from './conversation-store';

export interface HandoffQueue {
  /** Idempotent: enqueuing an already queued conversation keeps its original `queuedAt`. */
  enqueue(request: HandoffRequest): Promise<void>;
  /** The conversation's place among the waiting ones, 1 = next (issue 5; optional for doubles). */
  position?(conversationId: string, queuedAt: string): Promise<number>;
  /** The customer went back to the bot: out of the queue, any agent's hold ended. */
  cancel?(conversationId: string, at: string): Promise<void>;
  /** Keeps the customer's call-back contact on the queued conversation for the agents. */
  setCallback?(conversationId: string, contact: CallbackContact): Promise<void>;
}

export interface CallbackContact {
  kind: 'email' | 'phone';
  value: string;
  capturedAt: string;
}
