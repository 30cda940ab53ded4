import { eachDay, forecastOccupancy, type OccupancyForecast } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { combineUnits, seriesForecast, seriesJobs, sumSeries, type ForecastInputs, type UnitFigures } from './forecast-series.js';

describe('a municipality’s occupied places from its units', () => {
  it('sums the units, a silent one with its last figure for up to three days', () => {
    const lunden = [10, 11, null, null, null, null, 12];
    const kvarn = [5, 5, 6, 6, 6, 6, 6];
    expect(combineUnits([lunden, kvarn], 7)).toEqual([15, 16, 17, 17, 17, 6, 18]);
  });

  it('is null on a day no unit reported: the forecast decides what silence means', () => {
    expect(
      combineUnits(
        [
          [3, null, 4],
          [2, null, null],
        ],
        3,
      ),
    ).toEqual([5, null, 6]);
    expect(combineUnits([], 2)).toEqual([null, null]);
  });
});

describe('the region’s total', () => {
  it('keeps a silent municipality’s last figure instead of dropping by it', () => {
    expect(
      sumSeries(
        [
          [10, 10, null, null, 11],
          [null, 4, 5, null, 5],
        ],
        5,
      ),
    ).toEqual([10, 14, 15, null, 16]);
  });
});

const days = eachDay('2025-03-03', '2026-03-01');
const weekly = (level: number) => days.map((_, t) => level + [2, 3, 3, 2, 0, -3, -4][t % 7]! + ((t * 7919) % 3) - 1);
const unit = (
  id: string,
  organizationCode: string,
  occupied: (number | null)[],
  capacity: number,
  surge = capacity,
): UnitFigures => ({
  id,
  organizationCode,
  retired: false,
  occupied,
  capacity: occupied.map((value) => (value == null ? null : capacity)),
  latest: { date: '2026-03-01', occupied: occupied.at(-1) ?? 0, capacity, surgeCapacity: surge },
});
const inputs = (overrides: Partial<ForecastInputs> = {}): ForecastInputs => ({
  region: { code: '20', name: 'Region Dalarna' },
  asOf: '2026-03-01',
  days,
  municipalities: [
    { code: '2084', name: 'Avesta' },
    { code: '2085', name: 'Ludvika' },
  ],
  units: [unit('2084-korttid', '2084', weekly(13), 14), unit('2085-korttid', '2085', weekly(18), 18, 22)],
  flows: new Map(),
  planned: [],
  ...overrides,
});

describe('series to forecast', () => {
  it('one per municipality and the region’s total, summed before it is forecast', () => {
    const jobs = seriesJobs(inputs());
    expect(jobs.municipalities.map((job) => [job.code, job.kind])).toEqual([
      ['2084', 'municipality'],
      ['2085', 'municipality'],
    ]);
    expect(jobs.total).toMatchObject({ code: '20', kind: 'region', current: { capacity: 32, surgeCapacity: 36 } });
    expect(jobs.total.recent).toHaveLength(28);
    expect(jobs.total.recent.at(-1)).toMatchObject({ date: '2026-03-01', capacity: 32 });
    expect(jobs.total.history.occupied.at(-1)).toBe(
      (jobs.municipalities[0]!.history.occupied.at(-1) ?? 0) + (jobs.municipalities[1]!.history.occupied.at(-1) ?? 0),
    );
  });

  it('the places ahead follow the planned changes dated after the latest report; retired units have none', () => {
    const jobs = seriesJobs(
      inputs({
        units: [unit('2084-korttid', '2084', weekly(13), 14), { ...unit('2084-gamla', '2084', weekly(2), 4), retired: true }],
        planned: [
          { unitId: '2084-korttid', date: '2026-03-04', mode: 'add', places: 6 },
          { unitId: '2084-korttid', date: '2026-03-01', mode: 'add', places: 100 },
        ],
      }),
    );
    const avesta = jobs.municipalities[0]!;
    expect(avesta.capacity(['2026-03-02', '2026-03-03', '2026-03-04']).map((day) => day.capacity)).toEqual([14, 14, 20]);
    expect(avesta.current.capacity).toBe(14);
  });

  it('warns when the upper bound passes the places with surge within a week', () => {
    const job = seriesJobs(inputs()).municipalities[0]!;
    const forecast = forecastOccupancy(job.history);
    if (forecast.status !== 'ok') throw new Error(forecast.reason);
    const answer = seriesForecast(job, forecast, 14);
    expect(answer.needs).toHaveLength(14);
    expect(answer.warning).not.toBeNull();
    const short = answer.needs.find((day) => day.needed > 14);
    expect(answer.warning?.date).toBe(short?.date);
    expect(answer.warning?.extraPlaces).toBe(short ? short.needed - 14 : undefined);
  });

  it('without a forecast: the places, and neither needs nor a warning', () => {
    const job = seriesJobs(inputs()).municipalities[0]!;
    const none: OccupancyForecast = {
      status: 'none',
      asOf: '2026-03-01',
      reason: 'tooShort',
      detail: { historyDays: 30, requiredDays: 96 },
      candidates: [],
    };
    expect(seriesForecast(job, none, 3)).toMatchObject({
      status: 'none',
      reason: 'tooShort',
      capacity: [{ date: '2026-03-02' }, { date: '2026-03-03' }, { date: '2026-03-04' }],
      needs: [],
      warning: null,
    });
  });
});
