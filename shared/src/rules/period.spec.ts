import { describe, expect, it } from 'vitest';
import { historyResolution, lastDays, MAX_PERIOD_DAYS, monthPoints, periodPoints, periodProblem, weekStart } from './period.js';

describe('periodProblem', () => {
  it('allows two years, both ends included, and nothing longer', () => {
    expect(MAX_PERIOD_DAYS).toBe(731);
    expect(periodProblem('2024-11-23', '2026-11-23')).toBeNull(); // 731 days
    expect(periodProblem('2024-11-22', '2026-11-23')).toBe('validation.range'); // 732 days
  });

  it('allows a single day and refuses a reversed period', () => {
    expect(periodProblem('2026-11-23', '2026-11-23')).toBeNull();
    expect(periodProblem('2026-11-23', '2026-11-22')).toBe('validation.periodOrder');
  });
});

describe('lastDays', () => {
  it('ends on the given day and counts it', () => {
    expect(lastDays(30, '2026-11-23')).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(lastDays(1, '2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-23' });
  });
});

describe('periods of aggregates', () => {
  it('allow five years, so the same date five years back always fits, and nothing longer', () => {
    expect(periodProblem('2021-12-01', '2026-12-01', 'aggregates')).toBeNull(); // 1 827 days, two leap days
    expect(periodProblem('2021-11-30', '2026-12-01', 'aggregates')).toBe('validation.rangeFiveYears');
    // Rows stay at two years.
    expect(periodProblem('2021-12-01', '2026-12-01')).toBe('validation.range');
  });
});

describe('historyResolution and periodPoints', () => {
  it('answers a year day by day and anything longer week by week', () => {
    expect(historyResolution('2025-12-02', '2026-12-01')).toBe('day');
    expect(historyResolution('2024-12-02', '2026-12-01')).toBe('week');
    expect(periodPoints('2026-11-29', '2026-12-01', 'day')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
  });

  it('starts a week on its Monday, the first one at the period’s first day', () => {
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(periodPoints('2026-11-26', '2026-12-14', 'week')).toEqual(['2026-11-26', '2026-11-30', '2026-12-07', '2026-12-14']);
  });

  it('gives five years as 262 weeks at most', () => {
    const points = periodPoints('2021-12-02', '2026-12-01', 'week');
    expect(points.length).toBeLessThanOrEqual(262);
    expect(points.at(-1)).toBe('2026-11-30');
  });

  it('gives the months of a period, the first at its first day', () => {
    expect(monthPoints('2026-10-15', '2027-01-01')).toEqual(['2026-10-15', '2026-11-01', '2026-12-01', '2027-01-01']);
  });
});
