import { latestOccurrence, occurrencesAfter, readSchedule, type Schedule } from './prompt-schedule';

const at = (iso: string) => new Date(iso);
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

function schedule(rrule: string, timeZone: string, startsAt: string, now: string): Schedule {
  const result = readSchedule({ rrule, timeZone, startsAt: at(startsAt) }, at(now));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const errorOf = (rrule: string, timeZone = 'Asia/Tokyo', startsAt = '2026-01-01T00:00:00Z', now = '2026-03-01T00:00:00Z') => {
  const result = readSchedule({ rrule, timeZone, startsAt: at(startsAt) }, at(now));
  return result.ok ? null : result.errors.map((error) => `${error.code} ${error.field}`);
};

describe('posting prompt schedules', () => {
  it('keeps "every Friday 12:00 Asia/Tokyo" at 12:00 in Tokyo, whatever the server zone', () => {
    const fridays = schedule('FREQ=WEEKLY;BYDAY=FR;BYHOUR=12;BYMINUTE=0;BYSECOND=0', 'Asia/Tokyo', '2026-01-01T00:00:00+09:00', '2026-03-02T00:00:00Z');
    expect(iso(occurrencesAfter(fridays, at('2026-03-02T00:00:00Z'), 3))).toEqual([
      '2026-03-06T03:00:00.000Z',
      '2026-03-13T03:00:00.000Z',
      '2026-03-20T03:00:00.000Z',
    ]);
  });

  it('keeps local wall-clock time across DST changes (Europe/Berlin and America/New_York)', () => {
    const berlin = schedule('FREQ=DAILY;BYHOUR=12;BYMINUTE=0;BYSECOND=0', 'Europe/Berlin', '2026-03-01T00:00:00+01:00', '2026-03-27T00:00:00Z');
    // Summer time starts on 29 March 2026: 12:00 is 11:00 UTC before and 10:00 UTC after.
    expect(iso(occurrencesAfter(berlin, at('2026-03-27T00:00:00Z'), 4))).toEqual([
      '2026-03-27T11:00:00.000Z',
      '2026-03-28T11:00:00.000Z',
      '2026-03-29T10:00:00.000Z',
      '2026-03-30T10:00:00.000Z',
    ]);
    const newYork = schedule('FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=30', 'America/New_York', '2026-10-01T00:00:00-04:00', '2026-10-25T00:00:00Z');
    // Standard time returns on 1 November 2026.
    expect(iso(occurrencesAfter(newYork, at('2026-10-25T00:00:00Z'), 2))).toEqual(['2026-10-26T13:30:00.000Z', '2026-11-02T14:30:00.000Z']);
  });

  it('moves a wall-clock time that a DST change skips to the next valid time, once', () => {
    const hourly = schedule('FREQ=HOURLY', 'Europe/Berlin', '2026-03-29T00:00:00+01:00', '2026-03-28T00:00:00Z');
    // 02:00 does not exist that night in Berlin: 01:00 CET, then 03:00 CEST.
    expect(iso(occurrencesAfter(hourly, at('2026-03-28T23:30:00Z'), 3))).toEqual([
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T02:00:00.000Z',
    ]);
  });

  it('takes the time of day from the start when the rule names none', () => {
    const monthly = schedule('FREQ=MONTHLY;BYMONTHDAY=15', 'Asia/Tokyo', '2026-01-15T20:00:00+09:00', '2026-02-01T00:00:00Z');
    expect(iso(occurrencesAfter(monthly, at('2026-02-01T00:00:00Z'), 2))).toEqual(['2026-02-15T11:00:00.000Z', '2026-03-15T11:00:00.000Z']);
  });

  it('finds only the latest occurrence missed during downtime', () => {
    const daily = schedule('FREQ=DAILY;BYHOUR=12;BYMINUTE=0', 'Asia/Tokyo', '2026-01-01T00:00:00+09:00', '2026-01-01T00:00:00Z');
    expect(latestOccurrence(daily, at('2026-01-05T00:00:00Z'), at('2026-01-09T01:00:00Z'))?.toISOString()).toBe('2026-01-08T03:00:00.000Z');
    expect(latestOccurrence(daily, at('2026-01-08T03:00:00Z'), at('2026-01-09T01:00:00Z'))).toBeNull();
    expect(latestOccurrence(daily, at('2026-01-08T02:59:59Z'), at('2026-01-08T03:00:00Z'))?.toISOString()).toBe('2026-01-08T03:00:00.000Z');
  });

  it('refuses unreadable rules, rules firing more often than hourly, rules with no future occurrence, and unknown zones', () => {
    expect(errorOf('FREQ=WEEKLY;BYDAY=FR')).toBeNull();
    expect(errorOf('RRULE:FREQ=HOURLY;INTERVAL=2')).toBeNull();
    expect(errorOf('every friday')).toEqual(['VALIDATION rrule']);
    expect(errorOf('')).toEqual(['VALIDATION rrule']);
    expect(errorOf('DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY')).toEqual(['VALIDATION rrule']);
    expect(errorOf('FREQ=MINUTELY;INTERVAL=90')).toEqual(['VALIDATION rrule']);
    expect(errorOf('FREQ=DAILY;BYHOUR=9;BYMINUTE=0,30')).toEqual(['VALIDATION rrule']);
    expect(errorOf('FREQ=DAILY;COUNT=3')).toEqual(['VALIDATION rrule']);
    expect(errorOf('FREQ=DAILY;UNTIL=20260201T000000Z')).toEqual(['VALIDATION rrule']);
    expect(errorOf('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30')).toEqual(['VALIDATION rrule']);
    expect(errorOf('FREQ=WEEKLY', 'Mars/Olympus')).toEqual(['VALIDATION timeZone']);
    expect(errorOf('FREQ=WEEKLY', '')).toEqual(['VALIDATION timeZone']);
  });
});
