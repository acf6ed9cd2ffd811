// Outage mode's service (issue 12): counts health checks (the scheduled probe and every turn's
// probe) into the one outage record with optimistic concurrency, lets agents set or clear an
// outage by hand and write to the whole group, adds conversations to the group when the dialog
// gave them the known-problem answer, and sends each of them the all-clear once when it ends.
// The record is cached for a few seconds: every turn asks for the outage in progress, and a
// crowd of widgets asks for the banner's status, at the cost of one read per few seconds.
import * as z from 'zod';
import type { OutageNotice, ProbeSummary } from '../../dialogs/contract';
import type { OutageJoin, TurnOutage } from '../conversation/turn-types';
import { PostinoError } from '../errors';
import type { Locale } from '../knowledge/ids';
import type { Clock } from '../ports/clock';
import { GroupMessages, type GroupMessagesDeps } from './group-messages';
import { checkOf } from './health-check';
import { OUTAGE_METRICS, type OutageMetrics } from './outage-metrics';
import {
  DEFAULT_OUTAGE_POLICY,
  type OutageChange,
  type OutagePolicy,
  type OutageRecord,
  observe,
  setByHand,
} from './outage-record';
import type { OutageControl, OutageOverview, OutageStore, PublicOutageStatus } from './ports';

export interface OutageServiceDeps extends GroupMessagesDeps {
  store: OutageStore;
  clock: Clock;
  metrics?: OutageMetrics;
  /** Told the console's card after every change (the agents' live feed subscribes). */
  onChange?: (overview: OutageOverview) => void;
  /** N failing checks to open, M healthy minutes to clear; default DEFAULT_OUTAGE_POLICY. */
  policy?: Partial<OutagePolicy>;
  /** How long the record is reused for turns and the widget's status (default 5000 ms). */
  cacheMs?: number;
  /** Attempts of one record update against concurrent writers (default 8). */
  maxAttempts?: number;
}

/** The longest broadcast, as long as an agent's single message may be. */
const broadcastTextSchema = z.string().trim().min(1).max(4000);

interface Cached {
  at: number;
  record: Promise<OutageRecord>;
  notice: Promise<OutageNotice | null>;
}

export class OutageService implements OutageControl, TurnOutage {
  private readonly policy: OutagePolicy;
  private readonly cacheMs: number;
  private readonly messages: GroupMessages;
  private readonly listeners = new Set<(overview: OutageOverview) => void>();
  private cached: Cached | undefined;
  private notifying: Promise<void> | undefined;
  private changedSinceNotice = false;

  constructor(private readonly deps: OutageServiceDeps) {
    this.policy = { ...DEFAULT_OUTAGE_POLICY, ...deps.policy };
    this.cacheMs = deps.cacheMs ?? 5000;
    this.messages = new GroupMessages(deps);
    if (deps.onChange) this.listeners.add(deps.onChange);
  }

  /** Another listener of the console's card (e.g. a live feed built after the service). */
  subscribe(listener: (overview: OutageOverview) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The outage in progress, for every turn's dialog (cached). */
  current(): Promise<OutageNotice | null> {
    return this.cachedEntry().notice;
  }

  async status(): Promise<PublicOutageStatus> {
    const record = await this.cachedEntry().record;
    return { outage: record.active, since: record.active ? record.since : null };
  }

  async overview(): Promise<OutageOverview> {
    const record = await this.deps.store.read();
    // After the end, the ended outage's group: its call-back list is the agents' to-do list.
    const groupId = record.active ? record.id : (record.lastEnded?.id ?? null);
    const group = groupId ? await this.deps.store.affected(groupId) : [];
    return {
      active: record.active,
      id: record.id,
      since: record.since,
      cause: record.cause,
      setBy: record.setBy,
      verdict: record.verdict,
      affected: group.length,
      waitingForHuman: group.filter((entry) => entry.wantsHuman).length,
      allClearsDelivered: group.filter((entry) => entry.allClearAt !== null).length,
      callbacks: group.flatMap(({ conversationId, callback, locale }) =>
        callback ? [{ conversationId, contact: callback, locale }] : [],
      ),
      lastEnded: record.lastEnded
        ? { id: record.lastEnded.id, since: record.lastEnded.since, endedAt: record.lastEnded.endedAt }
        : null,
    };
  }

  async check(summary: ProbeSummary | null): Promise<OutageChange> {
    const check = checkOf(summary);
    if (!check) return null;
    // A check no newer than one already counted (a cached probe result) costs no store read:
    // `lastCheckAt` only moves forward.
    const known = await this.cachedEntry().record.catch(() => undefined);
    if (known && !observe(known, check, this.policy).counted) return null;
    const change = await this.update((record) => {
      const observed = observe(record, check, this.policy);
      return observed.counted ? observed : null;
    }, false);
    if (change === null) await this.finishAllClears();
    return change;
  }

  /**
   * An ended outage whose all-clears were not all sent (the process that ended it failed or
   * stopped meanwhile): the next health check sends the rest, then marks them sent.
   */
  private async finishAllClears(): Promise<void> {
    const record = await this.cachedEntry().record;
    const ended = record.lastEnded;
    if (record.active || !ended || ended.allClearsSent) return;
    // Some could not be told now (a store failure): the next check tries them again.
    if ((await this.sendAllClears(ended.id)).retryable > 0) return;
    await this.update(
      (fresh) =>
        fresh.lastEnded?.id === ended.id && !fresh.lastEnded.allClearsSent
          ? { record: { ...fresh, lastEnded: { ...fresh.lastEnded, allClearsSent: true } }, change: null }
          : null,
      false,
    );
  }

  async setByHand(active: boolean, agent: { id: string; name: string }): Promise<OutageOverview> {
    const at = this.now();
    await this.update((record) => setByHand(record, active, agent.name, at), true);
    return this.overview();
  }

  async broadcast(text: string, agent: { id: string; name: string }): Promise<{ delivered: number }> {
    const parsed = broadcastTextSchema.safeParse(text);
    if (!parsed.success) throw new PostinoError('BadArgument', 'the message must have 1 to 4000 characters');
    const record = await this.deps.store.read();
    if (!record.active || !record.id) throw new PostinoError('Conflict', 'no outage is in progress');
    const group = await this.deps.store.affected(record.id);
    const delivered = await this.messages.broadcast(record.id, group, parsed.data, agent);
    return { delivered };
  }

  /** A conversation got the known-problem answer of `effect.outageId` (after its turn's write). */
  async join(conversationId: string, locale: Locale, effect: OutageJoin): Promise<void> {
    const at = this.now();
    const added = await this.deps.store.join(effect.outageId, {
      conversationId,
      locale,
      joinedAt: at,
      wantsHuman: effect.wantsHuman,
      callback: effect.callback ? { ...effect.callback, capturedAt: at } : null,
      allClearAt: null,
    });
    if (added) this.deps.metrics?.count(OUTAGE_METRICS.joined, 1);
    // The turn saw a cached notice: the outage may have ended since, its all-clears already
    // sent without this conversation. Read after the join: an end written later than this read
    // lists the group after its write, so one of the two sends this conversation's all-clear.
    const record = await this.deps.store.read();
    if (record.id !== effect.outageId) await this.sendAllClears(effect.outageId);
    await this.notify();
  }

  /**
   * Sends the all-clear of an ended outage to each affected conversation not told yet. Safe to
   * run again or in two processes at once: each conversation is told once.
   */
  async sendAllClears(outageId: string): Promise<{ delivered: number; retryable: number }> {
    const sent = await this.messages.allClear(outageId, this.now());
    if (sent.delivered > 0) this.deps.metrics?.count(OUTAGE_METRICS.allClearsDelivered, sent.delivered);
    return sent;
  }

  /** Read, change, write conditionally on the version read; again from a fresh read on a lost race. */
  private async update(
    step: (record: OutageRecord) => { record: OutageRecord; change: OutageChange } | null,
    byHand: boolean,
  ): Promise<OutageChange> {
    const attempts = this.deps.maxAttempts ?? 8;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const record = await this.deps.store.read();
      const next = step(record);
      if (!next || next.record === record) {
        this.remember(record);
        return null;
      }
      if (await this.deps.store.write(next.record, record.version)) {
        const written = { ...next.record, version: record.version + 1 };
        this.remember(written);
        await this.changed(next.change, byHand);
        return next.change;
      }
    }
    throw new PostinoError('Conflict', 'the outage record kept changing under this update');
  }

  private async changed(change: OutageChange, byHand: boolean): Promise<void> {
    if (change === 'started') this.deps.metrics?.count(OUTAGE_METRICS.started, 1);
    if (change === 'ended') {
      this.deps.metrics?.count(OUTAGE_METRICS.ended, 1);
      // Reads the record just remembered: sends the all-clears, then marks them sent.
      await this.finishAllClears();
    }
    if (change !== null || byHand) await this.notify();
  }

  /**
   * Tells the listeners the card as it is now. Changes that arrive while it is being read are
   * folded into one more reading, so a burst of joins costs a few readings, not one each.
   */
  private async notify(): Promise<void> {
    if (this.listeners.size === 0) return;
    this.changedSinceNotice = true;
    this.notifying ??= (async () => {
      while (this.changedSinceNotice) {
        this.changedSinceNotice = false;
        try {
          const overview = await this.overview();
          for (const listener of this.listeners) listener(overview);
        } catch (error) {
          this.deps.onWarning?.('outage card not refreshed', {
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
      // Cleared in the same step as the last check, so a change arriving now starts a new round.
      this.notifying = undefined;
    })();
    return this.notifying;
  }

  private cachedEntry(): Cached {
    const now = this.deps.clock.now();
    if (this.cached && now - this.cached.at < this.cacheMs) return this.cached;
    const record = this.deps.store.read();
    const entry = this.entryFor(now, record);
    this.cached = entry;
    // A failed read is not reused: the next caller reads again.
    record.catch(() => {
      if (this.cached === entry) this.cached = undefined;
    });
    return entry;
  }

  /** This process's own writes are seen at once, whatever the cache's age. */
  private remember(record: OutageRecord): void {
    this.cached = this.entryFor(this.deps.clock.now(), Promise.resolve(record));
  }

  private entryFor(at: number, record: Promise<OutageRecord>): Cached {
    const notice = record.then((value) =>
      value.active && value.id && value.since
        ? { id: value.id, since: value.since, verdict: value.verdict }
        : null,
    );
    // Read by `current()` only: an unobserved failure must not become an unhandled rejection.
    notice.catch(() => undefined);
    return { at, record, notice };
  }

  private now(): string {
    return new Date(this.deps.clock.now()).toISOString();
  }
}
