// Outage mode on AWS (issue 12): the one place the functions that use it (chat, agent, health)
// build its service over the table and their own turn runner, so they all share one record and
// one group per outage. It brings the DynamoDB adapters: import it only where the AWS SDK is
// already loaded (the chat function: its lazily loaded dynamo-parts.ts).
import type { DynamoConversationStoreOptions } from '../../adapters/dynamo/conversation-store';
import { DynamoOutageStore } from '../../adapters/dynamo/outage-store';
import type { TurnRunner } from '../../core/conversation/turn-runner';
import type { OutagePolicy } from '../../core/outage/outage-record';
import { OutageService } from '../../core/outage/outage-service';
import type { AgentNotifier } from '../../core/ports/agent-notifier';
import type { ConversationStatus } from '../../core/ports/conversation-store';

export interface OutageControlDeps {
  /** The table as the function's other DynamoDB adapters reach it. */
  table: DynamoConversationStoreOptions;
  /** Where the all-clears and the agents' broadcasts go through (each one a turn). */
  turns: Pick<TurnRunner, 'dialogEvent' | 'appendActivities'>;
  /** The conversation's status on the agents' side: a closed one gets no message. */
  statusOf: (conversationId: string) => Promise<ConversationStatus | undefined>;
  policy: OutagePolicy;
  /** The agents' consoles hear of every change of the outage card (their live feed). */
  agentNotifier?: AgentNotifier | undefined;
  onWarning?: (message: string, details: Record<string, unknown>) => void;
}

/**
 * The deployment's outage mode: `OutageService` over `DynamoOutageStore` with these deps
 * (core/outage/outage-service.ts, adapters/dynamo/outage-store.ts).
 */
export function createOutageControl(deps: OutageControlDeps): OutageService {
  const { agentNotifier, onWarning } = deps;
  return new OutageService({
    store: new DynamoOutageStore(deps.table),
    turns: deps.turns,
    clock: deps.table.clock,
    statusOf: deps.statusOf,
    policy: deps.policy,
    ...(agentNotifier
      ? {
          onChange: () => {
            agentNotifier.notify({ type: 'outage' }).catch((error: unknown) =>
              onWarning?.('outage card not pushed to the consoles', {
                error: error instanceof Error ? error.message : String(error),
              }),
            );
          },
        }
      : {}),
    ...(onWarning ? { onWarning } : {}),
  });
}
