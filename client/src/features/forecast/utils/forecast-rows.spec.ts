import type { SeriesForecast } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { forecastChartRows, neededSummary, placesRequestPath } from './forecast-rows';

const avesta = (): SeriesForecast => ({
  status: 'ok',
  asOf: '2026-03-01',
  model: 'seasonalNaive',
  parameters: { model: 'seasonalNaive' },
  days: [
    { date: '2026-03-02', expected: 14.2, low: 13, high: 15.5 },
    { date: '2026-03-03', expected: 15, low: 13.4, high: 16.1 },
  ],
  accuracy: { errors: 90, mae: 1.4, mase: 0.8, coverage: 0.81, scored: 80, horizons: [], evaluationDays: 90 },
  candidates: [],
  code: '2084',
  name: 'Avesta',
  kind: 'municipality',
  current: { date: '2026-03-01', occupied: 14, capacity: 14, surgeCapacity: 15 },
  recent: [
    { date: '2026-02-28', occupied: 13, capacity: 14 },
    { date: '2026-03-01', occupied: 14, capacity: 14 },
  ],
  capacity: [
    { date: '2026-03-02', capacity: 14, surgeCapacity: 15 },
    { date: '2026-03-03', capacity: 14, surgeCapacity: 15 },
  ],
  needs: [
    { date: '2026-03-02', expected: 15, needed: 16, capacity: 14, surgeCapacity: 15, aboveCapacity: 2, extraPlaces: 1 },
    { date: '2026-03-03', expected: 15, needed: 17, capacity: 14, surgeCapacity: 15, aboveCapacity: 3, extraPlaces: 2 },
  ],
  warning: { date: '2026-03-02', daysAhead: 1, extraPlaces: 1, peakExtraPlaces: 2, peakDate: '2026-03-03' },
});

describe('forecast chart rows', () => {
  it('draws the days reported, then the forecast with its interval starting from the last figure', () => {
    expect(forecastChartRows(avesta())).toEqual([
      { date: '2026-02-28', occupied: 13, expected: null, interval: null, capacity: 14, surgeCapacity: null },
      { date: '2026-03-01', occupied: 14, expected: 14, interval: [14, 14], capacity: 14, surgeCapacity: null },
      { date: '2026-03-02', occupied: null, expected: 14.2, interval: [13, 15.5], capacity: 14, surgeCapacity: 15 },
      { date: '2026-03-03', occupied: null, expected: 15, interval: [13.4, 16.1], capacity: 14, surgeCapacity: 15 },
    ]);
  });

  it('without a forecast, only what was reported', () => {
    const none: SeriesForecast = {
      ...avesta(),
      status: 'none',
      reason: 'tooShort',
      detail: { historyDays: 40, requiredDays: 96 },
      needs: [],
      warning: null,
    };
    expect(forecastChartRows(none).map((row) => row.expected)).toEqual([null, null]);
    expect(neededSummary(none)).toBeNull();
  });
});

describe('places needed', () => {
  it('the most places needed in the coming days, and the places there are then', () => {
    expect(neededSummary(avesta())).toEqual({ expected: 15, needed: 17, date: '2026-03-03', capacity: 14, surgeCapacity: 15 });
  });

  it('an early warning starts a places request for the most places lacking, from the first day they lack', () => {
    expect(placesRequestPath('20', avesta().warning!)).toBe(
      '/region/20/requests/new?kind=places&quantity=2&neededBy=2026-03-02&unitKind=short_term',
    );
  });
});
