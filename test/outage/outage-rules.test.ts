// Outage mode's pure rules: what a probe summary means as a health check (health-check.ts),
// and how checks and hand settings open, keep and clear an outage (outage-record.ts).
import { checkOf } from '../../core/outage/health-check';
import {
  type HealthCheck,
  NO_OUTAGE,
  type OutageRecord,
  observe,
  outageIdFor,
  setByHand,
} from '../../core/outage/outage-record';
import { probeSummary } from '../dialogs/fixtures/probe-summaries';
import { down, healthy, minute, port25Blocked, submissionDownImplicitWorks } from './support/summaries';

const POLICY = { failuresToOpen: 3, healthyMinutesToClear: 5 };

const check = (summary: Parameters<typeof checkOf>[0]): HealthCheck => {
  const made = checkOf(summary);
  if (!made) throw new Error('no check');
  return made;
};

/** Feeds checks in order; returns the record and every change seen. */
function run(checks: HealthCheck[], from: OutageRecord = NO_OUTAGE) {
  let record = from;
  const changes: Array<string | null> = [];
  for (const one of checks) {
    const observed = observe(record, one, POLICY);
    record = observed.record;
    changes.push(observed.change);
  }
  return { record, changes };
}

describe('checkOf: a probe summary as a health check', () => {
  it('is down when every customer port has Halnet-side trouble', () => {
    expect(checkOf(down(0))).toEqual({ healthy: false, verdict: 'server_down', checkedAt: minute(0) });
    for (const verdict of ['tls_broken', 'dns_failure', 'cert_expired'] as const) {
      expect(checkOf(probeSummary(verdict))).toMatchObject({ healthy: false, verdict });
    }
  });

  it('is healthy when 587 is down but 465 works (a workaround, not an outage)', () => {
    expect(checkOf(submissionDownImplicitWorks(0))).toEqual({
      healthy: true,
      verdict: 'server_down',
      checkedAt: minute(0),
    });
  });

  it('is healthy when only port 25 is blocked from the probe, or nothing is wrong', () => {
    expect(checkOf(port25Blocked(0))).toMatchObject({ healthy: true, verdict: 'port25_blocked_from_probe' });
    expect(checkOf(healthy(0))).toMatchObject({ healthy: true, verdict: 'healthy' });
  });

  it('makes no check when the probe could not run', () => {
    expect(checkOf(null)).toBeNull();
  });
});

describe('observe: detected outages', () => {
  it('opens after N failing checks in a row, with the failing verdict', () => {
    const { record, changes } = run([check(down(0)), check(down(1)), check(down(2))]);
    expect(changes).toEqual([null, null, 'started']);
    expect(record).toMatchObject({
      active: true,
      id: outageIdFor(minute(2)),
      since: minute(2),
      cause: 'detected',
      verdict: 'server_down',
      failuresInRow: 3,
    });
  });

  it('needs the failures in a row: a healthy check in between starts the count again', () => {
    const { record, changes } = run([check(down(0)), check(down(1)), check(healthy(2)), check(down(3))]);
    expect(changes).toEqual([null, null, null, null]);
    expect(record).toMatchObject({ active: false, failuresInRow: 1 });
  });

  it('never opens while 465 works, however many checks', () => {
    const checks = [0, 1, 2, 3, 4, 5].map((n) => check(submissionDownImplicitWorks(n)));
    expect(run(checks).record).toMatchObject({ active: false, failuresInRow: 0 });
  });

  it('ignores a repeated (cached) or older check', () => {
    const once = run([check(down(0)), check(down(1))]).record;
    const repeated = observe(once, check(down(1)), POLICY);
    expect(repeated).toEqual({ record: once, change: null, counted: false });
    expect(observe(once, check(down(0)), POLICY).counted).toBe(false);
    // Three calls, two distinct checks: still not open.
    expect(run([check(down(1))], once).record.failuresInRow).toBe(2);
  });

  it('clears after M minutes of healthy checks, keeping the ended outage', () => {
    const open = run([check(down(0)), check(down(1)), check(down(2))]).record;
    const { record, changes } = run(
      [check(healthy(3)), check(healthy(5)), check(healthy(7)), check(healthy(8))],
      open,
    );
    expect(changes).toEqual([null, null, null, 'ended']);
    expect(record).toMatchObject({ active: false, id: null, failuresInRow: 0, healthySince: null });
    expect(record.lastEnded).toEqual({
      id: outageIdFor(minute(2)),
      since: minute(2),
      endedAt: minute(8),
      cause: 'detected',
    });
  });

  it('counts the healthy minutes from the first healthy check after the last failure', () => {
    const open = run([check(down(0)), check(down(1)), check(down(2))]).record;
    const { record, changes } = run(
      [check(healthy(3)), check(down(6)), check(healthy(7)), check(healthy(11)), check(healthy(12))],
      open,
    );
    expect(changes).toEqual([null, null, null, null, 'ended']);
    expect(record.lastEnded?.endedAt).toBe(minute(12));
  });
});

describe('setByHand', () => {
  it('opens a manual outage that healthy checks never clear', () => {
    const set = setByHand(NO_OUTAGE, true, 'Giulia', minute(0));
    expect(set.change).toBe('started');
    expect(set.record).toMatchObject({ active: true, cause: 'manual', setBy: 'Giulia', since: minute(0) });
    const later = run(
      [1, 10, 30, 60].map((n) => check(healthy(n))),
      set.record,
    );
    expect(later.changes).toEqual([null, null, null, null]);
    expect(later.record.active).toBe(true);
  });

  it('turns a detected outage manual when set again by hand', () => {
    const open = run([check(down(0)), check(down(1)), check(down(2))]).record;
    const set = setByHand(open, true, 'Marco', minute(3));
    expect(set).toMatchObject({ change: null, record: { active: true, cause: 'manual', setBy: 'Marco' } });
    expect(
      run(
        [10, 20].map((n) => check(healthy(n))),
        set.record,
      ).record.active,
    ).toBe(true);
  });

  it('clears by hand and restarts the failing streak: N new failures reopen', () => {
    const open = run([check(down(0)), check(down(1)), check(down(2))]).record;
    const cleared = setByHand(open, false, 'Giulia', minute(3));
    expect(cleared.change).toBe('ended');
    expect(cleared.record).toMatchObject({ active: false, failuresInRow: 0 });
    expect(cleared.record.lastEnded).toMatchObject({ id: open.id, endedAt: minute(3) });
    const again = run([check(down(4)), check(down(5)), check(down(6))], cleared.record);
    expect(again.changes).toEqual([null, null, 'started']);
  });

  it('changes nothing when asked for the state it is in', () => {
    expect(setByHand(NO_OUTAGE, false, 'Giulia', minute(0))).toEqual({ record: NO_OUTAGE, change: null });
  });
});
