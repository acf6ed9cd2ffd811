// Agents' working hours, from configuration such as `mon-fri 09:00-18:00 Europe/Rome` or
// `mon-fri 09:00-13:00 14:00-18:00, sat 09:00-12:00 Europe/Rome`: day ranges with one or more
// time ranges each, and one IANA time zone at the end. Parsed with zod; the current weekday
// and time in that zone come from Intl, so daylight saving is handled without a dependency.
import * as z from 'zod';
import { PostinoError } from '../errors';
import type { Locale } from '../knowledge/ids';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
type Day = (typeof DAYS)[number];
const DAY_NAMES: Record<Locale, Record<Day, string>> = {
  it: { sun: 'dom', mon: 'lun', tue: 'mar', wed: 'mer', thu: 'gio', fri: 'ven', sat: 'sab' },
  en: { sun: 'Sun', mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat' },
};

const daySchema = z.enum(DAYS);
const timeSchema = z
  .string()
  .regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'times are HH:MM')
  .transform((time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));
const timeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'unknown time zone');

interface Span {
  days: Day[];
  /** Minutes after midnight, [from, to). */
  ranges: Array<[number, number]>;
  text: { days: [Day, Day | undefined]; times: string[] };
}

export class WorkingHours {
  private readonly format: Intl.DateTimeFormat;

  private constructor(
    private readonly spans: Span[],
    readonly timeZone: string,
  ) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  }

  /** Parses the configuration; throws PostinoError('BadArgument') saying what is wrong. */
  static parse(spec: string): WorkingHours {
    const words = spec.trim().split(/\s+/);
    const zone = timeZoneSchema.safeParse(words.at(-1));
    if (!zone.success || words.length < 3) {
      throw new PostinoError(
        'BadArgument',
        `WORKING_HOURS "${spec}": end it with a time zone, e.g. Europe/Rome`,
      );
    }
    const body = words.slice(0, -1).join(' ');
    const spans = body.split(',').map((part) => parseSpan(part.trim(), spec));
    return new WorkingHours(spans, zone.data);
  }

  isOpen(epochMs: number): boolean {
    const parts = this.format.formatToParts(new Date(epochMs));
    const day = parts.find((part) => part.type === 'weekday')?.value.toLowerCase() as Day;
    const minutes =
      Number(parts.find((part) => part.type === 'hour')?.value) * 60 +
      Number(parts.find((part) => part.type === 'minute')?.value);
    return this.spans.some(
      (span) => span.days.includes(day) && span.ranges.some(([from, to]) => minutes >= from && minutes < to),
    );
  }

  /** For the customer, e.g. "lun-ven 09:00-18:00 (Europe/Rome)". */
  describe(locale: Locale): string {
    const names = DAY_NAMES[locale];
    const spans = this.spans.map(({ text }) => {
      const [first, last] = text.days;
      const days = last ? `${names[first]}-${names[last]}` : names[first];
      return `${days} ${text.times.join(' ')}`;
    });
    return `${spans.join(', ')} (${this.timeZone})`;
  }
}

function parseSpan(part: string, spec: string): Span {
  const [dayWord, ...times] = part.split(/\s+/);
  const bad = (why: string) => new PostinoError('BadArgument', `WORKING_HOURS "${spec}": ${why}`);
  const dayRange = (dayWord ?? '').toLowerCase().split('-');
  const first = daySchema.safeParse(dayRange[0]);
  const last = dayRange[1] === undefined ? undefined : daySchema.safeParse(dayRange[1]);
  if (!first.success || (last && !last.success) || dayRange.length > 2) {
    throw bad(`"${dayWord}" is not a day or day range (mon, mon-fri)`);
  }
  if (times.length === 0) throw bad(`"${part}" has no time range (09:00-18:00)`);
  const ranges = times.map((range): [number, number] => {
    const [from, to] = range.split('-').map((time) => timeSchema.safeParse(time));
    if (!from?.success || !to?.success || from.data >= to.data) throw bad(`"${range}" is not a time range`);
    return [from.data, to.data];
  });
  const from = DAYS.indexOf(first.data);
  const to = last?.success ? DAYS.indexOf(last.data) : from;
  const days: Day[] = [];
  for (let index = from; ; index = (index + 1) % 7) {
    days.push(DAYS[index] as Day);
    if (index === to) break;
  }
  return { days, ranges, text: { days: [first.data, last?.success ? last.data : undefined], times } };
}
