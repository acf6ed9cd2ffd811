// An in-memory OutageStore with the DynamoDB one's contract (the same contract tests run
// against both): for unit tests. Values are cloned on the way in and out, as a real store
// would serialise them.

import { NO_OUTAGE, type OutageRecord } from '../../core/outage/outage-record';
import { type AffectedConversation, type OutageStore, oldestFirst } from '../../core/outage/ports';

export class MemoryOutageStore implements OutageStore {
  private record: OutageRecord = NO_OUTAGE;
  private readonly groups = new Map<string, Map<string, AffectedConversation>>();

  async read(): Promise<OutageRecord> {
    return structuredClone(this.record);
  }

  async write(record: OutageRecord, expectedVersion: number): Promise<boolean> {
    if (this.record.version !== expectedVersion) return false;
    this.record = structuredClone({ ...record, version: expectedVersion + 1 });
    return true;
  }

  async join(outageId: string, entry: AffectedConversation): Promise<boolean> {
    let group = this.groups.get(outageId);
    if (!group) {
      group = new Map();
      this.groups.set(outageId, group);
    }
    const known = group.get(entry.conversationId);
    group.set(
      entry.conversationId,
      structuredClone(
        known
          ? {
              ...known,
              locale: entry.locale,
              wantsHuman: known.wantsHuman || entry.wantsHuman,
              callback: entry.callback ?? known.callback,
            }
          : { ...entry, allClearAt: null },
      ),
    );
    return known === undefined;
  }

  async markAllClear(outageId: string, conversationId: string, at: string): Promise<boolean> {
    const entry = this.groups.get(outageId)?.get(conversationId);
    if (!entry || entry.allClearAt !== null) return false;
    entry.allClearAt = at;
    return true;
  }

  async affected(outageId: string): Promise<AffectedConversation[]> {
    return [...(this.groups.get(outageId)?.values() ?? [])]
      .map((entry) => structuredClone(entry))
      .sort(oldestFirst);
  }
}
