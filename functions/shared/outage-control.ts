// Outage mode on AWS (issue 12): its policy from the environment, and the one place the
// functions that use it (health, agent) build its service over the table and their own turn
// runner, so they all share one record and one group per outage.
import type { DynamoConversationStoreOptions } from '../../adapters/dynamo/conversation-store';
import { DynamoOutageStore } from '../../adapters/dynamo/outage-store';
import type { TurnRunner } from '../../core/conversation/turn-runner';
import { DEFAULT_OUTAGE_POLICY, type OutagePolicy } from '../../core/outage/outage-record';
import { OutageService } from '../../core/outage/outage-service';
import type { AgentNotifier } from '../../core/ports/agent-notifier';
import type { ConversationStatus } from '../../core/ports/conversation-store';

/**
 * OUTAGE_FAILURES_TO_OPEN (N failing checks in a row open an outage) and OUTAGE_HEALTHY_MINUTES
 * (M minutes of healthy checks clear it), as read by each function's zod schema; unset: the
 * defaults of core/outage/outage-record.ts.
 */
export interface OutagePolicyEnv {
  OUTAGE_FAILURES_TO_OPEN?: number | undefined;
  OUTAGE_HEALTHY_MINUTES?: number | undefined;
}

export function outagePolicyOf(env: OutagePolicyEnv): OutagePolicy {
  return {
    failuresToOpen: env.OUTAGE_FAILURES_TO_OPEN ?? DEFAULT_OUTAGE_POLICY.failuresToOpen,
    healthyMinutesToClear: env.OUTAGE_HEALTHY_MINUTES ?? DEFAULT_OUTAGE_POLICY.healthyMinutesToClear,
  };
}

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
