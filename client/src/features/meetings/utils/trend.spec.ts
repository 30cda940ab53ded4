import type { HistoryPoint } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { history } from '../../../test/factories';
import { occupancyTrend, sparklineGeometry, trendRange } from './trend';

function point(date: string, capacity: number, occupied: number): HistoryPoint {
  return {
    date,
    units: 1,
    capacity,
    occupied,
    surgeCapacity: capacity,
    admissions: 0,
    discharges: 0,
    covidPatients: 0,
    closedBeds: 0,
  };
}

describe('occupancyTrend', () => {
  it('fourteen days up to the meeting, municipal places or hospital beds, silent days empty', () => {
    expect(trendRange('2025-11-24')).toEqual({ from: '2025-11-11', to: '2025-11-24' });
    const data = history({
      from: '2025-11-22',
      to: '2025-11-24',
      series: [
        { organizationCode: '2080', unitKind: 'short_term', points: [point('2025-11-22', 30, 27), point('2025-11-24', 30, 30)] },
        { organizationCode: '2080', unitKind: 'palliative', points: [point('2025-11-22', 10, 3)] },
        { organizationCode: '20', unitKind: 'hospital', points: [point('2025-11-23', 100, 90)] },
        { organizationCode: '20', unitKind: 'icu', points: [point('2025-11-23', 10, 10)] },
      ],
    });
    expect(occupancyTrend(data, '2080', 'municipality').map((p) => p.value)).toEqual([75, null, 100]);
    expect(occupancyTrend(data, '20', 'region').map((p) => p.value)).toEqual([null, 90, null]);
  });
});

describe('sparklineGeometry', () => {
  it('breaks the line on a silent day instead of drawing it down to zero', () => {
    const geometry = sparklineGeometry(
      [
        { date: 'a', value: 80 },
        { date: 'b', value: 90 },
        { date: 'c', value: null },
        { date: 'd', value: 100 },
      ],
      300,
      100,
      0,
    );
    expect(geometry.lines).toHaveLength(2);
    expect(geometry.lines[0]).toBe('0,100 100,50');
    expect(geometry.last).toEqual({ x: 300, y: 0, value: 100 });
    expect(geometry).toMatchObject({ min: 80, max: 100, full: 0 });
  });

  it('draws nothing when nothing was reported', () => {
    expect(sparklineGeometry([{ date: 'a', value: null }], 300, 100).lines).toEqual([]);
  });
});
