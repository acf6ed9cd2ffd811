// A small in-test OutageControl for the routes and the health function of this branch, where
// outage mode's real service (core/outage/outage-service.ts) is not built yet: it keeps one
// outage on or off, answers the overview from it, counts what it was asked, and can be told
// what the next check returns or that the store is down.

import { PostinoError } from '../../../core/errors';
import type { OutageChange } from '../../../core/outage/outage-record';
import type { OutageControl, OutageOverview, PublicOutageStatus } from '../../../core/outage/ports';
import type { ProbeSummary } from '../../../dialogs/contract';

type Agent = { id: string; name: string };

export class ScriptedOutage implements OutageControl {
  readonly setCalls: Array<{ active: boolean; agent: Agent }> = [];
  readonly broadcasts: Array<{ text: string; agent: Agent }> = [];
  readonly checks: Array<ProbeSummary | null> = [];
  /** What the next checks return, in order (then null). */
  readonly nextChanges: OutageChange[] = [];
  /** When set, every call fails with StoreUnavailable. */
  storeDown = false;
  overviewValue: OutageOverview = {
    active: false,
    id: null,
    since: null,
    cause: null,
    setBy: null,
    verdict: null,
    affected: 0,
    waitingForHuman: 0,
    allClearsDelivered: 0,
    callbacks: [],
    lastEnded: null,
  };
  /** How many conversations a broadcast reaches. */
  groupSize = 0;

  private guard(): void {
    if (this.storeDown) throw new PostinoError('StoreUnavailable', 'the table is unreachable');
  }

  async status(): Promise<PublicOutageStatus> {
    this.guard();
    return { outage: this.overviewValue.active, since: this.overviewValue.since };
  }

  async overview(): Promise<OutageOverview> {
    this.guard();
    return structuredClone(this.overviewValue);
  }

  async setByHand(active: boolean, agent: Agent): Promise<OutageOverview> {
    this.guard();
    this.setCalls.push({ active, agent });
    const o = this.overviewValue;
    if (active && !o.active) {
      const since = new Date().toISOString();
      this.overviewValue = {
        ...o,
        active,
        id: `outage-${Date.parse(since)}`,
        since,
        cause: 'manual',
        setBy: agent.name,
      };
    } else if (!active && o.active && o.id && o.since) {
      const ended = { id: o.id, since: o.since, endedAt: new Date().toISOString() };
      this.overviewValue = {
        ...o,
        active,
        id: null,
        since: null,
        cause: null,
        setBy: null,
        lastEnded: ended,
      };
    }
    return this.overview();
  }

  async broadcast(text: string, agent: Agent): Promise<{ delivered: number }> {
    this.guard();
    this.broadcasts.push({ text, agent });
    return { delivered: this.groupSize };
  }

  async check(summary: ProbeSummary | null): Promise<OutageChange> {
    this.guard();
    this.checks.push(summary);
    return this.nextChanges.shift() ?? null;
  }
}
