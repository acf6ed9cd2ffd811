// How new activities reach customers who keep a stream open (Direct Line's WebSocket): the
// turn runner tells the publisher about every record it appended, right after the write.
// Locally an in-process hub pushes it to the open sockets; on AWS an adapter posts it to the
// conversation's API Gateway WebSocket connections. Publishing is best effort: a customer
// whose push is lost still gets the activities from the store (reconnect or poll from the
// watermark), so a failed publish never fails the turn.
import type { StoredActivity } from './conversation-store';

/** One appended record: its activities, where it sits and where the next one goes. */
export interface PublishedRecord {
  /** The record's position: the watermark that covers it. */
  position: number;
  /** Where the next record goes (`position` + its activity count, at least 1). */
  next: number;
  activities: StoredActivity[];
  /**
   * Whether the record concerns the agents (the conversation is, or just was, queued or with
   * an agent); absent: unknown. Lets a publisher that pays per push skip bot-only records.
   */
  forAgents?: boolean;
}

export interface ActivityPublisher {
  publish(conversationId: string, record: PublishedRecord): Promise<void>;
}
