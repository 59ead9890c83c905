import { dayIn, fromRrule, startOfDayIn, toRrule } from './recurrence';

test('the builder writes daily, weekly and monthly rules at a time, and nothing while incomplete', () => {
  expect(toRrule({ frequency: 'DAILY', time: '09:30' })).toBe('FREQ=DAILY;BYHOUR=9;BYMINUTE=30;BYSECOND=0');
  expect(toRrule({ frequency: 'WEEKLY', weekdays: ['FR', 'MO'], time: '12:00' })).toBe('FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=12;BYMINUTE=0;BYSECOND=0');
  expect(toRrule({ frequency: 'MONTHLY', monthDay: 15, time: '20:00' })).toBe('FREQ=MONTHLY;BYMONTHDAY=15;BYHOUR=20;BYMINUTE=0;BYSECOND=0');
  expect(toRrule({ frequency: 'WEEKLY', weekdays: [], time: '12:00' })).toBeNull();
  expect(toRrule({ frequency: 'DAILY', time: '' })).toBeNull();
  expect(toRrule({ frequency: 'MONTHLY', monthDay: 32, time: '12:00' })).toBeNull();
});

test('it reads back the rules it writes, and leaves any other rule to be edited as a rule', () => {
  for (const rule of [
    'FREQ=DAILY;BYHOUR=9;BYMINUTE=30;BYSECOND=0',
    'FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=12;BYMINUTE=0;BYSECOND=0',
    'FREQ=MONTHLY;BYMONTHDAY=15;BYHOUR=20;BYMINUTE=0;BYSECOND=0',
  ]) {
    const recurrence = fromRrule(rule);
    expect(recurrence && toRrule(recurrence)).toBe(rule);
  }
  expect(fromRrule('FREQ=WEEKLY;BYDAY=FR;BYHOUR=12;BYMINUTE=0')).toEqual({ frequency: 'WEEKLY', weekdays: ['FR'], time: '12:00' });
  expect(fromRrule('FREQ=HOURLY')).toBeNull();
  expect(fromRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;BYHOUR=12;BYMINUTE=0')).toBeNull();
  expect(fromRrule('FREQ=MONTHLY;BYDAY=2TU;BYHOUR=20;BYMINUTE=0')).toBeNull();
  expect(fromRrule('FREQ=DAILY')).toBeNull();
});

test('a start day is the start of that day in the chosen zone', () => {
  expect(startOfDayIn('2026-03-06', 'Asia/Tokyo')).toBe('2026-03-05T15:00:00.000Z');
  expect(startOfDayIn('2026-03-29', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z');
  expect(startOfDayIn('2026-07-01', 'America/New_York')).toBe('2026-07-01T04:00:00.000Z');
  expect(startOfDayIn('not a day', 'Asia/Tokyo')).toBeNull();
  expect(dayIn('2026-03-05T15:00:00.000Z', 'Asia/Tokyo')).toBe('2026-03-06');
});
