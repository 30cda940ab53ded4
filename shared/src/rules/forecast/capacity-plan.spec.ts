import { describe, expect, it } from 'vitest';
import { capacityPlan, earlyWarning, placesNeeded } from './capacity-plan.js';
import type { ForecastDay } from './forecast-occupancy.js';

const dates = (from: string, count: number) =>
  Array.from({ length: count }, (_, index) => {
    const day = new Date(`${from}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + index);
    return day.toISOString().slice(0, 10);
  });

describe('planned capacity', () => {
  it('"10 nya korttidsplatser fr.o.m. 1 juni": ten more from that day, surge margin kept', () => {
    const plan = capacityPlan(
      '2026-05-29',
      { capacity: 20, surgeCapacity: 24 },
      [{ date: '2026-06-01', places: 10, mode: 'add' }],
      dates('2026-05-30', 4),
    );
    expect(plan).toEqual([
      { date: '2026-05-30', capacity: 20, surgeCapacity: 24 },
      { date: '2026-05-31', capacity: 20, surgeCapacity: 24 },
      { date: '2026-06-01', capacity: 30, surgeCapacity: 34 },
      { date: '2026-06-02', capacity: 30, surgeCapacity: 34 },
    ]);
  });

  it('"15 platser ökas till 18 from 8 december": set to 18', () => {
    const plan = capacityPlan(
      '2026-12-06',
      { capacity: 15, surgeCapacity: null },
      [{ date: '2026-12-08', places: 18, mode: 'set' }],
      dates('2026-12-07', 2),
    );
    expect(plan.map((day) => [day.capacity, day.surgeCapacity])).toEqual([
      [15, 15],
      [18, 18],
    ]);
  });

  it('applies changes in date order and ignores those already in today’s reported capacity', () => {
    const changes = [
      { date: '2026-06-05', places: 2, mode: 'add' as const },
      { date: '2026-06-03', places: 12, mode: 'set' as const },
      { date: '2026-06-01', places: 100, mode: 'set' as const },
    ];
    const plan = capacityPlan('2026-06-01', { capacity: 10, surgeCapacity: 10 }, changes, dates('2026-06-02', 4));
    expect(plan.map((day) => day.capacity)).toEqual([10, 12, 12, 14]);
  });
});

describe('places needed and the early warning', () => {
  // Avesta: 22 places, surge to 24; the upper bound climbs past 24 on the fifth day.
  const highs = [20, 21, 22, 23.2, 26.4, 27, 25, 30];
  const forecast: ForecastDay[] = dates('2026-03-02', highs.length).map((date, index) => ({
    date,
    expected: highs[index]! - 3,
    low: highs[index]! - 6,
    high: highs[index]!,
  }));
  const plan = capacityPlan(
    '2026-03-01',
    { capacity: 22, surgeCapacity: 24 },
    [],
    forecast.map((day) => day.date),
  );
  const needs = placesNeeded(forecast, plan);

  it('needs the upper bound in whole places, beyond capacity and beyond surge', () => {
    expect(needs[3]).toEqual({
      date: '2026-03-05',
      expected: 21,
      needed: 24,
      capacity: 22,
      surgeCapacity: 24,
      aboveCapacity: 2,
      extraPlaces: 0,
    });
    expect(needs[4]).toMatchObject({ needed: 27, aboveCapacity: 5, extraPlaces: 3 });
  });

  it('"Avesta kan behöva 3 platser till om 5 dagar"', () => {
    expect(earlyWarning('2026-03-01', needs)).toEqual({
      date: '2026-03-06',
      daysAhead: 5,
      extraPlaces: 3,
      peakExtraPlaces: 3,
      peakDate: '2026-03-06',
    });
  });

  it('looks seven days ahead only', () => {
    // Within 3 days nothing is short; day 8 (30 places) is beyond a 7-day window.
    expect(earlyWarning('2026-03-01', needs, 3)).toBeNull();
    expect(earlyWarning('2026-03-01', needs)?.peakExtraPlaces).toBe(3);
  });
});
