import { DateTime, IANAZone } from 'luxon';
import { Frequency, RRule, type Options } from 'rrule';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';

/** A prompt's recurrence: an RFC 5545 RRULE evaluated in wall-clock time of an IANA zone from `startsAt` on. */
export interface ScheduleInput {
  rrule: string;
  timeZone: string;
  startsAt: Date;
}

export interface Schedule extends ScheduleInput {
  rule: RRule;
}

/** Rules firing more often than this are refused: a prompt is an invitation, not a ticker. */
const MIN_GAP_MS = 60 * 60 * 1000;
/** How far ahead a rule must fire at least once, and how far any search looks (rules that never match end here). */
const HORIZON_YEARS = 10;
/** How many upcoming occurrences are checked for the minimum gap. */
const GAP_SAMPLE = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

/*
 * rrule iterates in "floating" time: a Date whose UTC fields are the wall clock of the prompt's zone.
 * Evaluating there and converting each result into the zone keeps 12:00 Asia/Tokyo at 12:00 there and
 * 12:00 Europe/Berlin at 12:00 local on both sides of a DST change (a wall-clock time a spring change
 * skips moves forward by the gap, as luxon resolves it).
 */
function toFloating(instant: Date, zone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

function toInstant(floating: Date, zone: string): Date {
  return DateTime.fromObject(
    {
      year: floating.getUTCFullYear(),
      month: floating.getUTCMonth() + 1,
      day: floating.getUTCDate(),
      hour: floating.getUTCHours(),
      minute: floating.getUTCMinutes(),
      second: floating.getUTCSeconds(),
    },
    { zone },
  ).toJSDate();
}

export function isTimeZone(zone: string): boolean {
  return zone.trim() !== '' && IANAZone.isValidZone(zone);
}

function parseRule(raw: string): Partial<Options> | null {
  const text = raw.trim().replace(/^RRULE:/i, '');
  // One RRULE line: DTSTART and TZID come from startsAt and timeZone, and a set (RDATE, EXDATE) is not a rule.
  if (text === '' || /[\r\n]|DTSTART|TZID|RDATE|EXDATE/i.test(text)) return null;
  try {
    const options = RRule.parseString(text);
    return options.freq === undefined ? null : options;
  } catch {
    return null;
  }
}

function compile(input: ScheduleInput, options: Partial<Options>, now: Date): Schedule {
  const horizon = new Date(now.getTime() + HORIZON_YEARS * 366 * DAY_MS);
  const floatingHorizon = toFloating(horizon, input.timeZone);
  const until = options.until && options.until < floatingHorizon ? options.until : floatingHorizon;
  // noCache: a schedule is asked a few times and thrown away.
  const rule = new RRule({ ...options, dtstart: toFloating(input.startsAt, input.timeZone), tzid: null, until }, true);
  return { ...input, rule };
}

/** Checks a recurrence the way staff write it; errors name the field (`rrule`, `timeZone`, `startsAt`). */
export function readSchedule(input: ScheduleInput, now: Date): Result<Schedule> {
  const timeZone = input.timeZone.trim();
  if (!isTimeZone(timeZone)) return fail(UserError.of('VALIDATION', 'Choose a time zone such as Asia/Tokyo.', 'timeZone'));
  if (Number.isNaN(input.startsAt.getTime())) return fail(UserError.of('VALIDATION', 'Give a start date.', 'startsAt'));
  const rrule = input.rrule.trim().replace(/^RRULE:/i, '');
  const options = parseRule(rrule);
  if (!options) return fail(UserError.of('VALIDATION', 'Write the recurrence as one RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=FR;BYHOUR=12;BYMINUTE=0.', 'rrule'));
  if (options.freq === Frequency.SECONDLY || options.freq === Frequency.MINUTELY)
    return fail(UserError.of('VALIDATION', 'A prompt may come at most once an hour.', 'rrule'));
  const schedule = compile({ rrule, timeZone, startsAt: input.startsAt }, options, now);
  const floating: Date[] = [];
  schedule.rule.between(new Date(toFloating(now, timeZone).getTime() - DAY_MS), schedule.rule.options.until!, true, (date) => {
    floating.push(date);
    return floating.length < GAP_SAMPLE;
  });
  if (!floating.some((date) => toInstant(date, timeZone) > now)) return fail(UserError.of('VALIDATION', 'This recurrence has no occurrence to come.', 'rrule'));
  for (let index = 1; index < floating.length; index++) {
    if (floating[index].getTime() - floating[index - 1].getTime() < MIN_GAP_MS)
      return fail(UserError.of('VALIDATION', 'A prompt may come at most once an hour.', 'rrule'));
  }
  return ok(schedule);
}

/** A stored schedule (already checked when it was saved). */
export function scheduleOf(input: ScheduleInput, now: Date): Schedule {
  return compile(input, parseRule(input.rrule) ?? { freq: Frequency.YEARLY, count: 0 }, now);
}

/** The next `count` occurrences strictly after `after`, as instants. */
export function occurrencesAfter(schedule: Schedule, after: Date, count: number): Date[] {
  const found: Date[] = [];
  if (count <= 0) return found;
  const from = new Date(toFloating(after, schedule.timeZone).getTime() - DAY_MS);
  const until = schedule.rule.options.until;
  if (!until || until < from) return found;
  schedule.rule.between(from, until, true, (date) => {
    const instant = toInstant(date, schedule.timeZone);
    // A time a DST change skips lands on the next valid one, possibly the following occurrence's.
    if (instant > after && (found.length === 0 || instant > found[found.length - 1])) found.push(instant);
    return found.length < count;
  });
  return found;
}

/** The latest occurrence in (since, notAfter]: after downtime only the last missed one is wanted. */
export function latestOccurrence(schedule: Schedule, since: Date, notAfter: Date): Date | null {
  if (notAfter <= since) return null;
  const from = new Date(toFloating(since, schedule.timeZone).getTime() - DAY_MS);
  const to = new Date(toFloating(notAfter, schedule.timeZone).getTime() + DAY_MS);
  let latest: Date | null = null;
  schedule.rule.between(from, to, true, (date) => {
    const instant = toInstant(date, schedule.timeZone);
    if (instant > notAfter) return false;
    if (instant > since) latest = instant;
    return true;
  });
  return latest;
}
