import { describe, expect, it } from 'vitest';
import { isoWeek } from './dates.js';
import { baselineDays, equivalentDays, levelDays, periodDays, upcomingYear, yearsBefore } from './holiday-periods.js';
import { isNonWorkingDay } from './holidays.js';

describe('holiday periods in 2026', () => {
  it('jul och nyår runs from 23 December to trettondedag jul and holds ISO week 53', () => {
    const days = periodDays({ kind: 'christmas', year: 2026 });
    expect(days[0]).toBe('2026-12-23');
    expect(days.at(-1)).toBe('2027-01-06');
    expect(days).toHaveLength(15);
    expect(days.filter((day) => isoWeek(day) === 53)).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    // Its working days: 23 December, the three days between the holidays, and 4–5 January.
    expect(days.filter((day) => !isNonWorkingDay(day))).toEqual([
      '2026-12-23',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2027-01-04',
      '2027-01-05',
    ]);
  });

  it('påsk runs from skärtorsdagen to annandag påsk', () => {
    expect(periodDays({ kind: 'easter', year: 2026 })).toEqual([
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
    ]);
  });

  it('Kristi himmelsfärd runs from the Thursday to the Sunday, the Friday between being a working day', () => {
    const days = periodDays({ kind: 'ascension', year: 2026 });
    expect(days).toEqual(['2026-05-14', '2026-05-15', '2026-05-16', '2026-05-17']);
    expect(days.map(isNonWorkingDay)).toEqual([true, false, true, true]);
  });

  it('midsommar runs from the Thursday before midsommarafton (19 June) to the Sunday', () => {
    const days = periodDays({ kind: 'midsummer', year: 2026 });
    expect(days).toEqual(['2026-06-18', '2026-06-19', '2026-06-20', '2026-06-21']);
    expect(days.map(isNonWorkingDay)).toEqual([false, true, true, true]);
  });

  it('the red days of a year are its 16 public holidays and eves', () => {
    const days = periodDays({ kind: 'redDays', year: 2026 });
    expect(days).toHaveLength(16);
    expect(days[0]).toBe('2026-01-01');
    expect(days).toContain('2026-06-19');
    expect(days.at(-1)).toBe('2026-12-31');
  });
});

describe('matching days of earlier years', () => {
  it('matches a moving holiday with the same holiday', () => {
    expect(equivalentDays({ kind: 'easter', year: 2026 }, 1)).toEqual([
      '2025-04-17',
      '2025-04-18',
      '2025-04-19',
      '2025-04-20',
      '2025-04-21',
    ]);
    expect(equivalentDays({ kind: 'midsummer', year: 2026 }, 2)).toEqual([
      '2024-06-20',
      '2024-06-21',
      '2024-06-22',
      '2024-06-23',
    ]);
  });

  it('matches red days by name and any dates by calendar date', () => {
    const redDays = periodDays({ kind: 'redDays', year: 2026 });
    const lastYear = equivalentDays({ kind: 'redDays', year: 2026 }, 1);
    expect(lastYear[redDays.indexOf('2026-04-05')]).toBe('2025-04-20'); // påskdagen
    expect(lastYear[redDays.indexOf('2026-06-19')]).toBe('2025-06-20'); // midsommarafton
    expect(equivalentDays({ kind: 'custom', from: '2028-02-28', to: '2028-03-01' }, 1)).toEqual([
      '2027-02-28',
      '2027-02-28', // 29 February has no match in 2027: the 28th stands in
      '2027-03-01',
    ]);
    expect(yearsBefore('2024-02-29', 4)).toBe('2020-02-29');
  });

  it('compares with the ordinary weekdays of the four weeks before, or of the whole year for red days', () => {
    const baseline = baselineDays({ kind: 'christmas', year: 2026 }, 1);
    expect(baseline[0]).toBe('2025-11-25');
    expect(baseline.at(-1)).toBe('2025-12-22');
    expect(baseline).toHaveLength(20);
    expect(baseline.every((day) => !isNonWorkingDay(day))).toBe(true);
    const wholeYear = baselineDays({ kind: 'redDays', year: 2026 }, 1);
    // 2025's 261 weekdays less the 12 red days and eves that fell on one.
    expect(wholeYear).toHaveLength(249);
  });

  it("sets this year's level from the eight weeks before the period, or before today once it has begun", () => {
    const before = levelDays({ kind: 'christmas', year: 2026 }, '2026-12-01');
    expect(before[0]).toBe('2026-10-06');
    expect(before.at(-1)).toBe('2026-11-30');
    const during = levelDays({ kind: 'easter', year: 2026 }, '2026-12-01');
    expect(during.at(-1)).toBe('2026-04-01');
  });
});

describe('the coming period', () => {
  it('is this year’s until it has ended', () => {
    expect(upcomingYear('christmas', '2026-12-01')).toBe(2026);
    expect(upcomingYear('christmas', '2027-01-06')).toBe(2026);
    expect(upcomingYear('christmas', '2027-01-07')).toBe(2027);
    expect(upcomingYear('easter', '2026-12-01')).toBe(2027);
    expect(upcomingYear('midsummer', '2026-06-21')).toBe(2026);
    expect(upcomingYear('redDays', '2026-12-01')).toBe(2026);
  });
});
