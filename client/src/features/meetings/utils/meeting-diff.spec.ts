import { describe, expect, it } from 'vitest';
import { flowRow, organization, report, situation, unit } from '../../../test/factories';
import { changedDuringMeeting, changedOrganizations, changeSincePrevious, previousValue } from './meeting-diff';
import { organizationFigures } from './organization-figures';

const falun = (occupied: number, extra: Partial<Parameters<typeof report>[0]> = {}) =>
  organization({
    code: '2080',
    name: 'Falun',
    units: [unit({ report: report({ capacity: 34, occupied, ...extra }) })],
    flows: flowRow({ readyForDischarge: 4 }),
  });
const orsa = organization({ code: '2034', name: 'Orsa', units: [unit({ id: 'orsa' })] });
const region = organization({
  code: '20',
  name: 'Region Dalarna',
  kind: 'region',
  units: [
    unit({ id: 'falu-lasarett', kind: 'hospital', report: report({ capacity: 420, occupied: 430, covidPatients: 3 }) }),
    unit({ id: 'iva', kind: 'icu', report: report({ capacity: 24, occupied: 20, covidPatients: 1, staffing: 'strained' }) }),
  ],
});

describe('changedDuringMeeting', () => {
  it('shows the live value beside the frozen one for what changed, and nothing else', () => {
    const frozen = situation([falun(29), orsa]);
    const live = situation([falun(33, { staffing: 'critical', comment: 'Nu fullt.' }), orsa], { seq: 14 });
    const difference = changedDuringMeeting(frozen, live, '2080');
    expect(difference.any).toBe(true);
    expect(difference.figures).toEqual({
      occupied: { frozen: 29, live: 33 },
      occupancyPct: { frozen: 85.3, live: 97.1 },
      free: { frozen: 5, live: 1 },
      staffing: { frozen: 'normal', live: 'critical' },
    });
    expect(difference.comments).toEqual([{ unit: 'Lunden', text: 'Nu fullt.' }]);
    expect(changedDuringMeeting(frozen, live, '2034').any).toBe(false);
    expect(changedOrganizations(frozen, live, ['20', '2034', '2080'])).toEqual(['2080']);
  });

  it('a municipality that reports during the meeting changes from "not reported" to its figures', () => {
    const frozen = situation([orsa]);
    const live = situation([
      organization({ code: '2034', units: [unit({ id: 'orsa', report: report({ capacity: 8, occupied: 6 }) })] }),
    ]);
    expect(changedDuringMeeting(frozen, live, '2034').figures.occupied).toEqual({ frozen: null, live: 6 });
  });

  it('compares nothing without a live picture, or with one of another day', () => {
    const frozen = situation([falun(29)]);
    expect(changedDuringMeeting(frozen, null, '2080').any).toBe(false);
    const tomorrow = situation([falun(31)], { date: '2025-11-25' });
    expect(changedDuringMeeting(frozen, tomorrow, '2080').any).toBe(false);
  });
});

describe('changeSincePrevious', () => {
  it('gives the change of every figure both meetings had', () => {
    const previous = situation([falun(31, { sickLeavePct: 10 })], { date: '2025-11-17' });
    const now = situation([falun(29, { sickLeavePct: 12.5 })]);
    expect(changeSincePrevious(previous, now, '2080')).toMatchObject({
      occupied: -2,
      free: 2,
      sickLeavePct: 2.5,
      readyForDischarge: 0,
      occupancyPct: -5.9,
    });
    expect(previousValue(previous, '2080', 'staffing')).toBe('normal');
  });

  it('has nothing to say without a previous meeting or where a side was silent', () => {
    expect(changeSincePrevious(null, situation([falun(29)]), '2080')).toEqual({});
    const silent = situation([organization({ code: '2080', units: [unit()] })], { date: '2025-11-17' });
    expect(changeSincePrevious(silent, situation([falun(29)]), '2080').occupied).toBeUndefined();
  });
});

describe('organizationFigures', () => {
  it('counts the region’s hospital beds as its places, with the ICU beside them', () => {
    const snapshot = situation([region, falun(29)]);
    const figures = organizationFigures(region, snapshot);
    expect(figures.values).toMatchObject({
      occupied: 430,
      capacity: 420,
      overcrowding: 10,
      icuOccupied: 20,
      icuCapacity: 24,
      covidPatients: 4,
      staffing: 'strained',
      readyForDischarge: 4,
    });
    expect(figures.pressure).toBe('critical');
  });

  it('never shows a silent municipality as zero', () => {
    const figures = organizationFigures(orsa, situation([orsa]));
    expect(figures.pressure).toBe('not-reported');
    expect(figures.values.occupied).toBeNull();
  });
});
