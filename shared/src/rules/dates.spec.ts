import { describe, expect, it } from 'vitest';
import { isIsoDate, isoWeek, reportingDay } from './dates.js';
import { holidayName } from './holidays.js';

describe('reportingDay', () => {
  it('is the calendar day in Europe/Stockholm, not in UTC', () => {
    // 23:30 UTC on 23 Nov is 00:30 on 24 Nov in Stockholm (CET, UTC+1).
    expect(reportingDay(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (CEST, UTC+2).
    expect(reportingDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(reportingDay(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});

describe('isIsoDate', () => {
  it('accepts real days only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('yesterday')).toBe(false);
  });
});

describe('calendar', () => {
  it('knows ISO weeks and Swedish public holidays', () => {
    expect(isoWeek('2026-11-23')).toBe(48);
    expect(holidayName('2026-04-03')).toBe('Långfredagen');
    expect(holidayName('2026-06-19')).toBe('Midsommarafton');
    expect(holidayName('2026-10-31')).toBe('Alla helgons dag');
    expect(holidayName('2026-11-23')).toBeUndefined();
  });
});
