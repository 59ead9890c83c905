// The admin's recurrence builder: daily, weekly on chosen weekdays or monthly on a day, at a time;
// it writes the RRULE the content service evaluates in the prompt's time zone, and reads back the
// rules it wrote (anything else is edited as a rule).

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type Recurrence =
  { frequency: 'DAILY'; time: string } | { frequency: 'WEEKLY'; weekdays: Weekday[]; time: string } | { frequency: 'MONTHLY'; monthDay: number; time: string };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `HH:MM` as rule parts; null for anything else. */
function timeParts(time: string): string | null {
  const match = TIME.exec(time);
  return match ? `BYHOUR=${Number(match[1])};BYMINUTE=${Number(match[2])};BYSECOND=0` : null;
}

/** The RRULE of a builder's choice; null while it is incomplete (no weekday, no time). */
export function toRrule(recurrence: Recurrence): string | null {
  const at = timeParts(recurrence.time);
  if (!at) return null;
  switch (recurrence.frequency) {
    case 'DAILY':
      return `FREQ=DAILY;${at}`;
    case 'WEEKLY': {
      const days = WEEKDAYS.filter((day) => recurrence.weekdays.includes(day));
      return days.length > 0 ? `FREQ=WEEKLY;BYDAY=${days.join(',')};${at}` : null;
    }
    case 'MONTHLY':
      return Number.isInteger(recurrence.monthDay) && recurrence.monthDay >= 1 && recurrence.monthDay <= 31
        ? `FREQ=MONTHLY;BYMONTHDAY=${recurrence.monthDay};${at}`
        : null;
  }
}

/** The builder's choice for a rule it could have written; null for any other rule. */
export function fromRrule(rrule: string): Recurrence | null {
  const parts = new Map<string, string>();
  for (const part of rrule.replace(/^RRULE:/i, '').split(';')) {
    const [key, value] = part.split('=');
    if (!key || value === undefined || parts.has(key.toUpperCase())) return null;
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  const hour = Number(parts.get('BYHOUR'));
  const minute = Number(parts.get('BYMINUTE'));
  if (!/^\d{1,2}$/.test(parts.get('BYHOUR') ?? '') || !/^\d{1,2}$/.test(parts.get('BYMINUTE') ?? '') || hour > 23 || minute > 59) return null;
  if (parts.has('BYSECOND') && parts.get('BYSECOND') !== '0') return null;
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const known = new Set(['FREQ', 'BYHOUR', 'BYMINUTE', 'BYSECOND']);
  const frequency = parts.get('FREQ');
  if (frequency === 'DAILY' && [...parts.keys()].every((key) => known.has(key))) return { frequency, time };
  if (frequency === 'WEEKLY' && [...parts.keys()].every((key) => known.has(key) || key === 'BYDAY')) {
    const weekdays = (parts.get('BYDAY') ?? '').split(',');
    if (!weekdays.every((day): day is Weekday => (WEEKDAYS as readonly string[]).includes(day))) return null;
    return { frequency, weekdays, time };
  }
  if (frequency === 'MONTHLY' && [...parts.keys()].every((key) => known.has(key) || key === 'BYMONTHDAY')) {
    const monthDay = Number(parts.get('BYMONTHDAY'));
    return Number.isInteger(monthDay) && monthDay >= 1 && monthDay <= 31 ? { frequency, monthDay, time } : null;
  }
  return null;
}

/** The browser's own zone: what the form proposes. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every IANA zone the browser knows (the viewer's own first when missing from the list). */
export function timeZones(): string[] {
  const own = browserTimeZone();
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(own) ? all : [own, ...all];
}

/** How far `zone`'s wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(zone: string, instant: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)) - instant;
}

/** The instant a calendar day (`YYYY-MM-DD`) starts in `zone`. */
export function startOfDayIn(day: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  try {
    const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    // Twice: the offset at the guess may differ from the offset at the answer (a DST change that day).
    const guess = wall - offsetAt(zone, wall);
    return new Date(wall - offsetAt(zone, guess)).toISOString();
  } catch {
    return null;
  }
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in `zone`. */
export function dayIn(iso: string, zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}

/** An occurrence as the prompt's zone shows it, e.g. "Fri, Mar 6, 2026, 12:00". */
export function formatInZone(iso: string, zone: string, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, {
      timeZone: zone,
      weekday: 'short',
      dateStyle: undefined,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}
