import { describe, expect, it } from 'vitest';
import { demoAccounts, demoUsername } from './demo-accounts.js';
import { isNonWorkingDay } from '@lagesbild/shared';
import { demoCalendar, demoFlows, demoReports, DEMO_READMISSION_DAYS } from './demo-history.js';

const falun = { id: '2080-lunden', kind: 'short_term' as const, organizationCode: '2080', regionCode: '20' };
const today = '2026-11-23';

describe('demo usernames', () => {
  it('are the municipality name in lower-case ASCII, as the contract says', () => {
    expect(['Malung-Sälen', 'Älvdalen', 'Sölvesborg', 'Borlänge', 'Säter', 'Rättvik'].map(demoUsername)).toEqual([
      'malung-salen',
      'alvdalen',
      'solvesborg',
      'borlange',
      'sater',
      'rattvik',
    ]);
    expect(demoAccounts([{ code: '2080', name: 'Falun' }]).map((a) => a.username)).toEqual([
      'admin',
      'region-dalarna',
      'region-blekinge',
      'chair-dalarna',
      'chair-blekinge',
      'falun',
    ]);
    // Issue 14: a demo started with SMTP_URL mails its reminders to these.
    expect(demoAccounts([{ code: '2080', name: 'Falun' }]).find((a) => a.username === 'falun')?.email).toBe(
      'falun@lagesbild.example',
    );
  });
});

describe('demo history', () => {
  it('is deterministic and covers five years ending today', () => {
    const first = demoReports(falun, today, new Map([['2080', 'falun']]));
    const second = demoReports(falun, today, new Map([['2080', 'falun']]));
    expect(first).toEqual(second);
    expect(first[0]?.date).toBe('2021-11-24');
    expect(first).toHaveLength(1826);
    expect(new Set(first.map((report) => report.date)).size).toBe(first.length);
    expect(first.at(-1)?.date).toBe(today);
    expect(first.every((report) => report.capacity === 34 && report.surgeCapacity === 40)).toBe(true);
  });

  it('leaves silent municipalities unreported for their last days', () => {
    const vansbro = demoReports({ ...falun, id: '2021-korttid', organizationCode: '2021' }, today, new Map());
    expect(vansbro.at(-1)?.date).toBe('2026-11-18');
  });

  it('opens Ludvika’s 10 new places on 1 June', () => {
    const ludvika = demoReports({ ...falun, id: '2085-korttid', organizationCode: '2085' }, today, new Map());
    expect(ludvika.find((r) => r.date === '2026-05-31')?.capacity).toBe(18);
    expect(ludvika.find((r) => r.date === '2026-06-01')?.capacity).toBe(28);
  });

  it('has readmissions for the last two years only, never more than admissions', () => {
    const flows = demoFlows({ code: '2080', regionCode: '20', population: 59945 }, today);
    const withReadmissions = flows.filter((f) => f.readmissions != null);
    expect(withReadmissions).toHaveLength(DEMO_READMISSION_DAYS);
    expect(withReadmissions[0]?.date).toBe('2024-11-24');
    expect(withReadmissions.every((f) => (f.readmissions ?? 0) <= f.admissions)).toBe(true);
    expect(withReadmissions.some((f) => (f.readmissions ?? 0) > 0)).toBe(true);
  });

  it('has far fewer discharges on the red days of jul och nyår than on the ordinary weekdays before', () => {
    const flows = demoFlows({ code: '2080', regionCode: '20', population: 59945 }, today);
    const total = (f: (typeof flows)[number]) =>
      f.dischargesHome + f.dischargesShortTerm + f.dischargesNursingHome + f.dischargesOther;
    const average = (days: typeof flows) => days.reduce((sum, f) => sum + total(f), 0) / days.length;
    const redDays = flows.filter((f) => /-12-2[456]$|-01-0[16]$/.test(f.date));
    const novemberWeekdays = flows.filter((f) => f.date.slice(5, 7) === '11' && !isNonWorkingDay(f.date));
    expect(average(redDays)).toBeLessThan(average(novemberWeekdays) * 0.5);
  });

  it('computes its calendar once for every unit: the same days for reports and flows', () => {
    const calendar = demoCalendar(today);
    expect(calendar.map((day) => day.date)).toEqual(
      demoFlows({ code: '2080', regionCode: '20', population: 59945 }, today, calendar).map((f) => f.date),
    );
    expect(calendar.at(-1)).toMatchObject({ date: today, offset: 0 });
  });

  it('closes about 20 of Blekinge’s hospital beds for lack of staff today, fewer a month ago, and no municipal places', () => {
    const hospital = (id: string) =>
      demoReports({ id, kind: 'hospital', organizationCode: '10', regionCode: '10' }, today, new Map());
    const closedOn = (offset: number) =>
      ['10-karlskrona', '10-karlshamn'].reduce((sum, id) => sum + (hospital(id).at(-1 - offset)?.closedBeds ?? 0), 0);
    expect(closedOn(0)).toBeGreaterThanOrEqual(17);
    expect(closedOn(0)).toBeLessThanOrEqual(23);
    expect(closedOn(40)).toBeLessThan(closedOn(0));
    expect(demoReports(falun, today, new Map()).every((report) => report.closedBeds === null)).toBe(true);
  });

  it('has fewer discharges on public holidays and weekends than on weekdays', () => {
    const flows = demoFlows({ code: '2080', regionCode: '20', population: 59945 }, today);
    const total = (f: (typeof flows)[number]) =>
      f.dischargesHome + f.dischargesShortTerm + f.dischargesNursingHome + f.dischargesOther;
    const average = (days: typeof flows) => days.reduce((sum, f) => sum + total(f), 0) / days.length;
    const weekday = flows.filter((f) => [2, 3, 4].includes(new Date(`${f.date}T12:00:00Z`).getUTCDay()));
    const sunday = flows.filter((f) => new Date(`${f.date}T12:00:00Z`).getUTCDay() === 0);
    expect(average(sunday)).toBeLessThan(average(weekday) * 0.75);
  });
});
