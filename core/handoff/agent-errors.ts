// Errors of the agent API that carry more than a code: a conversation another agent holds
// answers 409 with who holds it, so the console can say so.
import { PostinoError } from '../errors';
import type { AgentRef } from './agent-api';

export class HeldByAnotherAgentError extends PostinoError {
  constructor(readonly heldBy: AgentRef) {
    super('Conflict', `the conversation is held by ${heldBy.name}`);
  }
}
