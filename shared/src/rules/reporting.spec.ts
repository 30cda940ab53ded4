import { describe, expect, it } from 'vitest';
import type { Report, SituationOrganization, SituationUnit } from '../api/types.js';
import { reportingDayTime } from './dates.js';
import { confirmationCounts, meetingCadence, overdueAt, reportingWindow } from './reporting.js';

const day = '2026-12-01';
const at = (time: string) => reportingDayTime(day, Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));

const report = (savedAt: string): Report => ({
  unitId: 'u',
  date: day,
  version: 1,
  capacity: 10,
  occupied: 8,
  surgeCapacity: null,
  admissions: 0,
  discharges: 0,
  dischargesByDestination: null,
  staffing: 'normal',
  sickLeavePct: null,
  covidPatients: null,
  closedBeds: null,
  comment: null,
  updatedAt: at(savedAt).toISOString(),
  updatedBy: 'x',
});
const unit = (id: string, savedAt: string | null, confirmedAt?: string): SituationUnit => ({
  id,
  name: `Enhet ${id}`,
  kind: 'short_term',
  report: savedAt ? report(savedAt) : null,
  lastReport: null,
  confirmedAt: confirmedAt ? at(confirmedAt).toISOString() : null,
});
const organization = (code: string, units: SituationUnit[]): SituationOrganization => ({
  code,
  name: `Kommun ${code}`,
  kind: 'municipality',
  population: null,
  lastReportedAt: null,
  units,
  flows: null,
  lastFlows: null,
});

const orsa = organization('2034', [unit('orsa', null)]);
const hedemora = organization('2083', [unit('h1', '08:10'), unit('h2', null)]);
const falun = organization('2080', [unit('lunden', '09:30')]);
const situation = { date: day, organizations: [orsa, hedemora, falun] };

describe('reportingWindow', () => {
  it('has no deadline before the first, the first from then on, and the second after it', () => {
    const deadlines = ['10:00', '15:00'];
    expect(reportingWindow(day, deadlines, at('09:59'))).toEqual({ deadline: null, since: null, next: '10:00' });
    expect(reportingWindow(day, deadlines, at('10:00'))).toEqual({ deadline: '10:00', since: null, next: '15:00' });
    expect(reportingWindow(day, deadlines, at('15:01'))).toEqual({ deadline: '15:00', since: at('10:00'), next: null });
  });

  it('never makes a past day overdue', () => {
    expect(reportingWindow('2026-11-30', ['10:00'], at('11:00')).deadline).toBeNull();
  });

  it('keeps to Stockholm time across the change to summer time', () => {
    expect(reportingWindow('2026-03-29', ['10:00'], new Date('2026-03-29T08:00:00Z')).deadline).toBe('10:00');
    expect(reportingWindow('2026-03-29', ['10:00'], new Date('2026-03-29T07:59:00Z')).deadline).toBeNull();
  });
});

describe('overdueAt', () => {
  it('names nobody before the deadline', () => {
    expect(overdueAt(situation, ['10:00'], at('09:59')).organizations).toEqual([]);
  });

  it('at the deadline names the silent and the partly reported, with the units missing', () => {
    const status = overdueAt(situation, ['10:00'], at('10:00'));
    expect(status.deadline).toBe('10:00');
    expect(status.organizations).toEqual([
      { code: '2034', name: 'Kommun 2034', units: 1, missing: [{ id: 'orsa', name: 'Enhet orsa' }], partly: false },
      { code: '2083', name: 'Kommun 2083', units: 2, missing: [{ id: 'h2', name: 'Enhet h2' }], partly: true },
    ]);
  });

  it('at a second deadline asks for figures saved or confirmed since the first', () => {
    const later = {
      date: day,
      organizations: [
        organization('a', [unit('saved-after', '11:00')]),
        organization('b', [unit('confirmed-after', '08:00', '14:30')]),
        organization('c', [unit('morning-only', '09:00')]),
      ],
    };
    expect(overdueAt(later, ['10:00', '15:00'], at('15:00')).organizations.map((o) => o.code)).toEqual(['c']);
    expect(overdueAt(later, ['10:00', '15:00'], at('14:59')).organizations.map((o) => o.code)).toEqual([]);
  });
});

describe('meetingCadence', () => {
  it('offers a meeting half an hour after each deadline', () => {
    expect(meetingCadence(['10:00', '15:00'])).toEqual(['10:30', '15:30']);
    expect(meetingCadence(['23:45'])).toEqual(['00:15']);
  });
});

describe('confirmationCounts', () => {
  const at = (time: string) => reportingDayTime('2026-12-01', Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));
  it('counts only when a deadline that opens a later window passed since the figures were last saved or confirmed', () => {
    const twice = ['10:00', '15:00'];
    expect(confirmationCounts('2026-12-01', twice, at('09:00'), at('14:00'))).toBe(true);
    expect(confirmationCounts('2026-12-01', twice, at('09:00'), at('09:30'))).toBe(false);
    expect(confirmationCounts('2026-12-01', twice, at('10:30'), at('15:30'))).toBe(false);
    expect(confirmationCounts('2026-12-01', ['10:00'], at('09:00'), at('14:00'))).toBe(false);
  });
});
