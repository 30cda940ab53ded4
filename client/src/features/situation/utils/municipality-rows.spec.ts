import { describe, expect, it } from 'vitest';
import { flowRow, organization, report, unit } from '../../../test/factories';
import { buildMunicipalityRow, buildMunicipalityRows, pressureLevel } from './municipality-rows';
import { DEFAULT_SORT, nextSort, sortRows } from './sort-rows';

// 2025-11-24 is a Monday; 09:30 and 10:30 Stockholm time (UTC+1 in November).
const BEFORE_TEN = new Date('2025-11-24T08:30:00Z');
const AFTER_TEN = new Date('2025-11-24T09:30:00Z');
const DATE = '2025-11-24';
const TEN = ['10:00'];

describe('buildMunicipalityRow', () => {
  it('sums today’s municipal units and takes the worst staffing', () => {
    const org = organization({
      code: '2081',
      name: 'Borlänge',
      lastReportedAt: '2025-11-24T07:05:00Z',
      units: [
        unit({ id: 'a', report: report({ capacity: 20, occupied: 18, staffing: 'normal', comment: 'Lugnt' }) }),
        unit({ id: 'b', report: report({ capacity: 14, occupied: 11, staffing: 'strained', sickLeavePct: 12 }) }),
      ],
      flows: flowRow({ municipalityCode: '2081', readyForDischarge: 2 }),
    });
    const row = buildMunicipalityRow(org, DATE, AFTER_TEN, TEN);
    expect(row).toMatchObject({
      capacity: 34,
      occupied: 29,
      free: 5,
      occupancyPct: 85.3,
      staffing: 'strained',
      sickLeavePct: 12,
      readyForDischarge: 2,
      reportedUnits: 2,
      lastReportAgeDays: 0,
      overdue: false,
      comments: ['Lugnt'],
      level: 'strained',
    });
  });

  it('shows a silent municipality as not reported, never as zero, and overdue after 10:00', () => {
    const org = organization({
      lastReportedAt: '2025-11-21T08:14:00Z',
      units: [unit({ lastReport: report({ date: '2025-11-21' }) })],
    });
    const before = buildMunicipalityRow(org, DATE, BEFORE_TEN, TEN);
    const after = buildMunicipalityRow(org, DATE, AFTER_TEN, TEN);
    expect(before).toMatchObject({ level: 'not-reported', occupancyPct: null, lastReportAgeDays: 3, overdue: false });
    expect(after.overdue).toBe(true);
  });

  it('is overdue when partly reported, and after a second deadline until it reports again', () => {
    const partly = organization({
      units: [unit({ id: 'a', report: report({ updatedAt: '2025-11-24T07:00:00Z' }) }), unit({ id: 'b' })],
    });
    expect(buildMunicipalityRow(partly, DATE, AFTER_TEN, TEN).overdue).toBe(true);
    expect(buildMunicipalityRow(partly, DATE, BEFORE_TEN, TEN).overdue).toBe(false);
    const morning = organization({ units: [unit({ report: report({ updatedAt: '2025-11-24T07:00:00Z' }) })] });
    const afterThree = new Date('2025-11-24T14:10:00Z');
    expect(buildMunicipalityRow(morning, DATE, afterThree, ['10:00', '15:00']).overdue).toBe(true);
    expect(buildMunicipalityRow(morning, DATE, afterThree, ['10:00']).overdue).toBe(false);
  });

  it('is never overdue when looking at a past day', () => {
    const org = organization({ units: [unit()] });
    expect(buildMunicipalityRow(org, '2025-11-20', AFTER_TEN, TEN).overdue).toBe(false);
  });

  it('leaves the region organisation out of the municipality table', () => {
    const rows = buildMunicipalityRows(
      [organization(), organization({ code: '20', name: 'Region Dalarna', kind: 'region', units: [unit({ kind: 'hospital' })] })],
      DATE,
      AFTER_TEN,
      TEN,
    );
    expect(rows.map((row) => row.code)).toEqual(['2080']);
  });
});

describe('pressureLevel', () => {
  it('reads occupancy and staffing', () => {
    expect(pressureLevel({ reportedUnits: 1, occupancyPct: 100, staffing: 'normal' })).toBe('critical');
    expect(pressureLevel({ reportedUnits: 1, occupancyPct: 50, staffing: 'critical' })).toBe('critical');
    expect(pressureLevel({ reportedUnits: 1, occupancyPct: 92, staffing: 'normal' })).toBe('strained');
    expect(pressureLevel({ reportedUnits: 1, occupancyPct: 70, staffing: 'normal' })).toBe('normal');
    expect(pressureLevel({ reportedUnits: 0, occupancyPct: null, staffing: null })).toBe('not-reported');
  });
});

describe('sortRows', () => {
  const rows = [
    buildMunicipalityRow(
      organization({ code: '1', name: 'Calm', units: [unit({ report: report({ capacity: 10, occupied: 5 }) })] }),
      DATE,
      AFTER_TEN,
      TEN,
    ),
    buildMunicipalityRow(organization({ code: '2', name: 'Silent', units: [unit()] }), DATE, AFTER_TEN, TEN),
    buildMunicipalityRow(
      organization({ code: '3', name: 'Full', units: [unit({ report: report({ capacity: 10, occupied: 11 }) })] }),
      DATE,
      AFTER_TEN,
      TEN,
    ),
    buildMunicipalityRow(
      organization({ code: '4', name: 'Tight', units: [unit({ report: report({ capacity: 10, occupied: 9 }) })] }),
      DATE,
      AFTER_TEN,
      TEN,
    ),
  ];

  it('orders by pressure by default: critical, strained, silent, calm', () => {
    expect(sortRows(rows, DEFAULT_SORT).map((row) => row.name)).toEqual(['Full', 'Tight', 'Silent', 'Calm']);
  });

  it('sorts a column both ways and keeps missing values last', () => {
    const ascending = nextSort(DEFAULT_SORT, 'free');
    expect(ascending).toEqual({ key: 'free', direction: 'ascending' });
    expect(sortRows(rows, ascending).map((row) => row.name)).toEqual(['Full', 'Tight', 'Calm', 'Silent']);
    const descending = nextSort(ascending, 'free');
    expect(sortRows(rows, descending).map((row) => row.name)).toEqual(['Calm', 'Tight', 'Full', 'Silent']);
  });
});
