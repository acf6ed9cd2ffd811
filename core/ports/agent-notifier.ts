// How the agents' consoles hear that something changed without polling (issue 10): the
// queue (a handoff arrived, was claimed, transferred, released, cancelled, got a call-back
// contact) or a conversation (a record appended: a customer's message, an agent's, the bot's).
// Consoles then fetch what they show through the agent API, which stays the one source of
// truth; an event lost on the way only delays the view until the next one or a reconnect.
// `outage` (issue 12): the outage card's overview changed (an outage set, cleared or
// detected, a conversation joined its group, an all-clear delivered).
export type AgentEvent =
  | { type: 'queue'; conversationId: string }
  | { type: 'activity'; conversationId: string; watermark: number }
  | { type: 'outage' };

export interface AgentNotifier {
  notify(event: AgentEvent): Promise<void>;
}
