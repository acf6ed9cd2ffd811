// Outage mode (issue 12): when Halnet's server is down for everyone, Postino says so first
// instead of giving a hundred customers settings steps, groups them for the agents, and
// tells each of them once when it is back. This file is the state and its pure rules; the
// service (outage-service.ts) does the I/O around them.
//
// One record for the deployment. A detected outage opens after `failuresToOpen` failing
// checks in a row and clears after `healthyMinutesToClear` minutes of healthy checks; an
// outage set by hand (an agent or ops know something the probe does not) is cleared by hand.
import type { ProbeVerdict } from '../../dialogs/contract';

export interface OutagePolicy {
  /** Failing checks in a row that open a detected outage (N). */
  failuresToOpen: number;
  /** Minutes of healthy checks, from the first healthy one, that clear a detected outage (M). */
  healthyMinutesToClear: number;
}

export const DEFAULT_OUTAGE_POLICY: OutagePolicy = { failuresToOpen: 3, healthyMinutesToClear: 5 };

/** The outage that ended last, kept so the console can show it with its call-back list. */
export interface EndedOutage {
  id: string;
  since: string;
  endedAt: string;
  cause: OutageCause;
  /**
   * Every affected conversation was sent its all-clear. Unset while they are being sent: a
   * process that ended the outage and died meanwhile leaves the rest to the next check.
   */
  allClearsSent?: boolean;
}

export type OutageCause = 'detected' | 'manual';

export interface OutageRecord {
  /** Optimistic-concurrency version: every write is conditional on it (0 = never written). */
  version: number;
  active: boolean;
  /** The current outage's id (`outage-<since in ms>`), null when none is active. */
  id: string | null;
  since: string | null;
  cause: OutageCause | null;
  /** The agent who set it by hand (display name), when `cause` is manual. */
  setBy: string | null;
  /** What the failing check said (e.g. server_down), when it was detected. */
  verdict: ProbeVerdict | null;
  /** Failing checks in a row so far (counts towards opening). */
  failuresInRow: number;
  /** First healthy check after a failure while active (counts towards clearing). */
  healthySince: string | null;
  /** `checkedAt` of the newest check counted: an older or repeated (cached) one is ignored. */
  lastCheckAt: string | null;
  lastEnded: EndedOutage | null;
}

export const NO_OUTAGE: OutageRecord = {
  version: 0,
  active: false,
  id: null,
  since: null,
  cause: null,
  setBy: null,
  verdict: null,
  failuresInRow: 0,
  healthySince: null,
  lastCheckAt: null,
  lastEnded: null,
};

/** One health check of Halnet's server: the scheduled one or a customer turn's probe. */
export interface HealthCheck {
  /** False when the server cannot take mail from anyone (see `checkOf` in health-check.ts). */
  healthy: boolean;
  verdict: ProbeVerdict | null;
  /** When the probe ran (its summary's `checkedAt`). */
  checkedAt: string;
}

export type OutageChange = 'started' | 'ended' | null;

export interface Observed {
  record: OutageRecord;
  change: OutageChange;
  /** False when the check was not newer than the last one counted (nothing to write). */
  counted: boolean;
}

export function outageIdFor(since: string): string {
  return `outage-${Date.parse(since)}`;
}

/** No outage any more: the fields of NO_OUTAGE, with the record's version, last check and the one that ended. */
function ended(record: OutageRecord, at: string): OutageRecord {
  return {
    ...NO_OUTAGE,
    version: record.version,
    lastCheckAt: record.lastCheckAt,
    lastEnded:
      record.id && record.since && record.cause
        ? { id: record.id, since: record.since, endedAt: at, cause: record.cause }
        : record.lastEnded,
  };
}

/** Counts one health check: opens, keeps or clears a detected outage. Pure. */
export function observe(record: OutageRecord, check: HealthCheck, policy: OutagePolicy): Observed {
  if (record.lastCheckAt !== null && Date.parse(check.checkedAt) <= Date.parse(record.lastCheckAt)) {
    return { record, change: null, counted: false };
  }
  const base: OutageRecord = { ...record, lastCheckAt: check.checkedAt };
  if (!check.healthy) {
    const failuresInRow = record.failuresInRow + 1;
    if (!record.active && failuresInRow >= policy.failuresToOpen) {
      const since = check.checkedAt;
      return {
        record: {
          ...base,
          active: true,
          id: outageIdFor(since),
          since,
          cause: 'detected',
          setBy: null,
          verdict: check.verdict,
          failuresInRow,
          healthySince: null,
        },
        change: 'started',
        counted: true,
      };
    }
    return {
      record: {
        ...base,
        failuresInRow,
        healthySince: null,
        verdict: record.active ? (check.verdict ?? record.verdict) : record.verdict,
      },
      change: null,
      counted: true,
    };
  }
  if (!record.active) return { record: { ...base, failuresInRow: 0 }, change: null, counted: true };
  const healthySince = record.healthySince ?? check.checkedAt;
  const healthyMs = Date.parse(check.checkedAt) - Date.parse(healthySince);
  if (record.cause === 'detected' && healthyMs >= policy.healthyMinutesToClear * 60_000) {
    return { record: ended({ ...base }, check.checkedAt), change: 'ended', counted: true };
  }
  return { record: { ...base, failuresInRow: 0, healthySince }, change: null, counted: true };
}

/** An agent or ops set or clear the outage by hand. Pure; `change` null when nothing changes. */
export function setByHand(
  record: OutageRecord,
  active: boolean,
  by: string,
  at: string,
): { record: OutageRecord; change: OutageChange } {
  if (active === record.active) {
    // Setting an active detected outage by hand makes it manual: only a hand clears it then.
    if (active && record.cause === 'detected')
      return { record: { ...record, cause: 'manual', setBy: by }, change: null };
    return { record, change: null };
  }
  if (active) {
    return {
      record: {
        ...record,
        active: true,
        id: outageIdFor(at),
        since: at,
        cause: 'manual',
        setBy: by,
        healthySince: null,
      },
      change: 'started',
    };
  }
  // Cleared by hand: the failing streak starts again, so a still-failing server needs N new failures.
  return { record: ended(record, at), change: 'ended' };
}
