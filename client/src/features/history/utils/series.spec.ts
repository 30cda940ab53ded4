import type { HistoryPoint } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { history as buildHistory } from '../../../test/factories';
import { commentsFor, flowSeries, fullestCodes, holidayMarks, hospitalSeries, occupancySeries } from './series';

function point(date: string, capacity: number, occupied: number, units = 1, closedBeds = 0): HistoryPoint {
  return { date, units, capacity, occupied, surgeCapacity: capacity, admissions: 1, discharges: 1, covidPatients: 0, closedBeds };
}

const history = buildHistory({
  from: '2025-11-22',
  to: '2025-11-24',
  series: [
    { organizationCode: '2080', unitKind: 'short_term', points: [point('2025-11-22', 30, 27), point('2025-11-24', 30, 30)] },
    { organizationCode: '2080', unitKind: 'palliative', points: [point('2025-11-22', 10, 3)] },
    { organizationCode: '2081', unitKind: 'short_term', points: [point('2025-11-22', 10, 5), point('2025-11-23', 10, 0, 0)] },
    {
      organizationCode: '20',
      unitKind: 'hospital',
      points: [point('2025-11-22', 100, 110, 1, 12), point('2025-11-23', 100, 90)],
    },
    { organizationCode: '20', unitKind: 'icu', points: [point('2025-11-22', 10, 9)] },
  ],
  flows: [
    {
      municipalityCode: '2080',
      points: [
        {
          date: '2025-11-23',
          municipalityCode: '2080',
          inpatients: 10,
          admissions: 4,
          discharges: 3,
          dischargesHome: 2,
          dischargesShortTerm: 1,
          dischargesNursingHome: 0,
          dischargesOther: 0,
          readyForDischarge: 5,
          readmissions: null,
        },
      ],
    },
  ],
  comments: [
    { date: '2025-11-22', organizationCode: '2080', unitId: 'a', comment: 'Äldre' },
    { date: '2025-11-24', organizationCode: '2080', unitId: 'a', comment: 'Nyare' },
    { date: '2025-11-24', organizationCode: '2081', unitId: 'b', comment: 'Annan kommun' },
  ],
});

describe('series', () => {
  it('occupancy per municipality per day sums municipal kinds and leaves silent days empty', () => {
    expect(occupancySeries(history, ['2080', '2081'])).toEqual([
      { date: '2025-11-22', '2080': 75, '2081': 50 },
      { date: '2025-11-23', '2080': null, '2081': null },
      { date: '2025-11-24', '2080': 100, '2081': null },
    ]);
  });

  it('picks the fullest municipalities on their latest day', () => {
    expect(fullestCodes(occupancySeries(history, ['2081', '2080']), ['2081', '2080'], 1)).toEqual(['2080']);
  });

  it('hospital beds with the overcrowding band above capacity', () => {
    expect(hospitalSeries(history)).toEqual([
      { date: '2025-11-22', capacity: 100, occupied: 110, overcrowding: 10, overcrowdingBand: [100, 110], closedBeds: 12 },
      { date: '2025-11-23', capacity: 100, occupied: 90, overcrowding: 0, overcrowdingBand: [100, 100], closedBeds: 0 },
      { date: '2025-11-24', capacity: null, occupied: null, overcrowding: null, overcrowdingBand: null, closedBeds: null },
    ]);
  });

  it('flows per day for one municipality', () => {
    const rows = flowSeries(history, '2080');
    expect(rows[0]?.admissions).toBeNull();
    expect(rows[1]).toMatchObject({ admissions: 4, dischargesHome: 2, readyForDischarge: 5 });
  });

  it('comments of one municipality, newest first', () => {
    expect(commentsFor(history, '2080').map((comment) => comment.comment)).toEqual(['Nyare', 'Äldre']);
  });
});

describe('holidayMarks', () => {
  it('names the red days on their own day, day by day', () => {
    const marks = holidayMarks({
      days: ['2025-12-23', '2025-12-24', '2025-12-25', '2025-12-26'],
      holidays: [
        { date: '2025-12-24', name: 'Julafton' },
        { date: '2025-12-25', name: 'Juldagen' },
      ],
    });
    expect([...marks]).toEqual([
      ['2025-12-24', 'Julafton'],
      ['2025-12-25', 'Juldagen'],
    ]);
  });

  it('gathers them in their week, week by week (the first week starting at the period’s first day)', () => {
    const marks = holidayMarks({
      days: ['2025-12-18', '2025-12-22', '2025-12-29', '2026-01-05'],
      holidays: [
        { date: '2025-12-24', name: 'Julafton' },
        { date: '2025-12-25', name: 'Juldagen' },
        { date: '2025-12-26', name: 'Annandag jul' },
        { date: '2025-12-31', name: 'Nyårsafton' },
        { date: '2026-01-01', name: 'Nyårsdagen' },
        { date: '2026-01-06', name: 'Trettondedag jul' },
      ],
    });
    expect([...marks]).toEqual([
      ['2025-12-22', 'Julafton, Juldagen, Annandag jul'],
      ['2025-12-29', 'Nyårsafton, Nyårsdagen'],
      ['2026-01-05', 'Trettondedag jul'],
    ]);
  });
});
