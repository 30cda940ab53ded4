import type { DayComparison, HolidayView, StoredPlanDay } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { changedDays, countyRows, gridFrom, validateDays } from './plan-grid';

const DAYS = ['2030-12-23', '2030-12-24', '2030-12-25'];
const period = { kind: 'christmas', year: 2030 } as const;

function stored(date: string, values: Partial<StoredPlanDay> = {}): StoredPlanDay {
  return {
    municipalityCode: '2062',
    date,
    caseworkers: 2,
    tryggHemgang: true,
    phone: '070-174 06 05',
    version: 1,
    updatedAt: '2030-11-01T08:00:00Z',
    updatedBy: 'mora',
    ...values,
  };
}

function comparisonDay(date: string, expected: number | null): DayComparison {
  return {
    date,
    past: [],
    spread: { median: null, min: null, max: null, days: 0 },
    shareOfOrdinary: null,
    expected,
    actual: null,
  };
}

function view(plan: StoredPlanDay[], expected: (number | null)[]): HolidayView {
  return {
    region: '20',
    regionName: 'Dalarna',
    period: { kind: 'christmas', year: 2030, from: DAYS[0]!, to: DAYS[2]! },
    days: DAYS.map((date) => ({ date, holiday: null, nonWorking: true })),
    years: [],
    municipalities: [
      {
        code: '2062',
        name: 'Mora',
        population: 20_000,
        plan,
        comparison: {
          ordinary: { median: null, min: null, max: null, days: 0 },
          current: { median: null, min: null, max: null, days: 0 },
          days: DAYS.map((date, index) => comparisonDay(date, expected[index] ?? null)),
          yearTotals: [],
          expectedTotal: null,
        },
      },
    ],
  };
}

describe('a municipality’s staffing grid', () => {
  it('reads what is stored per day, and sends only the days that changed, with the versions they were read at', () => {
    const holidayView = view([stored('2030-12-24', { version: 3 })], [1, 2, 3]);
    const read = gridFrom(holidayView, holidayView.municipalities[0]!);
    expect(read.map((day) => [day.date, day.caseworkers, day.tryggHemgang, day.phone, day.version])).toEqual([
      ['2030-12-23', '', '', '', 0],
      ['2030-12-24', '2', 'open', '070-174 06 05', 3],
      ['2030-12-25', '', '', '', 0],
    ]);
    const typed = read.map((day) =>
      day.date === '2030-12-25' ? { ...day, caseworkers: ' 1 ', tryggHemgang: 'closed' as const } : day,
    );
    const changed = changedDays(typed, read);
    expect(changed.map((day) => day.date)).toEqual(['2030-12-25']);

    const validation = validateDays(period, typed, changed);
    expect(validation).toEqual({
      ok: true,
      days: [{ date: '2030-12-25', caseworkers: 1, tryggHemgang: false, phone: null, expectedVersion: 0 }],
    });
  });

  it('names a bad figure by its row in the whole grid, not by its place among the days sent', () => {
    const holidayView = view([], [1, 2, 3]);
    const read = gridFrom(holidayView, holidayView.municipalities[0]!);
    const typed = read.map((day) =>
      day.date === '2030-12-25'
        ? { ...day, phone: 'ring växeln' }
        : day.date === '2030-12-24'
          ? { ...day, caseworkers: '-1' }
          : day,
    );
    const validation = validateDays(period, typed, changedDays(typed, read));
    expect(validation).toEqual({
      ok: false,
      errors: { 'days.1.caseworkers': expect.any(String), 'days.2.phone': 'validation.phone' },
    });
  });
});

describe('the county’s plan', () => {
  it('marks a day with discharges expected and nobody on duty, and counts the planned days', () => {
    const [row] = countyRows(view([stored('2030-12-23', { caseworkers: 0 }), stored('2030-12-24')], [2, 3, 0.4]));
    expect(row?.cells.map((cell) => [cell.date, cell.plan?.caseworkers ?? null, cell.gap])).toEqual([
      ['2030-12-23', 0, true],
      ['2030-12-24', 2, false],
      ['2030-12-25', null, false],
    ]);
    expect(row).toMatchObject({ code: '2062', name: 'Mora', planned: 2, gaps: 1 });
  });
});
