import { describe, expect, it } from 'vitest';
import { eachDay, isoWeek } from './dates.js';
import { holidayName, isNonWorkingDay, swedishHolidays } from './holidays.js';

describe('Swedish holidays, 2026', () => {
  it.each([
    ['2026-01-01', 'Nyårsdagen'],
    ['2026-01-06', 'Trettondedag jul'],
    ['2026-04-03', 'Långfredagen'],
    ['2026-04-05', 'Påskdagen'],
    ['2026-04-06', 'Annandag påsk'],
    ['2026-05-01', 'Första maj'],
    ['2026-05-14', 'Kristi himmelsfärdsdag'],
    ['2026-05-24', 'Pingstdagen'],
    ['2026-06-06', 'Nationaldagen'],
    ['2026-06-19', 'Midsommarafton'],
    ['2026-06-20', 'Midsommardagen'],
    ['2026-10-31', 'Alla helgons dag'],
    ['2026-12-24', 'Julafton'],
    ['2026-12-25', 'Juldagen'],
    ['2026-12-26', 'Annandag jul'],
    ['2026-12-31', 'Nyårsafton'],
  ])('%s is %s, a day off', (day, name) => {
    expect(holidayName(day)).toBe(name);
    expect(isNonWorkingDay(day)).toBe(true);
  });

  it('has exactly those holidays: no observances such as påskafton, Luciadagen or annandag pingst', () => {
    expect(swedishHolidays(2026).size).toBe(16);
    for (const day of ['2026-04-04', '2026-12-13', '2026-05-25', '2026-04-30']) expect(holidayName(day)).toBeUndefined();
  });

  it('counts weekends as days off and ordinary weekdays as working days', () => {
    expect(isNonWorkingDay('2026-11-28')).toBe(true); // Saturday
    expect(isNonWorkingDay('2026-11-29')).toBe(true); // Sunday
    expect(holidayName('2026-11-29')).toBeUndefined();
    expect(isNonWorkingDay('2026-11-23')).toBe(false); // Monday
    expect(isNonWorkingDay('2026-05-25')).toBe(false); // annandag pingst is no longer a holiday
    expect(isNonWorkingDay('2026-04-02')).toBe(false); // skärtorsdagen
  });

  it('moves with Easter and midsummer from year to year', () => {
    expect(holidayName('2027-03-26')).toBe('Långfredagen');
    expect(holidayName('2027-05-16')).toBe('Pingstdagen');
    expect(holidayName('2027-06-25')).toBe('Midsommarafton');
  });

  it('knows that 2026 has an ISO week 53, from 28 December 2026 to 3 January 2027', () => {
    const week53 = eachDay('2026-12-28', '2027-01-03');
    expect(week53.map(isoWeek)).toEqual([53, 53, 53, 53, 53, 53, 53]);
    expect(isoWeek('2026-12-27')).toBe(52);
    expect(isoWeek('2027-01-04')).toBe(1);
    // Its days off: nyårsafton, nyårsdagen and the weekend.
    expect(week53.filter(isNonWorkingDay)).toEqual(['2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
  });
});
