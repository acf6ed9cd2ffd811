// WORKING_HOURS parsing and the open/closed decision in the configured time zone (Intl), with
// daylight saving, several spans and ranges, and configuration mistakes named clearly.
import { handoffPolicyFrom } from '../../core/handoff/handoff-policy';
import { WorkingHours } from '../../core/handoff/working-hours';

const at = (iso: string) => Date.parse(iso);

describe('working hours', () => {
  const rome = WorkingHours.parse('mon-fri 09:00-18:00 Europe/Rome');

  it.each([
    ['2026-11-30T07:59:00Z', false], // Monday 08:59 in Rome (UTC+1 in winter)
    ['2026-11-30T08:00:00Z', true], // Monday 09:00
    ['2026-11-30T16:59:00Z', true], // Monday 17:59
    ['2026-11-30T17:00:00Z', false], // Monday 18:00: closed
    ['2026-11-28T10:00:00Z', false], // Saturday
    ['2026-07-06T07:30:00Z', true], // Monday 09:30 in summer (UTC+2)
    ['2026-07-06T16:30:00Z', false], // Monday 18:30 in summer
  ])('at %s open is %s', (when, open) => {
    expect(rome.isOpen(at(when))).toBe(open);
  });

  it('supports split days, several spans and wrapping day ranges', () => {
    const hours = WorkingHours.parse('mon-fri 09:00-13:00 14:00-18:00, sat 09:00-12:00 UTC');
    expect(hours.isOpen(at('2026-11-30T13:30:00Z'))).toBe(false);
    expect(hours.isOpen(at('2026-11-30T14:00:00Z'))).toBe(true);
    expect(hours.isOpen(at('2026-11-28T11:59:00Z'))).toBe(true);
    expect(hours.isOpen(at('2026-11-29T10:00:00Z'))).toBe(false);
    const weekend = WorkingHours.parse('fri-mon 00:00-24:00 UTC');
    expect(weekend.isOpen(at('2026-11-29T10:00:00Z'))).toBe(true);
    expect(weekend.isOpen(at('2026-12-01T10:00:00Z'))).toBe(false);
  });

  it('describes itself in both languages', () => {
    expect(rome.describe('it')).toBe('lun-ven 09:00-18:00 (Europe/Rome)');
    expect(rome.describe('en')).toBe('Mon-Fri 09:00-18:00 (Europe/Rome)');
  });

  it.each([
    ['mon-fri 09:00-18:00', 'time zone'],
    ['mon-fri 09:00-18:00 Mars/Olympus', 'time zone'],
    ['lun-ven 09:00-18:00 Europe/Rome', '"lun-ven" is not a day'],
    ['mon-fri 18:00-09:00 Europe/Rome', '"18:00-09:00" is not a time range'],
    ['mon-fri 9-18 Europe/Rome', 'is not a time range'],
  ])('refuses %s', (spec, message) => {
    expect(() => WorkingHours.parse(spec)).toThrow(message);
  });

  it('reads the policy from the environment with defaults', () => {
    expect(handoffPolicyFrom({})).toEqual({ hours: null, claimTimeoutMs: 180_000 });
    const policy = handoffPolicyFrom({ WORKING_HOURS: 'mon 09:00-10:00 UTC', HANDOFF_CLAIM_TIMEOUT_S: '60' });
    expect(policy.claimTimeoutMs).toBe(60_000);
    expect(policy.hours?.timeZone).toBe('UTC');
    expect(() => handoffPolicyFrom({ HANDOFF_CLAIM_TIMEOUT_S: '0' })).toThrow('HANDOFF_CLAIM_TIMEOUT_S');
  });
});
