// How a conversation enters the agents' queue. The turn itself stores the `handoff.initiate`
// event activity (atomically with the dialog's transition); this port marks the conversation
// queued so the agents' side (issue 5) can list it, oldest first.
import type { HandoffRequest } from './conversation-store';

export interface HandoffQueue {
  /** Idempotent: enqueuing an already queued conversation keeps its original `queuedAt`. */
  enqueue(request: HandoffRequest): Promise<void>;
}
