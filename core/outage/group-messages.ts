// The messages outage mode sends to a whole group of conversations (issue 12): the all-clear
// (the dialog's `outage.cleared`) and an agent's broadcast. Each goes through the turn runner,
// so it is a record of the conversation like any turn, guarded by the conversation's own
// conditional write: the all-clear's record sets `state.outage.allClearAt` in the same write
// the dialog's reply is stored with, so two processes (or two runs) deliver it once.
import { agentMessageActivity } from '../conversation/activity-factory';
import type { TurnRunner } from '../conversation/turn-runner';
import { PostinoError } from '../errors';
import type { ConversationHead, ConversationStatus } from '../ports/conversation-store';
import type { AffectedConversation, OutageStore } from './ports';

/** What outage mode needs of the turn runner. */
export type OutageTurns = Pick<TurnRunner, 'dialogEvent' | 'appendActivities'>;

export interface GroupMessagesDeps {
  store: OutageStore;
  turns: OutageTurns;
  /**
   * The conversation's status as the agents' side records it (its META view): an agent's
   * close is recorded there. A closed conversation gets neither the all-clear nor a broadcast.
   */
  statusOf?: (conversationId: string) => Promise<ConversationStatus | undefined>;
  onWarning?: (message: string, details: Record<string, unknown>) => void;
  /** Conversations told at once (default 8): a large group is not told one by one. */
  fanOut?: number;
}

export class GroupMessages {
  constructor(private readonly deps: GroupMessagesDeps) {}

  /**
   * Tells every affected conversation of `outageId` that it is over: how many were told now,
   * and how many could not be told now but may be later (a store failure, not a gone one).
   */
  async allClear(outageId: string, at: string): Promise<{ delivered: number; retryable: number }> {
    const pending = (await this.deps.store.affected(outageId)).filter((entry) => entry.allClearAt === null);
    let delivered = 0;
    const retryable = await this.each(pending, 'all-clear', outageId, async ({ conversationId }) => {
      let told = false;
      let toldBefore = false;
      await this.deps.turns.dialogEvent(
        conversationId,
        { type: 'outage.cleared', outageId },
        {
          when: (head) => {
            const marker = head.state.outage;
            // A conversation that moved on to a newer outage is told about that one instead.
            const about = marker?.id === outageId;
            toldBefore = about && marker?.allClearAt !== undefined;
            told = about && !toldBefore && open(head);
            return told;
          },
          patch: (state) =>
            state.outage ? { ...state, outage: { ...state.outage, allClearAt: at } } : state,
        },
      );
      if (told) delivered++;
      // The group's own mark, for the console's counts (an earlier run may have told it already).
      if (told || toldBefore) await this.deps.store.markAllClear(outageId, conversationId, at);
    });
    return { delivered, retryable };
  }

  /** One agent message to each open conversation of the group; returns how many got it. */
  async broadcast(
    outageId: string,
    group: AffectedConversation[],
    text: string,
    agent: { id: string; name: string },
  ): Promise<number> {
    let delivered = 0;
    await this.each(group, 'broadcast', outageId, async ({ conversationId }) => {
      const stored = await this.deps.turns.appendActivities(
        conversationId,
        (base) => [agentMessageActivity({ agentId: agent.id, name: agent.name }, text, base())],
        { when: open },
      );
      if (stored) delivered++;
    });
    return delivered;
  }

  /**
   * Runs `send` for each open conversation, a few at a time; one failure skips that one only.
   * Returns how many failed for a reason that may pass (a conversation past retention never will).
   */
  private async each(
    entries: AffectedConversation[],
    what: string,
    outageId: string,
    send: (entry: AffectedConversation) => Promise<void>,
  ): Promise<number> {
    let retryable = 0;
    const queue = [...entries];
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        try {
          if (await this.closedByAgent(entry.conversationId)) continue;
          await send(entry);
        } catch (error) {
          if (!(error instanceof PostinoError && error.code === 'NotFound')) retryable++;
          this.deps.onWarning?.(`outage ${what} not delivered`, {
            outageId,
            conversationId: entry.conversationId,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
    };
    const workers = Math.max(1, Math.min(this.deps.fanOut ?? 8, queue.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return retryable;
  }

  private async closedByAgent(conversationId: string): Promise<boolean> {
    return (await this.deps.statusOf?.(conversationId)) === 'closed';
  }
}

function open(head: ConversationHead): boolean {
  return head.state.status !== 'closed';
}
