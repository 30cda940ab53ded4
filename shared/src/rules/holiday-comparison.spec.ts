import { describe, expect, it } from 'vitest';
import { compareHoliday, median } from './holiday-comparison.js';

// A small municipality over two earlier Christmases, figures made up so each number can be checked by hand.
const discharges = new Map<string, number>([
  // 2025: ordinary weekdays before the period, then julafton and juldagen.
  ['2025-12-15', 10],
  ['2025-12-16', 8],
  ['2025-12-17', 12],
  ['2025-12-24', 2],
  ['2025-12-25', 3],
  // 2024: ordinary weekdays, julafton; juldagen not reported.
  ['2024-12-16', 6],
  ['2024-12-17', 6],
  ['2024-12-24', 3],
  // This year's ordinary weekdays: twice 2024's level.
  ['2026-11-30', 12],
  ['2026-12-01', 12],
  ['2026-12-02', 14],
]);

const input = {
  days: ['2026-12-24', '2026-12-25'],
  years: [
    { year: 2025, days: ['2025-12-24', '2025-12-25'], ordinaryDays: ['2025-12-15', '2025-12-16', '2025-12-17'] },
    { year: 2024, days: ['2024-12-24', '2024-12-25'], ordinaryDays: ['2024-12-16', '2024-12-17', '2024-12-18'] },
  ],
  recentOrdinaryDays: ['2026-11-30', '2026-12-01', '2026-12-02'],
  discharges,
};

describe('compareHoliday', () => {
  const comparison = compareHoliday(input);

  it('gives ordinary weekdays of earlier years as a median and a range, unreported days left out', () => {
    expect(comparison.ordinary).toEqual({ median: 8, min: 6, max: 12, days: 5 });
    expect(comparison.current).toEqual({ median: 12, min: 12, max: 14, days: 3 });
  });

  it('gives each holiday the matching days of earlier years, and their median and range', () => {
    const julafton = comparison.days[0]!;
    expect(julafton.past).toEqual([
      { year: 2025, date: '2025-12-24', discharges: 2 },
      { year: 2024, date: '2024-12-24', discharges: 3 },
    ]);
    expect(julafton.spread).toEqual({ median: 2.5, min: 2, max: 3, days: 2 });
    const juldagen = comparison.days[1]!;
    expect(juldagen.past[1]).toEqual({ year: 2024, date: '2024-12-25', discharges: null });
    expect(juldagen.spread).toEqual({ median: 3, min: 3, max: 3, days: 1 });
  });

  it('expects this year the share of an ordinary weekday the holiday had, at this year’s level', () => {
    // Julafton: 2/10 in 2025, 3/6 in 2024 → median share 0.35; this year's ordinary weekday 12 → 4.2.
    expect(comparison.days[0]!.shareOfOrdinary).toBe(0.35);
    expect(comparison.days[0]!.expected).toBe(4.2);
    // Juldagen: 3/10 in 2025 only → 0.3 × 12 = 3.6.
    expect(comparison.days[1]!.expected).toBe(3.6);
    expect(comparison.expectedTotal).toBe(7.8);
  });

  it('totals each earlier year only where every day was reported', () => {
    expect(comparison.yearTotals).toEqual([
      { year: 2025, total: 5 },
      { year: 2024, total: null },
    ]);
  });

  it('falls back to the earlier years’ median when this year has no ordinary weekdays reported yet', () => {
    const without = compareHoliday({ ...input, recentOrdinaryDays: ['2026-11-27'] });
    expect(without.days[0]!.expected).toBe(2.5);
    expect(without.current.median).toBeNull();
  });

  it('expects nothing for a municipality without any flows, rather than zero', () => {
    const empty = compareHoliday({ ...input, discharges: new Map() });
    expect(empty.days.map((day) => day.expected)).toEqual([null, null]);
    expect(empty.ordinary).toEqual({ median: null, min: null, max: null, days: 0 });
    expect(empty.expectedTotal).toBeNull();
  });

  it('shows this year’s own figure once reported', () => {
    const reported = compareHoliday({ ...input, discharges: new Map([...discharges, ['2026-12-24', 5]]) });
    expect(reported.days[0]!.actual).toBe(5);
    expect(reported.days[1]!.actual).toBeNull();
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
